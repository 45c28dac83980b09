import Testing
@testable import FolioParse

@Suite struct BodyClassifierTests {
    @Test func donationAmountsAndTheMonthHeaderAbove001sTitleAreBoilerplate() {
        let article = Fixtures.seedArticle("001")
        #expect(Array(article.blocks.prefix(6).map(\.kind)) == [.boilerplate, .boilerplate, .boilerplate, .boilerplate, .boilerplate, .title])
        #expect(article.title == "Russian Military Releases Photos Showing Destructions In Raqqa Caused By US-led Coalition")
    }

    @Test func amountsInsideTheArticleAreContentNotAWidget() {
        // A satirical menu with prices, from Horne & Adali's satire set.
        let article = Fixtures.article(Fixtures.horne + "/random/Satire/294.txt")
        #expect(article.kind(of: "$50,000") == .paragraph)
    }

    @Test func datesInATimelineAreContentNotADateline() {
        let article = Fixtures.article(Fixtures.horne + "/buzzfeed/Real/133_Real.txt")
        #expect(article.kind(of: "March 14, 2016") == .paragraph)
        #expect(article.kind(of: "Representative of New York") != .boilerplate)
    }

    @Test func aTitledNameBetweenTwoParagraphsIsAPhotosCaptionAndNotAfterAnOpenLine() {
        // FakeNewsCorpus sample, row 23985: Steinmeier's photo between two of his quotations.
        let article = Fixtures.newsSampleRow("23985")
        #expect(article.kind(of: "German Foreign Minister Frank-Walter Steinmeier") == .caption)
        let contact = Fixtures.parse("Contact–\n\nGerman Foreign Minister Frank-Walter Steinmeier\n\nAnyone who thinks so is mistaken.", title: "Contact")
        #expect(contact.kind(of: "German Foreign Minister Frank-Walter Steinmeier") != .caption)
    }

    @Test func aRelatedStoryLinkInBracketsIsFurnitureAndHidesNoQuotation() {
        // horne2017 buzzfeed/Real/121: the Post's link, its scare quote no one's quotation.
        let article = Fixtures.article(Fixtures.horne + "/buzzfeed/Real/121_Real.txt")
        let link = "[Amid voter ID fight and ‘misleading’ mailings, voting to begin in battleground Va.]"
        #expect(article.kind(of: link) == .boilerplate)
        #expect(!article.quotes.contains { $0.text == "misleading" })
    }

    @Test func aVideoPlayersTitleLineIsFurnitureAndTheLineAfterItIsTheVideosCaption() {
        // horne2017 random/Real/139: The Washington Post's player, its title run into its length.
        let article = Fixtures.article(Fixtures.horne + "/random/Real/139.txt")
        #expect(article.kind(of: "Trump transition team for Energy Department seeks names of employees involved in climate meetings  Play Video1:54") == .boilerplate)
        #expect(article.blocks.first { $0.text.hasPrefix("The Trump transition team has issued a list of 74 questions") }?.kind == .caption)
        // Real/138: a description that quotes someone is read as text, its quotation found.
        let quoting = Fixtures.article(Fixtures.horne + "/random/Real/138.txt")
        #expect(quoting.blocks.first { $0.text.hasPrefix("CIA officials told senators it is now") }?.kind == .paragraph)
        #expect(quoting.quotes.contains { $0.text == "quite clear" })
        #expect(LineShape.isVideoTitle(key: TextFold.fold("How Donald Trump won the South Carolina GOP primary, in 60 seconds  Play Video1:01")))
        #expect(!LineShape.isVideoTitle(key: TextFold.fold("Press play video 12:30 to watch the debate at 12:30")))
    }

