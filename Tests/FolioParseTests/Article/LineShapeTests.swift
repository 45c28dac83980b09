import Testing
@testable import FolioParse

@Suite struct LineShapeTests {
    private func furniture(_ line: String) -> Bool {
        let key = TextFold.fold(line)
        return LineShape.isFurniture(key: key, shape: CommentLexicon.shape(key), words: TextScan.wordCount(line))
    }

    @Test(arguments: [
        "Notify of", "Newest Most Voted", "Inline Feedbacks", "View all comments",
        "Would love your thoughts, please comment.x", "Support SouthFront", "Click to see the full-size image",
        "Image caption", "Play VIDEO", "Subscribe to Canada Free Press for FREE", "Filed under: War on Yemen, Yemen |",
    ])
    func widgetLabelsAreFurniture(line: String) {
        #expect(furniture(line))
    }

    /// Development set: dev-fnc-39134 (a link, a site's name), dev-horne-random-real-170 (a playlist).
    @Test(arguments: ["http://www.wels.net/", "Trump under pressure to acknowledge Russian hacking 7:23", "McCain Weighs in on Expected Secretary of State Pick 0:36", "Before It's News ©"])
    func linksPlaylistEntriesAndMarkedSiteNamesAreFurniture(line: String) {
        #expect(furniture(line))
    }

    @Test(arguments: [
        "Support for Donald Trump, the group found, ran strong among these people",
        "The polls in Iowa close at 7:30.",
        "See http://www.wels.net/ for the synod's statement.",
        "Kragujevac massacre.",
    ])
    func sentencesThatStartLikeAWidgetAreNotFurniture(line: String) {
        #expect(!furniture(line))
    }

    @Test func aTitleAndANameAloneAreAPhotosCaptionButAHeadlineThatGoesOnIsNot() {
        // Development set, dev-fnc-23985, under a photo between two paragraphs.
        #expect(LineShape.isTitledName("German Foreign Minister Frank-Walter Steinmeier", words: 5))
        #expect(!LineShape.isTitledName("Foreign Minister Steinmeier Warns NATO Against Saber-Rattling", words: 7))
    }

    @Test func donationAmountsAreRecognised() {
        #expect(LineShape.isAmount("2,500 $"))
        #expect(LineShape.isAmount("0 $"))
        #expect(!LineShape.isAmount("2017"))
    }

    @Test func aLineOfOnlyADateIsADateline() {
        #expect(LineShape.isDateOnly(key: TextFold.fold("MARCH 2025")))
        #expect(LineShape.isDateOnly(key: TextFold.fold("March 26th, 2017")))
        #expect(!LineShape.isDateOnly(key: TextFold.fold("Jun 14, 2008 — Jim Bray")))
        #expect(!LineShape.isDateOnly(key: TextFold.fold("May the best man win")))
    }

    @Test(arguments: [
        "[Featured Image by Gabriel Chaim/AP Images]",
        "A mosque destroyed by bombardment by the U.S.-led coalition in the northern Syrian city of Raqqa. (Aamaq News Agency via AP)",
        "Alleged deployment of white phosphorus munitions in Raqqa, Syria. as reported by ISIS-linked Amaq news. (Photo: YouTube)",
        "U.S. backed Syrian rebels on their way to Raqqa, Syria, June 6, 2017. Photo: Rodi Said/Reuters)",
        "Featured Image via Getty Images/Drew Angerer",
        "Donald Trump speaks at a campaign rally in Manchester, N.H. (GERALD HERBERT/AP)",
        // FakeNewsCorpus rows 2033 and 2363: the credit in brackets at the start or in the middle.
        "(Screenshot: YouTube) Andrew, Luis and Kevin Palau give a health update, January 18, 2018.",
        "Expand | Collapse (Photo: Reuters/Peter Macdiarmid) Ampoules containing a medium for stem cells",
    ])
    func photoCreditsAreCaptions(line: String) {
        #expect(LineShape.isPhotoCredit(key: TextFold.fold(line)))
    }

    @Test func aParenthesisClosingALineIsNotACreditUnlessItNamesOne() {
        let line = "(Transcript of report follows below)"
        #expect(!LineShape.isPhotoCredit(key: TextFold.fold(line)))
    }

    @Test(arguments: [
        // horne2017 random/Real/138 and buzzfeed/Real/153: The Washington Post's links to related stories.
        "[Trump denies CIA report that Russia intervened to help him win election]",
        "[In a departure from negative TV ads, Clinton airs a spot featuring home videos of children.]",
        // FakeNewsCorpus sample: a site's name, a credit, an investor's disclosure, a serial's note.
        "(henrymakow.com)",
        "(Image Via: Museum of Criminal Anthropology)",
        "(at the time of writing, I hold a long position in this share)",
        "(To be continued)",
        // horne2017 buzzfeed/Real/127: a transcript's stage direction.
        "(APPLAUSE)",
    ])
    func aLineWhollyInBracketsIsAnAsideOfThePage(line: String) {
        #expect(LineShape.isBracketedAside(line, words: TextScan.wordCount(line)))
    }

