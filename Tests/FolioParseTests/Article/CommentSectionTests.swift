import Testing
@testable import FolioParse

@Suite struct CommentSectionTests {
    @Test func anIndentedNumberedListAfterTheArticleIsItsComments() {
        let comments = Fixtures.seedArticle("000").comments
        #expect(comments.count == 3)
        #expect(comments.allSatisfy { $0.author == nil })
        #expect(comments[0].paragraphs.count == 2)
        #expect(comments[0].paragraphs[0] == "No, considering the area involved this was on a larger much scale than Dresden.")
        #expect(comments[2].text == "Nazis got Nuremberg but their handlers – still at large deserve Sanaa, a courthouse of the real victims of the Anglo criminals and their allies")
    }

    @Test func aNumberedListInsideTheArticleIsNotComments() {
        #expect(Fixtures.article(Fixtures.horne + "/buzzfeed/Real/123_Real.txt").comments.isEmpty)
    }

    @Test func aDocumentIndentedThroughoutIsNotAPageWithComments() {
        #expect(Fixtures.article(Fixtures.corpora + "/FakeNewsCorpus/LICENSE").comments.isEmpty)
    }

    @Test func aWidgetDumpIsSplitByNameLinesAndDoubleBlankLines() {
        let comments = Fixtures.seedArticle("001").comments
        #expect(comments.map(\.author) == [nil, "Real Anti-Racist Action", nil, nil, "HighLord Gaz", "HighLord Gaz", nil, nil, nil, "Feudalism Victory", "HighLord Gaz"])
        #expect(comments.map(\.paragraphs.count) == [1, 1, 1, 2, 2, 3, 1, 1, 1, 1, 2])
    }

    @Test func aCommentWithoutANameHasNoAuthorRatherThanItsFirstWords() {
        let first = Fixtures.seedArticle("001").comments[0]
        #expect(first.author == nil)
        #expect(first.text.hasPrefix("I’m sure the zionists are delighted"))
    }

    @Test func widgetLabelsAreBoilerplateAndNotComments() {
        let article = Fixtures.seedArticle("001")
        #expect(!article.comments.contains { $0.text.contains("Notify of") || $0.text.contains("please comment") })
        #expect(article.blocks(.boilerplate).contains("View all comments"))
    }

    @Test func aCommentsRangeCoversItsNameLineAndItsParagraphs() {
        let article = Fixtures.seedArticle("001")
        let comment = article.comments[1]
        let text = String(decoding: article.text.utf8[comment.range], as: UTF8.self)
        #expect(text.hasPrefix("Real Anti-Racist Action"))
        #expect(text.hasSuffix("http://ihr.org/"))
    }

    // Pages dumped one block a line, built from single lines of the comment development pages
    // (shared/comments-dev).

    private func page(_ lines: [String]) -> Article { Fixtures.parse(lines.joined(separator: "\n")) }

    @Test func commentsUnderASectionHeaderAreOpenedByTheirHeadersWithAuthorsAndDates() {
        // positech.co.uk, WordPress: "N thoughts on <title>", "Name says:", a date line, the text.
        let article = page([
            "Is indie game dev even viable as a business in 2025?",
            "It gives me zero pleasure to point this out. Its awful. Why do lawyers and accountants earn a fortune for doing boring work?",
            "6 thoughts on Is indie game dev even viable as a business in 2025?",
            "Scott Fadick says:",
            "November 9, 2025 at 4:42 pm",
            "I’ve been converting one of my Android games (that never went anywhere) to swift/iphone for ‘fun’.",
            "Manjit Bedi says:",
            "November 9, 2025 at 10:40 pm",
            "Yeah, not surprising really.",
            "Comments are currently closed.",
        ])
        #expect(article.comments.map(\.author) == ["Scott Fadick", "Manjit Bedi"])
        #expect(article.comments.map(\.date) == ["November 9, 2025 at 4:42 pm", "November 9, 2025 at 10:40 pm"])
        #expect(article.comments[1].paragraphs == ["Yeah, not surprising really."])
        #expect(article.bodyBlocks.map(\.text) == ["It gives me zero pleasure to point this out. Its awful. Why do lawyers and accountants earn a fortune for doing boring work?"])
        #expect(article.blocks(.boilerplate).contains("Comments are currently closed."))
    }

