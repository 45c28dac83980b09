/// Scraped comments lose their threading. A reply often opens by quoting the words it answers
/// (“300 pupils who had been taken …”); when those words stand in an earlier comment, that comment
/// is the parent. Nothing else is taken as evidence: a wrong thread misleads more than a flat one.
enum ReplyInference {
    /// Fewer quoted words than this are too common to identify a comment.
    static let minimumWords = 4

    static func link(_ comments: inout [Comment]) {
        guard comments.count > 1 else { return }
        let folded = comments.map { TextFold.fold($0.text) }
        for i in comments.indices {
            guard let opening = comments[i].paragraphs.first, let quoted = leadingQuotation(opening) else { continue }
            let needle = TextFold.fold(quoted)
            guard TextScan.wordCount(needle, limit: minimumWords) >= minimumWords else { continue }
            if let parent = (0..<i).reversed().first(where: { folded[$0].contains(needle) }) {
                comments[i].parent = parent
                comments[i].replyEvidence = .quotesParent
            }
        }
    }

    /// The words inside the quote marks a paragraph opens with, if it opens with one.
    static func leadingQuotation(_ text: String) -> Substring? {
        guard let first = text.unicodeScalars.first, QuoteMarks.opens(first) else { return nil }
        let body = text.unicodeScalars.dropFirst()
        guard let end = body.firstIndex(where: { QuoteMarks.closes(first, $0) }) else { return nil }
        return Substring(body[..<end])
    }
}
