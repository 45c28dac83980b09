import Testing
@testable import FolioParse

@Suite struct SegmentTests {
    private func lines(_ text: String) -> [Segment] { Segmenter.lines(of: Array(text.utf8), text: text) }
    private func texts(_ text: String) -> [String] { Segmenter.paragraphs(lines(text)[...]).map(\.text) }

    @Test func aLineBrokenMidSentenceIsJoinedWithTheNextAsIn000sThirdComment() {
        let text = "  3. Nazis got Nuremberg but their handlers – still at large deserve Sanaa,\n    a courthouse of the real victims of the Anglo criminals and their allies\n"
        #expect(texts(text) == ["3. Nazis got Nuremberg but their handlers – still at large deserve Sanaa, a courthouse of the real victims of the Anglo criminals and their allies"])
    }

    @Test func aCaptionAndTheParagraphOnTheNextLineStaySeparateAsIn003() {
        let text = "A mosque destroyed by bombardment by the U.S.-led coalition in the northern Syrian city of Raqqa. (Aamaq News Agency via AP)\nAccording to a U.N. Commission of Inquiry tasked with investigating violations"
        #expect(texts(text).count == 2)
    }

    @Test func blankLinesBeforeASegmentAreCountedForTheCommentSplitter() {
        let text = "HighLord Gaz\n\nTake away peoples ploughs\n\n\nKragujevac massacre."
        #expect(lines(text).map(\.blankLinesBefore) == [0, 1, 2])
    }

    @Test func indentationOfTheFirstLineIsRecorded() {
        let text = "  1. No, considering the area involved"
        #expect(lines(text).first?.indent == 2)
    }

    @Test func aCommentersNameOverACommentInLowerCaseStaysItsOwnLineWhileTheSectionIsFound() {
        // dev-comments-14 (spontis.de): a wpDiscuz dump, one block a line.
        let text = "Gast\nclandestine\nich kann eure gedanken gut nachempfinden."
        #expect(lines(text).map(\.text) == ["Gast", "clandestine", "ich kann eure gedanken gut nachempfinden."])
        #expect(lines(text).map(\.continuesPrevious) == [false, true, true])
    }

    @Test func aBylineUnderTheHeadlineStartsInLowerCaseButGoesOnNoSentence() {
        // dev-comments-10 (hearya.com): WordPress's "by AUTHOR on DATE" under the title.
        let text = "Hit Parader’s Top 100 Metal Vocalists of All Time\nby oz on December 4, 2006\nI’m not much of a metal guy these days, but I dabbled in high school."
        #expect(texts(text) == ["Hit Parader’s Top 100 Metal Vocalists of All Time", "by oz on December 4, 2006",
                                "I’m not much of a metal guy these days, but I dabbled in high school."])
        // A headline's second line is no byline, which has a date (a reviewer's probe).
        #expect(texts("Trump travel ban blocked\nby federal judge in Seattle") == ["Trump travel ban blocked by federal judge in Seattle"])
        // Further down, a line in lower case still goes on the one before it.
        #expect(texts("Title\nThe bill was signed\nby the president on Friday.") == ["Title", "The bill was signed by the president on Friday."])
    }
}
