import Testing
@testable import FolioParse

@Suite struct SpeakerNamesTests {
    @Test func aSpeakerSpelledTwoWaysAndByHisSurnameIsOneSpeakerUnderHisFullestName() {
        // 000 spells him Konashenko and Konashenkov.
        let names = SpeakerNames.canonical(["Igor Konashenko", "Igor Konashenkov", "Konashenkov", "Konashenko"], scope: .article)
        #expect(Set(names.values) == ["Igor Konashenkov"])
    }

    @Test func ofTwoSpellingsTheOneMoreQuotationsHaveIsShownThenTheLonger() {
        // FakeNewsCorpus row 26562 spells him Timmermanns once and Timmermans three times.
        let names = SpeakerNames.canonical(["Timmermanns", "Timmermans", "Timmermans", "Timmermans"], scope: .article)
        #expect(Set(names.values) == ["Timmermans"])
        // As often, the longer: scraped text drops letters more often than it adds them.
        #expect(Set(SpeakerNames.canonical(["Timmermanns", "Timmermans"], scope: .article).values) == ["Timmermanns"])
    }

    @Test func peopleWhoShareASurnameButNotAFirstNameStayApart() {
        // Both are named in the horne2017 articles.
        let names = SpeakerNames.canonical(["Donald Trump", "Melania Trump"], scope: .article)
        #expect(names["Donald Trump"] == "Donald Trump")
        #expect(names["Melania Trump"] == "Melania Trump")
    }

    @Test func aSurnameAloneIsThePersonWhoseNameEndsOnAGenerationButFatherAndSonStayApart() {
        // PolNeAR train, breitbart 2016-01-19: "Bozell" 16 times, "Brent Bozell III" once.
        let bozell = SpeakerNames.canonical(Array(repeating: "Bozell", count: 16) + ["Brent Bozell III"], scope: .article)
        #expect(Set(bozell.values) == ["Brent Bozell III"])
        // ../shared/corpora and PolNeAR train name both.
        let trumps = SpeakerNames.canonical(["Donald Trump", "Donald Trump Jr"], scope: .corpus)
        #expect(trumps["Donald Trump Jr"] == "Donald Trump Jr")
        #expect(trumps["Donald Trump"] == "Donald Trump")
        #expect(Set(SpeakerNames.canonical(["Joseph R. Biden Jr", "Joseph R. Biden Jr."], scope: .corpus).values).count == 1)
    }

    @Test func aSurnameAloneJoinsThePersonQuotedFarMoreOftenThanTheOtherWhoBearsIt() {
        // horne2017: "Trump" 180 times, "Donald J. Trump" 73, "Melania Trump" once.
        let names = Array(repeating: "Trump", count: 180) + Array(repeating: "Donald J. Trump", count: 73) + ["Melania Trump"]
        let canonical = SpeakerNames.canonical(names, scope: .article)
        #expect(canonical["Trump"] == "Donald J. Trump")
        #expect(canonical["Melania Trump"] == "Melania Trump")
        // "Obama" beside Barack, quoted 7 times, and Michelle, 4: either could be meant.
        let obamas = SpeakerNames.canonical(Array(repeating: "Obama", count: 80) + Array(repeating: "Barack Obama", count: 7) + Array(repeating: "Michelle Obama", count: 4), scope: .article)
        #expect(obamas["Obama"] == "Obama")
    }

    @Test func aNameWrittenInCapitalsIsKnownByItsOrdinarySpelling() {
        // horne2017 names "GINGRICH" beside "Gingrich", and "TRUMP" beside "Donald J. Trump".
        #expect(SpeakerNames.canonical(["GINGRICH", "Gingrich"], scope: .article)["GINGRICH"] == "Gingrich")
        #expect(SpeakerNames.canonical(["DONALD J. Trump", "Donald J. Trump", "TRUMP"], scope: .article)["TRUMP"] == "Donald J. Trump")
        #expect(SpeakerNames.canonical(["U.N. Commission of Inquiry"], scope: .article)["U.N. Commission of Inquiry"] == "U.N. Commission of Inquiry")
    }

