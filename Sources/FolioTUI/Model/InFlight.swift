/// What the session has asked of the background and not had back: the one place that numbers
/// requests, so that an answer to an older search or article is known and dropped, and that keeps
/// the keys typed while an article or the library row under the cursor is read, to play when it
/// comes.
struct InFlight: Sendable {
    private(set) var searchGeneration = 0
    private var openGeneration = 0
    /// The article being read, which keys wait for.
    private(set) var opening: OpenRequest?
    /// A big article shown from its start while the rest is parsed.
    private(set) var completing: OpenRequest?
    private var typedAhead: [Key] = []
    /// A listing of the library's ids asked for and not back.
    var listing = false
    /// Library rows asked for and not back.
    private(set) var rows: RowsRequest?
    /// Counts the listings of the library's ids: rows read for an older listing are dropped, as an
    /// index update can give their ids to other articles.
    private var listingGeneration = 0
    /// Speakers asked for and not back.
    var speakers: SpeakersRequest?
    /// An update asked for because a file changed under the index, not yet done.
    var refreshing = false

    /// A new listing of the library's ids has come; the listing is awaited until it is `whole`.
    mutating func listed(whole: Bool) {
        if whole { listing = false }
        listingGeneration += 1
        rows = nil
    }

    mutating func readRows(from start: Int, ids: [Int64]) -> RowsRequest {
        let request = RowsRequest(generation: listingGeneration, start: start, ids: ids)
        rows = request
        return request
    }

    /// Whether rows that have come are of the current listing; they are no longer awaited either way.
    mutating func rowsArrived(_ request: RowsRequest) -> Bool {
        if rows == request { rows = nil }
        return request.generation == listingGeneration
    }

    mutating func search(_ query: String) -> SearchRequest {
        searchGeneration += 1
        return SearchRequest(generation: searchGeneration, query: query, ranked: false)
    }

    func isNewest(_ request: SearchRequest) -> Bool { request.generation == searchGeneration }

    /// A newer article to read: whatever was being read is dropped when it comes.
    mutating func open(_ source: String, terms: [String], quoteStart: Int?, replacing: Bool, atLastMatch: Bool = false) -> OpenRequest {
        openGeneration += 1
        let request = OpenRequest(generation: openGeneration, source: source, terms: terms, quoteStart: quoteStart, replacing: replacing, atLastMatch: atLastMatch)
        opening = request
        return request
    }

    mutating func typeAhead(_ key: Key) { typedAhead.append(key) }

    /// The keys typed ahead, to play now.
    mutating func takeTypedAhead() -> [Key] {
        defer { typedAhead = [] }
        return typedAhead
    }

    /// Esc while an article is read: it is not waited for, nor are the keys typed after it.
    mutating func stopOpening() {
        opening = nil
        typedAhead = []
    }

    enum Arrival {
        /// The article asked for last, to show: `partial` when it is only its start.
        case article(partial: Bool, typedAhead: [Key])
        /// The rest of the big article whose start is on show.
        case rest
        case dropped
    }

    /// What an article that has been read is: the newest asked for, the rest of one on show, or
    /// an older one to drop.
    mutating func arrived(_ request: OpenRequest, complete: Bool) -> Arrival {
        if complete, request.generation == completing?.generation {
            completing = nil
            return .rest
        }
        guard request.generation == opening?.generation else { return .dropped }
        opening = nil
        completing = complete ? nil : request
        defer { typedAhead = [] }
        return .article(partial: !complete, typedAhead: typedAhead)
    }
}
