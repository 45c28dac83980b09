import Testing
@testable import FolioIndex

/// The few words a search result shows of its article, and where its hits are in them.
@Suite struct SnippetTests {
    /// The words of `snippet` at `hits`.
    private func lit(_ snippet: (String, [Range<Int>])) -> [String] {
        snippet.1.map { String(decoding: Array(snippet.0.utf8)[$0], as: UTF8.self) }
    }

    private func patterns(_ query: String) throws -> [QueryHits.Pattern] { try Query.parse(query).hitPatterns }

    // seeds/000's title and a sentence of its body.
    let title = "Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth"
    let body = """
        Thee Russian Defense Ministry said that what the US-led coalition has done to Syria’s Raqqa is comparable to the infamous \
        Allied bombing of Dresden in world war two. Russian Defense Ministry spokesman Major General Igor Konashenkov said that the \
        city had inherited the fate of Dresden.
        """

    @Test func aSnippetIsTheStretchOfTheBodyAroundItsHitsWithAnEllipsisWhereItIsCut() throws {
        let snippet = Snippet.make([(.title, title), (nil, body)], try patterns("Konashenkov"))
        #expect(snippet.0.hasPrefix("…"))
        #expect(snippet.0.contains("spokesman Major General Igor Konashenkov said that the city"))
        #expect(snippet.0.hasSuffix("fate of Dresden."))
        #expect(lit(snippet) == ["Konashenkov"])
    }

    @Test func theStretchHoldingMostOfTheTermsIsChosenOverOneWithMoreHitsOfOne() throws {
        let snippet = Snippet.make([(nil, body)], try patterns("Dresden Konashenkov"))
        #expect(Set(lit(snippet)) == ["Dresden", "Konashenkov"])
    }

    @Test func theBodyIsShownBeforeTheTitleTheResultShowsAlready() throws {
        let snippet = Snippet.make([(.title, title), (nil, body)], try patterns("Raqqa"))
        #expect(snippet.0.contains("done to Syria’s Raqqa is comparable"))
    }

    @Test func aTermLimitedToAFieldIsLitOnlyInItsColumn() throws {
        let snippet = Snippet.make([(.title, title), (nil, body)], try patterns("title:raqqa"))
        #expect(snippet.0 == title)
        #expect(lit(snippet) == ["Raqqa"])
    }

    @Test func aPrefixAndAPhraseAreLitAsTheIndexFoundThem() throws {
        let snippet = Snippet.make([(nil, body)], try patterns("\"defense ministry\" konash*"))
        #expect(lit(snippet) == ["Defense Ministry", "Defense Ministry", "Konashenkov"])
    }

    @Test func withNoHitTheSnippetIsTheStartOfTheBody() throws {
        let snippet = Snippet.make([(.title, title), (nil, body)], try patterns("Mosul"))
        #expect(snippet.0.hasPrefix("Thee Russian Defense Ministry said"))
        #expect(snippet.0.hasSuffix("…"))
        #expect(snippet.1.isEmpty)
    }
}
