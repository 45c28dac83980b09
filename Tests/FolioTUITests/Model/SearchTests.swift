import Testing
import FolioIndex
import FolioParse
@testable import FolioTUI

/// Searching the corpus as you type, and an article less-style.
@Suite struct SearchTests {
    @Test func typingSearchesTheCorpusAndShowsRankedResultsWithHitsMarked() throws {
        let d = try Driver(height: 10)
        d.press(.char("/"))
        d.type("Dresden")
        #expect(d.screen == """
             Search: Dresden
             Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth
               …Raqqa is comparable to the infamous Allied bombing of Dresden in world war …
             US Air Force AIRLIFTS! ISIS Fighters From Raqqa to Fight Russians - Russian T…
               Despite completely leveling Raqqa Dresden-style, the US deliberately let 100…
             Russian Military Releases Photos Showing Destructions In Raqqa Caused By US-l…
               …me Zionist forces did to Dresden and all the rest of the indigenous tribal …


            /Dresden▏
            """.replacingOccurrences(of: "▏", with: "▏" + String(repeating: " ", count: d.statusLine.count - "/Dresden▏3 articles · best first".count) + "3 articles · best first"))
        let row = d.lines[2]
        let column = row.distance(from: row.startIndex, to: row.range(of: "Dresden")!.lowerBound)
        #expect(d.grid[2, column].style == .match)
        #expect(d.grid[2, column - 2].style == .plain)
    }

    @Test func enterOpensAResultAtItsFirstHitAndNGoesOnIntoTheNextArticleFound() throws {
        let d = try Driver(height: 12)
        d.press(.char("/"))
        d.type("Dresden")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/3 · Dresden"))
        #expect(d.lines[0] == " seeds/000_2051e7dbab259c59.txt")
        d.press(.char("n"), .char("n"))
        #expect(d.statusLine.hasPrefix("match 3/3 · Dresden"))
        // Past the text, the comment that names Dresden, then the next article.
        d.press(.char("n"))
        #expect(d.statusLine.hasPrefix("the search found 1 comment"))
        d.press(.char("n"))
        #expect(d.lines[0] == " seeds/004_e45dbf4fbac63ad8.txt")
        #expect(d.statusLine.hasPrefix("next article of the search: 2/3"))
        d.press(.char("n"))
        #expect(d.statusLine.hasPrefix("match 2/"))
        // `N` before the first match goes back into the previous article, at its last match.
        d.press(.char("N"), .char("N"))
        #expect(d.lines[0] == " seeds/000_2051e7dbab259c59.txt")
        #expect(d.statusLine.hasPrefix("previous article of the search: 1/3"))
        d.press(.char("N"))
        #expect(d.statusLine.hasPrefix("match 2/3 · Dresden"))
        d.press(.char("n"), .char("n"), .char("n"))
        #expect(d.lines[0] == " seeds/004_e45dbf4fbac63ad8.txt")
        d.press(.char("q"))
        #expect(d.statusLine.hasPrefix("3 articles · best first"))
        #expect(d.statusLine.hasSuffix("2/3"))
    }

    @Test func aCommonWordsResultsSayHowManyMatchAndReadOnAsTheCursorNearsTheEnd() throws {
        // horne2017: "the" stands in nearly every article, more than a page of ranked results.
        let horne = "Tests/FolioParseTests/Fixtures/corpora/horne2017"
        let d = try Driver(paths: [horne], height: 12)
        let total = try d.corpus.index.count("the")
        #expect(total > 200)
        d.press(.char("/"))
        d.type("the")
        d.press(.enter, .char("q"))
        #expect(d.statusLine.hasPrefix("200 of \(total) articles · best first"))
        // `G` reads the rest and goes to the last result.
        d.press(.char("G"))
        #expect(d.statusLine.hasPrefix("\(total) articles · best first"))
        #expect(d.statusLine.hasSuffix("\(total)/\(total)"))
    }

    @Test func theCountOfArticlesFoundShowsOnThePromptWhileTyping() throws {
        let d = try Driver(height: 12)
        d.press(.char("/"))
        d.type("Dresden")
        #expect(d.statusLine.hasPrefix("/Dresden▏"))
        #expect(d.statusLine.hasSuffix("3 articles · best first"))
        d.type("q")
        #expect(d.statusLine.hasSuffix("no articles found"))
    }

    @Test func slashThenEnterSearchesAgainCtrlPRecallsAndCtrlCCancelsOnlyThePrompt() throws {
        let d = try Driver(height: 12)
        d.press(.char("/"))
        d.type("Dresden")
        d.press(.enter, .char("q"), .char("q"))
        #expect(d.statusLine.hasPrefix("5 articles"))
        d.press(.char("/"), .enter)
        #expect(d.statusLine.hasPrefix("3 articles · best first"))
        d.press(.char("q"), .char("/"), .ctrl("p"))
        #expect(d.screen.contains("Dresden"))
        #expect(d.lines.dropLast().contains { $0.contains("Russia: US-Led Coalition") })
        d.press(.ctrl("c"))
        #expect(!d.quit)
        #expect(d.statusLine.hasPrefix("5 articles"))
        // ↑ at an empty prompt recalls as Ctrl-P does; typed over, ↑ and ↓ choose a result.
        d.press(.char("/"), .up)
        #expect(d.screen.contains("/Dresden"))
        d.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .up)
        #expect(d.screen.contains("/Dresden"))
        d.press(.ctrl("c"), .char("/"))
        d.type("Raqqa")
        let first = d.grid[1, 1].style
        d.press(.down)
        #expect(first == .selected && d.grid[1, 1].style != .selected)
        d.press(.ctrl("c"))
        // Cancelled over results, the prompt gives them back as they were.
        d.press(.char("/"), .enter)
        #expect(d.statusLine.hasPrefix("3 articles · best first"))
        d.press(.char("/"))
        d.type("zqx")
        d.press(.escape)
        #expect(d.statusLine.hasPrefix("3 articles · best first"))
        d.press(.char("q"))
        // In an article, ↑ recalls what was looked for there.
        d.press(.enter, .char("/"))
        d.type("Raqqa")
        d.press(.enter, .char("g"), .char("/"), .up)
        #expect(d.statusLine.contains("Raqqa"))
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/"))
    }

    @Test func aFurtherPageThatArrivesWhileAnArticleIsOpenJoinsTheResultsBeneath() throws {
        let horne = "Tests/FolioParseTests/Fixtures/corpora/horne2017"
        let d = try Driver(paths: [horne], height: 12)
        d.press(.char("/"))
        d.type("the")
        d.press(.enter)
        // The query as the prompt sends it: the word being typed is a prefix.
        let query = AsYouType.query("the")
        let page = d.corpus.search(query, ranked: true, offset: 200)
        d.deliver(.searched(SearchRequest(generation: d.session.inFlight.searchGeneration, query: query, ranked: true, offset: 200), page))
        d.press(.char("q"))
        let total = try d.corpus.index.count(query)
        #expect(d.statusLine.hasPrefix("\(total) articles · best first"))
    }

    @Test func enterTypedBeforeTheSearchAnswersOpensTheBestResultWhenItComes() throws {
        let d = try Driver(height: 12)
        var session = d.session
        var searches: [SearchRequest] = []
        for key in [Key.char("/")] + "Dresden".map(Key.char) {
            for case .search(let request) in session.update(.key(key)) { searches.append(request) }
        }
        #expect(session.update(.key(.enter)).isEmpty)
        let last = searches.last!
        let more = session.update(.searched(last, d.corpus.search(last.query, ranked: false)))
        guard case .search(let ranked)? = more.first else { Issue.record("no ranked search"); return }
        let opening = session.update(.searched(ranked, d.corpus.search(ranked.query, ranked: true)))
        #expect(opening.contains { if case .open = $0 { true } else { false } })
        #expect(Render.screen(session).text.contains("000_2051e7dbab259c59"))
    }

    @Test func arrowsInThePromptChooseTheResultEnterOpens() throws {
        let d = try Driver(height: 12)
        d.press(.char("/"))
        d.type("Dresden")
        d.press(.down, .down, .enter)
        #expect(d.lines[0] == " seeds/001_430eb77c9c807942.txt")
    }

    @Test func theWordBeingTypedIsAPrefixSoKonashFindsKonashenkov() throws {
        let d = try Driver(height: 12)
        d.press(.char("/"))
        d.type("konash")
        #expect(d.statusLine.hasPrefix("/konash▏"))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition Wiped"))
        #expect(d.session.screens.last.map { if case .list(let list) = $0 { list.results?.results.count ?? 0 } else { 0 } } == 3)
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/"))
        #expect(AsYouType.query("face of the") == "face of the*")
        #expect(AsYouType.query("\"face of th") == "\"face of th")
        #expect(AsYouType.query("raqqa -isi") == "raqqa -isi")
        #expect(AsYouType.query("Dresden ") == "Dresden ")
        #expect(AsYouType.query("ab") == "ab")
    }

    @Test func aMalformedQueryShowsTheIndexsMessageOnThePromptLine() throws {
        let d = try Driver(height: 8)
        d.press(.char("/"))
        d.type("(Dresden")
        #expect(d.statusLine.hasPrefix("/(Dresden▏"))
        #expect(d.statusLine.hasSuffix("the ( at column 1 is not closed"))
    }

    @Test func escLeavesThePromptAndTheResultsItOpened() throws {
        let d = try Driver(height: 8)
        d.press(.char("/"))
        d.type("Raqqa")
        d.press(.escape)
        #expect(d.lines[0].hasPrefix(" title"))
        #expect(d.session.prompt == nil)
    }

    @Test func resultsOfAnOlderKeystrokeAreDroppedWhenTheyComeBackLate() throws {
        let d = try Driver(height: 8)
        d.press(.char("/"))
        d.type("Dresden")
        let stale = SearchRequest(generation: d.session.inFlight.searchGeneration - 1, query: "Dresde", ranked: false)
        d.deliver(.searched(stale, .success(SearchPage(results: [], total: 0))))
        #expect(d.lines[1].hasPrefix(" Russia: US-Led Coalition"))
    }

    @Test func slashInTheReaderHighlightsEveryMatchAndNStepsThroughThem() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("/"))
        d.type("konashenko")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/"))
        let line = d.lines.firstIndex { $0.contains("Konashenko") }!
        let column = d.lines[line].distance(from: d.lines[line].startIndex, to: d.lines[line].range(of: "Konashenko")!.lowerBound)
        #expect(d.grid[line, column].style.tint == .match)
        d.press(.char("N"))
        #expect(d.statusLine.hasPrefix("no earlier match"))
        d.press(.char("/"))
        d.type("Chernobyl")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("not in this article: Chernobyl"))
    }
}

/// The prompt's own keys.
@Suite struct PromptTests {
    @Test func ctrlCWhileTypingASearchCancelsTheSearchAndThenQuits() throws {
        let d = try Driver()
        d.press(.char("/"))
        d.type("Raq")
        d.press(.ctrl("c"))
        #expect(!d.quit)
        #expect(d.session.prompt == nil)
        d.press(.ctrl("c"))
        #expect(d.quit)
    }

    @Test func aSearchThatFoundAnArticleByItsTitleLightsTheTitle() throws {
        // horne2017 buzzfeed/Fake/26: "mistress" is in its title file and nowhere in its text.
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/horne2017"], height: 12)
        d.press(.char("/"))
        d.type("mistress")
        d.press(.enter)
        #expect(d.lines[0].hasSuffix("26_Fake.txt"))
        #expect(d.statusLine.hasPrefix("match 1/1 · mistress"))
        let row = d.lines.firstIndex { $0.contains("Longtime mistress says") }!
        let line = d.lines[row]
        let column = line.distance(from: line.startIndex, to: line.range(of: "mistress")!.lowerBound)
        #expect(d.grid[row, column].style.tint == .match)
    }

    @Test func nAndNAfterScrollingAwayGoOnFromTheScreenNotFromTheMatchLeftBehind() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("/"))
        d.type("Raqqa")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/10"))
        d.press(.char("G"), .char("N"))
        #expect(d.statusLine.hasPrefix("match "))
        #expect(!d.statusLine.hasPrefix("match 1/") && !d.statusLine.hasPrefix("match 2/"))
        d.press(.char("g"), .char("n"))
        #expect(d.statusLine.hasPrefix("match 1/10"))
    }

    @Test func backspaceEditsTheQueryAndEscInTheReaderClearsTheHighlightsBeforeGoingBack() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("/"))
        d.type("Raqqx")
        d.press(.backspace, .char("a"), .enter)
        #expect(d.statusLine.hasPrefix("match 1/"))
        d.press(.escape)
        #expect(d.statusLine.hasPrefix("search cleared; Esc again goes back"))
        d.press(.char("n"))
        #expect(d.statusLine.hasPrefix("no search yet"))
        d.press(.escape)
        #expect(d.statusLine.hasPrefix("5 articles"))
    }

    @Test func findingInAnArticleMatchesWholeWordsAsTheIndexDoesAndAStarMakesAPrefix() throws {
        // seeds/003 has "war" four times as a word, and "Warns", "warned" and "toward" besides.
        let d = try Driver(height: 12)
        d.press(.char("j"), .char("j"), .char("j"), .enter, .char("/"))
        d.type("war")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/4 · war"))
        d.press(.char("/"))
        d.type("war*")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/6 · war*"))
        d.press(.char("/"))
        d.type("\"civil war\"")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("match 1/"))
        #expect(d.statusLine.contains("· \"civil war\""))
    }

    @Test func theIndexAndTheReaderAgreeOnWhichArticlesAQueryMatches() throws {
        let d = try Driver(height: 12)
        let articles = Corpus(paths: ["seeds"]).compactMap { try? $0.get() }.map { ArticleParser.parse($0) }
        for query in ["war", "war*", "Dresden", "raqq*", "\"civil war\"", "konashenkov", "Syria’s"] {
            let indexed = Set(try d.corpus.index.search(query, limit: 100).map(\.source))
            let read = Set(articles.filter { article in
                let texts = [article.title] + article.blocks.filter { $0.kind != .boilerplate && $0.kind != .title }.map(\.text)
                return texts.contains { text in SearchTerms.terms(query).compactMap(QueryHits.Pattern.init).allSatisfy { !QueryHits.ranges([$0], in: text).isEmpty } }
            }.map(\.source))
            #expect(indexed == read, "\(query)")
        }
    }
}
