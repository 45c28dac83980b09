/// The line at the bottom where a search is typed.
struct Prompt: Sendable, Equatable {
    enum Scope: Sendable { case corpus, article, speakers }
    var scope: Scope
    var text = ""
    /// This prompt put the results view up, so Esc takes it down again.
    var openedResults = false
    /// Which entry of the history the text was taken from, counted back from the newest.
    var recalled: Int?

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
