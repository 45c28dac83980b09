import Dispatch
import Foundation
import FolioParse
import GRDB

/// One article found by a search.
public struct SearchResult: Sendable, Equatable {
    public var source: String
    public var title: String
    /// BM25 as `Ranking` gives it, lower is better; nil for unranked first results.
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
/// the candidates it ranked among) and whether it ranked among candidates (`countedAtMost`).
public struct RankedPage: Sendable, Equatable {
    public var results: [SearchResult]
    public var total: Int
    public var approximate: Bool
}

extension CorpusIndex {
    /// The page of results from `offset`, ranked (`rankedPage`), or sorted by date or title.
    public func search(_ text: String, limit: Int = 20, offset: Int = 0, order: SearchOrder = .relevance) throws -> [SearchResult] {
        try search(text, limit: limit, offset: offset, order: order, rankedAtMost: Self.rankedAtMost, countedAtMost: Self.countedAtMost)
    }

    /// The page of results from `offset` ranked by BM25 (`Ranking`), with how many the ranking
    /// gives. The first `rankedAtMost` matches are scored as they are read; a query matching more
    /// than `countedAtMost` articles is ranked among those and as many with a hit in the title
    /// after them, not among every match: scoring a million matches takes a second, and for a
    /// word in most articles the scores barely differ. Matches are counted past the first scored
    /// only when there are more, so a phrase of common words found a few thousand times is
    /// read once. A search of the user's marks alone (`tag:dresden`) lists them in corpus order.
    public func rankedPage(_ text: String, limit: Int = 20, offset: Int = 0) throws -> RankedPage {
        try rankedPage(text, limit: limit, offset: offset, rankedAtMost: Self.rankedAtMost, countedAtMost: Self.countedAtMost)
    }

    func rankedPage(_ text: String, limit: Int, offset: Int, rankedAtMost: Int, countedAtMost: Int,
                    stretches: Int = MatchRanking.stretchCount) throws -> RankedPage {
        let plan = try plan(text)
        guard let match = plan.match else {
            return try pool.read { db in
                let rows = try Self.listed(db, plan, order: .corpus, limit: limit, offset: offset)
                return RankedPage(results: try self.results(db, plan.query, rows), total: try Self.count(db, plan), approximate: false)
            }
        }
        let (matching, arguments) = plan.onSearch(match)
        let ranking = MatchRanking(matching: matching, arguments: arguments, phraseGroups: plan.phraseGroups,
                                   inTitle: plan.query.limitsAField ? nil : plan.onSearch("title : (\(match))"),
                                   rankedAtMost: rankedAtMost, countedAtMost: countedAtMost)
        var reads = ReadsAtOnce(pool)
        let span = try reads.one { try Self.rowids($0) }
        let atOnce = try ranking.ranked(span: span, stretches: MatchRanking.stretches(of: span, count: stretches), reads: &reads)
        return try pool.read { db in
            var (ranked, approximate) = atOnce
            if reads.versions != [try IndexVersion(db)] {
                // An update wrote between two of the reads, or since: rank again, here, at once.
                var one = ReadsInOne(db: db)
                let span = try Self.rowids(db)
                (ranked, approximate) = try ranking.ranked(span: span, stretches: MatchRanking.stretches(of: span, count: 1), reads: &one)
            }
            ranked.sort { ($0.score ?? 0, $0.id) < ($1.score ?? 0, $1.id) }
            let page = Array(ranked.dropFirst(max(0, offset)).prefix(max(0, limit)))
            return RankedPage(results: try self.results(db, plan.query, page), total: ranked.count, approximate: approximate)
        }
    }

    /// A search's plan, its prefixes searched as their words in this index (`PrefixWords`).
    private func plan(_ text: String) throws -> SearchPlan {
        try SearchPlan(text, userData: userData) { prefixes in
            try pool.read { db in try prefixes.reduce(into: [:]) { words, prefix in words[prefix] = try PrefixWords.words(startingWith: prefix, in: db) } }
        }
    }

