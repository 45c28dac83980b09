/// The line at the bottom where a search, or a tag, is typed.
struct Prompt: Sendable, Equatable {
    enum Scope: Sendable, Equatable {
        case corpus, article, speakers
        /// A tag to put on the article `source` (or its quotation at byte `quote`), or to take
        /// off it; its note.
        case tag(source: String, quote: Int?), untag(source: String, quote: Int?), note(source: String, quote: Int?)
        /// The name to keep a corpus search by (`@NAME` searches it again).
        case keep(query: String)
    }
    var scope: Scope
    /// Tab completes the text to the first of these it starts: the tags in use, or the article's own.
    var completions: [String] = []
    var text = ""
    /// This prompt put the results view up, so Esc takes it down again.
    var openedResults = false
    /// Which entry of the history the text was taken from, counted back from the newest.
    var recalled: Int?

    /// What the line shows before the text.
    var label: String {
        switch scope {
        case .corpus, .article, .speakers: "/"
        case .tag: "tag: "
        case .untag: "take off tag: "
        case .note: "note: "
        case .keep: "keep as: @"
        }
    }

    /// The keys that edit the text, the same in every prompt; false for any other key, and for
    /// Backspace on no text. Edited, the text is no longer the search it was recalled from.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .backspace:
            guard !text.isEmpty else { return false }
            text.removeLast()
        case .ctrl("u"): text = ""
        case .char(let c): text.append(c)
        default: return false
        }
        recalled = nil
        return true
    }
}
