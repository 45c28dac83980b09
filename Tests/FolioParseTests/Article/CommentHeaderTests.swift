import Testing
@testable import FolioParse

/// Headers from the comment development pages (shared/comments-dev), a few lines each.
@Suite struct CommentHeaderTests {
    private func header(_ lines: [String]) -> CommentHeader? {
        let text = lines.joined(separator: "\n")
        let segments = Segmenter.lines(of: Array(text.utf8), text: text)
        return CommentHeader.at(0, lines: segments.map(CommentLine.classify), segments: segments[...])
    }

    @Test func aNameLineOverADateLineIsAHeader() {
        // zeit.de
        #expect(header(["ThomasMelber", "#1 — vor 8 Stunden", "2"]) == CommentHeader(author: "ThomasMelber", date: "vor 8 Stunden", length: 2))
        // alistapart.com
        #expect(header(["Hans says:", "October 17, 2008 at 11:22 am"]) == CommentHeader(author: "Hans", date: "October 17, 2008 at 11:22 am", length: 2))
    }

    @Test func aReplyLabelBetweenTheNameAndTheDateBelongsToTheHeader() {
        // whitecoatinvestor.com, wpDiscuz
        #expect(header(["Chuck Patterson", "Reply to TMS", "6 months ago"])
            == CommentHeader(author: "Chuck Patterson", date: "6 months ago", length: 3, cue: .init(author: "TMS", opening: nil)))
    }

    @Test func aRoleBadgeOverANameIsAHeaderWhoseDateComesLater() {
        // spontis.de, wpDiscuz: "Gast", the name, the text, the votes, "1 Monat her".
        #expect(header(["Gast", "Bibi Blue", "Lieber Robert, danke für die Denkanstöße und die schönen Wünsche."])
            == CommentHeader(author: "Bibi Blue", date: nil, length: 2))
    }

    @Test func aSignatureUnderACommentIsNotAHeader() {
        // whitecoatinvestor.com: a comment signed by its author, then its vote count.
        #expect(header(["Stuart Matthews", "2", "Reply"]) == nil)
    }

    @Test func anAddressOverAQuotedDateIsNotAHeader() {
        // scilogs: a reply opens by naming the comment it answers, and that comment's time.
        #expect(header(["@ Dietmar Hilsebein", "8. April 2019 @ 11:38"]) == nil)
    }
}
