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

    /// A corpus line saved as Latin-1: the accented letters are the same bytes in Windows-1252.
    @Test func latin1TextReadsAsWindows1252WithItsAccents() {
        let line = "French president François Hollande has proven himself"
        let latin1 = line.unicodeScalars.map { UInt8($0.value) }
        #expect(TextDecoder.decode(latin1).string == line)
    }

    @Test func utf16WithAByteOrderMarkIsDecodedInEitherByteOrder() {
        let line = "Raqqa has inherited the fate of Dresden in 1945, “wiped off the face of the earth”"
        let units = Array(line.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(little).string == line)
        #expect(TextDecoder.decode(little).encoding == .utf16LE)
        #expect(TextDecoder.decode(big).string == line)
        #expect(TextDecoder.decode(big).encoding == .utf16BE)
    }

    @Test func aLoneSurrogateOrAnOddLastByteInUTF16BecomesAReplacementCharacter() {
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x52, 0x00, 0x00, 0xD8, 0x61, 0x00, 0x71])
        #expect(decoded.string == "R\u{FFFD}a\u{FFFD}")
    }
}
