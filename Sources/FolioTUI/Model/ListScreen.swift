import FolioIndex

/// The four lists (the library, search results, the speakers, one speaker's quotations) are one
/// screen: a cursor over rows that the same keys move, where Enter chooses the selected row and
/// `J`/`K` in a reader opened from it go on to the next row. Only what the rows are differs.
struct ListScreen: Sendable {
    enum Rows: Sendable {
        case library(LibraryRows)
        case results(ResultsRows)
        case speakers(SpeakerRows)
        case speakerQuotes(name: String, [SpeakerQuote])
        /// The searches the user kept, with how many articles each finds now.
        case kept([KeptSearch])
    }

    /// What choosing a row does: open an article (with a search's terms lit, or at a quote), or
    /// list a speaker's quotations.
    enum Choice: Equatable {
        case article(source: String, terms: [String], quoteStart: Int?)
        case speaker(String)
        case search(String)
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
        case .speakers(let speakers): speakers.total
        case .speakerQuotes(_, let quotes): quotes.count
        case .kept(let searches): searches.count
        }
    }

    /// Screen lines a row takes: results and quotations show a second line (snippet, article).
    var rowLines: Int {
        switch rows {
        case .library, .speakers, .kept: 1
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

    /// The speakers, when this is their list.
    var speakers: SpeakerRows? {
        get { if case .speakers(let rows) = rows { rows } else { nil } }
        set { if let newValue { rows = .speakers(newValue) } }
    }

    /// The search's results, when this is a results list.
    var results: ResultsRows? {
        get { if case .results(let rows) = rows { rows } else { nil } }
        set { if let newValue { rows = .results(newValue) } }
    }

    var keyContext: KeyContext {
        switch rows {
        case .library: .library
        case .speakers: .speakers
        default: .list
        }
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
            return speakers.row(at: i).map { .speaker($0.name) }
        case .speakerQuotes(_, let quotes):
            guard quotes.indices.contains(i) else { return nil }
            return .article(source: quotes[i].source, terms: [], quoteStart: quotes[i].start)
        case .kept(let searches):
            guard searches.indices.contains(i) else { return nil }
            return .search("@" + searches[i].name)
        }
    }

    /// Whether its rows are articles, which `J`/`K` in a reader go on through.
    var opensArticles: Bool {
        switch rows {
        case .speakers, .kept: false
        default: true
        }
    }

    /// What the status line says when `J`/`K` would go past either end.
    var noMore: String {
        switch rows {
        case .library: "no more articles"
        case .results: "no more results"
        case .speakers: "no more speakers"
        case .speakerQuotes(let name, _): "no more quotes by \(name)"
        case .kept: "no more searches"
        }
    }
}

/// The library's rows: every id in the chosen order, and the rows read for them, by id, read from
/// the index off the input loop (`Effect.loadRows`) a page either side of the screen.
struct LibraryRows: Sendable {
    var order: LibraryOrder = .corpus
    /// Every article's id in `idsOrder`.
    private(set) var ids: [Int64] = []
    /// The order `ids` are in, which lags `order` while a new order is read.
    private(set) var idsOrder: LibraryOrder?
    /// Rows read since the ids were last listed.
    private var read: [Int64: LibraryRow] = [:]
    /// Rows read before: shown until read again. An index update can give an id to another
    /// article, but a row opens the article it shows, by its source.
    private var earlier: [Int64: LibraryRow] = [:]
    /// Ids asked for that did not come (forgotten by an update, or a read that failed): not
    /// asked for again until the next listing.
    private var missing: Set<Int64> = []

    /// The ids are in the order asked for.
    var loaded: Bool { idsOrder == order }
    /// `ids` are every article's, not only a first screen's.
    private(set) var whole = false
    /// Some article read so far has a date, or a type: the library shows a column for it.
    private(set) var hasDates = false
    private(set) var hasTypes = false

    /// A new listing of every id, or of a first screen's; the rows read so far are read again.
    mutating func list(_ ids: [Int64], order: LibraryOrder, whole: Bool) {
        self.ids = ids
        idsOrder = order
        self.whole = whole
        earlier.merge(read) { _, new in new }
        read = [:]
        missing = []
    }

    /// The row at position `i`, if it has been read.
    func row(at i: Int) -> LibraryRow? { ids.indices.contains(i) ? read[ids[i]] ?? earlier[ids[i]] : nil }

