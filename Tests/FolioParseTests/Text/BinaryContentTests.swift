import Foundation
import Testing
@testable import FolioParse

@Suite struct BinaryContentTests {
    @Test func imagesAndArchivesAreKnownByTheirSignature() throws {
        let seed = Fixtures.bytes(Fixtures.seed("000"))
        let gzip = try #require(Self.gzip(seed))
        #expect(BinaryContent.describe(gzip[...]) == "gzip data")
        #expect(BinaryContent.describe([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A][...]) == "a PNG image")
    }

    @Test func randomBytesAreBinary() {
        var random = SeededGenerator(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        #expect(BinaryContent.describe(bytes[...]) == "binary data")
    }

    @Test func articlesWithAStrayNULOrEscapeAndUTF16WithItsMarkAreText() {
        var seed = Fixtures.bytes(Fixtures.seed("001"))
        seed.insert(0x00, at: 200)
        seed.insert(0x1B, at: 300)
        #expect(BinaryContent.describe(seed[...]) == nil)
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Support SouthFront".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(BinaryContent.describe(utf16[...]) == nil)
        #expect(BinaryContent.describe([][...]) == nil)
        // Tabs, vertical tabs, form feeds and line ends are text however many there are: the seed
        // with its spaces made tabs and each line end CR LF, VT and FF.
        let tabbed = Array(String(decoding: Fixtures.bytes(Fixtures.seed("001")), as: UTF8.self)
            .replacingOccurrences(of: " ", with: "\t").replacingOccurrences(of: "\n", with: "\r\n\u{0B}\u{0C}").utf8)
        #expect(BinaryContent.describe(tabbed[...]) == nil)
    }

    /// The seed compressed by gzip(1), as a scraper's archive would be.
    static func gzip(_ bytes: [UInt8]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
