import Testing
@testable import FolioParse

@Suite struct TextFoldTests {
    @Test func curlyQuotesDashesAndNoBreakSpacesCompareEqualToTheirPlainForms() {
        #expect(TextFold.fold("“bombing the\u{00A0}hell out of ISIS” – Trump") == TextFold.fold("\"Bombing the hell out of ISIS\" - TRUMP"))
    }

    @Test func cyrillicIsCaseFolded() {
        #expect(TextFold.fold("Зашто подругљиво “Спилбергов филм”") == "зашто подругљиво \"спилбергов филм\"")
    }
}
