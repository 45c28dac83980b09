import Foundation
import GRDB
import Testing
@testable import FolioIndex
import FolioParse

/// The index on disk: what a search finds, what an update re-reads, and how a broken database
/// is recovered.
@Suite struct CorpusIndexTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds").path

    /// A scratch folder removed when the test ends.
    final class Scratch {
        let path: String
        init() {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("folio-index-\(UUID().uuidString)").path
            try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func write(_ name: String, _ text: String) {
            let url = URL(fileURLWithPath: path + "/" + name)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: false, encoding: .utf8)
        }
    }

    private func seedIndex(_ scratch: Scratch) throws -> CorpusIndex {
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([Self.seeds])
        return index
    }

    /// A folder of two articles, Raqqa's (a.txt) and Mosul's (b.txt), and an index not yet made of it.
    private func twoArticles(_ scratch: Scratch) throws -> (corpus: String, index: CorpusIndex) {
        scratch.write("corpus/a.txt", "Raqqa\n\nThe coalition bombed Raqqa.\n")
        scratch.write("corpus/b.txt", "Mosul\n\nThe coalition bombed Mosul.\n")
        return (scratch.path + "/corpus", try CorpusIndex(path: scratch.path + "/index.sqlite"))
    }

    private func sources(_ results: [SearchResult]) -> [String] {
        results.map { URL(fileURLWithPath: $0.source).lastPathComponent.prefix(3) }.map(String.init).sorted()
    }

    @Test func dresdenIsFoundInTheArticlesAReaderCommentAndDresdenStyle() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let results = try index.search("Dresden")
        #expect(sources(results) == ["000", "001", "004"])
        for result in results {
            #expect(!result.hits.isEmpty)
            for hit in result.hits {
                let word = String(decoding: Array(result.snippet.utf8)[hit], as: UTF8.self)
                #expect(word.lowercased().hasPrefix("dresden"))
            }
        }
    }

    @Test func aPhraseFoundIsWholeInItsSnippet() throws {
        // horne2017 random/Fake/63: "… organizations patrolling the site for “fake news,” embezzled …";
        // snippets of 24 words ended after "fake".
        let scratch = Scratch()
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update(["Tests/FolioParseTests/Fixtures/corpora/horne2017/random/Fake/63.txt"])
        let result = try #require(try index.search("\"fake news\"").first)
        let hits = result.hits.map { String(decoding: Array(result.snippet.utf8)[$0], as: UTF8.self).lowercased() }
        #expect(hits.contains("fake news"))
    }

    @Test func aQueryMatchingTooManyToRankIsRankedAmongItsFirstMatchesAndTitleHitsAfterThem() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let all = try index.search("Raqqa", limit: 20)
        // With room to rank one of each: the first found, and the first after it with Raqqa in its title.
        let some = try index.search("Raqqa", limit: 20, offset: 0, order: .relevance, rankedAtMost: 1, countedAtMost: 1)
        let first = try #require(try index.firstResults("Raqqa", limit: 1).first)
        #expect(all.count > 2 && (1...2).contains(some.count))
        #expect(some.allSatisfy { $0.title.localizedCaseInsensitiveContains("raqqa") || $0.source == first.source })
        #expect(some.contains { $0.title.localizedCaseInsensitiveContains("raqqa") })
        // Ranked as every match is: title hits first.
        #expect(some.map(\.source) == all.map(\.source).filter(Set(some.map(\.source)).contains))
        // A list of them says how many there are to read, and that they were ranked so.
        let page = try index.rankedPage("Raqqa", limit: 20, offset: 0, rankedAtMost: 1, countedAtMost: 1)
        #expect(page.approximate && page.total == some.count && page.results == some)
        let whole = try index.rankedPage("Raqqa")
        #expect((whole.total, whole.approximate, whole.results) == (all.count, false, all))
        #expect(try index.rankedPage("Raqqa", limit: 1).total == all.count)
        // A query limited to a field has no title hits to ask for: the first matches only.
        #expect(try index.search("site:seeds Raqqa", limit: 20, offset: 0, order: .relevance, rankedAtMost: 1, countedAtMost: 1).count == 1)
        // Scored a few at a time but counted whole, every match is ranked as one list.
        #expect(try index.rankedPage("Raqqa", limit: 20, offset: 0, rankedAtMost: 1, countedAtMost: 100) == whole)
    }

    @Test func aRankingReadInStretchesAtOnceIsTheRankingOfOnePass() throws {
        let scratch = Scratch()
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([Self.repository.appendingPathComponent("Tests/FolioParseTests/Fixtures/corpora/horne2017").path])
        for query in ["Clinton", "the", "Clinton emails", "\"the United States\"", "Sanders OR Kaine"] {
            let whole = try index.rankedPage(query, limit: 50, offset: 0, rankedAtMost: 5_000, countedAtMost: 50_000, stretches: 1)
            // The first matches scored, the rest counted and scored after them: every match ranked.
            let counted = try index.rankedPage(query, limit: 50, offset: 0, rankedAtMost: 1, countedAtMost: 1_000, stretches: 1)
            #expect(!whole.results.isEmpty && counted == whole)
            // Every way of scoring the first matches, counting the rest (a stretch's share of the
            // count, then on where the stretches' matches lie unevenly, as far as tells whether
            // more match than are counted) and ranking among candidates gives what one pass gives.
            let n = try index.count(query)
            for rankedAtMost in [1, 3, 10] {
                for countedAtMost in [rankedAtMost, 8, 20, 40, n * 3 / 4, n - 1, n, 1_000] where countedAtMost >= rankedAtMost {
                    let one = try index.rankedPage(query, limit: 50, offset: 0, rankedAtMost: rankedAtMost, countedAtMost: countedAtMost, stretches: 1)
                    for stretches in [2, 3, 7] {
                        #expect(try index.rankedPage(query, limit: 50, offset: 0, rankedAtMost: rankedAtMost, countedAtMost: countedAtMost,
                                                     stretches: stretches) == one, "\(query) \(rankedAtMost) \(countedAtMost) \(stretches)")
                    }
                }
            }
        }
    }

    @Test func theIndexsVersionChangesWithEveryUpdateThatChangesWhatASearchFinds() throws {
        let scratch = Scratch()
        let (corpus, index) = try twoArticles(scratch)
        _ = try index.update([corpus])
        let version = { try index.pool.read { try IndexVersion($0) } }
        let two = try version()
        #expect(try version() == two)
        // Forgetting an article writes no full-text row: the version says so all the same.
        try FileManager.default.removeItem(atPath: corpus + "/b.txt")
        _ = try index.update([corpus])
        let one = try version()
        let coalition = try index.count("coalition")
        #expect(one != two && coalition == 1)
        scratch.write("corpus/c.txt", "Palmyra\n\nThe coalition bombed Palmyra.\n")
        _ = try index.update([corpus])
        #expect(try version() != one)
    }

    @Test func stretchesCoverEveryRowidOnceAndTheLastRunsOnToArticlesWrittenSince() {
        #expect(MatchRanking.stretches(of: 1...10, count: 3) == [1...4, 5...8, 9...Int64.max])
        #expect(MatchRanking.stretches(of: 101...102, count: 4) == [101...101, 102...Int64.max])
        #expect(MatchRanking.stretches(of: 5...5, count: 2) == [5...Int64.max])
        #expect(MatchRanking.stretches(of: 5...5, count: 0) == [5...Int64.max])
    }

    @Test func resultsAreRankedAsSQLitesOwnBm25RanksThemWhenEveryPhraseWasCounted() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let queries = [("Raqqa", 1), ("Raqqa coalition", 2), ("Dresden OR Konashenkov OR the", 3), ("\"face of the earth\" Russia", 2),
                       ("title:Raqqa OR speaker:Konashenkov", 2), ("the -Dresden", 2), ("\"wiped off\"", 1),
                       // A prefix searched as its words (`PrefixWords`) ranks as FTS5's own prefix, one phrase.
                       ("Dresd*", 1), ("presid*", 1), ("konash*", 1)]
        for (query, phrases) in queries {
            let match = try #require(try SearchPlan(query, userData: nil) { _ in [:] }.match)
            let bm25 = try index.pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.source, bm25(search, \(Schema.weights)) AS score FROM search JOIN articles a ON a.id = search.rowid
                    WHERE search MATCH ? ORDER BY score, search.rowid
                    """, arguments: [match]).map { ($0["source"] as String, $0["score"] as Double) }
            }
            let ranked = try index.search(query, limit: 100)
            #expect(ranked.map(\.source) == bm25.map(\.0), "\(query)")
            #expect(!ranked.isEmpty, "\(query)")
            // Of more than one phrase, bm25's scores; of one, its order (every score divided by the phrase's rarity).
            if phrases > 1 {
                for (result, (_, score)) in zip(ranked, bm25) { #expect(abs(result.score! - score) < 1e-9 * max(1, abs(score)), "\(query)") }
            }
        }
    }

    @Test func aCommonPhrasesRarityIsEstimatedFromHowFarItsFirstMatchesReach() {
        // 10,000 matches counted in the first tenth of the rowids: about 100,000 in all.
        #expect(Ranking.estimatedMatches(counted: 10_000, reached: 100_000, span: 1...1_000_000, complete: false) == 100_000)
        #expect(Ranking.estimatedMatches(counted: 3, reached: 50, span: 1...1_000_000, complete: true) == 3)
        // After a reparse the rowids start past the old ones: the stretch is counted from the first.
        #expect(Ranking.estimatedMatches(counted: 10_000, reached: 1_100_000, span: 1_000_001...2_000_000, complete: false) == 100_000)
        // In more than half the articles, a phrase weighs next to nothing, as in bm25.
        #expect(Ranking.rarity(matches: 600_000, rows: 1_000_000) == 1e-6)
        #expect(Ranking.rarity(matches: 10, rows: 1_000_000) > Ranking.rarity(matches: 100_000, rows: 1_000_000))
    }

    @Test func aPrefixFindsDresdened() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        #expect(try index.search("Dresdened").map(\.source).count == 1)
        #expect(sources(try index.search("Dresden*")) == ["000", "001", "004"])
    }

    @Test func aPrefixIsSearchedAsTheWordsItStartsInTheIndexAndFindsWhatFTS5sOwnPrefixFinds() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let words = { (prefix: String) in try index.pool.read { try PrefixWords.words(startingWith: prefix, in: $0) } }
        // Folded as the index folds words: case and accents.
        #expect(try words("Dresd") == ["dresden", "dresdened"])
        #expect(try words("DRESDÉ") == ["dresden", "dresdened"])
        #expect(try words("Konashenk") == ["konashenko", "konashenkov"])
        #expect(try words("zzyzx") == [])
        // Two words as the index cuts them, or more words than are worth listing: FTS5's own prefix.
        #expect(try words("u.s") == nil)
        #expect(try index.pool.read { try PrefixWords.words(startingWith: "Dresd", in: $0, atMost: 1) } == nil)
        // Against FTS5's own prefix, which the plan keeps when it is given no words.
        for query in ["Dresden*", "presid*", "konash*", "title:raqq*", "Dresd* -Raqqa", "Raqqa -Dresd*", "u.s*", "t*", "zzyzx*"] {
            let own = try #require(try SearchPlan(query, userData: nil) { _ in [:] }.match)
            let fts5 = try index.pool.read { db in
                try String.fetchAll(db, sql: "SELECT a.source FROM search JOIN articles a ON a.id = search.rowid WHERE search MATCH ? ORDER BY a.source",
                                    arguments: [own])
            }
            #expect(try index.search(query, limit: 100).map(\.source).sorted() == fts5, "\(query)")
        }
    }

    @Test func theTextAfterEveryTextAPrefixStartsIsThePrefixWithItsLastScalarTheNext() {
        #expect(PrefixWords.following("presid") == "presie")
        #expect(PrefixWords.following("росси") == "россй")
        #expect(PrefixWords.following("") == nil)
        #expect(PrefixWords.following("a\u{D7FF}") == "a\u{E000}")
    }

    @Test func aTitleHitRanksAboveABodyHit() throws {
        let scratch = Scratch()
        scratch.write("corpus/a.txt", "Raqqa\n\nRaqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth.\n")
        scratch.write("corpus/b.txt", "The Fate of Dresden\n\nThe city was bombed in February 1945.\n")
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([scratch.path + "/corpus"])
        let results = try index.search("Dresden")
        #expect(results.map(\.title) == ["The Fate of Dresden", "Raqqa"])
        #expect(try index.search("Dresden", order: .title).map(\.title) == ["Raqqa", "The Fate of Dresden"])
    }

    @Test func fieldsSearchTheirOwnColumn() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        #expect(sources(try index.search("speaker:konashenkov")) == ["000", "002", "004"])
        #expect(sources(try index.search("speaker:kiselyov")) == ["004"])
        #expect(sources(try index.search("quote:“off the face of the earth”")) == ["000", "002"])
        #expect(sources(try index.search("author:gaz")) == ["001"])
    }

    @Test func speakersAreListedWithTheirQuotesAndArticlesWithoutParsingAgain() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let speakers = try index.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, quotes, articles FROM speakers ORDER BY quotes DESC, name")
        }
        #expect(speakers.first?["name"] == "Igor Konashenkov")
        #expect(speakers.first?["articles"] == 3)
        #expect(speakers.contains { $0["name"] == "Kiselyov" && $0["quotes"] == 7 })
    }

    @Test func cyrillicCaseDiacriticsAndNoBreakSpacesFold() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        // 001: "Твој коментар" in a reader comment.
        #expect(sources(try index.search("КОМЕНТАР")) == ["001"])
        #expect(sources(try index.search("Konashenkóv")) == ["000", "002", "004"])
        #expect(sources(try index.search("\"wiped\u{00A0}off\"")) == ["000"])
    }

    @Test func firstResultsComeUnrankedInCorpusOrderAndFindWhatTheRankingFinds() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        #expect(try index.count("Dresden") == 3)
        let first = try index.firstResults("Dresden")
        #expect(first.map(\.source) == first.map(\.source).sorted())
        #expect(first.allSatisfy { $0.score == nil && !$0.hits.isEmpty })
        #expect(Set(first.map(\.source)) == Set(try index.search("Dresden").map(\.source)))
        #expect(try index.search("Dresden").allSatisfy { $0.score != nil })
        #expect(try index.search("Raqqa", limit: 2, offset: 4).count == 1)
    }

    @Test func anOptimizedIndexFindsTheSameArticles() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let before = try index.search("Dresden*").map(\.source)
        try index.optimize()
        #expect(try index.search("Dresden*").map(\.source) == before)
        #expect(before.count == 3)
    }

    @Test func anUpdateThatWritesManyArticlesLeavesTheIndexInOneSegmentAndSaysItMerged() throws {
        let scratch = Scratch()
        let (corpus, index) = try twoArticles(scratch)
        let segments = { try index.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT segid) FROM search_idx") } }
        _ = try index.update([corpus], progress: nil, forgottenAtMost: CorpusIndex.forgottenAtMost, mergedAfter: 3)
        scratch.write("corpus/c.txt", "Palmyra\n\nThe coalition bombed Palmyra.\n")
        _ = try index.update([corpus], progress: nil, forgottenAtMost: CorpusIndex.forgottenAtMost, mergedAfter: 3)
        // Two updates of fewer articles than that: a segment each, which every search reads.
        #expect(try segments() == 2)
        scratch.write("corpus/d.txt", "Aleppo\n\nThe coalition bombed Aleppo.\n")
        nonisolated(unsafe) var merging: [Bool] = []
        let report = try index.update([corpus], progress: { merging.append($0.merging) }, forgottenAtMost: CorpusIndex.forgottenAtMost, mergedAfter: 1)
        #expect(try segments() == 1)
        #expect(report.merged != nil && merging.last == true)
        #expect(sources(try index.search("coalition")) == ["a.t", "b.t", "c.t", "d.t"])
    }

    @Test func aFreshIndexOpenedForReadingAnswersAndLeavesItsFileAsItWas() throws {
        let scratch = Scratch()
        let path = scratch.path + "/index.sqlite"
        let expected = try {
            let index = try seedIndex(scratch)
            return try index.search("Dresden").map(\.source)
        }()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reading = try #require(CorpusIndex.forReading(path: path))
        #expect(try reading.search("Dresden").map(\.source) == expected)
        #expect(try reading.isFresh([Self.seeds]))
        #expect(throws: IndexError.self) { try reading.update([Self.seeds]) }
        _ = consume reading
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // No index yet, or not one of ours: opened to be written, where init makes or sets it aside.
        #expect(CorpusIndex.forReading(path: scratch.path + "/none.sqlite") == nil)
        scratch.write("foreign.sqlite", "not a database")
        #expect(CorpusIndex.forReading(path: scratch.path + "/foreign.sqlite") == nil)
        #expect(try String(contentsOfFile: scratch.path + "/foreign.sqlite", encoding: .utf8) == "not a database")
    }

    @Test func anUpdateRereadsOnlyWhatChangedAndDropsWhatIsGone() throws {
        let scratch = Scratch()
        let (corpus, index) = try twoArticles(scratch)
        var report = try index.update([corpus])
        #expect((report.filesAdded, report.articlesIndexed) == (2, 2))
        report = try index.update([corpus])
        #expect((report.filesUnchanged, report.articlesIndexed) == (2, 0))

        scratch.write("corpus/b.txt", "Mosul\n\nThe coalition bombed Mosul and Tal Afar.\n")
        scratch.write("corpus/c.txt", "Deir ez-Zor\n\nFighters were airlifted to Deir ez-Zor.\n")
        try FileManager.default.removeItem(atPath: corpus + "/a.txt")
        report = try index.update([corpus])
        #expect((report.filesAdded, report.filesChanged, report.filesRemoved, report.filesUnchanged) == (1, 1, 1, 0))
        #expect(report.articlesIndexed == 2)
        #expect(try index.search("Raqqa").isEmpty)
        #expect(try index.search("Afar").count == 1)
        #expect(try index.articleCount() == 2)
    }

    @Test func theIndexKeepsNoCopyOfTheTextAndCutsEachSnippetFromTheArticlesFile() throws {
        // seeds/000: "… Raqqa is comparable to the infamous Allied bombing of Dresden in world war two."
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        try index.checkpoint()
        let database = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/index.sqlite"))
        #expect(database.range(of: Data("infamous Allied bombing".utf8)) == nil)
        #expect(try index.search("infamous").map(\.snippet).contains { $0.contains("the infamous Allied bombing of Dresden") })
    }

    @Test func anArticleRemovedIsNeverFoundAgainNorItsWordsGivenToTheNextArticleIndexed() throws {
        let scratch = Scratch()
        let (corpus, index) = try twoArticles(scratch)
        _ = try index.update([corpus])
        try FileManager.default.removeItem(atPath: corpus + "/b.txt")
        _ = try index.update([corpus])
        scratch.write("corpus/c.txt", "Deir ez-Zor\n\nFighters were airlifted to Deir ez-Zor.\n")
        let report = try index.update([corpus])
        #expect(!report.remade)
        #expect(try index.search("Mosul").isEmpty)
        #expect(try index.firstResults("Mosul").isEmpty)
        #expect(try index.count("Mosul OR Raqqa") == 1)
        #expect(try index.search("coalition", order: .title).map(\.title) == ["Raqqa"])
        #expect(try index.search("airlifted").map(\.title) == ["Deir ez-Zor"])
    }

    @Test func anIndexWhoseArticlesMostlyChangedIsMadeAgainAndSaysSo() throws {
        let scratch = Scratch()
        let towns = ["Raqqa", "Mosul", "Aleppo", "Palmyra", "Homs"]
        for town in towns { scratch.write("corpus/\(town).txt", "\(town)\n\nThe coalition bombed \(town).\n") }
        let corpus = scratch.path + "/corpus"
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        #expect(try index.update([corpus]).notice == nil)
        for town in towns.prefix(2) { scratch.write("corpus/\(town).txt", "\(town)\n\nFighters left \(town) by air.\n") }
        // Past 10,000 rows gone in a real index; here, past one.
        let report = try index.update([corpus], progress: nil, forgottenAtMost: 1, mergedAfter: CorpusIndex.mergedAfter)
        #expect(report.notice == IndexReport.remadeNotice)
        #expect(try index.articleCount() == 5)
        #expect(try index.count("coalition") == 3)
        #expect(try index.count("fighters") == 2)
        #expect(try index.update([corpus], progress: nil, forgottenAtMost: 1, mergedAfter: CorpusIndex.mergedAfter).notice == nil)
    }

    @Test func aCorpusThatCannotBeListedLosesNothingFromItsIndex() throws {
        let scratch = Scratch()
        scratch.write("corpus/a.txt", "Raqqa\n\nThe coalition bombed Raqqa.\n")
        let corpus = scratch.path + "/corpus"
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([corpus])
        try FileManager.default.moveItem(atPath: corpus, toPath: scratch.path + "/elsewhere")
        let report = try index.update([corpus])
        #expect(report.problems == ["\(corpus): no such file or directory"])
        #expect(report.filesRemoved == 0)
        #expect(try index.search("Raqqa").count == 1)
    }

    @Test func aCSVRewrittenWithTheSameSizeAndTimeIsReadAgain() throws {
        let scratch = Scratch()
        let csv = scratch.path + "/corpus/news.csv"
        scratch.write("corpus/news.csv", "id,title,content\n1,Raqqa,The coalition bombed Raqqa.\n")
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([csv])
        let time = try FileManager.default.attributesOfItem(atPath: csv)[.modificationDate] as! Date
        scratch.write("corpus/news.csv", "id,title,content\n1,Mosul,The coalition bombed Mosul.\n")
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: csv)
        let report = try index.update([csv])
        #expect(report.filesChanged == 1)
        #expect(try index.search("Mosul").count == 1)
        #expect(try index.search("Raqqa").isEmpty)
    }

    @Test func theLinesACorpusRepeatsAreLearnedAtItsFirstIndexAndLeftOutOfItsText() throws {
        // FakeNewsCorpus's sample prints one promotion in 130 rows; it is furniture, not news.
        let scratch = Scratch()
        let sample = Self.repository.appendingPathComponent("Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv").path
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([sample])
        #expect(try index.repeatedLines().entries.contains { $0.line == "headline: bitcoin & blockchain searches exceed trump! blockchain stocks are next!" })
        #expect(try index.count("\"Blockchain Stocks Are Next\"") == 0)
    }

    @Test func theSpeakersListIsKeptAsArticlesComeAndGoAndAgreesWithTheirQuotations() throws {
        let scratch = Scratch()
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.seeds) {
            try FileManager.default.copyItem(atPath: Self.seeds + "/" + file, toPath: scratch.path + "/" + file)
        }
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        func counted() throws -> [SpeakerRow] {
            try index.pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT speaker AS name, count(*) AS quotes, count(DISTINCT article) AS articles FROM quotes
                    WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY quotes DESC, name
                    """).map { SpeakerRow(name: $0["name"], quotes: $0["quotes"], articles: $0["articles"]) }
            }
        }
        _ = try index.update([scratch.path])
        #expect(try index.speakers().rows.first == SpeakerRow(name: "Igor Konashenkov", quotes: 12, articles: 3))
        #expect(try index.speakers().rows == counted())
        let file = try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("004") }!
        try FileManager.default.removeItem(atPath: scratch.path + "/" + file)
        _ = try index.update([scratch.path])
        #expect(try index.speakers().rows == counted())
        #expect(try index.speakers().rows.first { $0.name == "Igor Konashenkov" }?.articles == 2)
    }

    @Test func theSpeakersOfTheIndexAreThePeopleFolioQuotesGroupsAcrossTheCorpus() throws {
        // horne2017's random folder, as `folio quotes` lists it: its canonical names over every quotation.
        let scratch = Scratch()
        let corpus = Self.repository.appendingPathComponent("Tests/FolioParseTests/Fixtures/corpora/horne2017/random").path
        let index = try CorpusIndex(path: scratch.path + "/index.sqlite")
        _ = try index.update([corpus])
        var quotes: [(speaker: String, source: String)] = []
        for case .success(let document) in Corpus(paths: [corpus]) {
            let article = ArticleParser.parse(document, repeated: try index.repeatedLines())
            quotes += article.quotes.compactMap { q in q.speaker.map { ($0, article.source) } }
        }
        let canonical = SpeakerNames.canonical(quotes.map(\.speaker), scope: .corpus)
        let grouped = Dictionary(grouping: quotes) { canonical[$0.speaker]! }
        let expected = grouped.map { SpeakerRow(name: $0.key, quotes: $0.value.count, articles: Set($0.value.map(\.source)).count) }
            .sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.name < $1.name }
        #expect(try index.speakers().rows == expected)
        let first = try #require(expected.first)
        #expect(try index.quotes(of: first.name).count == first.quotes)
    }

    @Test func anIndexMadeByAnotherParserIsParsedAgainAndThenAgreesWithTheParse() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        try index.pool.write { db in
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'parser'")
            try db.execute(sql: "UPDATE articles SET title = 'stale title'")
        }
        let report = try index.update([Self.seeds])
        #expect(report.reparsed)
        #expect(report.articlesIndexed == 5)
        #expect(try index.parserVersion() == FolioParse.ArticleParser.version)
        let titles = try index.pool.read { try String.fetchAll($0, sql: "SELECT title FROM articles") }
        #expect(!titles.contains("stale title"))
        #expect(try index.update([Self.seeds]).reparsed == false)
    }

    @Test func anIndexGroupedByAnotherVersionGroupsItsSpeakersAgainWithoutParsingAgain() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        let people = try index.speakers().rows
        try index.pool.write { db in
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'grouping'")
            try db.execute(sql: "UPDATE speakers SET person = name")
            try db.execute(sql: "DELETE FROM people")
        }
        #expect(try !index.isFresh([Self.seeds]))
        let report = try index.update([Self.seeds])
        #expect(!report.reparsed)
        #expect(report.articlesIndexed == 0)
        #expect(try index.groupingVersion() == SpeakerNames.version)
        #expect(try index.speakers().rows == people)
        #expect(try index.isFresh([Self.seeds]))
    }

    @Test func anIndexOfAnotherVersionIsSetAsideWithANoticeThatSaysSo() throws {
        let scratch = Scratch()
        let path = scratch.path + "/index.sqlite"
        do {
            let index = try CorpusIndex(path: path)
            try index.pool.write { try $0.execute(sql: "PRAGMA user_version = 3") }
        }
        let index = try CorpusIndex(path: path)
        #expect(index.notices.count == 1)
        #expect(index.notices[0].contains("was made by another version of Folio"))
    }

    @Test func aGarbageFileIsSetAsideAndANewIndexBuilt() throws {
        let scratch = Scratch()
        let path = scratch.path + "/index.sqlite"
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        let index = try CorpusIndex(path: path)
        #expect(index.notices.count == 1)
        #expect(index.notices[0].contains("moved it to"))
        _ = try index.update([Self.seeds])
        #expect(try index.count("Dresden") == 3)
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".broken-") }
        #expect(aside.count == 1)
    }

    @Test func aTruncatedIndexIsSetAsideAndRebuilt() throws {
        let scratch = Scratch()
        let path = scratch.path + "/index.sqlite"
        do {
            let index = try CorpusIndex(path: path)
            _ = try index.update([Self.seeds])
            try index.checkpoint()
        }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let index = try CorpusIndex(path: path)
        #expect(index.notices.count == 1)
        _ = try index.update([Self.seeds])
        #expect(try index.count("Dresden") == 3)
    }

    @Test func anotherProgramsDatabaseIsNeverWrittenInto() throws {
        let scratch = Scratch()
        let path = scratch.path + "/index.sqlite"
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE accounts(id INTEGER PRIMARY KEY); INSERT INTO accounts VALUES (42)") }
        }
        let index = try CorpusIndex(path: path)
        #expect(index.notices.count == 1)
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("index.sqlite.broken-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }!
        let other = try DatabaseQueue(path: scratch.path + "/" + aside)
        #expect(try other.read { try Int.fetchOne($0, sql: "SELECT id FROM accounts") } == 42)
    }

    @Test func whereTheIndexCannotBeKeptItIsBuiltInMemoryAndANoticeSaysWhy() throws {
        let scratch = Scratch()
        scratch.write("cache", "a file where the cache folder should be")
        let wanted = scratch.path + "/cache/folio/seeds.sqlite"
        var memory = ""
        do {
            let index = try CorpusIndex(path: wanted)
            memory = index.path
            #expect(index.inMemory)
            #expect(index.notices == ["cannot keep the index at \(wanted) (Not a directory); indexing in memory for this run"])
            _ = try index.update([Self.seeds])
            #expect(try index.count("Dresden") == 3)
        }
        #expect(!FileManager.default.fileExists(atPath: memory))
    }

    /// SQLite reports a full disk and a database at its page limit alike (SQLITE_FULL); the limit
    /// makes a full disk happen at a chosen point.
    @Test func aFullDiskStopsIndexingWithAMessageAndThePreviousIndexStillAnswers() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        try index.pool.write { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 4)")
        }
        let horne = Self.repository.appendingPathComponent("Tests/FolioParseTests/Fixtures/corpora/horne2017").path
        #expect(throws: IndexError.self) { try index.update([Self.seeds, horne]) }
        do {
            _ = try index.update([Self.seeds, horne])
        } catch {
            #expect(error.message.hasPrefix("the disk holding \(index.path) is full: indexing stopped; the index keeps every file indexed before"))
        }
        #expect(try index.count("Dresden") == 3)
        try index.pool.write { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        let report = try index.update([Self.seeds, horne])
        #expect(report.filesUnchanged == 5 && report.filesAdded == 305)
        #expect(report.notes.count == 2)
    }

    @Test func aMalformedQueryThrowsTheParsersMessageNotSQLites() throws {
        let scratch = Scratch()
        let index = try seedIndex(scratch)
        #expect(throws: QueryError(message: "the ( at column 1 is not closed")) { try index.search("(") }
    }
}
