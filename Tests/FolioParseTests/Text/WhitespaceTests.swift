import Testing
@testable import FolioParse

@Suite struct WhitespaceTests {
    private func trimmed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[Whitespace.trim(bytes, 0..<bytes.count)], as: UTF8.self)
    }

    @Test func aTrailingNoBreakSpaceIsTrimmedAsIn004() {
        #expect(trimmed("there won't be a Raqqa to liberate.\u{00A0}") == "there won't be a Raqqa to liberate.")
    }

    @Test func aNoBreakSpaceInsideTheTextIsKept() {
        #expect(trimmed("bombing the\u{00A0}hell out of ISIS") == "bombing the\u{00A0}hell out of ISIS")
    }

    @Test func aLineOfOnlyNoBreakAndIdeographicSpacesIsBlank() {
        #expect(trimmed(" \u{00A0}\u{3000}\u{202F} ") == "")
    }
}
