import Foundation
import GRDB

/// One article found by a search.
public struct SearchResult: Sendable, Equatable {
    public var source: String
    public var title: String
    /// bm25 as FTS5 gives it: lower is better.
    public var score: Double
    /// A few dozen words around the best hit.
    public var snippet: String
    /// Where the hits are in `snippet`, as UTF-8 byte offsets.
    public var hits: [Range<Int>]
}

public enum SearchOrder: String, Sendable, CaseIterable {
    case relevance, date, title
}

extension CorpusIndex {
    /// The page of results from `offset`, every match ranked. On a term that matches most of a
    /// huge corpus this ranks every match; `firstResults` answers at once.
    public func search(_ text: String, limit: Int = 20, offset: Int = 0, order: SearchOrder = .relevance) throws -> [SearchResult] {
        let match = FTSQuery.expression(try Query.parse(text))
        let orderBy = switch order {
        case .relevance: "score"
        case .date: "a.date IS NULL, a.date DESC, score"
        case .title: "a.title COLLATE NOCASE, score"
        }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.source, a.title, bm25(search, \(Schema.weights)) AS score,
                       snippet(search, -1, ?, ?, '…', 24) AS snippet
                FROM search JOIN articles a ON a.id = search.rowid
                WHERE search MATCH ?
                ORDER BY \(orderBy) LIMIT ? OFFSET ?
                """, arguments: [Snippet.open, Snippet.close, match, limit, offset]).map(Self.result)
        }
    }

    /// The best `limit` of the first `slice` matches in corpus order: what a reader shows while
    /// the full ranking (`search`) runs, since ranking every match of a common word in a million
    /// articles takes about a second.
    public func firstResults(_ text: String, limit: Int = 20, slice: Int = 2_000) throws -> [SearchResult] {
        let match = FTSQuery.expression(try Query.parse(text))
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                WITH first AS (
                    SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE search MATCH ? LIMIT ?
                ), best AS (
                    SELECT id, score FROM first ORDER BY score LIMIT ?
                )
                SELECT a.source, a.title, best.score AS score,
                       (SELECT snippet(search, -1, ?, ?, '…', 24) FROM search WHERE search MATCH ? AND rowid = best.id) AS snippet
                FROM best JOIN articles a ON a.id = best.id
                ORDER BY best.score
                """, arguments: [match, slice, limit, Snippet.open, Snippet.close, match]).map(Self.result)
        }
    }

    /// How many articles match.
    public func count(_ text: String) throws -> Int {
        let match = FTSQuery.expression(try Query.parse(text))
        return try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: [match]) ?? 0 }
    }

    private static func result(_ row: Row) -> SearchResult {
        let (snippet, hits) = Snippet.hits(row["snippet"] ?? "")
        return SearchResult(source: row["source"], title: row["title"], score: row["score"], snippet: snippet, hits: hits)
    }
}

/// Hits come back from FTS5 between two private-use characters, taken out into offsets.
enum Snippet {
    static let open = "\u{E000}"
    static let close = "\u{E001}"

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