    @Test(arguments: [
        // FakeNewsCorpus sample: a writer's own remark runs longer than any aside.
        "(Perhaps I’m just writing this so I can be remembered by history as one of the people who saw it coming.)",
        // horne2017 buzzfeed/Fake/26: a list's number in brackets opens an item of the article.
        "(4) Bill Clinton never used a condom",
        // A bracketed sentence that quotes someone may be reported speech.
        "(“We will not back down,” he said.)",
    ])
    func aLineInBracketsThatRunsLongQuotesOrOnlyOpensWithOneIsText(line: String) {
        #expect(!LineShape.isBracketedAside(line, words: TextScan.wordCount(line)))
    }

    @Test func aLowerCaseLineWithoutPunctuationLooksLikeAltText() {
        #expect(LineShape.isAltText("the united states destroys raqqa syria", words: 6))
        #expect(!LineShape.isAltText("Can't make this stuff up.", words: 5))
        #expect(!LineShape.isAltText("(ii) develop and operate space-weather-related research missions", words: 7))
    }

    @Test func headlinesStartWithACapitalAndDoNotEndLikeSentences() {
        let headline = "NZ General: US-Coalition Used White Phosphorus During Sieges Of Mosul, Raqqa"
        #expect(LineShape.isHeadline(headline, words: TextScan.wordCount(headline)))
        #expect(!LineShape.isHeadline("Kiselyov (Russia's Top Anchor):", words: 4))
        #expect(!LineShape.isHeadline("So cynical.", words: 2))
    }

    @Test(arguments: ["HighLord Gaz", "Real Anti-Racist Action", "Feudalism Victory"])
    func commenterNamesAreNameLines(line: String) {
        #expect(LineShape.isNameLine(line, words: TextScan.wordCount(line)))
    }

    @Test(arguments: ["where… when… evidence pls.", "Kragujevac massacre.", "the tactics of tyrants"])
    func shortSentencesAreNotNameLines(line: String) {
        #expect(!LineShape.isNameLine(line, words: TextScan.wordCount(line)))
    }

    @Test func aFigcaptionElementGivesItsTextAsACaption() {
        // 004
        let line = "<figcaption>America has 'Dresdened' Raqqa</figcaption>"
        let element = LineShape.htmlElement(line)
        #expect(element?.text == "America has 'Dresdened' Raqqa")
        #expect(element.map { String(decoding: Array(line.utf8)[$0.inner], as: UTF8.self) } == "America has 'Dresdened' Raqqa")
        #expect(element?.isCaption == true)
        // The tags opening and closing a line are all left out of what is shown.
        #expect(LineShape.htmlElement("<figure><img src=\"raqqa.jpg\"> <figcaption>Raqqa</figcaption></figure>")?.text == "Raqqa")
        #expect(LineShape.htmlElement("<img src=\"raqqa.jpg\">")?.text == "")
    }
}

/// Page furniture lines of the development set's sites (shared/gold/dev.json), one each.
@Suite struct WebFurnitureTests {
    /// A line the body classifier takes for furniture: by its shape, or as a site's paragraph.
    private func furniture(_ line: String) -> Bool {
        let key = TextFold.fold(line)
        return LineShape.isFurniture(key: key, shape: CommentLexicon.shape(key), words: TextScan.wordCount(line))
            || LineShape.isFurnitureParagraph(line)
    }

    @Test(arguments: [
        "The post NRA to Trump: ‘No guns for terrorists,’ but due process must be protected appeared first on Guns.com.",
        "Source: http://www.guns.com/2016/06/15/trump-to-meet-nra-who-says-no-guns-for-terrorists/",
        "Read more great articles here: http://americanthinker.com",
        "Play Trump under pressure to acknowledge Russian hacking Facebook Twitter Google Plus Embed",
        "Related: Obamacare Repeal Would Take Insurance from 30 Million People",
        "Please adhere to our commenting policy to avoid being banned",
        "Read more:",
    ])
    func feedFootersSourceLinksVideoPlayersAndTeasersAreFurniture(line: String) {
        #expect(furniture(line))
    }

    @Test(arguments: [
        "The post office in Raqqa was destroyed, and it appeared first on no list of targets.",
        "Sources say the meeting was planned for weeks.",
        "Related to the investigation, the FBI said it would not comment.",
    ])
    func sentencesThatStartTheSameWayAreNot(line: String) {
        #expect(!furniture(line))
    }
}
