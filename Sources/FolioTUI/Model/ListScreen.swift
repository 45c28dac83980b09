import FolioIndex

/// The four lists (the library, search results, the speakers, one speaker's quotations) are one
/// screen: a cursor over rows that the same keys move, where Enter chooses the selected row and
/// `J`/`K` in a reader opened from it go on to the next row. Only what the rows are differs.
struct ListScreen: Sendable {
    enum Rows: Sendable {
        case library(LibraryRows)
        case results(ResultsRows)
        case speakers([SpeakerRow])
        case speakerQuotes(name: String, [SpeakerQuote])
    }

    /// What choosing a row does: open an article (with a search's terms lit, or at a quote), or
    /// list a speaker's quotations.
    enum Choice: Equatable {
        case article(source: String, terms: [String], quoteStart: Int?)
        case speaker(String)
    }

    var rows: Rows
    var cursor: ListCursor

    init(_ rows: Rows) {
        self.rows = rows
        cursor = ListCursor(count: 0)
        cursor.count = count
    }

    var count: Int {
        switch rows {
        case .library(let library): library.ids.count
        case .results(let results): results.results.count
        case .speakers(let speakers): speakers.count
        case .speakerQuotes(_, let quotes): quotes.count
        }
    }

    /// Screen lines a row takes: results and quotations show a second line (snippet, article).
    var rowLines: Int {
        switch rows {
        case .library, .speakers: 1
        case .results, .speakerQuotes: 2
        }
    }

    /// How many rows a body of `lines` shows.
    func page(_ lines: Int) -> Int { max(1, lines / rowLines) }

    /// The library's rows, when this is the library.
    var library: LibraryRows? {
        get { if case .library(let rows) = rows { rows } else { nil } }
        set { if let newValue { rows = .library(newValue) } }
    }

    /// The search's results, when this is a results list.
    var results: ResultsRows? {
        get { if case .results(let rows) = rows { rows } else { nil } }
        set { if let newValue { rows = .results(newValue) } }
    }

    var keyContext: KeyContext {
        if case .library = rows { .library } else { .list }
    }

    /// What choosing row `i` does; nil past the ends, or for a library row not read yet.
    func choice(at i: Int) -> Choice? {
        switch rows {
        case .library(let library):
            return library.row(at: i).map { .article(source: $0.source, terms: [], quoteStart: nil) }
        case .results(let results):
            guard results.results.indices.contains(i) else { return nil }
            return .article(source: results.results[i].source, terms: results.terms, quoteStart: nil)
        case .speakers(let speakers):
            return speakers.indices.contains(i) ? .speaker(speakers[i].name) : nil
        case .speakerQuotes(_, let quotes):
            guard quotes.indices.contains(i) else { return nil }
            return .article(source: quotes[i].source, terms: [], quoteStart: quotes[i].start)
        }
    }

    /// What the status line says when `J`/`K` would go past either end.
    var noMore: String {
        switch rows {
        case .library: "no more articles"
        case .results: "no more results"
        case .speakers: "no more speakers"
        case .speakerQuotes(let name, _): "no more quotes by \(name)"
        }
    }
}

/// The library's rows: every id in the chosen order, and the rows of a stretch around the screen,
/// read from the index off the input loop (`Effect.loadRows`) as the cursor nears their ends.
struct LibraryRows: Sendable {
    var order: LibraryOrder = .corpus
    /// Every article's id in `idsOrder`; setting them makes the rows read stale.
    var ids: [Int64] = [] {
        didSet { fresh = false }
    }
    /// The order `ids` are in, which lags `order` while a new order is read.
    var idsOrder: LibraryOrder?
    var loaded = false
    /// Rows read, from position `windowStart` in `ids` on.
    private(set) var window: [LibraryRow] = []
    private(set) var windowStart = 0
    /// Whether the rows were read since the ids were last listed. Rows read before an index
    /// update are shown, and chosen by what they show, until they are read again.
    private(set) var fresh = true

    /// The row read for position `i`, if it has been.
    func row(at i: Int) -> LibraryRow? {
        let at = i - windowStart
        guard ids.indices.contains(i), window.indices.contains(at) else { return nil }
        return window[at]
    }

    /// The rows to read for a screen of `page` rows from `top`: a page either side, so that moving
    /// a line or a page shows rows already read. Nil when those on screen and half a page either
    /// side are read, and read since the last listing.
    func rowsToRead(top: Int, page: Int) -> Range<Int>? {
        let needed = max(0, top - page / 2)..<min(ids.count, top + page + page / 2)
        if fresh, needed.allSatisfy({ row(at: $0) != nil }) { return nil }
        return max(0, top - page)..<min(ids.count, top + 2 * page)
    }

    /// Rows read for the positions from `start` on.
    mutating func take(_ rows: [LibraryRow], from start: Int) {
        window = rows
        windowStart = start
        fresh = true
    }
}

/// A corpus search's results, first unranked and then ranked as the ranking comes back.
struct ResultsRows: Sendable {
    var query: String
    var results: [SearchResult] = []
    var ranked = false
    var problem: String?

    /// The words an opened result highlights: the query as it was searched.
    var terms: [String] { SearchTerms.terms(AsYouType.query(query)) }
}
