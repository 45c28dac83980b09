import Foundation
import Testing
import FolioParse
@testable import FolioTUI

/// Reading an article: the layout, quotes and who said them, boilerplate, resizing.
@Suite struct ReaderTests {
    @Test func enterOpensTheArticleWrappedWithItsTitleSetApart() throws {
        let d = try Driver(height: 12)
        d.press(.enter)
        #expect(d.screen == """
             seeds/000_2051e7dbab259c59.txt
             Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth
             ──────────────────────────────────────────────────────────────────────

             Thee Russian Defense Ministry said that what the US-led coalition has done to
             Syria’s Raqqa is comparable to the infamous Allied bombing of Dresden in world
             war two.

             Russian Defense Ministry spokesman Major General Igor Konashenko said “Raqqa
             has inherited the fate of Dresden in 1945, wiped off the face of the earth by
             Anglo-American bombardments”
            8 quotes · ] next quote · ? help                                      line 10/59
            """)
        #expect(d.grid[1, 1].style.bold)
    }

    @Test func theHeaderSaysTheSiteDateAuthorsAndAddressTheCorpusGives() throws {
        // FakeNewsCorpus's sample has them per row; a text file's folder is in the path already.
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv"], height: 12)
        d.press(.enter)
        #expect(d.lines[3] == " awm.com · unreliable · 2018-01-25 16:17:44.789555 · by Ruth Harris ·")
        #expect(d.lines[4].hasPrefix(" http://awm.com/church-congregation"))
        #expect(ReaderLayout.about(Metadata(site: "Satire", date: "2016-11-02"), source: "horne2017/random/Satire/289.txt") == "2016-11-02")
        #expect(ReaderLayout.about(Metadata(site: "infowars.com", authors: ["Jane Doe", "John Roe"]), source: "news.csv#3") == "infowars.com · by Jane Doe, John Roe")
    }

    @Test func quotesAreDrawnInTheirOwnStyleAndTheWritersWordsAreNot() throws {
        let d = try Driver(height: 12)
        d.press(.enter)
        // “Raqqa on line 8 is the quote; "said" before it is the writer's.
        let line = d.lines[8]
        let quoteColumn = line.distance(from: line.startIndex, to: line.firstIndex(of: "“")!)
        #expect(d.grid[8, quoteColumn + 1].style == .quote)
        #expect(d.grid[8, quoteColumn - 3].style == .plain)
    }

    @Test func bracketGoesToEachQuoteAndTheStatusLineNamesItsSpeaker() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("]"))
        #expect(d.statusLine.hasPrefix("quote 1/8 · Igor Konashenkov"))
        #expect(d.lines[8].hasPrefix("▌Russian Defense Ministry spokesman"))
        d.press(.char("]"))
        #expect(d.statusLine.hasPrefix("quote 2/8 · Igor Konashenkov (“Konashenko”)"))
        #expect(d.lines.contains { $0.hasPrefix("▌“What is behind the rush") })
        d.press(.char("["), .char("["))
        #expect(d.statusLine.hasPrefix("no more quotes above"))
    }

    @Test func aTranscriptsBlockQuotesAreAttributedToTheSpeakerLine() throws {
        let d = try Driver(height: 12)
        d.press(.char("G"), .enter)
        var presses = 0
        while !d.statusLine.contains("Kiselyov"), presses < 12 {
            d.press(.char("]"))
            presses += 1
        }
        #expect(d.statusLine.contains("· Kiselyov"))
        #expect(d.lines.contains { $0.hasPrefix("▌") && $0.contains("Two weeks ago, we said") })
    }

    @Test func bracketsBringEachQuotationWholeOnScreenAndNeverGoTheOtherWay() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("["))
        #expect(d.statusLine.hasPrefix("no more quotes above"))
        for _ in 0..<8 {
            d.press(.char("]"))
            guard case .reader(let reader) = d.session.current, let i = reader.quote else { Issue.record("no quote"); return }
            let quote = reader.quotes[i]
            #expect(reader.isOnScreen(quote.range.lowerBound, page: d.session.bodyHeight))
            #expect(reader.isOnScreen(quote.range.upperBound - 1, page: d.session.bodyHeight), "quote \(i + 1) is cut at the screen's end")
        }
    }

    @Test func theQuotePanelListsTheQuotesWithSpeakersAndEnterJumpsToOne() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("Q"))
        #expect(d.lines[0] == " Quotes in Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Ear…")
        #expect(d.lines[6] == " Igor Konashenkov     “barbaric bombing”")
        d.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .enter)
        #expect(d.statusLine.hasPrefix("quote 6/8 · Igor Konashenkov"))
        #expect(d.lines.contains { $0.contains("“barbaric bombing”") && $0.hasPrefix("▌") })
    }

    @Test func theQuotePanelKeepsItsChosenQuoteOnScreenWhenTheWindowShrinks() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("Q"), .char("G"))
        #expect(d.grid[8, 1].style == .selected)
        d.resize(width: 80, height: 6)
        // The last quote, still chosen, is the last row above the status line.
        #expect(d.lines[4].contains("“Raqqa’s fate calls to mind"))
        #expect(d.grid[4, 1].style == .selected)
    }

    @Test func bHidesBoilerplateAndCaptionsAndShowsThemAgain() throws {
        let d = try Driver(height: 80)
        d.press(.char("j"), .char("j"), .enter)
        #expect(d.screen.contains("Featured Image by Gabriel Chaim"))
        d.press(.char("B"))
        #expect(!d.screen.contains("Featured Image by Gabriel Chaim"))
        #expect(d.statusLine.hasPrefix("boilerplate and captions hidden"))
        d.press(.char("B"))
        #expect(d.screen.contains("Featured Image by Gabriel Chaim"))
    }

    @Test func searchingFindsWordsInBoilerplateOnlyWhileItIsShown() throws {
        let d = try Driver(height: 12)
        d.press(.char("j"), .enter, .char("/"))
        d.type("SouthFront")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/2 · SouthFront"))
        d.press(.char("B"), .char("n"))
        #expect(d.statusLine.hasPrefix("no more matches"))
        #expect(d.session.screens.last.map { if case .reader(let r) = $0 { r.matches.count } else { -1 } } == 0)
    }

    @Test func resizingRewrapsTheArticleAndKeepsTheTopLineOnScreen() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        #expect(d.lines[1].hasPrefix(" Russian Defense Ministry spokesman"))
        d.resize(width: 40, height: 12)
        #expect(d.lines[1] == " Russian Defense Ministry spokesman")
        #expect(d.lines[2] == " Major General Igor Konashenko said")
        #expect(d.lines.allSatisfy { CellWidth.of($0) <= 40 })
    }

    @Test func aResizeAndBackReturnsToTheLineBeingRead() throws {
        // Whichever line of a paragraph is at the top, a narrow window starts its line earlier.
        let d = try Driver(width: 100, height: 12)
        d.press(.enter, .char(" "))
        for _ in 0..<16 {
            d.press(.char("j"))
            let read = d.lines[1]
            for narrow in [37, 53] {
                d.resize(width: narrow, height: 12)
                d.resize(width: 100, height: 12)
            }
            #expect(d.lines[1] == read)
        }
    }

    @Test func theMouseWheelAndPagingKeysScrollTheArticle() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .wheelDown)
        #expect(d.lines[1].hasPrefix(" Thee Russian Defense Ministry"))
        d.press(.wheelUp, .char(" "))
        #expect(d.lines[1].hasPrefix(" Anglo-American bombardments”"))
        d.press(.char("b"))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition"))
        d.press(.char("G"))
        #expect(d.statusLine.hasSuffix("line 59/59"))
        #expect(d.lines[10] == " ── 3 comments · c to read them ──")
        // The line count moves with each line scrolled, in an article of many paragraphs too (004).
        d.press(.char("k"))
        #expect(d.statusLine.hasSuffix("line 58/59"))
        d.press(.char("q"), .char("G"), .enter)
        let before = try #require(d.statusLine.split(separator: " ").last.flatMap { Int($0.split(separator: "/")[0]) })
        d.press(.char("j"))
        #expect(d.statusLine.split(separator: " ").last.flatMap { Int($0.split(separator: "/")[0]) } == before + 1)
    }

    @Test func lessAndVimPagingKeysMoveByPagesAndHalfPagesAndHGoesBack() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .ctrl("f"))
        #expect(d.lines[1].hasPrefix(" Anglo-American bombardments”"))
        d.press(.ctrl("b"))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition"))
        // Half of the 10 lines of text: the line 5 rows down comes to the top, and back.
        let halfway = d.lines[6]
        d.press(.ctrl("d"))
        #expect(d.lines[1] == halfway)
        d.press(.ctrl("u"))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition"))
        d.press(.char("h"))
        #expect(d.statusLine.hasPrefix("5 articles"))
    }

    @Test func jAndKOpenTheNextAndPreviousArticleOfTheList() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("J"))
        #expect(d.lines[0] == " seeds/001_430eb77c9c807942.txt")
        d.press(.char("K"), .char("K"))
        #expect(d.lines[0] == " seeds/000_2051e7dbab259c59.txt")
        #expect(d.statusLine.hasPrefix("no more articles"))
        d.press(.char("q"))
        #expect(d.statusLine.hasSuffix("1/5"))
    }

    @Test func aTenMegabyteLineOpensAndGShowsItsLastWordsAndGItsFirst() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-long-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = "", n = 0
        while text.utf8.count < 10_000_000 {
            text += "Raqqa has inherited the fate of Dresden in 1945 (\(n)) "
            n += 1
        }
        try text.write(toFile: dir + "/long.txt", atomically: false, encoding: .utf8)
        let d = try Driver(paths: [dir], height: 12)
        d.press(.enter, .char("G"))
        #expect(d.lines[10].hasSuffix("(\(n - 1))"))
        #expect(d.statusLine.hasSuffix("end"))
        d.press(.char("k"), .char("g"))
        #expect(d.lines[1].hasPrefix(" Raqqa has inherited the fate of Dresden in 1945 (0)"))
        #expect(d.statusLine.hasSuffix("top"))
    }

    @Test func anArticleRewrittenAfterIndexingIsNeverShownInPlaceOfTheOneIndexedAndTheCorpusIsReadAgain() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-changed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id,title,content\n1,Raqqa,Raqqa has inherited the fate of Dresden.\n2,Mosul,The coalition bombed Mosul.\n"
            .write(toFile: dir + "/news.csv", atomically: false, encoding: .utf8)
        let d = try Driver(paths: [dir], width: 160, height: 12)
        try "id,title,content\n2,Mosul,\"The coalition bombed Mosul again, and more.\"\n1,Raqqa,Raqqa.\n"
            .write(toFile: dir + "/news.csv", atomically: false, encoding: .utf8)
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("cannot open \(dir)/news.csv: has changed since it was indexed; reading the corpus again"))
        // The corpus read again, the same key opens the row as it is now.
        d.press(.enter)
        #expect(d.screen.contains("The coalition bombed Mosul again, and more."))
    }

    @Test func anArticleDeletedWhileOpenStaysReadableAndOpeningItAgainSaysWhyNot() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-gone-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: "seeds/000_2051e7dbab259c59.txt", toPath: dir + "/000.txt")
        let d = try Driver(paths: [dir], width: 160, height: 12)
        d.press(.enter)
        try FileManager.default.removeItem(atPath: dir + "/000.txt")
        d.press(.char("G"), .char("g"), .char("]"))
        #expect(d.statusLine.hasPrefix("quote 1/8 · Igor Konashenkov"))
        d.press(.char("q"), .enter)
        #expect(d.statusLine.hasPrefix("cannot open \(dir)/000.txt: is gone since it was indexed; reading the corpus again"))
        // Read again, the corpus has no article left, and the list says so.
        #expect(d.lines[1] == " No articles in \(dir).")
    }

    /// The whole article the corpus gives for a source, as the program reads it in the background.
    private func whole(_ source: String, _ d: Driver) -> Result<Article, SourceError> {
        var last: Result<Article, SourceError>!
        d.corpus.article(source: source) { outcome, _ in last = outcome }
        return last
    }

    /// The program reads an article off the input loop; the session waits for it with keys live.
    @Test func keysTypedWhileAnArticleOpensArePlayedWhenItArrivesAndEscStopsWaiting() throws {
        let d = try Driver(width: 120, height: 12)
        var session = d.session
        guard case .open(let request)? = session.update(.key(.enter)).last else { Issue.record("Enter opened nothing"); return }
        _ = session.update(.key(.char("c")))
        #expect(Render.screen(session).text.split(separator: "\n").last?.hasPrefix("opening seeds/000_2051e7dbab259c59.txt… Esc to stop") == true)
        _ = session.update(.opened(request, whole(request.source, d), complete: true))
        guard case .comments = session.current else { Issue.record("c did not open the comments"); return }

        var stopped = d.session
        guard case .open(let again)? = stopped.update(.key(.enter)).last else { return }
        _ = stopped.update(.key(.escape))
        _ = stopped.update(.opened(again, whole(again.source, d), complete: true))
        guard case .list(let list) = stopped.current, list.library != nil else { Issue.record("the article opened after Esc"); return }
        #expect(Render.screen(stopped).text.split(separator: "\n").last?.hasPrefix("stopped opening seeds/000_2051e7dbab259c59.txt") == true)
    }

    /// A big article shows its start while the rest is parsed, then the whole in the same place.
    @Test func aBigArticleShowsItsStartAtOnceThenTheWholeKeepingThePlace() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-big-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = "A two megabyte article\n\n", n = 0
        while text.utf8.count < 2_000_000 {
            text += "Raqqa has inherited the fate of Dresden in 1945 (\(n)), “wiped off the face of the earth”.\n\n"
            n += 1
        }
        try text.write(toFile: dir + "/big.txt", atomically: false, encoding: .utf8)
        let d = try Driver(paths: [dir], width: 100, height: 12)
        var session = d.session
        guard case .open(let request)? = session.update(.key(.enter)).last else { Issue.record("Enter opened nothing"); return }
        var steps: [(Result<Article, SourceError>, Bool)] = []
        d.corpus.article(source: request.source) { steps.append(($0, $1)) }
        #expect(steps.map(\.1) == [false, true])
        _ = session.update(.opened(request, steps[0].0, complete: false))
        _ = session.update(.key(.char("j")))
        _ = session.update(.key(.char("j")))
        let before = Render.screen(session).text.split(separator: "\n")
        #expect(before.last?.hasPrefix("the start of a long article; reading the rest…") == true)
        _ = session.update(.opened(request, steps[1].0, complete: true))
        let after = Render.screen(session).text.split(separator: "\n")
        #expect(after[1] == before[1])
        #expect(after.last?.hasPrefix("\(n) quotes · ] next quote") == true)
        _ = session.update(.key(.char("G")))
        #expect(Render.screen(session).text.contains("(\(n - 1))"))

        // Opened at its last quote (from the speakers list), far beyond the start.
        guard case .success(let whole) = steps[1].0, let last = whole.quotes.last else { Issue.record("no quotes"); return }
        var atQuote = d.session
        let toQuote = atQuote.inFlight.open(request.source, terms: [], quoteStart: last.range.lowerBound, replacing: false)
        _ = atQuote.update(.opened(toQuote, steps[0].0, complete: false))
        _ = atQuote.update(.opened(toQuote, steps[1].0, complete: true))
        #expect(Render.screen(atQuote).text.split(separator: "\n").last?.hasPrefix("quote \(n)/\(n)") == true)
    }

    @Test func everyViewDrawsInTinyWindowsWithoutCrashing() throws {
        for (width, height) in [(20, 6), (1, 1), (0, 0), (2, 3)] {
            let d = try Driver(width: width, height: height)
            let keys: [Key] = [.enter, .char("]"), .char("Q"), .escape, .char("c"), .char("q"), .char("J"), .char("B"), .char("/"), .char("x"), .enter, .char("S"), .enter, .char("?"), .char("q")]
            for key in keys {
                d.press(key)
                let grid = d.grid
                #expect(grid.width == width && grid.height == height)
            }
        }
        let d = try Driver(width: 20, height: 6)
        d.press(.enter, .char("]"))
        #expect(d.screen == """
             seeds/000_2051e7db…
             Konashenko said
            ▌“Raqqa has
            ▌inherited the fate
            ▌of Dresden in
            quote 1/8 · … 25/203
            """)
    }
}
