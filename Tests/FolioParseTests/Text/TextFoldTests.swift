import Testing
@testable import FolioParse

@Suite struct TextFoldTests {
    @Test func curlyQuotesDashesAndNoBreakSpacesCompareEqualToTheirPlainForms() {
        #expect(TextFold.fold("“bombing the\u{00A0}hell out of ISIS” – Trump") == TextFold.fold("\"Bombing the hell out of ISIS\" - TRUMP"))
    }

    @Test func aTitlesRunsOfSpaceAndItsLineEndBecomeOneSpaceOrNone() {
        // horne2017 buzzfeed/Fake_titles/1_Fake.txt ends in CR LF; the same title with a tab, a
        // no-break space and a doubled space, as scraped titles hold them.
        #expect(TextFold.collapseSpace("5 Million Uncounted Sanders Ballots Found On Clinton's Email Server\r\n")
                == "5 Million Uncounted Sanders Ballots Found On Clinton's Email Server")
        #expect(TextFold.collapseSpace(" \t5 Million Uncounted\u{A0}Sanders Ballots  Found On Clinton's Email Server ")
                == "5 Million Uncounted Sanders Ballots Found On Clinton's Email Server")
        #expect(TextFold.collapseSpace(" \r\n ") == "")
    }

    @Test func cyrillicIsCaseFolded() {
        #expect(TextFold.fold("Зашто подругљиво “Спилбергов филм”") == "зашто подругљиво \"спилбергов филм\"")
    }

    @Test func longRunsOfPlainLettersFoldLikeShortOnes() {
        // 000, line 15, with the spacing of a scraped page.
        let line = "Russian Defense Ministry Spokesman\t\tGen. Igor KONASHENKOV  said Sunday."
        #expect(TextFold.fold(line) == "russian defense ministry spokesman gen. igor konashenkov said sunday.")
        #expect(TextFold.fold("  Konashenkov  ") == "konashenkov")
        #expect(TextFold.fold("Raqqa is still smoldering after the bombardment by the international coalition")
                == "raqqa is still smoldering after the bombardment by the international coalition")
        #expect(TextFold.fold("Raqqa is  still   smoldering    after the") == "raqqa is still smoldering after the")
    }
}
