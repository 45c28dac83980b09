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
    /// What the user marked the article with (`UserData`), as the library shows it.
    public var marks = UserData.Marks()
}

public enum SearchOrder: String, Sendable, CaseIterable {
    case relevance, date, title
}

/// A page of ranked results, with how many results the ranking gives in all (every match, or
/// the candidates it ranked among) and whether it ranked among candidates (`rankedAtMost`).
public struct RankedPage: Sendable, Equatable {
    public var results: [SearchResult]
    public var total: Int
    public var approximate: Bool
}

extension CorpusIndex {
    /// The page of results from `offset`, ranked (`rankedPage`), or sorted by date or title.
    public func search(_ text: String, limit: Int = 20, offset: Int = 0, order: SearchOrder = .relevance) throws -> [SearchResult] {
        try search(text, limit: limit, offset: offset, order: order, rankedAtMost: Self.rankedAtMost)
    }

    /// The page of results from `offset` ranked by bm25, with how many the ranking gives. A
    /// query matching more than `rankedAtMost` articles is ranked among candidates, not every
    /// match: bm25 over a million matches takes seconds, and for a word in most articles its
    /// scores barely differ. Matches are counted in the pass that tells which (no further than
    /// past `rankedAtMost`), so a phrase of common words is looked up twice, not four times.
    /// A search of the user's marks alone (`tag:dresden`) lists them in corpus order.
    public func rankedPage(_ text: String, limit: Int = 20, offset: Int = 0) throws -> RankedPage {
        try rankedPage(text, limit: limit, offset: offset, rankedAtMost: Self.rankedAtMost)
    }

