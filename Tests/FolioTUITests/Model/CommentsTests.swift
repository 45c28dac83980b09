import Foundation
import Testing
@testable import FolioTUI

/// The comment forest of 001, its eleven scraped comments with one inferred reply.
@Suite struct CommentsTests {
    private func openComments(height: Int = 24) throws -> Driver {
        let d = try Driver(height: height)
        d.press(.char("j"), .enter, .char("c"))
        return d
    }

    @Test func commentsShowAuthorsDepthGuidesReplyCountsAndInferredReplies() throws {
        let d = try openComments(height: 12)
        #expect(d.screen == """
             Comments on Russian Military Releases Photos Showing Destructions In Raqqa Cau…
            ▌• anonymous
            ▌│ I’m sure the zionists are delighted with their handy work, and they never
            ▌│ cared about the civilians that survived their genocidal bombing, no aid,or
            ▌│ help whatsoever. Warmongering zionist scumbags.

             • Real Anti-Racist Action
             │ This is a scratch compared to what these same Zionist forces did to Dresden
             │ and all the rest of the indigenous tribal peoples cities back in the 40’s.
             │ http://ihr.org/

            comment 1/11 · anonymous                                               11 in all
            """)
        d.press(.char("j"), .char("j"), .char("j"))
        #expect(d.lines.contains("▌│ • HighLord Gaz  · reply inferred"))
    }

    @Test func aQuotationInsideACommentIsColouredAsTheReaderColoursQuotations() throws {
        // seeds/001: a reply opens with “300 pupils who had been taken from school booths and taken to shoot”.
        let d = try openComments(height: 60)
        let row = try #require(d.lines.firstIndex { $0.contains("“300 pupils who had been taken") })
        let column = d.lines[row].distance(from: d.lines[row].startIndex, to: d.lines[row].range(of: "300 pupils")!.lowerBound)
        #expect([Style.quote, Style.faintQuote].contains(d.grid[row, column].style))
        // Words outside the marks are not.
        let other = try #require(d.lines.firstIndex { $0.contains("I can not say that I’m sorry") })
        #expect(d.grid[other, 5].style == .plain)
    }

    @Test func enterCollapsesASubtreeToNRepliesHiddenAndExpandsItAgain() throws {
        let d = try openComments()
        d.press(.char("j"), .char("j"), .enter)
        #expect(d.lines.contains("▌▸ anonymous  · 1 reply hidden"))
        #expect(!d.screen.contains("HighLord Gaz"))
        #expect(d.statusLine.hasPrefix("comment 3/10"))
        d.press(.enter)
        #expect(d.lines.contains("▌▾ anonymous  · 1 reply"))
        #expect(d.screen.contains("HighLord Gaz"))
    }

    @Test func spacePagesTheCommentsAsEverywhereElseAndHGoesBack() throws {
        let d = try openComments()
        let first = d.lines[1]
        d.press(.char(" "))
        #expect(d.lines[1] != first)
        #expect(!d.screen.contains("reply hidden"))
        d.press(.char("b"))
        #expect(d.lines[1] == first)
        // The line half a screen down comes to the top (the margin shows the selection, which moves).
        let halfway = d.lines[1 + d.session.bodyHeight / 2]
        d.press(.ctrl("d"))
        #expect(d.lines[1].dropFirst() == halfway.dropFirst())
        d.press(.ctrl("u"))
        #expect(d.lines[1] == first)
        d.press(.char("h"))
        #expect(!d.statusLine.hasPrefix("comment"))
    }

    @Test func nGoesOnFromTheTextIntoTheCommentsASearchFoundAndLightsTheHit() throws {
        // seeds/001: "Spielberg" is only in a reader's comment, in Cyrillic quotes.
        let d = try Driver(height: 16)
        d.press(.char("/"))
        d.type("Spielberg")
        d.press(.enter)
        #expect(d.lines[0] == " seeds/001_430eb77c9c807942.txt")
        #expect(d.statusLine.hasPrefix("the search found 1 comment here: n goes to it"))
        d.press(.char("n"))
        #expect(d.statusLine.hasPrefix("the search found 1 comment: q back"))
        let row = d.lines.firstIndex { $0.contains("Спилберг") || $0.contains("Spielberg") }
        #expect(row != nil)
        if let row {
            let line = d.lines[row]
            let word = line.range(of: "Spielberg") ?? line.range(of: "Спилберг")!
            #expect(d.grid[row, line.distance(from: line.startIndex, to: word.lowerBound)].style.tint == .match)
        }
        // The only article found: past its comment there is nothing more.
        d.press(.char("n"))
        #expect(d.statusLine.hasPrefix("no more matches"))
        #expect(d.lines[0].hasPrefix(" Comments on"))
        // Back in the article, n goes on past the comments, not into them again.
        d.press(.char("q"), .char("n"))
        #expect(d.statusLine.hasPrefix("no more matches"))
        #expect(d.lines[0] == " seeds/001_430eb77c9c807942.txt")
    }

    @Test func jAndKMoveByTheLineInsideACommentLongerThanTheScreen() throws {
        let d = try openComments(height: 6)
        let before = d.lines
        #expect(d.statusLine.hasPrefix("comment 1/"))
        d.press(.char("j"))
        #expect(d.statusLine.hasPrefix("comment 1/"))
        #expect(d.lines[1].dropFirst() == before[2].dropFirst())
        d.press(.char("k"))
        #expect(d.lines[1] == before[1])
        // Once its end shows, j goes on to the next comment.
        for _ in 0..<40 where d.statusLine.hasPrefix("comment 1/") { d.press(.char("j")) }
        #expect(d.statusLine.hasPrefix("comment 2/"))
    }

    @Test func aMoveWithNowhereToGoSaysSoAsTheQuoteKeysDo() throws {
        let d = try openComments()
        d.press(.char("u"))
        #expect(d.statusLine.hasPrefix("a top-level comment: it replies to no one"))
        d.press(.char("{"))
        #expect(d.statusLine.hasPrefix("no more threads above"))
        d.press(.char("G"), .char("}"))
        #expect(d.statusLine.hasPrefix("no more threads below"))
        d.press(.char("j"))
        #expect(d.statusLine.hasPrefix("comment "))
    }

    @Test func uGoesToTheParentAndBracesMoveBetweenTopLevelThreads() throws {
        let d = try openComments()
        d.press(.char("j"), .char("j"), .char("j"))
        #expect(d.statusLine.hasPrefix("comment 4/11 · HighLord Gaz"))
        d.press(.char("u"))
        #expect(d.statusLine.hasPrefix("comment 3/11 · anonymous"))
        d.press(.char("}"))
        #expect(d.statusLine.hasPrefix("comment 5/11"))
        d.press(.char("{"), .char("{"))
        #expect(d.statusLine.hasPrefix("comment 2/11 · Real Anti-Racist Action"))
        d.press(.char(")"), .char(")"))
        #expect(d.statusLine.hasPrefix("comment 5/11"))
        d.press(.char("("))
        #expect(d.statusLine.hasPrefix("comment 3/11"))
        d.press(.char("G"))
        #expect(d.statusLine.hasPrefix("comment 11/11"))
    }

    @Test func anArticleWithoutCommentsSaysSo() throws {
        let d = try Driver()
        d.press(.char("j"), .char("j"), .enter, .char("c"))
        #expect(d.statusLine.hasPrefix("no comments on this article"))
    }

    @Test func aDatedCommentShowsItsDateBesideItsAuthorAndNoneOfItReadsAsTheArticle() throws {
        // A WordPress page dumped one block a line (lines of positech.co.uk, shared/comments-dev).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-comments-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
            Is indie game dev even viable as a business in 2025?
            It gives me zero pleasure to point this out. Its awful.
            6 thoughts on Is indie game dev even viable as a business in 2025?
            Scott Fadick says:
            November 9, 2025 at 4:42 pm
            I’ve been converting one of my Android games to swift/iphone for ‘fun’.
            Manjit Bedi says:
            November 9, 2025 at 10:40 pm
            Yeah, not surprising really.
            """.write(toFile: folder + "/positech.txt", atomically: true, encoding: .utf8)
        let d = try Driver(paths: [folder], height: 12)
        d.press(.enter)
        #expect(!d.screen.contains("Yeah, not surprising"))
        d.press(.char("c"))
        #expect(d.lines.contains("▌• Scott Fadick  November 9, 2025 at 4:42 pm"))
        #expect(d.lines.contains(" • Manjit Bedi  November 9, 2025 at 10:40 pm"))
        #expect(d.statusLine.hasPrefix("comment 1/2 · Scott Fadick"))
    }
}
