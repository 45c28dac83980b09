import Testing
@testable import FolioParse

@Suite struct ReplyInferenceTests {
    @Test func aCommentOpeningWithWordsOfAnEarlierCommentRepliesToIt() {
        let comments = Fixtures.seedArticle("001").comments
        #expect(comments[5].parent == 2)
        #expect(comments[5].replyEvidence == .quotesParent)
        #expect(comments.filter { $0.parent != nil }.count == 1)
    }

    @Test func aQuotationFoundInNoEarlierCommentLinksNothing() {
        var comments = [
            Comment(index: 0, author: nil, paragraphs: ["Destroying these cities is one of the goals in the plan"], range: 0..<1, parent: nil),
            Comment(index: 1, author: nil, paragraphs: ["“300 pupils who had been taken from school booths and taken to shoot”", "where… when… evidence pls."], range: 1..<2, parent: nil),
        ]
        ReplyInference.link(&comments)
        #expect(comments[1].parent == nil)
    }

    @Test func aQuotationOfFewerThanFourWordsIsTooCommonToLink() {
        var comments = [
            Comment(index: 0, author: nil, paragraphs: ["with its newly cucked “Emperor”"], range: 0..<1, parent: nil),
            Comment(index: 1, author: nil, paragraphs: ["“newly cucked” indeed"], range: 1..<2, parent: nil),
        ]
        ReplyInference.link(&comments)
        #expect(comments[1].parent == nil)
    }
}
