/// What one line of a comment section is, judged alone. `CommentHeader` puts lines together into
/// the header that opens a comment; `CommentSection` reads the rest.
enum CommentLine: Equatable {
    /// A date, with the commenter's name before it when the line has one
    /// ("Armanox June 28, 2015 at 10:25 pm", "6 months ago").
    case dated(author: String?, date: String)
    /// "Hans says:", a name with a word of saying and no date.
    case says(author: String)
    /// A label naming the comment answered ("Reply to TMS", "Antwort auf #1 von ThomasMelber").
    case cue(ReplyCue)
    /// A link or counter printed with each comment ("Reply", "Melden", "0").
    case action
    /// A role badge printed before a name ("Gast", "Autor").
    case badge
    /// A section header: a count, a title, the form's heading.
    case opener
    /// The form, paging or a sidebar after the comments.
    case closer
    case text

    /// The comment a reply label names: its author, and the opening words it quotes, if any.
    struct ReplyCue: Equatable {
        var author: String
        var opening: String?
    }

    /// Lines longer than this are comment text whatever they hold.
    static let mostWords = 16

    static func classify(_ segment: Segment) -> CommentLine {
        guard segment.words <= mostWords, let key = segment.key, let shape = segment.shape else { return .text }
        if CommentLexicon.actionLines.contains(shape) { return .action }
        if CommentLexicon.badges.contains(shape) { return .badge }
        if CommentLexicon.opensSection(shape: shape, words: segment.words) { return .opener }
        if CommentLexicon.closesComments(shape: shape, words: segment.words) { return .closer }
        let text = LineShape.withoutTags(segment.text)
        if let cue = replyCue(text, key: key) { return .cue(cue) }
        if let dated = DateLine.find(text) {
            let after = TextFold.fold(dated.after)
            let trailing = after.spaceSeparated().allSatisfy { CommentLexicon.actionLines.contains(String($0)) || DateWords.connectors.contains(String($0)) || DateWords.zones.contains(String($0)) }
            if trailing {
                let before = dated.before.trimmingCharacters(" ,|" + TextScan.dashes)
                if before.isEmpty || isListMarker(before) { return .dated(author: nil, date: String(dated.date)) }
                if let author = author(in: before) { return .dated(author: author, date: String(dated.date)) }
            }
        }
        // "Hans says:", and the French "Jean dit :" with its space before the colon.
        if let last = key.spaceSeparated().last, CommentLexicon.saysWords.contains(String(last)) || key.hasSuffix(" dit :"),
           let author = author(in: text[...]) {
            return .says(author: author)
        }
        return .text
    }

    /// The commenter's name in what precedes a date on an author line, without list markers,
    /// markup, "by", "says" and the punctuation between name and date; nil when what is left
    /// does not look like a name.
    static func author(in text: Substring) -> String? {
        var words = text.spaceSeparated()
        if let first = words.first, isListMarker(first) { words.removeFirst() }
        if words.count > 1, CommentLexicon.isBylineWord(words[0]) { words.removeFirst() }
        if words.count > 2, TextFold.fold(words[0] + " " + words[1]) == "posted by" { words.removeFirst(2) }
        while let last = words.last {
            let folded = TextFold.fold(last)
            guard CommentLexicon.saysWords.contains(folded) || DateWords.connectors.contains(folded) || folded == ":" else { break }
            words.removeLast()
        }
        var name = words.joined(separator: " ").trimmingCharacters(" ,|:\u{B7}" + TextScan.dashes)[...]
        for suffix in CommentLexicon.nameSuffixes where name.hasSuffix(suffix) { name = name.dropLast(suffix.count) }
        return isName(name) ? String(name) : nil
    }

    /// One to six words that do not read as a sentence, an address or a label.
    static func isName(_ name: Substring) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 60, let first = name.unicodeScalars.first, let last = name.unicodeScalars.last else { return false }
        guard first != "@", !".!?:;,".unicodeScalars.contains(last) else { return false }
        guard !name.unicodeScalars.contains(where: QuoteMarks.double.contains) else { return false }
        let words = name.spaceSeparated()
        guard words.count <= 6 else { return false }
        let shape = CommentLexicon.shape(TextFold.fold(name))
        return !CommentLexicon.actionLines.contains(shape) && !CommentLexicon.badges.contains(shape)
            && !CommentLexicon.opensSection(shape: shape, words: words.count) && !CommentLexicon.closesComments(shape: shape, words: words.count)
    }

    /// "1.", "12)", "*", "-", "•": a list item's marker before a comment header.
    static func isListMarker<S: StringProtocol>(_ word: S) -> Bool {
        if ["*", "\u{2022}"].contains(String(word)) || word.unicodeScalars.count == 1 && word.unicodeScalars.first.map(TextScan.isDash) == true { return true }
        // A comment's number ("#1 — vor 8 Stunden").
        if word.first == "#", word.count > 1, word.dropFirst().allSatisfy({ $0.isASCIIDigit || $0 == "." }) { return true }
        guard let last = word.last, last == "." || last == ")" else { return false }
        let digits = word.dropLast()
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// "Reply to Brad P", "In reply to Thanks. I considered by Jason B", "Antwort auf #2 von
    /// Rechtssozialdemokrat": the words after the label are a name, or an opening and a name.
    private static func replyCue(_ text: String, key: String) -> ReplyCue? {
        for (prefix, by) in CommentLexicon.replyCues where key.starts(withBytes: prefix) {
            let prefixWords = prefix.spaceSeparated().count
            let words = text.spaceSeparated()
            guard words.count > prefixWords else { return nil }
            var rest = Array(words[prefixWords...])
            var opening: String?
            if let by {
                let byWord = by.trimmingCharacters(" ")
                guard let split = rest.lastIndex(where: { TextFold.fold($0) == byWord }), split > 0 else { return nil }
                opening = rest[..<split].joined(separator: " ")
                rest = Array(rest[(split + 1)...])
            }
            guard let author = author(in: rest.joined(separator: " ")[...]) else { return nil }
            return ReplyCue(author: author, opening: opening)
        }
        return nil
    }
}
