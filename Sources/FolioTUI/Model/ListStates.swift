import FolioIndex

/// The article list: ids in the chosen order, and the rows of the screenful being shown.
struct LibraryState: Sendable {
    var order: LibraryOrder = .corpus
    var ids: [Int64] = []
    /// The order `ids` are in, which lags `order` while a new order is read.
    var idsOrder: LibraryOrder?
    var loaded = false
    var cursor = ListCursor()
    /// The rows from `cursor.top` on, read from the index for the lines on screen.
    var window: [LibraryRow] = []

    /// The row under the cursor, which is always on screen.
    var selectedRow: LibraryRow? {
        let at = cursor.selected - cursor.top
        return window.indices.contains(at) ? window[at] : nil
    }
}

/// Corpus search results, first unranked and then ranked as the ranking comes back.
struct ResultsState: Sendable {
    var query: String
    var results: [SearchResult] = []
    var ranked = false
    var problem: String?
    var cursor = ListCursor()

    /// The words an opened result highlights: the query as it was searched.
    var terms: [String] { SearchTerms.terms(AsYouType.query(query)) }
}

struct SpeakersState: Sendable {
    var rows: [SpeakerRow]
    var cursor = ListCursor()
}

struct SpeakerQuotesState: Sendable {
    var name: String
    var quotes: [SpeakerQuote]
    var cursor = ListCursor()
}

/// The keys of the view help was opened from.
struct HelpState: Sendable {
    var context: KeyContext
    var top = 0
}

/// The line at the bottom where a search is typed.
struct Prompt: Sendable, Equatable {
    enum Scope: Sendable { case corpus, article }
    var scope: Scope
    var text = ""
    /// This prompt put the results view up, so Esc takes it down again.
    var openedResults = false
}

/// A corpus search whose articles were opened, which `n` goes on through past an article's last match.
struct LastSearch: Sendable {
    var terms: [String]
    var results: [SearchResult]
}