    func rankedPage(_ text: String, limit: Int, offset: Int, rankedAtMost: Int) throws -> RankedPage {
        let plan = try SearchPlan(text, userData: userData)
        return try pool.read { db in
            guard let match = plan.match else {
                let rows = try Self.listed(db, plan, order: .corpus, limit: limit, offset: offset)
                return RankedPage(results: try self.results(db, plan.query, rows), total: try Self.count(db, plan), approximate: false)
            }
            let (matching, arguments) = plan.onSearch(match)
            let found = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE \(matching) LIMIT ?)",
                                         arguments: arguments + [rankedAtMost + 1]) ?? 0
            let ranked = "SELECT rowid AS id, bm25(search, \(Schema.weights)) AS score FROM search WHERE \(matching)"
            guard found > rankedAtMost else {
                let rows = try Row.fetchAll(db, sql: ranked + " ORDER BY score, rowid LIMIT ? OFFSET ?", arguments: arguments + [limit, offset])
                return RankedPage(results: try self.results(db, plan.query, rows), total: found, approximate: false)
            }
            let (candidates, candidateArguments) = Self.candidates(plan, match, rankedAtMost: rankedAtMost)
            let rows = try Row.fetchAll(db, sql: ranked + " AND +rowid IN (\(candidates)) ORDER BY score, rowid LIMIT ? OFFSET ?",
                                        arguments: arguments + candidateArguments + [limit, offset])
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(candidates))", arguments: candidateArguments) ?? 0
            return RankedPage(results: try self.results(db, plan.query, rows), total: total, approximate: true)
        }
    }

    func search(_ text: String, limit: Int, offset: Int, order: SearchOrder, rankedAtMost: Int) throws -> [SearchResult] {
        if order == .relevance { return try rankedPage(text, limit: limit, offset: offset, rankedAtMost: rankedAtMost).results }
        let plan = try SearchPlan(text, userData: userData)
        return try pool.read { db in
            try self.results(db, plan.query, Self.listed(db, plan, order: order == .date ? .date : .title, limit: limit, offset: offset))
        }
    }

    /// The plan's articles in a library order, unranked.
    private static func listed(_ db: Database, _ plan: SearchPlan, order: LibraryOrder, limit: Int, offset: Int) throws -> [Row] {
        let (condition, arguments) = plan.onArticles
        return try Row.fetchAll(db, sql: "SELECT id, NULL AS score FROM articles WHERE \(condition) ORDER BY \(order.sql) LIMIT ? OFFSET ?",
                                arguments: arguments + [limit, offset])
    }

    /// The rowids an approximate ranking ranks, as a SELECT: the first `rankedAtMost` matches in
    /// corpus order, and as many with a hit in the title, which its weight ranks first. A query
    /// limited to a field has no title hits to ask for: FTS5 narrows a column filter inside another.
    private static func candidates(_ plan: SearchPlan, _ match: String, rankedAtMost: Int) -> (String, StatementArguments) {
        let (matching, arguments) = plan.onSearch(match)
        let first = "SELECT rowid FROM (SELECT rowid FROM search WHERE \(matching) LIMIT ?)"
        guard !plan.query.limitsAField else { return (first, arguments + [rankedAtMost]) }
        let (inTitle, titleArguments) = plan.onSearch("title : (\(match))")
        return ("\(first) UNION SELECT rowid FROM (SELECT rowid FROM search WHERE \(inTitle) LIMIT ?)",
                arguments + [rankedAtMost] + titleArguments + [rankedAtMost])
    }

    /// The first `limit` matches in corpus order, unranked: what a reader shows at once while the
    /// ranking (`search`) runs. Any use of bm25 costs a pass over every match of each phrase,
    /// about 40 ms for a word in every article of a million, so these come without a score.
    public func firstResults(_ text: String, limit: Int = 20) throws -> [SearchResult] {
        let plan = try SearchPlan(text, userData: userData)
        return try pool.read { db in
            guard let match = plan.match else { return try self.results(db, plan.query, Self.listed(db, plan, order: .corpus, limit: limit, offset: 0)) }
            let (matching, arguments) = plan.onSearch(match)
            return try self.results(db, plan.query, Row.fetchAll(db, sql: "SELECT rowid AS id, NULL AS score FROM search WHERE \(matching) LIMIT ?",
                                                                 arguments: arguments + [limit]))
        }
    }

    /// The source of every article a search matches (every article, with nil), in corpus order,
    /// unranked and without snippets: what `folio export` writes out whole.
    public func sources(matching text: String?) throws -> [String] {
        let (condition, arguments) = try text.map { try SearchPlan($0, userData: userData).onArticles } ?? ("1", [])
        return try pool.read { db in
            try String.fetchAll(db, sql: "SELECT source FROM articles WHERE \(condition) ORDER BY \(LibraryOrder.corpus.sql)", arguments: arguments)
        }
    }

    /// Above this many matches, a ranking is made among candidates (`rankedPage`).
    public static let rankedAtMost = 50_000

    /// How many articles match.
    public func count(_ text: String) throws -> Int {
        let plan = try SearchPlan(text, userData: userData)
        return try pool.read { try Self.count($0, plan) }
    }

    private static func count(_ db: Database, _ plan: SearchPlan) throws -> Int {
        guard let match = plan.match else {
            let (condition, arguments) = plan.onArticles
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE \(condition)", arguments: arguments) ?? 0
        }
        let (matching, arguments) = plan.onSearch(match)
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM search WHERE \(matching)", arguments: arguments) ?? 0
    }

    /// Titles and snippets for ranked rows, each snippet cut from the article as its file holds
    /// it (`Snippet`): the index keeps no copy of the text. The articles are read and parsed on
    /// every core. A search only for speakers (`speaker:konashenkov`) shows a quotation of
    /// theirs, not the names its terms matched. An article whose file changed since is shown with
    /// that said.
    private func results(_ db: Database, _ query: Query, _ ranked: [Row]) throws -> [SearchResult] {
        let article = try db.cachedStatement(sql: "SELECT a.source, a.title, \(Self.locatorColumns) WHERE a.id = ?")
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
                switch Self.locator(row, stamps: &stamps) {
                case .success(let locator): toCut.append((results.count, locator))
                case .failure(let error): result.snippet = Self.unread(error)
                }
            }
            results.append(result)
        }
        if let marks = try userData?.marks(of: results.map(\.source)) {
            for i in results.indices { results[i].marks = marks[results[i].source] ?? UserData.Marks() }
        }
        guard !toCut.isEmpty else { return results }
        let repeated = try Self.repeatedLines(db)
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
