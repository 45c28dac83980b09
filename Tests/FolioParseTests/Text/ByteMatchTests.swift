import Testing
@testable import FolioParse

@Suite struct ByteMatchTests {
    @Test func aNameSplitsIntoItsWordsWhateverSpacesStandAroundThem() {
        // 000 names the general "Major General Igor Konashenko"; an accented letter stays in its word.
        #expect("major general igor konashenko".spaceSeparated() == ["major", "general", "igor", "konashenko"])
        #expect("  gen.  igor   konashenkóv ".spaceSeparated() == ["gen.", "igor", "konashenkóv"])
        #expect("konashenkov".spaceSeparated() == ["konashenkov"])
        #expect("   ".spaceSeparated().isEmpty)
        #expect("".spaceSeparated().isEmpty)
    }
}
