import Testing
@testable import FolioParse

@Suite struct TextDecoderTests {
    @Test func validUTF8IsKeptByteForByteSoOffsetsPointIntoTheFile() {
        let bytes = Fixtures.bytes(Fixtures.seed("000"))
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.utf8 == bytes)
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() {
        // Horne & Adali's files are Windows-1252: 0x93 and 0x94 are curly double quotes.
        let decoded = TextDecoder.decode(Fixtures.bytes(Fixtures.horne + "/buzzfeed/Fake/10_Fake.txt"))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.string.contains("\u{201C}When I walked in I saw 3 naked prostitutes"))
        #expect(decoded.string.contains("I\u{2019}ll take some of that money"))
    }

    @Test func aByteOrderMarkIsDroppedSoTheTitleStartsAtOffsetZero() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Russia: US-Led Coalition".utf8))
        #expect(decoded.hadBOM)
        #expect(decoded.string == "Russia: US-Led Coalition")
    }

    @Test func aLoneSurrogateInTheSourceFallsBackToWindows1252InsteadOfFailing() {
        let decoded = TextDecoder.decode(Array("Raqqa ".utf8) + [0xED, 0xA0, 0x80])
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.string.hasPrefix("Raqqa "))
    }

    @Test func undefinedWindows1252BytesKeepTheirValueAsControlsRatherThanVanishing() {
        let decoded = TextDecoder.decode([0x81, 0x41])
        #expect(decoded.string.unicodeScalars.map(\.value) == [0x81, 0x41])
    }
}
