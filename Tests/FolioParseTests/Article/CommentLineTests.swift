import Testing
@testable import FolioParse

/// Lines from the comment development pages (shared/comments-dev), one each.
@Suite struct CommentLineTests {
    private func line(_ text: String) -> CommentLine {
        CommentLine.classify(Segmenter.lines(of: Array(text.utf8), text: text)[0])
    }

    @Test(arguments: [
        ("Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten", "Josef Franz Lindner", "Do 9 Apr 2020 / 08:34"),
        ("Robin Muilwijk | September 24, 2015", "Robin Muilwijk", "September 24, 2015"),
        ("nostrocrompt 17 September 2020 14:17", "nostrocrompt", "17 September 2020 14:17"),
        ("<span>Donald Elam</span> Wed, 12/03/2025 - 02:42", "Donald Elam", "Wed, 12/03/2025 - 02:42"),
        ("1. Rachel says 28 January 2018 at 08:48", "Rachel", "28 January 2018 at 08:48"),
        ("* Marissa Lyda says 28 January 2018 at 20:55", "Marissa Lyda", "28 January 2018 at 20:55"),
        ("Par Yves Leclercq 214, le samedi 18 mai 2019 à 19h38", "Yves Leclercq 214", "samedi 18 mai 2019 à 19h38"),
        ("AnonymousJuly 15, 2009 at 11:18 PM", "Anonymous", "July 15, 2009 at 11:18 PM"),
    ])
    func anAuthorLineGivesTheNameWithoutItsMarkersAndTheDate(text: String, author: String, date: String) {
        #expect(line(text) == .dated(author: author, date: date))
    }

    @Test func aDateLineAloneHasNoAuthor() {
        #expect(line("#1.1 — vor 8 Stunden") == .dated(author: nil, date: "vor 8 Stunden"))
    }

    @Test func aDatedSentenceIsText() {
        // sprechwaisen.de's byline: what follows the date is not a label.
        #expect(line("Posted on 21. Juli 2019 by Realiberry") == .text)
    }

    @Test func aNameWithAWordOfSayingIsAnAuthorLine() {
        #expect(line("Hans says:") == .says(author: "Hans"))
    }

    @Test func aForumQuotesHeaderIsTheCommentsText() {
        // XenForo: the reply quotes "michaelbrandi"; the thread's reply inference reads it.
        #expect(line("michaelbrandi said:") == .text)
    }

    @Test func replyLabelsNameTheCommentAnswered() {
        #expect(line("Reply to Brad P") == .cue(.init(author: "Brad P", opening: nil)))
        #expect(line("Antwort auf #2 von Rechtssozialdemokrat") == .cue(.init(author: "Rechtssozialdemokrat", opening: "#2")))
        #expect(line("In reply to I'd like to recommend to stop by Hx (not verified)")
            == .cue(.init(author: "Hx", opening: "I'd like to recommend to stop")))
    }

    @Test(arguments: ["Reply", "Antworten", "Melden", "0", "47", "ReplyDelete", "Reply to comment", "No readers like this yet.",
                      "Daumen hoch6Daumen runter", "+ 7 weitere Antworten anzeigen", "×"])
    func linksAndCountersPrintedWithEachCommentAreActions(text: String) {
        #expect(line(text) == .action)
    }

    @Test(arguments: ["33 Comments", "6 thoughts on Is indie game dev even viable as a business in 2025?",
                      "{ 38 comments… read them below or add one }", "6 commentaires", "Kommentare", "10 comments:",
                      "3 Responses to SW082 – 82 Gründe zum weiter hören", "Comments (32)", "54 Kommentare"])
    func sectionHeadersInThreeLanguagesOpenTheSection(text: String) {
        #expect(line(text) == .opener)
    }

    @Test(arguments: ["Recent Comments", "Comments are currently closed.", "Older comments", "Kommentarseiten"])
    func formsPagingAndSidebarsCloseTheComments(text: String) {
        #expect(line(text) == .closer)
    }

    @Test func aRoleBadgeIsNotAName() {
        #expect(line("Gast") == .badge)
    }
}