    /// The positions to read for a screen of `page` rows from `top`: a page either side, so that
    /// moving a line or a page shows rows already read. Nil when those on screen and half a page
    /// either side are read or known missing, or when the ids are of an order no longer wanted.
    func rowsToRead(top: Int, page: Int) -> Range<Int>? {
        guard loaded else { return nil }
        let window = RowWindow(top: top, page: page, count: ids.count)
        return window.needed.allSatisfy({ read[ids[$0]] != nil || missing.contains(ids[$0]) }) ? nil : window.toRead
    }

    /// The rows read for `asked`; those not among them are missing. A long scroll through a huge
    /// corpus keeps only the latest few thousand.
    mutating func take(_ rows: [LibraryRow], asked: [Int64]) {
        if read.count > 8192 { read = [:] }
        for row in rows { read[row.id] = row }
        hasDates = hasDates || rows.contains { $0.date != nil }
        hasTypes = hasTypes || rows.contains { $0.type != nil }
        missing.formUnion(asked.filter { read[$0] == nil })
        earlier = [:]
    }

    /// The row of the article `source` is read again, as it is shown until then: the user's
    /// marks on it changed.
    mutating func reread(_ source: String) {
        for (id, row) in read where row.source == source {
            earlier[id] = row
            read[id] = nil
        }
    }
}

/// A search the user kept (`UserData.save`), and how many articles it finds now; nil for a
/// query this version cannot read.
struct KeptSearch: Sendable, Equatable {
    var name: String
    var query: String
    var found: Int?
}

/// The speakers of the corpus, most quoted first: how many there are, and those read, a stretch
/// around the screen (`Effect.loadSpeakers`).
struct SpeakerRows: Sendable {
    private(set) var total: Int
    private var start: Int
    private var rows: [SpeakerRow]
    /// A read failed: the list keeps what it has rather than ask again on every key.
    var unreadable = false
    /// The words typed after `/` that every name listed starts a word with, and the order.
    private(set) var filter = ""
    private(set) var byName = false

    init(_ page: SpeakerPage, filter: String = "", byName: Bool = false) {
        (total, start, rows) = (page.total, page.start, page.rows)
        (self.filter, self.byName) = (filter, byName)
    }

    /// A list not read yet, for a filter and an order: empty until its first stretch comes.
    init(filter: String = "", byName: Bool = false) {
        (total, start, rows) = (0, 0, [])
        (self.filter, self.byName) = (filter, byName)
    }

    /// What reading `range` of this list asks the index.
    func request(_ range: Range<Int>) -> SpeakersRequest { SpeakersRequest(range: range, filter: filter, byName: byName) }

    func row(at i: Int) -> SpeakerRow? {
        rows.indices.contains(i - start) ? rows[i - start] : nil
    }

    func rowsToRead(top: Int, page: Int) -> Range<Int>? {
        guard !unreadable else { return nil }
        let window = RowWindow(top: top, page: page, count: total)
        return window.needed.allSatisfy { rows.indices.contains($0 - start) } ? nil : window.toRead
    }

    mutating func take(_ page: SpeakerPage) {
        self = SpeakerRows(page, filter: filter, byName: byName)
    }
}

/// Which rows of a long list to have read for a screen of `page` rows from `top`: those on it
/// and half a page either side are needed; a page either side is read, so that moving a line
/// or a page shows rows already there.
struct RowWindow {
    let needed: Range<Int>
    let toRead: Range<Int>

    init(top: Int, page: Int, count: Int) {
        needed = max(0, top - page / 2)..<max(0, min(count, top + page + page / 2))
        toRead = max(0, top - page)..<max(0, min(count, top + 2 * page))
    }
}

/// A corpus search's results, first unranked and then ranked as the ranking comes back.
struct ResultsRows: Sendable {
    var query: String
    var results: [SearchResult] = []
    var ranked = false
    var problem: String?
    /// How many articles match in all, once a ranked page has said.
    var total: Int?
    /// Ranked among candidates, the query matching too many to rank all.
    var approximate = false
    /// A further page is being read.
    var readingMore = false
    /// `G` asked for the last result: pages are read until it is.
    var toEnd = false

    /// How many results `G` reads to the end of: each page of 200 is ranked and given snippets.
    static let readToEndAtMost = 5_000

    static func readingTheRest(_ total: Int) -> String { "reading the rest of the \(Numbers.grouped(total)) results…" }

    /// Whether the cursor is near enough the end of the results read so far to read the next
    /// page (or `G` asked for the end), and there is one.
    func needsMore(cursor: ListCursor, page: Int) -> Bool {
        guard ranked, !readingMore, let total, results.count < total else { return false }
        return toEnd || cursor.selected + page >= results.count
    }

    /// The words an opened result highlights: the query as it was searched.
    var terms: [String] { SearchTerms.terms(AsYouType.query(query)) }
}
