import Testing
@testable import FolioParse

@Suite struct LinesTests {
    private func lines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return LineScanner.lines(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func crlfAsInHorneAndAdalisFilesEndsALineWithoutLeavingACarriageReturn() {
        #expect(lines("Stay Tuned.\r\n\r\nMaria Gonzalez") == ["Stay Tuned.", "", "Maria Gonzalez"])
    }

    @Test func aLoneCarriageReturnEndsALine() {
        #expect(lines("Support SouthFront\rNotify of") == ["Support SouthFront", "Notify of"])
    }

    @Test func unicodeLineAndParagraphSeparatorsEndLines() {
        #expect(lines("Notify of\u{2028}Newest Most Voted\u{2029}Inline Feedbacks") == ["Notify of", "Newest Most Voted", "Inline Feedbacks"])
    }

    @Test func curlyQuotesAndDashesShareTheSeparatorsLeadBytesButEndNoLine() {
        // 000, line 23, with a line separator after the quotation; "é" ends in A9 as U+2029 does.
        let text = "“Raqqa’s fate calls to mind that of Dresden in 1945” – Konashenkov added\u{2028}Café"
        #expect(lines(text) == ["“Raqqa’s fate calls to mind that of Dresden in 1945” – Konashenkov added", "Café"])
    }

    @Test func aFinalLineWithoutALineEndIsKept() {
        #expect(lines("RT reports:\n[Featured Image by Gabriel Chaim/AP Images]") == ["RT reports:", "[Featured Image by Gabriel Chaim/AP Images]"])
    }
}
