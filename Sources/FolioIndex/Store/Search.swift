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

    func rankedPage(_ text: String, limit: Int, offset: Int, rankedAtMost: Int, countedAtMost: Int, stretches: Int = stretchCount) throws -> RankedPage {
        let plan = try SearchPlan(text, userData: userData)
        guard let match = plan.match else {
            return try pool.read { db in
                let rows = try Self.listed(db, plan, order: .corpus, limit: limit, offset: offset)
                return RankedPage(results: try self.results(db, plan.query, rows), total: try Self.count(db, plan), approximate: false)
            }
        }
        let (matching, arguments) = plan.onSearch(match)
        let scored = "SELECT rowid, \(Ranking.score) FROM search WHERE \(matching)"
        let atOnce = try firstScored(scored, arguments, stretches: stretches, atMost: rankedAtMost)
        return try pool.read { db in
            let span = try Self.rowids(db)
            let scoring: StatementArguments = [span.lowerBound, span.upperBound] + arguments
            var (found, every) = (atOnce.found, atOnce.every)
            // An update wrote between the stretches' reads and this one: read again, here, at once.
            if atOnce.version != (try Self.version(db)) {
                found = try Self.scores(db, scored + " ORDER BY rowid LIMIT ?", scoring + [rankedAtMost])
                every = found.count < rankedAtMost
            }
            var ranked = Array(found.prefix(rankedAtMost))
            var approximate = false
            if found.count >= rankedAtMost, let after = ranked.last?.id {
                let more = every ? found.count - rankedAtMost
                    : try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE \(matching) AND rowid > ? LIMIT ?)",
                                       arguments: arguments + [after, countedAtMost - rankedAtMost + 1]) ?? 0
                if rankedAtMost + more <= countedAtMost {
                    ranked += every ? Array(found.dropFirst(rankedAtMost)) : try Self.scores(db, scored + " AND rowid > ?", scoring + [after])
                } else {
                    approximate = true
                    ranked += try Self.titleHits(db, plan, match, scored: scored, scoring, after: after, from: span.lowerBound, atMost: rankedAtMost)
                }
            }
            ranked.sort { ($0.score ?? 0, $0.id) < ($1.score ?? 0, $1.id) }
            let page = Array(ranked.dropFirst(max(0, offset)).prefix(max(0, limit)))
            return RankedPage(results: try self.results(db, plan.query, page), total: ranked.count, approximate: approximate)
        }
    }

    /// Matches in rowid order, scored, at least the first `atMost` of them where there are as
    /// many, whether they are every match, and the version of the index they were read from, or
    /// nil when the stretches read different ones (an update wrote meanwhile). The rowids are cut
    /// into `stretches`, each scored on a connection of its own at once, as far as its first
    /// `atMost` matches: finding a phrase of common words and reading each match's length are
    /// most of a search's time at a million articles, and on two cores a phrase's 2,660 matches
    /// took 56 ms rather than 98. The scores are those of one pass: a phrase's rarity is counted
    /// over the whole index whatever the stretch (`Ranking`).
    private func firstScored(_ scored: String, _ arguments: StatementArguments, stretches count: Int, atMost: Int) throws -> (found: [Ranked], every: Bool, version: Data?) {
        let (span, version) = try pool.read { db in (try Self.rowids(db), try Self.version(db)) }
        let stretches = Self.stretches(of: span, count: count)
        let scoring: StatementArguments = [span.lowerBound, span.upperBound] + arguments
        let parts = try stretches.concurrentMap { stretch in
            try pool.read { db in
                (try Self.scores(db, scored + " AND search.rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
                                 scoring + [stretch.lowerBound, stretch.upperBound, atMost]), try Self.version(db))
            }
        }
        let agreed = parts.allSatisfy { $0.1 == version } ? version : nil
        return (parts.flatMap(\.0), parts.allSatisfy { $0.0.count < atMost }, agreed)
    }

    /// What changes whenever the full-text index does: FTS5's structure record, which every
    /// write and merge rewrites.
    private static func version(_ db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT block FROM search_data WHERE id = 10")
    }

    /// Stretches of the rowids scored at once: one a core, and at most four, for each counts
    /// every phrase's rarity anew.
    static let stretchCount = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 4)

    /// `span` cut into `count` stretches of as many rowids, or fewer when it holds fewer; the
    /// last runs on past it, to articles written since it was read.
    static func stretches(of span: ClosedRange<Int64>, count: Int) -> [ClosedRange<Int64>] {
        let count = max(1, count)
        let length = (span.count + count - 1) / count
        let starts = Array(stride(from: span.lowerBound, through: span.upperBound, by: length))
        return starts.indices.map { k in starts[k]...(k == starts.count - 1 ? Int64.max : starts[k] + Int64(length) - 1) }
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
    struct Ranked {
        var id: Int64
        var score: Double? = nil
    }

    private static func scores(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [Ranked] {
        var ranked: [Ranked] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { ranked.append(Ranked(id: row[0], score: row[1])) }
        return ranked
    }

    /// Matches with a hit in the title, which its weight ranks first, after rowid `after` (the
    /// first matches, from rowid `from`, reached it), scored for the whole query: at most `atMost`,
    /// and only as far as a pass over four times their stretch of rowids again reaches, for a word
    /// in every article's text and few titles (`said`) has its title hits spread over the whole
    /// corpus. A query limited to a field has none to ask for: FTS5 narrows a column filter inside
    /// another.
    private static func titleHits(_ db: Database, _ plan: SearchPlan, _ match: String, scored: String, _ scoring: StatementArguments,
                                  after: Int64, from: Int64, atMost: Int) throws -> [Ranked] {
        guard !plan.query.limitsAField else { return [] }
        let (inTitle, titleArguments) = plan.onSearch("title : (\(match))")
        let until = after + 4 * min(after - from + 1, (Int64.max - after) / 4)
        let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE \(inTitle) AND rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?",
                                     arguments: titleArguments + [after, until, atMost])
        guard let last = ids.last else { return [] }
        // One pass over the stretch they lie in: FTS5 looks up a list of rowids one query at a time.
        return try scores(db, scored + " AND rowid > ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))",
                          scoring + [after, last, "[" + ids.map(String.init).joined(separator: ",") + "]"])
    }

    func search(_ text: String, limit: Int, offset: Int, order: SearchOrder, rankedAtMost: Int, countedAtMost: Int) throws -> [SearchResult] {
        if order == .relevance { return try rankedPage(text, limit: limit, offset: offset, rankedAtMost: rankedAtMost, countedAtMost: countedAtMost).results }
        let plan = try SearchPlan(text, userData: userData)
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
        let plan = try SearchPlan(text, userData: userData)
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
        let (condition, arguments) = try text.map { try SearchPlan($0, userData: userData).onArticles } ?? ("1", [])
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
