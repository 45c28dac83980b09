import Foundation
import GRDB
import Testing
@testable import FolioIndex

/// `folio search` and `folio index` as a user runs them, each with its own cache directory.
@Suite struct SearchCommandTests {
    /// A cache directory of the test's own, removed when it ends.
    final class Cache {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("folio-cache-\(UUID().uuidString)").path
        var environment: [String: String] { ["XDG_CACHE_HOME": path, "XDG_DATA_HOME": path + "/data"] }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func dresdenFindsThreeSeedsWithTheHitsInBracketsWhenPiped() throws {
        let cache = Cache()
        let run = try FolioProcess.run(["search", "Dresden"], environment: cache.environment)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        let heads = lines.filter { !$0.hasPrefix(" ") }.map { $0.prefix(9) }
        #expect(Set(heads) == ["seeds/000", "seeds/001", "seeds/004"])
        #expect(lines.filter { $0.hasPrefix(" ") }.allSatisfy { $0.contains("[Dresden]") })
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test func aSearchOfAnIndexThatIsUpToDateLeavesTheIndexFileAsItWas() throws {
        let cache = Cache()
        #expect(try FolioProcess.run(["search", "Dresden"], environment: cache.environment).status == 0)
        let folder = cache.path + "/folio"
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sqlite") })
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)"))
        let again = try FolioProcess.run(["search", "Raqqa"], environment: cache.environment)
        #expect(again.status == 0 && again.stdout.contains("[Raqqa]"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)")) == before)
    }

    @Test func aCorpusOfWhichNothingExistsIsSaidAndGetsNoIndex() throws {
        // A user who swaps the query and the path: `folio search seeds Dresden`.
        let cache = Cache()
        let run = try FolioProcess.run(["search", "seeds", "Dresden"], environment: cache.environment)
        #expect(run.status == 2)
        #expect(run.stderr == "folio: Dresden: no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: cache.path + "/folio"))
    }