    @Test func theHeadlinesListedAfterAReadMoreLabelAreFurnitureAndTheirQuotationsAreNotTheArticles() {
        // FakeNewsCorpus sample, row 25273: four teasers of other stories after "Read more:".
        let article = Fixtures.newsSampleRow("25273")
        #expect(article.kind(of: "The Prepper’s Blueprint: A Step-By-Step Guide To Prepare For Any Disaster") == .boilerplate)
        #expect(article.kind(of: "“Everything Else Is Almost Irrelevant”: Era Of Cheap Money Ending, Financial Hell Unleashed") == .boilerplate)
        #expect(!article.quotes.contains { $0.text.hasPrefix("Everything Else Is Almost Irrelevant") })
        // The first sentence after the list is the page's again.
        #expect(article.kind(of: "Smart money was largely not in the stock market to begin with.") == .paragraph)
        let sentence = Fixtures.parse("A paragraph of the article that ends here.\n\nRead more:\n\nThe Prepper’s Blueprint\n\nHold on to what you’ve got, and make sure you’ve hedged.", title: "Title")
        #expect(sentence.kind(of: "The Prepper’s Blueprint") == .boilerplate)
        #expect(sentence.kind(of: "Hold on to what you’ve got, and make sure you’ve hedged.") == .paragraph)
        // A line that is no headline ends the list; a label of another kind heads none.
        let quoted = Fixtures.parse("A paragraph of the article that ends here.\n\nRelated:\n\n“Nobody knows,” said Senator Rob Portman on Tuesday!\n\nWatch:\n\n“We are going to build that wall,” Trump told the crowd in Phoenix", title: "Title")
        #expect(quoted.kind(of: "“Nobody knows,” said Senator Rob Portman on Tuesday!") == .paragraph)
        #expect(quoted.kind(of: "“We are going to build that wall,” Trump told the crowd in Phoenix") == .paragraph)
        #expect(quoted.quotes.map(\.text) == ["Nobody knows,", "We are going to build that wall,"])
    }

    @Test func aVideosTitlePrintedOnBothSidesOfItsPlayButtonIsFurniture() {
        // horne2017 random/Real/1013: CBS's player, its title above and below "Play VIDEO".
        let article = Fixtures.article(Fixtures.horne + "/random/Real/1013.txt")
        #expect(article.blocks.filter { $0.text == "Can Congress put aside differences in the new year?" }.map(\.kind) == [.boilerplate, .boilerplate])
        // Two copies of a line with an article's sentence between them are the article's.
        let refrain = Fixtures.parse("Lock her up!\n\nThe crowd kept chanting for minutes on end.\n\nLock her up!", title: "Title")
        #expect(refrain.blocks(.boilerplate).isEmpty)
    }

    @Test func aSitesCommentPolicyIsFurnitureHoweverLong() {
        // FakeNewsCorpus sample, row 7895.
        let article = Fixtures.newsSampleRow("7895")
        #expect(article.blocks.first { $0.text.hasPrefix("Please adhere to our commenting policy to avoid being banned.") }?.kind == .boilerplate)
    }

    @Test func anAuthorsPhotoLeftAsItsFileNameAboveTheirNoteIsACaption() {
        // FakeNewsCorpus sample, row 11131.
        let article = Fixtures.newsSampleRow("11131")
        #expect(article.kind(of: "Jim-Kouri") == .caption)
        // A hyphenated word that the next paragraph does not open with is the article's.
        let other = Fixtures.parse("First paragraph of the article.\n\nAnti-Semitism\n\nJim Kouri, CPP, is founder and CEO of Kouri Associates.", title: "Title")
        #expect(other.kind(of: "Anti-Semitism") != .caption)
    }

    @Test func theTitlePrintedAgainUnderEachImageIsACaption() {
        let article = Fixtures.seedArticle("001")
        let repeats = article.blocks.filter { $0.text == article.title }.map(\.kind)
        #expect(repeats == [.title, .caption, .caption, .caption])
    }

    @Test func aLoneLowerCaseLineBetweenSentencesIsAltText() {
        #expect(Fixtures.seedArticle("002").kind(of: "the united states destroys raqqa syria") == .caption)
    }

    @Test func lowerCaseLinesOfAPoemAreNotAltText() {
        let article = Fixtures.newsSampleRow("5524")
        #expect(article.kind(of: "my chest cavity feels cavernous as an empty canyon on a") == .paragraph)
    }

