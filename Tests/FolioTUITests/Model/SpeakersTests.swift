import Foundation
import Testing
@testable import FolioTUI

/// Speakers across the corpus, and from a speaker's quote into the article.
@Suite struct SpeakersTests {
    @Test func speakersAreListedByHowOftenTheyAreQuoted() throws {
        let d = try Driver(height: 7)
        d.press(.char("S"))
        #expect(d.screen == """
             Speakers of seeds
             Igor Konashenkov                                       12 quotes in 3 articles
             Kiselyov                                                 7 quotes in 1 article
             Russian Ministry of Defense                               1 quote in 1 article
             U.N. Commission of Inquiry                                1 quote in 1 article

            4 speakers · Enter lists the quotes                                          1/4
            """)
    }

    /// A million articles name a hundred thousand speakers: the list reads a stretch around the
    /// screen, off the input loop, as the cursor moves.
    @Test func aLongSpeakersListIsReadAStretchAtATimeAsTheCursorMoves() throws {
        let d = try Driver(height: 3)
        var session = d.session
        guard case .loadSpeakers(let first)? = session.update(.key(.char("S"))).last else { Issue.record("S read nothing"); return }
        #expect(first == 0..<2)
        _ = session.update(.speakersLoaded(d.corpus.speakers(first)))
        #expect(Render.screen(session).text.split(separator: "\n")[1].hasPrefix(" Igor Konashenkov"))
        guard case .loadSpeakers(let next)? = session.update(.key(.char("G"))).last else { Issue.record("G read nothing"); return }
        #expect(next == 2..<4)
        _ = session.update(.speakersLoaded(d.corpus.speakers(next)))
        let screen = Render.screen(session).text.split(separator: "\n")
        #expect(screen[1].hasPrefix(" U.N. Commission of Inquiry"))
        #expect(screen[2].hasSuffix("4/4"))
    }

    @Test func enterListsASpeakersQuotesAndOpensTheArticleAtTheChosenOne() throws {
        let d = try Driver(height: 12)
        d.press(.char("S"), .enter)
        #expect(d.lines[0] == " Quotes of Igor Konashenkov")
        #expect(d.lines[1].hasPrefix(" “Raqqa has inherited the fate of Dresden in 1945"))
        #expect(d.lines[2] == "   in Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth")
        d.press(.char("G"), .enter)
        #expect(d.lines[0] == " seeds/004_e45dbf4fbac63ad8.txt")
        #expect(d.statusLine.hasPrefix("quote "))
        #expect(d.statusLine.contains("Igor Konashenkov"))
        d.press(.char("K"))
        #expect(d.statusLine.contains("Igor Konashenkov"))
    }

    @Test func aSpeakersListTheIndexCannotReadIsSaidInTheStatusLineAndTheLibraryStays() throws {
        let d = try Driver(height: 10)
        d.deliver(.speakersLoaded(.failure(ReadProblem(message: "cannot read the speakers: disk I/O error"))))
        #expect(d.statusLine.hasPrefix("cannot read the speakers: disk I/O error"))
        #expect(d.lines[0].hasPrefix(" title"))
    }
}