    /// The first and the last rowid of the full-text index: what `Ranking` estimates a common
    /// phrase's matches over. Rowids start past the old ones after a reparse, not at 1. Each is
    /// read as the end of the rowid order: `min(rowid), max(rowid)` in one SELECT scans the whole
    /// table (300 ms at a million articles), one at a time each is a seek.
    private static func rowids(_ db: Database) throws -> ClosedRange<Int64> {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT rowid FROM search ORDER BY rowid LIMIT 1) AS first, (SELECT rowid FROM search ORDER BY rowid DESC LIMIT 1) AS last
            """)
        let first: Int64 = row?["first"] ?? 1, last: Int64 = row?["last"] ?? first
        return first...max(first, last)
    }

    /// An article's place in a list: its id, and its score when the list is ranked.
    struct Ranked: Sendable {
        var id: Int64
        var score: Double? = nil
    }

    func search(_ text: String, limit: Int, offset: Int, order: SearchOrder, rankedAtMost: Int, countedAtMost: Int) throws -> [SearchResult] {
        if order == .relevance { return try rankedPage(text, limit: limit, offset: offset, rankedAtMost: rankedAtMost, countedAtMost: countedAtMost).results }
        let plan = try plan(text)
        return try pool.read { db in
            try self.results(db, plan.query, Self.listed(db, plan, order: order == .date ? .date : .title, limit: limit, offset: offset))
        }
    }

    /// The plan's articles in a library order, unranked.
    private static func listed(_ db: Database, _ plan: SearchPlan, order: LibraryOrder, limit: Int, offset: Int) throws -> [Ranked] {
        let (condition, arguments) = plan.onArticles
        return try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE \(condition) ORDER BY \(order.sql) LIMIT ? OFFSET ?",
                                  arguments: arguments + [limit, offset]).map { Ranked(id: $0) }
    }

    /// The first `limit` matches in corpus order, unranked: what a reader shows at once while the
    /// ranking (`search`) runs, which reads thousands of matches where these read twenty.
    public func firstResults(_ text: String, limit: Int = 20) throws -> [SearchResult] {
        let plan = try plan(text)
        return try pool.read { db in
            guard let match = plan.match else { return try self.results(db, plan.query, Self.listed(db, plan, order: .corpus, limit: limit, offset: 0)) }
            let (matching, arguments) = plan.onSearch(match)
            let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE \(matching) LIMIT ?", arguments: arguments + [limit])
            return try self.results(db, plan.query, ids.map { Ranked(id: $0) })
        }
    }

    /// The source of every article a search matches (every article, with nil), in corpus order,
    /// unranked and without snippets: what `folio export` writes out whole.
    public func sources(matching text: String?) throws -> [String] {
        let (condition, arguments) = try text.map { try plan($0).onArticles } ?? ("1", [])
        return try pool.read { db in
            try String.fetchAll(db, sql: "SELECT source FROM articles WHERE \(condition) ORDER BY \(LibraryOrder.corpus.sql)", arguments: arguments)
        }
    }

    /// Matches scored as they are read, and title hits scored after them when a ranking is
    /// made among candidates (`rankedPage`): about 7 ms of scoring on the benchmark's machine.
    public static let rankedAtMost = 5_000

    /// Above this many matches, a ranking is made among candidates (`rankedPage`).
    public static let countedAtMost = 50_000

    /// How many articles match.
    public func count(_ text: String) throws -> Int {
        let plan = try plan(text)
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
    private func results(_ db: Database, _ query: Query, _ ranked: [Ranked]) throws -> [SearchResult] {
        let article = try db.cachedStatement(sql: "SELECT a.source, a.title, \(Self.locatorColumns) WHERE a.id = ?")
        let quotes = try db.cachedStatement(sql: "SELECT speaker, text FROM quotes WHERE article = ? AND speaker IS NOT NULL ORDER BY start")
        var stamps: [String: FileStamp?] = [:]
        var results: [SearchResult] = []
        var toCut: [(result: Int, locator: Locator)] = []
        for rank in ranked {
            let id = rank.id
            guard let row = try Row.fetchOne(article, arguments: [id]) else { continue }
            var result = SearchResult(source: row["source"], title: row["title"], score: rank.score, snippet: "", hits: [])
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
        let sources = results.map(\.source)
        let cut = try toCut.concurrentMap { i, locator -> (String, [Range<Int>]) in
            switch Corpus.document(at: locator, source: sources[i]) {
            case .success(let document): Snippet.make(SearchFields(ArticleParser.parse(document, repeated: repeated)).columns, patterns)
            case .failure(let error): (Self.unread(error), [])
            }
        }
        for (k, (i, _)) in toCut.enumerated() { (results[i].snippet, results[i].hits) = cut[k] }
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
