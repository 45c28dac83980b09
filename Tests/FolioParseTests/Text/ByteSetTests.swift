import Testing
@testable import FolioParse

@Suite struct ByteSetTests {
    @Test func bytesOnBothSidesOf64AreMembersAndOthersAreNot() {
        // The first letters of "Photo:", "[Featured Image…]" and "(Photo: YouTube)" as credit lines start.
        let set = ByteSet("p[(".utf8)
        #expect(set.contains(UInt8(ascii: "p")))
        #expect(set.contains(UInt8(ascii: "[")))
        #expect(set.contains(UInt8(ascii: "(")))
        #expect(!set.contains(UInt8(ascii: "q")))
        #expect(!set.contains(UInt8(ascii: "P")))
        #expect(!set.contains(UInt8(ascii: ")")))
        // The first byte of "é" in UTF-8.
        #expect(!set.contains(0xC3))
    }

    @Test func bytesAboveASCIIAreMembersWhenListed() {
        // The first byte of "комментарии", a Russian comment section's header.
        let set = ByteSet("к".utf8.prefix(1))
        #expect(set.contains(0xD0))
        #expect(!set.contains(0xD1))
    }
}