    @Test func theCommentWidgetsLastLineIsBoilerplate() {
        #expect(Fixtures.seedArticle("001").blocks.last?.kind == .boilerplate)
    }

    @Test func figcaptionTagsAreStrippedFromTheCaption() {
        #expect(Fixtures.seedArticle("004").blocks(.caption) == ["America has 'Dresdened' Raqqa"])
    }

    @Test func aListingOfSeveralStoriesGivesTheirHeadlines() {
        let stories = Fixtures.seedArticle("003").stories
        #expect(stories.count == 7)
        #expect(stories.first == "UN: US-Coalition Forces Killed 300 Civilians Since Last Week")
        #expect(stories.last == "BREAKING: Syrian Arab Army makes big gains against US backed jihadists")
    }

    @Test func anArticleWithSubheadingsIsNotAListing() {
        // Numbered subheadings over long sections.
        #expect(Fixtures.article(Fixtures.horne + "/buzzfeed/Real/123_Real.txt").stories.isEmpty)
        #expect(Fixtures.seedArticle("000").stories.isEmpty)
    }

    @Test func aTitleFromTheSourceIsUsedAndTheSameFirstLineIsMarkedAsTheTitle() {
        let article = Fixtures.parse("Raqqa Off The Face Of The Earth\n\nThe Russian Defense Ministry said so.", title: "Raqqa Off The Face Of The Earth")
        #expect(article.title == "Raqqa Off The Face Of The Earth")
        #expect(article.blocks.first?.kind == .title)
    }

    @Test func aBodyWithoutATitleLineIsListedByItsFirstWords() {
        let body = "Sometimes the power of Christmas will make you do wild and wonderful things. You do not need to believe in the Holy Trinity to believe in the positive power of doing good for others."
        #expect(Fixtures.parse(body).title == "Sometimes the power of Christmas will make you do wild and wonderful…")
    }

    @Test func theSectionNamesAndTrailAboveAHeadlineAreThePagesNavigationNotItsTitle() {
        // dev-comments-03 (lopinion.fr): the site's home and section above the headline.
        let lopinion = Fixtures.parse("Accueil\nEconomie\nGlyphosate: radiographie d’une intoxication collective\nTranse\nGlyphosate: radiographie d’une intoxication collective\nEmmanuelle Ducros\n15 Mai 2019 à 06h00\nUn jugement ne fait pas une vérité scientifique. Les prétendus effets cancérogènes du glyphosate, utilisé depuis quarante ans, n’ont jamais été démontrés.")
        #expect(lopinion.title == "Glyphosate: radiographie d’une intoxication collective")
        #expect(lopinion.kind(of: "Accueil") == .boilerplate)
        #expect(lopinion.kind(of: "Economie") == .boilerplate)
        // dev-comments-07 (getrichslowly.org): a trail of sections.
        let trail = Fixtures.parse("Money Basics » Debt\nWe’re debt-free, now what? Our story of life after debt\nWritten by Marissa Lyda\nDoes life change after becoming debt-free? Yes! The freedom that you get from being debt-free is amazing.")
        #expect(trail.title == "We’re debt-free, now what? Our story of life after debt")
        // A word alone is the headline when what follows could be none: a sentence or a byline
        // (a reviewer's probes).
        #expect(Fixtures.parse("Brexit\n\nBritain voted on Thursday to leave the European Union, stunning markets and its own prime minister.").title == "Brexit")
        #expect(Fixtures.parse("Brexit\nBy John Smith\n\nBritain voted on Thursday to leave the European Union.").title == "Brexit")
        // A source's own title leaves the lines as they are.
        let titled = Fixtures.parse("Accueil\nGlyphosate: radiographie d’une intoxication collective\nUn jugement ne fait pas une vérité scientifique.", title: "Glyphosate")
        #expect(titled.kind(of: "Accueil") == .paragraph)
    }
}
