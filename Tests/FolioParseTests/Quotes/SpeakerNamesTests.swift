import Testing
@testable import FolioParse

@Suite struct SpeakerNamesTests {
    @Test func aSpeakerSpelledTwoWaysAndByHisSurnameIsOneSpeakerUnderHisFullestName() {
        // 000 spells him Konashenko and Konashenkov.
        let names = SpeakerNames.canonical(["Igor Konashenko", "Igor Konashenkov", "Konashenkov", "Konashenko"])
        #expect(Set(names.values) == ["Igor Konashenkov"])
    }

    @Test func peopleWhoShareASurnameButNotAFirstNameStayApart() {
        // Both are named in the horne2017 articles.
        let names = SpeakerNames.canonical(["Donald Trump", "Melania Trump"])
        #expect(names["Donald Trump"] == "Donald Trump")
        #expect(names["Melania Trump"] == "Melania Trump")
    }

    @Test func anOrganisationNamedShorterIsTheSameOrganisation() {
        // 004: "Russian Ministry of Defense"; articles shorten it to "Ministry of Defense".
        #expect(SpeakerNames.sameSpeaker("Ministry of Defense", "Russian Ministry of Defense"))
        #expect(!SpeakerNames.sameSpeaker("Ministry of Defense", "Ministry of Foreign Affairs"))
    }

    @Test func shortSurnamesNeedAnExactMatch() {
        #expect(!SpeakerNames.sameSpeaker("Page", "Pace"))
    }
}
