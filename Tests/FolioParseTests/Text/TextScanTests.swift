import Testing
@testable import FolioParse

@Suite struct TextScanTests {
    // 000, line 15: words of every length, so that they start anywhere in an eight-byte chunk.
    let line = "“Raqqa is still smoldering after the bombardment by the international coalition, and senior officials in Washington, Paris and Berlina are already pouring out pledges,” Russian Defense Ministry Spokesman Gen. Igor Konashenkov said Sunday."

    @Test func wordsAreCountedBetweenSpacesAndTabsWhereverTheyFallInTheLine() {
        #expect(TextScan.wordCount(line) == 33)
        #expect(TextScan.wordCount("   " + line.replacing(" ", with: " \t ") + "\t") == 33)
        #expect(TextScan.wordCount("Konashenkov") == 1)
        #expect(TextScan.wordCount(" \t ") == 0)
        #expect(TextScan.wordCount("") == 0)
    }

    @Test func aLineIsKnownToBeLongerThanTheLimitWithoutCountingItAll() {
        #expect(TextScan.wordCount(line, limit: 25) > 25)
        #expect(TextScan.wordCount(line, limit: 33) == 33)
    }
}
