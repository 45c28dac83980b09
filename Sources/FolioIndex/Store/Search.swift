import Foundation
import FolioParse
import GRDB

/// One article found by a search.
public struct SearchResult: Sendable, Equatable {
    public var source: String
    public var title: String
    /// bm25 as FTS5 gives it, lower is better; nil for unranked first results.
    public var score: Double?
    /// A few dozen words around the best hit.
    public var snippet: String
    /// Where the hits are in `snippet`, as UTF-8 byte offsets.
    public var hits: [Range<Int>]
}

public enum SearchOrder: String, Sendable, CaseIterable {
    case relevance, date, title
}

extension CorpusIndex {
    /// The page of results from `offset`, ranked. A query matching more than `rankedAtMost`
    /// articles is ranked among candidates, not every match (`rankedMatches`): bm25 over a
    /// million matches takes seconds, and for a word in most articles its scores barely differ.
    public func search(_ text: String, limit: Int = 20, offset: Int = 0, order: SearchOrder = .relevance) throws -> [SearchResult] {
        try search(text, limit: limit, offset: offset, order: order, rankedAtMost: Self.rankedAtMost)
    }

    func search(_ text: String, limit: Int, offset: Int, order: SearchOrder, rankedAtMost: Int) throws -> [SearchResult] {
        let query = try Query.parse(text)
        let match = FTSQuery.expression(query)
        if order == .relevance, try ranksApproximately(match: match, rankedAtMost: rankedAtMost) {
            let (candidates, arguments) = Self.candidates(query, match, rankedAtMost: rankedAtMost)
            let sql = """
                SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE search MATCH ? AND +rowid IN (\(candidates))
                ORDER BY score, rowid LIMIT ? OFFSET ?
                """
            return try pool.read { db in
                try Self.results(db, match, query.speakerTerms, Row.fetchAll(db, sql: sql, arguments: [match] + arguments + [limit, offset]))
            }
        }
        let sql = switch order {
        case .relevance: """
            SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE search MATCH ?
            ORDER BY score, rowid LIMIT ? OFFSET ?
            """
        case .date, .title: """
            SELECT a.id AS id, NULL AS score FROM search JOIN articles a ON a.id = search.rowid WHERE search MATCH ?
            ORDER BY \(order == .date ? "a.date IS NULL, a.date DESC" : "a.title COLLATE NOCASE"), a.id LIMIT ? OFFSET ?
            """
        }
        return try pool.read { db in
            try Self.results(db, match, query.speakerTerms, Row.fetchAll(db, sql: sql, arguments: [match, limit, offset]))
        }
    }

    /// The rowids an approximate ranking ranks, as a SELECT: the first `rankedAtMost` matches in
    /// corpus order, and as many with a hit in the title, which its weight ranks first. A query
    /// limited to a field has no title hits to ask for: FTS5 narrows a column filter inside another.
    private static func candidates(_ query: Query, _ match: String, rankedAtMost: Int) -> (String, StatementArguments) {
        let first = "SELECT rowid FROM (SELECT rowid FROM search WHERE search MATCH ? LIMIT ?)"
        guard !query.limitsAField else { return (first, [match, rankedAtMost]) }
        return ("\(first) UNION \(first)", [match, rankedAtMost, "title : (\(match))", rankedAtMost])
    }

    /// The first `limit` matches in corpus order, unranked: what a reader shows at once while the
    /// ranking (`search`) runs. Any use of bm25 costs a pass over every match of each phrase,
    /// about 40 ms for a word in every article of a million, so these come without a score.
    public func firstResults(_ text: String, limit: Int = 20) throws -> [SearchResult] {
        let query = try Query.parse(text)
        let match = FTSQuery.expression(query)
        return try pool.read { db in
            try Self.results(db, match, query.speakerTerms, Row.fetchAll(db, sql: "SELECT rowid AS id, NULL AS score FROM search WHERE search MATCH ? LIMIT ?",
                                                     arguments: [match, limit]))
        }
    }

    /// Above this many matches, a ranking is made among candidates (`search`).
    public static let rankedAtMost = 50_000

