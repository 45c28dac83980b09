import Foundation
import Testing
@testable import FolioIndex
@testable import FolioTUI

/// The library: the first screen a user sees.
@Suite struct LibraryTests {
    @Test func theLibraryListsTheSeedsInCorpusOrderWithTheirCounts() throws {
        // 001's three quotations are in its comments: the article itself quotes no one, as its reader says.
        let d = try Driver(height: 9)
        #expect(d.screen == """
             title                              site                 words  quotes  comments
             Russia: US-Led Coalition Wiped S…  seeds                  449       8         3
             Russian Military Releases Photos…  seeds                  393       0        11
             Russia Accuses U.S. Of Wiping En…  seeds                  456       2         0
             UN: US-Coalition Forces Killed 3…  seeds                  557       2         0
             US Air Force AIRLIFTS! ISIS Figh…  seeds                  501      12         0


            5 articles · corpus order · ? help                                           1/5
            """)
        #expect(d.grid[1, 1].style == .selected)
        d.press(.char("j"), .enter)
        #expect(d.statusLine.hasPrefix("no quotes · ? help"))
    }

    @Test func aReaderStartedWithoutComparingTheCorpusSaysSoInItsStatusLine() throws {
        let d = try Driver(height: 8, refreshing: false)
        #expect(d.statusLine.hasPrefix("not compared with the corpus (--no-refresh)"))
        #expect(try Driver(height: 8).statusLine.hasPrefix("5 articles"))
    }

    @Test func aFirstIndexSaysWhichFilesItReadAsNotesAboutTheCorpus() throws {
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/horne2017"], width: 100, height: 8, indexed: false)
        var report = IndexReport()
        report.filesAdded = 200
        report.notes = ["horne2017/README.txt", "horne2017/SOURCE_COMMIT.txt"]
        d.deliver(.indexed(report))
        #expect(d.statusLine.hasPrefix("notes, not articles: README.txt, SOURCE_COMMIT.txt"))
        // An index brought up to date with nothing new says nothing of them again.
        report.filesAdded = 0
        d.press(.char("j"))
        d.deliver(.indexed(report))
        #expect(!d.statusLine.contains("notes"))
    }

    @Test func narrowWindowsKeepTheTitleAndDropColumnsFromTheRight() throws {
        let d = try Driver(width: 50, height: 4)
        #expect(d.lines[0] == " title                            quotes  comments")
        #expect(d.lines[1] == " Russia: US-Led Coalition Wipe…        8         3")
        d.resize(width: 30, height: 4)
        #expect(d.lines[1] == " Russia: US-Led Coalition Wi…")
        // At 60 columns the site stays (it tells Fake from Real) and the counts but one go.
        d.resize(width: 60, height: 4)
        #expect(d.lines[0] == " title                            site                quotes")
        // The sort menu shows whole.
        d.press(.char("s"))
        #expect(d.statusLine.hasPrefix("sort: o corpus t title d date w words q quotes c comments"))
        d.press(.escape)
    }

    @Test func aSixtyColumnListOfALabelledCorpusShowsEachFilesFolder() throws {
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/horne2017/buzzfeed"], width: 60, height: 4)
        let sites = Set(d.lines.dropFirst().compactMap { line in ["Fake", "Real"].first { line.contains(" \($0) ") } })
        #expect(d.lines[0].hasSuffix("site                quotes"))
        #expect(!sites.isEmpty)
    }

    @Test func movingDownAndSortingByQuotesSelectsAndReordersArticles() throws {
        let d = try Driver(height: 9)
        d.press(.char("j"), .char("G"))
        #expect(d.statusLine.hasSuffix("5/5"))
        d.press(.char("s"))
        #expect(d.statusLine.hasPrefix("sort by: o corpus · t title · d date · w words · q quotes · c comments"))
        d.press(.char("q"))
        #expect(d.statusLine.hasPrefix("5 articles · by quotes, most first"))
        #expect(d.lines[0].contains("quotes▼"))
        #expect(d.lines[1].hasPrefix(" US Air Force AIRLIFTS!"))
        #expect(d.lines[2].hasPrefix(" Russia: US-Led Coalition"))
        #expect(d.statusLine.hasSuffix("1/5"))
        // Any other key leaves the order as it was, and does nothing else.
        d.press(.char("s"), .escape)
        #expect(d.statusLine.hasPrefix("5 articles · by quotes, most first"))
        d.press(.char("s"), .char("t"))
        #expect(d.lines[0].hasPrefix(" title▲"))
    }

    @Test func aClickOnARowSelectsItAndAClickOnTheSelectedRowOpensIt() throws {
        let d = try Driver(height: 9)
        d.press(.click(row: 3, column: 10))
        #expect(d.statusLine.hasSuffix("3/5"))
        #expect(d.grid[3, 1].style == .selected)
        d.press(.click(row: 3, column: 10))
        #expect(d.lines[0] == " seeds/002_5946665b7f4fdff5.txt")
        // Below the last row, or on the header, a click does nothing.
        d.press(.char("q"), .click(row: 7, column: 1), .click(row: 0, column: 1))
        #expect(d.statusLine.hasSuffix("3/5"))
    }

    @Test func aCorpusWithDatesShowsThemInAColumnOfTheirOwn() throws {
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv"], width: 100, height: 6)
        #expect(d.lines[0].contains("date"))
        #expect(d.lines[1].contains("2018-01-25"))
        // FakeNewsCorpus labels each row in its `type` column.
        #expect(d.lines[0].contains("type"))
        #expect(d.lines[1].contains("unreliable"))
        let seeds = try Driver(width: 100, height: 6)
        #expect(!seeds.lines[0].contains("date"))
        seeds.press(.char("s"), .char("t"), .char("s"), .char("d"))
        #expect(seeds.statusLine.hasPrefix("these articles have no dates: the order stands"))
        // The order it was in stays, and the next key does not call it a date order.
        seeds.press(.char("j"))
        #expect(seeds.statusLine.contains("by title"))
    }

    @Test func aBigLibraryShowsItsFirstScreenBeforeEveryArticleIsListedInEachOrder() throws {
        // More rows than a first listing holds (`CorpusData.firstListing`), their titles in
        // reverse of their order in the file.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-big-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let rows = CorpusData.firstListing + 100
        let csv = "id,title,content\n" + (0..<rows).map { "\($0),Raqqa \(String(format: "%04d", rows - $0)),The coalition bombed Raqqa.\n" }.joined()
        try csv.write(toFile: scratch + "/news.csv", atomically: false, encoding: .utf8)
        let index = try CorpusIndex(path: scratch + "/index.sqlite")
        _ = try index.update([scratch + "/news.csv"])
        var firstScreens: [String] = []
        let reader = HeadlessReader(corpus: CorpusData(paths: [scratch], index: index), width: 80, height: 6) { reader, whole in
            if !whole { firstScreens.append(reader.screen) }
        }
        #expect(firstScreens.count == 1)
        #expect(firstScreens.first?.split(separator: "\n").dropFirst().first?.contains("Raqqa 0600") == true)
        #expect(firstScreens.first?.split(separator: "\n").last?.hasPrefix("listing the rest… · corpus order") == true)
        #expect(reader.screen.split(separator: "\n").last?.hasPrefix("600 articles · corpus order") == true)
        reader.press(.char("s"), .char("t"))
        #expect(firstScreens.count == 2)
        #expect(firstScreens.last?.split(separator: "\n").dropFirst().first?.contains("Raqqa 0001") == true)
        #expect(reader.screen.split(separator: "\n").last?.hasPrefix("600 articles · by title, A to Z") == true)
        reader.press(.char("G"))
        #expect(reader.screen.split(separator: "\n").dropLast().last?.contains("Raqqa 0600") == true)
    }

    @Test func qQuitsFromTheLibraryAndCtrlCQuitsFromAnywhere() throws {
        let d = try Driver()
        d.press(.enter, .char("q"))
        #expect(!d.quit)
        d.press(.char("q"))
        #expect(d.quit)
        let e = try Driver()
        e.press(.enter, .char("c"), .ctrl("c"))
        #expect(e.quit)
    }

    /// Rows are read from the index off the input loop, a page either side of the screen, so
    /// that a key never waits for the database.
    @Test func theLibraryReadsRowsOffTheInputLoopAndAFailedReadIsSaid() throws {
        let d = try Driver(height: 4)
        var session = d.session
        let effects = session.update(.key(.char("G")))
        guard case .loadRows(let request)? = effects.last else { Issue.record("G asked for no rows"); return }
        #expect((request.start, request.ids.count) == (1, 4))
        let waiting = Render.screen(session).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(waiting[1].hasPrefix(" UN: US-Coalition Forces Killed"))
        #expect(waiting[2].trimmingCharacters(in: .whitespaces).isEmpty)

        // A failed read is said, and not tried again on every key until the next listing.
        var failed = session
        #expect(failed.update(.rowsLoaded(request, .failure(ReadProblem(message: "cannot read the list of articles: disk I/O error")))).isEmpty)
        #expect(Render.screen(failed).text.split(separator: "\n").last?.hasPrefix("cannot read the list of articles: disk I/O error") == true)
        #expect(failed.update(.key(.char("k"))).isEmpty)

        // An article an update forgot is drawn as nothing, and not asked for again.
        var short = session
        let all = try #require(try? d.corpus.rows(request.ids).get())
        #expect(short.update(.rowsLoaded(request, .success(all.filter { !$0.title.hasPrefix("US Air Force") }))).isEmpty)
        let gap = Render.screen(short).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(gap[1].hasPrefix(" UN: US-Coalition Forces Killed"))
        #expect(gap[2].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(short.update(.key(.char("k"))).isEmpty)

        // Enter on the row being read waits for it, as keys typed while an article opens do.
        #expect(session.update(.key(.enter)).isEmpty)
        let read = session.update(.rowsLoaded(request, d.corpus.rows(request.ids)))
        #expect(Render.screen(session).text.split(separator: "\n")[2].hasPrefix(" US Air Force AIRLIFTS!"))
        guard case .open(let open)? = read.first else { Issue.record("Enter did not open the row once read"); return }
        #expect(open.source == "seeds/004_e45dbf4fbac63ad8.txt")
    }

    @Test func theListGrowsWhileTheFirstIndexIsBuiltAndTheStatusLineShowsProgress() throws {
        let d = try Driver(indexed: false)
        #expect(d.lines[1] == " No articles in seeds.")
        // Before the first batch is written there is no rate to give.
        d.deliver(.indexing(.init(articles: 0, bytesDone: 0, bytesTotal: 100, seconds: 0.1)))
        #expect(d.statusLine.contains("indexing…"))
        #expect(!d.statusLine.contains("/s"))
        _ = try d.corpus.index.update(["seeds"])
        d.deliver(.indexing(.init(articles: 1200, bytesDone: 10, bytesTotal: 100, seconds: 0.5)))
        #expect(d.statusLine.contains("5 articles · corpus order · indexing 1,200 at 2,400/s"))
        #expect(d.lines[5].hasPrefix(" US Air Force AIRLIFTS!"))
        // Many articles written: the index is merged into one segment before the update ends.
        d.deliver(.indexing(.init(articles: 10_000, bytesDone: 0, bytesTotal: 0, seconds: 0, merging: true)))
        #expect(d.statusLine.contains("5 articles · corpus order · optimizing the index…"))
        d.deliver(.indexed(IndexReport()))
        #expect(!d.statusLine.contains("indexing") && !d.statusLine.contains("optimizing"))
    }

    @Test func aFileThatCouldNotBeReadIsNamedOnTheStatusLineAndOneArticleIsOne() throws {
        let d = try Driver(paths: ["seeds/000_2051e7dbab259c59.txt"], width: 160, height: 6)
        #expect(d.statusLine.hasPrefix("1 article · corpus order"))
        // ../shared/corpora holds a CSV of sites, not articles.
        d.deliver(.indexed(IndexReport(problems: ["../shared/corpora/FakeNewsCorpus/websites.csv: no column of article text"])))
        #expect(d.statusLine.hasPrefix("could not read ../shared/corpora/FakeNewsCorpus/websites.csv: no column of article text"))
        d.deliver(.indexed(IndexReport(problems: ["a.csv: no column of article text", "b.json: not JSON"])))
        #expect(d.statusLine.hasPrefix("could not read a.csv: no column of article text, and 1 more part of the corpus"))
    }

    @Test func anIndexUpdateThatStopsSaysWhyOnTheStatusLine() throws {
        let d = try Driver(height: 8)
        d.deliver(.indexFailed("the disk holding index.sqlite is full: indexing stopped"))
        #expect(d.statusLine.hasPrefix("the disk holding index.sqlite is full: indexing stopped"))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition"))
    }
}
