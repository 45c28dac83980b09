/// The lines that open one comment: who wrote it and when. Comment systems lay a header out in a
/// few ways, and a scraper keeps each as one to three lines:
/// - the name and the date on one line ("Robin Muilwijk | September 24, 2015");
/// - a name line, then a date line ("ThomasMelber", "#1 — vor 8 Stunden"; "Hans says:", "October
///   17, 2008 at 11:22 am"), with a reply label between them ("Reply to TMS");
/// - a role badge, then a name line ("Gast", "Bibi Blue"), where the date follows the text.
/// The date (or the badge) is what tells a commenter's name from a line of text.
struct CommentHeader: Equatable {
    var author: String?
    var date: String?
    /// How many lines the header takes.
    var length: Int
    /// A reply label inside the header.
    var cue: CommentLine.ReplyCue?

    static func at(_ i: Int, lines: [CommentLine], segments: ArraySlice<Segment>) -> CommentHeader? {
        let next = i + 1 < lines.count ? lines[i + 1] : nil
        switch lines[i] {
        case .dated(let author?, let date):
            return CommentHeader(author: author, date: date, length: 1)
        case .says(let author):
            if case .dated(nil, let date)? = next { return CommentHeader(author: author, date: date, length: 2) }
        case .text:
            guard let name = nameLine(segments[segments.startIndex + i]) else { return nil }
            if case .dated(nil, let date)? = next { return CommentHeader(author: name, date: date, length: 2) }
            if case .cue(let cue)? = next, i + 2 < lines.count, case .dated(nil, let date) = lines[i + 2] {
                return CommentHeader(author: name, date: date, length: 3, cue: cue)
            }
        case .badge:
            guard case .text? = next, let name = nameLine(segments[segments.startIndex + i + 1]) else { return nil }
            if i + 2 < lines.count, case .dated(nil, _) = lines[i + 2] { return nil }
            return CommentHeader(author: name, date: nil, length: 2)
        default:
            break
        }
        return nil
    }

    /// A line that is only a name: a handle or a few words, nothing after them.
    private static func nameLine(_ segment: Segment) -> String? {
        guard segment.words <= 6 else { return nil }
        let text = LineShape.withoutTags(segment.text)
        return CommentLine.isName(text[...]) ? text : nil
    }
}