    /// How many results `search` can give for a query, and whether it ranks them among
    /// candidates (the query matches more than `rankedAtMost` articles) rather than all: a
    /// list of results says "200 of" this many, and says when the ranking is approximate.
    public func rankedMatches(_ text: String) throws -> (count: Int, approximate: Bool) {
        try rankedMatches(text, rankedAtMost: Self.rankedAtMost)
    }

    func rankedMatches(_ text: String, rankedAtMost: Int) throws -> (count: Int, approximate: Bool) {
        let query = try Query.parse(text)
        let match = FTSQuery.expression(query)
        guard try ranksApproximately(match: match, rankedAtMost: rankedAtMost) else { return (try count(text), false) }
        let (candidates, arguments) = Self.candidates(query, match, rankedAtMost: rankedAtMost)
        let count = try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(candidates))", arguments: arguments) ?? 0
        }
        return (count, true)
    }

    /// Whether a query matches more than `rankedAtMost` articles, counted no further than that.
    private func ranksApproximately(match: String, rankedAtMost: Int) throws -> Bool {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)", arguments: [match, rankedAtMost + 1]) ?? 0
        } > rankedAtMost
    }

    /// How many articles match.
    public func count(_ text: String) throws -> Int {
        let match = FTSQuery.expression(try Query.parse(text))
        return try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: [match]) ?? 0 }
    }

    /// Titles and snippets for ranked rows, one article at a time: FTS5 seeks each by rowid, where
    /// a snippet column in the ranking query would be made for every match before sorting.
    /// A search only for speakers (`speaker:konashenkov`) shows a quotation of theirs, not the
    /// names its terms matched.
    private static func results(_ db: Database, _ match: String, _ speakerTerms: [Query.Term]?, _ ranked: [Row]) throws -> [SearchResult] {
        let statement = try db.cachedStatement(sql: """
            SELECT a.source, a.title, snippet(search, -1, ?, ?, '…', \(Snippet.tokens)) AS snippet
            FROM search JOIN articles a ON a.id = search.rowid
            WHERE search MATCH ? AND search.rowid = ?
            """)
        let quotes = try db.cachedStatement(sql: "SELECT speaker, text FROM quotes WHERE article = ? AND speaker IS NOT NULL ORDER BY start")
        return try ranked.compactMap { rank in
            let id: Int64 = rank["id"]
            guard let row = try Row.fetchOne(statement, arguments: [Snippet.open, Snippet.close, match, id]) else { return nil }
            var (snippet, hits) = Snippet.hits(row["snippet"] ?? "")
            if let speakerTerms, let quote = try Row.fetchAll(quotes, arguments: [id]).first(where: { Self.names($0["speaker"], speakerTerms) }) {
                (snippet, hits) = (Snippet.shortened(quote["text"]), [])
            }
            return SearchResult(source: row["source"], title: row["title"], score: rank["score"], snippet: snippet, hits: hits)
        }
    }

    /// Whether a speaker's name holds every term's words, compared as the index compares them
    /// (`TextWords`), the last of a prefix term as a prefix.
    private static func names(_ speaker: String, _ terms: [Query.Term]) -> Bool {
        let words = TextWords.folded(speaker)
        return terms.allSatisfy { term in
            let wanted = TextWords.folded(term.text)
            return wanted.enumerated().allSatisfy { k, part in
                term.isPrefix && k == wanted.count - 1 ? words.contains { $0.hasPrefix(part) } : words.contains(part)
            }
        }
    }
}

/// Hits come back from FTS5 between two private-use characters, taken out into offsets.
enum Snippet {
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    /// Words in a snippet: enough to fill a wide window's line once the reader cuts it to show
    /// its hit, and to hold a phrase whole (with 24, "“fake news”" was cut after "fake").
    static let tokens = 40

    /// A quotation as a snippet: its first words, as many as FTS5's snippets hold.
    static func shortened(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.count <= tokens ? "“\(text)”" : "“" + words.prefix(tokens).joined(separator: " ") + "…”"
    }

    static func hits(_ marked: String) -> (String, [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var bytes = 0
        var hits: [Range<Int>] = []
        var start: Int?
        for s in marked.unicodeScalars {
            switch s {
            case "\u{E000}": start = bytes
            case "\u{E001}":
                if let from = start { hits.append(from..<bytes) }
                start = nil
            default:
                text.append(s)
                bytes += UTF8.width(s)
            }
        }
        return (String(text), hits)
    }
}
