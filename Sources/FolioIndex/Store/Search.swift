import Dispatch
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
                SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE \(Self.matching) AND +rowid IN (\(candidates))
                ORDER BY score, rowid LIMIT ? OFFSET ?
                """
            return try pool.read { db in
                try Self.results(db, query, Row.fetchAll(db, sql: sql, arguments: [match] + arguments + [limit, offset]))
            }
        }
        let sql = switch order {
        case .relevance: """
            SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE \(Self.matching)
            ORDER BY score, rowid LIMIT ? OFFSET ?
            """
        case .date, .title: """
            SELECT id, NULL AS score FROM articles WHERE id IN (SELECT rowid FROM search WHERE \(Self.matching))
            ORDER BY \((order == .date ? LibraryOrder.date : LibraryOrder.title).sql) LIMIT ? OFFSET ?
            """
        }
        return try pool.read { db in
            try Self.results(db, query, Row.fetchAll(db, sql: sql, arguments: [match, limit, offset]))
        }
    }

    /// The rowids an approximate ranking ranks, as a SELECT: the first `rankedAtMost` matches in
    /// corpus order, and as many with a hit in the title, which its weight ranks first. A query
    /// limited to a field has no title hits to ask for: FTS5 narrows a column filter inside another.
    private static func candidates(_ query: Query, _ match: String, rankedAtMost: Int) -> (String, StatementArguments) {
        let first = "SELECT rowid FROM (SELECT rowid FROM search WHERE \(matching) LIMIT ?)"
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
            try Self.results(db, query, Row.fetchAll(db, sql: "SELECT rowid AS id, NULL AS score FROM search WHERE \(Self.matching) LIMIT ?",
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
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE \(Self.matching) LIMIT ?)", arguments: [match, rankedAtMost + 1]) ?? 0
        } > rankedAtMost
    }

    /// How many articles match.
    public func count(_ text: String) throws -> Int {
        let match = FTSQuery.expression(try Query.parse(text))
        return try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search WHERE \(Self.matching)", arguments: [match]) ?? 0 }
    }

    /// A MATCH of the full-text table, bound to one argument, without the rows of articles gone
    /// since they were indexed (`Schema`).
    private static let matching = "search MATCH ? AND search.rowid NOT IN (SELECT id FROM forgotten)"

    /// Titles and snippets for ranked rows, each snippet cut from the article as its file holds
    /// it (`Snippet`): the index keeps no copy of the text. The articles are read and parsed on
    /// every core. A search only for speakers (`speaker:konashenkov`) shows a quotation of
    /// theirs, not the names its terms matched. An article whose file changed since is shown with
    /// that said.
    private static func results(_ db: Database, _ query: Query, _ ranked: [Row]) throws -> [SearchResult] {
        let article = try db.cachedStatement(sql: "SELECT a.source, a.title, \(locatorColumns) WHERE a.id = ?")
        let quotes = try db.cachedStatement(sql: "SELECT speaker, text FROM quotes WHERE article = ? AND speaker IS NOT NULL ORDER BY start")
        var stamps: [String: FileStamp?] = [:]
        var results: [SearchResult] = []
        var toCut: [(result: Int, locator: Locator)] = []
        for rank in ranked {
            let id: Int64 = rank["id"]
            guard let row = try Row.fetchOne(article, arguments: [id]) else { continue }
            var result = SearchResult(source: row["source"], title: row["title"], score: rank["score"], snippet: "", hits: [])
            if let speakerTerms = query.speakerTerms,
               let quote = try Row.fetchAll(quotes, arguments: [id]).first(where: { Self.names($0["speaker"], speakerTerms) }) {
                result.snippet = Snippet.shortened(quote["text"])
            } else {
                switch locator(row, stamps: &stamps) {
                case .success(let locator): toCut.append((results.count, locator))
                case .failure(let error): result.snippet = Self.unread(error)
                }
            }
            results.append(result)
        }
        guard !toCut.isEmpty else { return results }
        let repeated = try repeatedLines(db)
        let patterns = query.hitPatterns
        let pending = toCut
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: toCut.count) { k in
                let (i, locator) = pending[k]
                switch Corpus.document(at: locator, source: out[i].source) {
                case .success(let document):
                    let fields = SearchFields(ArticleParser.parse(document, repeated: repeated))
                    (out[i].snippet, out[i].hits) = Snippet.make(fields.columns, patterns)
                case .failure(let error):
                    out[i].snippet = Self.unread(error)
                }
            }
        }
        return results
    }

    /// What a result shows in place of a snippet when its article cannot be read as indexed.
    private static func unread(_ error: SourceError) -> String { "(the file \(error.reason); folio index reads it again)" }

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
