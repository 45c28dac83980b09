import Testing
@testable import FolioParse

@Suite struct PlacesTests {
    @Test func aCityBeforeTheSpeakersNameIsNeverTheSpeaker() {
        // horne2017 Satire/201: "“I was really impressed with Obama …,” said Kansas City, MO resident Angie Hartney".
        let quote = Fixtures.article(Fixtures.horne + "/random/Satire/201.txt").quotes.first { $0.text.hasPrefix("I was really impressed with Obama") }
        #expect(quote != nil)
        #expect(quote?.speaker == "Angie Hartney")
    }

    @Test func aCountryStandingForItsGovernmentStaysASpeaker() {
        let article = Fixtures.parse("Russia said “the strikes were a provocation” on Tuesday.", title: "Strikes")
        #expect(article.quotes.first?.speaker == "Russia")
    }
}