    @Test func namesCompareByTheWordsTheIndexCutsAndFolds() {
        // horne2017: "Bill O’Reilly" and "O'Reilly" are one speaker, "Hillary Clinton" is not "Bill
        // Clinton", and an accent or a case typed differently is the same name, as `speaker:` finds it.
        #expect(SpeakerNames.sameSpeaker("Bill O’Reilly", "O'Reilly"))
        #expect(!SpeakerNames.sameSpeaker("Hillary Clinton", "Bill Clinton"))
        #expect(SpeakerNames.sameSpeaker("Enrique Peña Nieto", "enrique pena nieto"))
        let names = SpeakerNames.canonical(["Hillary Clinton", "Bill Clinton", "Clinton", "Frank-Walter Steinmeier", "Steinmeier"], scope: .article)
        #expect(names["Hillary Clinton"] == "Hillary Clinton")
        #expect(names["Bill Clinton"] == "Bill Clinton")
        #expect(names["Steinmeier"] == "Frank-Walter Steinmeier")
    }

    @Test func anOrganisationNamedShorterIsTheSameOrganisation() {
        // 004: "Russian Ministry of Defense"; articles shorten it to "Ministry of Defense".
        #expect(SpeakerNames.sameSpeaker("Ministry of Defense", "Russian Ministry of Defense"))
        #expect(!SpeakerNames.sameSpeaker("Ministry of Defense", "Ministry of Foreign Affairs"))
    }

    @Test func shortSurnamesNeedAnExactMatch() {
        #expect(!SpeakerNames.sameSpeaker("Page", "Pace"))
    }

    @Test func aMisspellingKeepsTheFirstLetter() {
        // FakeNewsCorpus sample: Mark Levin and Kevin Palau ("Kevin said") are two people.
        #expect(!SpeakerNames.sameSpeaker("Levin", "Kevin"))
        #expect(SpeakerNames.sameSpeaker("Konashenko", "Konashenkov"))
    }

    @Test func acrossArticlesASurnameAloneJoinsOnlyTheSameSpelling() {
        // PolNeAR train: Justice Scalia, named by his surname alone, is not the pollster Dante
        // Scala, "Scala" in his own articles; in one article a letter off is a misspelling.
        let names = ["Dante Scala"] + Array(repeating: "Scala", count: 3) + Array(repeating: "Scalia", count: 3)
        let corpus = SpeakerNames.canonical(names, scope: .corpus)
        #expect(corpus["Scala"] == "Dante Scala")
        #expect(corpus["Scalia"] == "Scalia")
        #expect(SpeakerNames.canonical(["Igor Konashenkov", "Konashenko"], scope: .corpus)["Konashenko"] == "Konashenko")
        #expect(SpeakerNames.canonical(["Igor Konashenkov", "Konashenko"], scope: .article)["Konashenko"] == "Igor Konashenkov")
    }

    @Test func aMisspeltSurnameFindsItsSpeakerAmongManyOthers() {
        // A corpus-wide list, as `folio quotes` groups it: 000's two spellings among unrelated names.
        // Four-letter surnames, which only match exactly: "Reporter Qabc", "Reporter Qbac", ...
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let others = (0..<2_000).map { (n: Int) -> String in
            let surname = [n % 26, n / 26 % 26, n / 676].map { letters[$0] }
            return "Reporter Q" + String(surname)
        }
        let names = SpeakerNames.canonical(others + ["Igor Konashenko", "Igor Konashenkov", "Konashenkov", "Ministry of Defense", "Russian Ministry of Defense"], scope: .corpus)
        #expect(names["Igor Konashenko"] == "Igor Konashenkov")
        #expect(names["Konashenkov"] == "Igor Konashenkov")
        #expect(names["Ministry of Defense"] == "Russian Ministry of Defense")
        #expect(Set(others.map { names[$0] }).count == others.count)
    }
}