    @Test func aCommentCountAtTheTopOfTheArticleDoesNotStartTheComments() {
        // whitecoatinvestor.com prints the count beside the date under the headline.
        let article = page([
            "Retirement Calculators: A Review",
            "August 19, 2025 | 33 Comments",
            "By Dr. Charles Patterson, WCI Columnist",
            "Empower: A fascinating mix of banking, investing, planning, journalism, apping, and paid wealth management services, Empower's services range in price.",
            "Investor.gov: This is not a comprehensive retirement calculator. But for any investor looking to row their own boat, this site is a treasure trove.",
            "Readers will notice immediately that this scoring system is subjective and weighted according to those factors that I prioritize highest.",
        ])
        #expect(article.comments.isEmpty)
        #expect(article.bodyBlocks.filter { $0.kind == .paragraph && $0.text.hasSuffix(".") }.count == 3)
    }

    @Test func aCommentPolicyAfterTheFormBelongsToNoComment() {
        // verfassungsblog.de: name and date on one line; the form and its rules after the last comment.
        let article = page([
            "Expert*innen in der Krise",
            "Das führt zum dritten Punkt. Wissenschaftler*innen sind von Selbstgewissheit manchmal nicht ganz frei.",
            "5 Comments",
            "Gentman, Do 9 Apr 2020 / 18:18 Antworten",
            "Das Fehlen von Kommentaren kann vieles bedeuten – hier ist es wohl Folge der ganz außergewöhnlichen Qualität des Beitrags.",
            "WRITE A COMMENT",
            "3. Racist, sexist and otherwise discriminatory comments will be deleted.",
        ])
        #expect(article.comments.count == 1)
        #expect(article.comments[0].author == "Gentman")
        #expect(article.comments[0].paragraphs.count == 1)
        #expect(article.blocks(.boilerplate).contains("3. Racist, sexist and otherwise discriminatory comments will be deleted."))
    }

    @Test func aBadgedCommentTakesItsTextAndItsDateFromBelowAndItsLabelsAreBoilerplate() {
        // spontis.de, wpDiscuz: "Gast", the name, the text, the votes and links, the date.
        let article = page([
            "Die Unendlichkeit der Gegenwart",
            "Lieber Robert, ein Artikel über die Szene von heute, geschrieben für alle, die noch dabei sind und die es nicht mehr sind.",
            "Hinterlasse einen Kommentar",
            "Gast",
            "Bibi Blue",
            "Lieber Robert, danke für die Denkanstöße und die schönen Wünsche.",
            "Daumen hoch6Daumen runter",
            "Translate",
            "1 Monat her",
            "Gast",
            "clandestine",
            "ich kann eure gedanken gut nachempfinden.",
        ])
        #expect(article.comments.map(\.author) == ["Bibi Blue", "clandestine"])
        #expect(article.comments[0].date == "1 Monat her")
        #expect(article.comments[1].paragraphs == ["ich kann eure gedanken gut nachempfinden."])
        #expect(article.blocks(.boilerplate).contains("Daumen hoch6Daumen runter"))
    }

    @Test func anIndentedCommentUnderANumberedOneIsItsReply() {
        // getrichslowly.com, WordPress dumped with list numbers and indentation.
        let article = page([
            "We’re debt-free, now what? Our story of life after debt",
            "There are 16 comments to \"We’re debt-free, now what? Our story of life after debt\".",
            "4. WantNotToWantNot says 28 January 2018 at 14:40",
            "   Then you are truly free.",
            "   Reply",
            "   * Marissa Lyda says 28 January 2018 at 20:55",
            "      Thank you so much! And I love your advice. Looking forward to continuing our journey or saving.",
            "      Reply",
            "5. Dr murali says 28 January 2018 at 17:46",
            "   Congratulations on your debt free status.",
        ])
        #expect(article.comments.map(\.author) == ["WantNotToWantNot", "Marissa Lyda", "Dr murali"])
        #expect(article.comments.map(\.parent) == [nil, 0, nil])
        #expect(article.comments[1].replyEvidence == .indented)
    }
}
