/// Turns one article's bytes into an `Article`. The parse is total (any bytes give an article) and
/// linear: every pass walks the text or its paragraphs once.
public enum ArticleParser {
    /// Changes whenever a parse of the same bytes may give another result: an index made by
    /// another version parses its corpus again, so that it and the reader never disagree.
    public static let version = 33

    /// `repeated` are the lines the article's corpus prints on many pages (`RepeatedLines`).
    public static func parse(_ document: SourceDocument, repeated: RepeatedLines = RepeatedLines()) -> Article {
        parse(bytes: document.bytes, source: document.id, metadata: document.metadata, repeated: repeated)
    }

    public static func parse(bytes: [UInt8], source: String, metadata: Metadata = Metadata(), repeated: RepeatedLines = RepeatedLines()) -> Article {
        let (text, string) = TextDecoder.decodeWithString(bytes)
        let lines = Segmenter.lines(of: text.utf8, text: string)
        let location = CommentSection.locate(lines)
        let body = Segmenter.paragraphs(lines[..<(location?.bodyEnd ?? lines.count)])

        let metadataTitle = metadata.title.flatMap { $0.isEmpty ? nil : $0 }
        let classified = BodyClassifier.classify(body, metadataTitle: metadataTitle, repeated: repeated.lines(site: metadata.site))
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count)
        for (i, segment) in body.enumerated() {
            blocks.append(Block(kind: classified.kinds[i], text: classified.texts[i] ?? segment.text, range: classified.ranges[i] ?? segment.range))
        }

        var comments: [Comment] = []
        if let location {
            for segment in lines[location.bodyEnd..<location.commentsStart] {
                blocks.append(Block(kind: .boilerplate, text: segment.text, range: segment.range))
            }
            // Headed comments are laid out a block a line, whatever case a line starts with.
            let rest = lines[location.commentsStart...]
            let section = location.layout == .headed ? rest : Segmenter.paragraphs(rest)
            let split = CommentSection.split(section, layout: location.layout)
            for (segment, kind) in zip(section, split.kinds) {
                blocks.append(Block(kind: kind, text: segment.text, range: segment.range))
            }
            comments = split.comments
        }

        let quotes = QuoteFinder.find(bytes: text.utf8, blocks: &blocks)
        let title = classified.title.isEmpty ? fallbackTitle(body) : classified.title
        return Article(
            source: source,
            metadata: metadata,
            text: text,
            title: title,
            stories: BodyClassifier.stories(title: title, segments: body, kinds: classified.kinds),
            blocks: blocks,
            quotes: quotes,
            comments: comments)
    }

    /// A text with no title line (a CSV row without a title column, a body that starts straight
    /// away) is listed by its first words, so a list of articles never shows a blank line.
    static func fallbackTitle(_ body: ArraySlice<Segment>) -> String {
        guard let first = body.first?.text else { return "" }
        let words = first.split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true)
        return words.count > 12 ? words.prefix(12).joined(separator: " ") + "…" : first
    }
}