    @Test func runOutsideTheProjectWithNoCorpusFolioSaysHowToNameOne() throws {
        let cache = Cache()
        try FileManager.default.createDirectory(atPath: cache.path, withIntermediateDirectories: true)
        for arguments in [["search", "war"], ["read"]] {
            let run = try FolioProcess.run(arguments, environment: cache.environment, in: cache.path)
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("folio: no corpus given, and no seeds folder here: name files or folders of articles"))
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: cache.path + "/folio"))
    }

    @Test func siteMatchesTheFolderThatTellsWhatAFileIs() throws {
        let cache = Cache()
        let horne = "Tests/FolioParseTests/Fixtures/corpora/horne2017/random"
        let run = try FolioProcess.run(["search", "site:Satire", horne, "--limit", "500"], environment: cache.environment)
        #expect(run.status == 0)
        let heads = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(!heads.isEmpty)
        #expect(heads.allSatisfy { $0.contains("/Satire/") })
    }

    @Test func aWordInTheTitleRanksAboveTheSameWordQuotedOnceInPassing() throws {
        // horne2017: "BREAKING: Capitol Hill Shooter Identified …" against "the shooter" once in
        // another's quotation.
        let horne = "Tests/FolioParseTests/Fixtures/corpora/horne2017"
        let run = try FolioProcess.run(["search", "shooter", horne], environment: Cache().environment)
        let heads = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(heads.count == 2)
        #expect(heads.first?.contains("Capitol Hill Shooter Identified") == true)
    }

    @Test func noRefreshAnswersFromTheIndexWithoutLookingForChangedFiles() throws {
        let cache = Cache()
        let corpus = cache.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try "Dresden\n\nThe city of Dresden was bombed.".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        #expect(try FolioProcess.run(["search", "Dresden", corpus], environment: cache.environment).status == 0)
        try "Raqqa\n\nRaqqa was wiped off the face of the earth.".write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
        let stale = try FolioProcess.run(["search", "Raqqa", corpus, "--no-refresh"], environment: cache.environment)
        #expect(stale.status == 1)
        let fresh = try FolioProcess.run(["search", "Raqqa", corpus], environment: cache.environment)
        #expect(fresh.status == 0)
        #expect(fresh.stdout.contains("b.txt"))
        #expect(try FolioProcess.run(["index", corpus, "--no-refresh"], environment: cache.environment).status == 2)
        // The index keeps no copy of the text: an article edited since shows that in place of a snippet.
        try "Dresden\n\nThe city was rebuilt.".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        let edited = try FolioProcess.run(["search", "Dresden", corpus, "--no-refresh"], environment: cache.environment)
        #expect(edited.stdout.contains("(the file has changed since it was indexed; folio index reads it again)"))
    }

    @Test func aSearchNoticesFilesAddedOrRemovedByTheirFoldersTimesAndRefreshComparesEveryFile() throws {
        let cache = Cache()
        let corpus = cache.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus + "/Fake", withIntermediateDirectories: true)
        try "Dresden\n\nThe city of Dresden was bombed.".write(toFile: corpus + "/Fake/a.txt", atomically: false, encoding: .utf8)
        #expect(try FolioProcess.run(["search", "Dresden", corpus], environment: cache.environment).status == 0)
        // A file added to a subfolder changes that folder's time. (A folder changed within the
        // last second is checked in full at every search: its time may not move within a tick.)
        try "Raqqa\n\nRaqqa was wiped off the face of the earth.".write(toFile: corpus + "/Fake/b.txt", atomically: false, encoding: .utf8)
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try FolioProcess.run(["search", "Raqqa", corpus], environment: cache.environment).stdout.contains("b.txt"))
        // A file edited in place leaves its folder's time: only --refresh (or folio index) sees it.
        let handle = try #require(FileHandle(forWritingAtPath: corpus + "/Fake/a.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" Aleppo too.".utf8))
        try handle.close()
        #expect(try FolioProcess.run(["search", "Aleppo", corpus], environment: cache.environment).status == 1)
        #expect(try FolioProcess.run(["search", "Aleppo", corpus, "--refresh"], environment: cache.environment).status == 0)
        // A removed file changes its folder's time.
        try FileManager.default.removeItem(atPath: corpus + "/Fake/b.txt")
        #expect(try FolioProcess.run(["search", "Raqqa", corpus], environment: cache.environment).status == 1)
        #expect(try FolioProcess.run(["index", corpus, "--refresh"], environment: cache.environment).status == 2)
    }

    @Test func aSearchOfACSVNoticesTheFileChangedByItsSizeTimeAndEnds() throws {
        let cache = Cache()
        try FileManager.default.createDirectory(atPath: cache.path, withIntermediateDirectories: true)
        let csv = cache.path + "/rows.csv"
        try "id,title,content\n1,Dresden,The city of Dresden was bombed.\n".write(toFile: csv, atomically: false, encoding: .utf8)
        #expect(try FolioProcess.run(["search", "Dresden", csv], environment: cache.environment).status == 0)
        try "id,title,content\n1,Dresden,The city of Dresden was bombed.\n2,Raqqa,Raqqa was wiped off the map.\n".write(toFile: csv, atomically: false, encoding: .utf8)
        #expect(try FolioProcess.run(["search", "Raqqa", csv], environment: cache.environment).status == 0)
    }

    @Test func indexNamesAFewOfTheCorpusNotesAndCountsTheRest() throws {
        let cache = Cache()
        for folder in 1...8 {
            let path = cache.path + "/corpus/part\(folder)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try "About this part of the corpus.".write(toFile: path + "/README.txt", atomically: false, encoding: .utf8)
            try "Dresden\n\nThe city of Dresden was bombed.".write(toFile: path + "/a.txt", atomically: false, encoding: .utf8)
        }
        let run = try FolioProcess.run(["index", cache.path + "/corpus"], environment: cache.environment)
        let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("not read as articles") })
        #expect(line.hasSuffix("part6/README.txt and 2 more"))
        #expect(line.components(separatedBy: "README.txt").count - 1 == 6)
    }

    @Test func typeMatchesTheLabelACSVGivesEachRow() throws {
        let sample = "Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv"
        let run = try FolioProcess.run(["search", "type:conspiracy", sample, "--limit", "300", "--json"], environment: Cache().environment)
        #expect(run.status == 0)
        let ids = try run.stdout.split(separator: "\n").map { line in
            ((try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["source"] as! String).split(separator: "#").last.map(String.init) ?? ""
        }
        #expect(ids.count > 10)
        // Each row found is labelled so in the CSV: "N,ID,domain,conspiracy,…".
        let lines = try String(contentsOfFile: FolioProcess.repository.path + "/" + sample, encoding: .utf8).split(separator: "\n")
        for id in ids {
            let row = lines.first { $0.split(separator: ",", maxSplits: 2).dropFirst().first.map(String.init) == id }
            #expect(row?.split(separator: ",", maxSplits: 4).dropFirst(3).first == "conspiracy", "row \(id)")
        }
    }

    @Test func aSpeakerSearchShowsAQuotationOfTheirsAsTheSnippet() throws {
        let run = try FolioProcess.run(["search", "speaker:konashenkov", "--json"], environment: Cache().environment)
        let objects = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.count == 3)
        let snippets = objects.map { $0["snippet"] as! String }
        #expect(snippets.contains("“Raqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments”"))
        #expect(snippets.allSatisfy { $0.hasPrefix("“") && !$0.contains("Konashenkov") })
        // Any other field in the query keeps the snippet around its hits.
        let mixed = try FolioProcess.run(["search", "speaker:konashenkov Dresden"], environment: Cache().environment)
        #expect(mixed.stdout.contains("[Dresden]"))
    }

    @Test func aFullPageOfResultsSaysHowManyMatchInAll() throws {
        let run = try FolioProcess.run(["search", "Raqqa", "--limit", "2"], environment: Cache().environment)
        #expect(run.status == 0)
        #expect(run.stderr == "folio: 2 of 5 articles shown; --limit 5 shows them all\n")
        #expect(run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 2)
    }

    @Test func aLimitOfNoResultsIsAnErrorAndTheHelpSaysTheDefaultOnce() throws {
        let run = try FolioProcess.run(["search", "Dresden", "--limit", "0"], environment: Cache().environment)
        #expect(run.status == 2)
        #expect(run.stderr == "folio: --limit takes how many results to show, 1 or more, not 0\n")
        let negative = try FolioProcess.run(["search", "Dresden", "--limit", "-1"], environment: Cache().environment)
        #expect(negative.status == 2)
        #expect(negative.stderr == "folio: --limit takes how many results to show, 1 or more, not -1\n")
        let help = try FolioProcess.run(["search", "--help"])
        #expect(help.stdout.components(separatedBy: "default: seeds").count == 2)
        #expect(!help.stdout.contains("the seeds"))
    }

    @Test func aPrefixSearchFindsDresdenedIn004() throws {
        let cache = Cache()
        let run = try FolioProcess.run(["search", "Dresden*", "--json"], environment: cache.environment)
        let objects = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.count == 3)
        #expect(Set(objects[0].keys) == ["source", "title", "score", "snippet", "hits", "approximate"])
        // Three matches are all ranked.
        #expect(objects.allSatisfy { $0["approximate"] as? Bool == false })
        let dresdened = try FolioProcess.run(["search", "Dresdened"], environment: cache.environment)
        #expect(dresdened.stdout.hasPrefix("seeds/004"))
        #expect(dresdened.stdout.contains("[Dresdened]"))
    }

    @Test func exitStatusIsOneWithoutResultsAndTwoOnABadQuery() throws {
        let cache = Cache()
        let none = try FolioProcess.run(["search", "zanzibar"], environment: cache.environment)
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "folio: no articles match zanzibar\n")
        let bad = try FolioProcess.run(["search", "\"unclosed"], environment: cache.environment)
        #expect(bad.status == 2)
        #expect(bad.stderr == "folio: bad query: the phrase opened at column 1 is not closed\n")
    }

    @Test func indexSaysWhatItDidAndASecondRunDoesNothing() throws {
        let cache = Cache()
        let first = try FolioProcess.run(["index", "seeds"], environment: cache.environment)
        #expect(first.status == 0)
        #expect(first.stdout.contains("files: 5 new, 0 changed, 0 removed, 0 unchanged"))
        #expect(first.stdout.contains("articles: 5 indexed"))
        #expect(first.stdout.hasPrefix(cache.path + "/folio/seeds-"))
        let second = try FolioProcess.run(["index", "seeds"], environment: cache.environment)
        #expect(second.stdout.contains("files: 0 new, 0 changed, 0 removed, 5 unchanged"))
        #expect(second.stdout.contains("articles: 0 indexed"))
    }

    /// Two readers (each brings the index up to date, then searches) and an indexer on one corpus
    /// at once: WAL lets them read while one writes, and the writers wait their turn.
    @Test func twoSearchesAndAnIndexerOnOneCorpusAtOnceAllWork() throws {
        let cache = Cache()
        let database = cache.path + "/index.sqlite"
        try FileManager.default.createDirectory(atPath: cache.path, withIntermediateDirectories: true)
        let runs = [["search", "Dresden"], ["search", "Dresden"], ["index", "seeds"]].map { arguments in
            let process = Process()
            process.executableURL = FolioProcess.executable
            process.arguments = arguments + ["--index", database]
            process.environment = ProcessInfo.processInfo.environment.merging(cache.environment) { $1 }
            process.currentDirectoryURL = FolioProcess.repository
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            return (process, output)
        }
        for (process, _) in runs { try process.run() }
        let outputs = runs.map { String(decoding: $0.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        for (process, _) in runs { process.waitUntilExit() }
        #expect(runs.map(\.0.terminationStatus) == [0, 0, 0])
        for output in outputs.prefix(2) {
            #expect(output.components(separatedBy: "\n").filter { $0.hasPrefix("seeds/") }.count == 3)
        }
        let index = try CorpusIndex(path: database)
        #expect(try index.articleCount() == 5)
    }

    /// `kill -9` at random points of `folio index` (opening, listing, parsing, writing), round
    /// after round, with some articles rewritten before each round so every run has work: each
    /// time the index is consistent, and a last normal run leaves every article searchable once,
    /// in its latest text. `make stress` runs twenty rounds; `make test` two.
    @Test func anIndexKilledAtRandomPointsIsConsistentEveryTimeAndTheNextRunFinishesIt() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["FOLIO_STRESS_ROUNDS"] ?? "") ?? 2
        let cache = Cache()
        let corpus = cache.path + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: FolioProcess.repository.appendingPathComponent("seeds/000_2051e7dbab259c59.txt").path, encoding: .utf8)
        let count = 3_000
        var revision = [Int](repeating: 0, count: count)
        func write(_ i: Int) throws {
            try "Article \(i) revision \(revision[i])\n\n\(seed)".write(toFile: corpus + "/\(String(format: "%05d", i)).txt", atomically: false, encoding: .utf8)
        }
        for i in 0..<count { try write(i) }
        let database = cache.path + "/index.sqlite"
        var random = SystemRandomNumberGenerator()
        for round in 1...rounds {
            for i in (0..<count).shuffled(using: &random).prefix(300) {
                revision[i] = round
                try write(i)
            }
            let process = Process()
            process.executableURL = FolioProcess.executable
            process.arguments = ["index", corpus, "--index", database]
            process.environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": FolioProcess.dataHome]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...1_500_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let index = try CorpusIndex(path: database)
            #expect(index.notices.isEmpty, "round \(round)")
            let (articles, rows, distinct) = try index.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")!,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM search")!,
                 try Int.fetchOne(db, sql: "SELECT count(DISTINCT source) FROM articles")!)
            }
            #expect(articles == rows && articles == distinct, "round \(round)")
        }
        let index = try CorpusIndex(path: database)
        _ = try index.update([corpus])
        #expect(try index.articleCount() == count)
        #expect(try index.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT source) FROM articles") } == count)
        for i in [0, 1234, count - 1] {
            #expect(try index.count("\"Article \(i) revision \(revision[i])\"") == 1)
        }
        #expect(try index.count("revision") == count)
    }
}
