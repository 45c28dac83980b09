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
}
