/// The line at the bottom where a search is typed.
struct Prompt: Sendable, Equatable {
    enum Scope: Sendable { case corpus, article, speakers }
    var scope: Scope
    var text = ""
    /// This prompt put the results view up, so Esc takes it down again.
    var openedResults = false
    /// Which entry of the history the text was taken from, counted back from the newest.
    var recalled: Int?
}
