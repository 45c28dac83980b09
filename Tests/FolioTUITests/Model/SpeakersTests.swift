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
             Kiselyov                                                7 quotes in 1 article
             Russian Ministry of Defense                             1 quote  in 1 article
             U.N. Commission of Inquiry                              1 quote  in 1 article

            4 speakers · most quoted first · Enter lists the quotes                      1/4
            """)
    }

    /// A million articles name a hundred thousand speakers: the list reads a stretch around the
    /// screen, off the input loop, as the cursor moves.
    @Test func aLongSpeakersListIsReadAStretchAtATimeAsTheCursorMoves() throws {
        let d = try Driver(height: 3)
        var session = d.session
        guard case .loadSpeakers(let first)? = session.update(.key(.char("S"))).last else { Issue.record("S read nothing"); return }
        #expect(first.range == 0..<2)
        _ = session.update(.speakersLoaded(first, d.corpus.speakers(first)))
        #expect(Render.screen(session).text.split(separator: "\n")[1].hasPrefix(" Igor Konashenkov"))
        guard case .loadSpeakers(let next)? = session.update(.key(.char("G"))).last else { Issue.record("G read nothing"); return }
        #expect(next.range == 2..<4)
        _ = session.update(.speakersLoaded(next, d.corpus.speakers(next)))
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

    @Test func slashFiltersTheSpeakersAsTheNameIsTypedAndSSortsThemByName() throws {
        let d = try Driver(height: 12)
        d.press(.char("S"), .char("/"))
        d.type("kona")
        #expect(d.lines[1].hasPrefix(" Igor Konashenkov"))
        #expect(d.statusLine.contains("kona"))
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("1 speaker matching “kona” · most quoted first"))
        // Each word typed starts a word of the name, accents and case aside.
        d.press(.char("/"), .ctrl("u"))
        d.type("U.N. com")
        d.press(.enter)
        #expect(d.lines[1].hasPrefix(" U.N. Commission of Inquiry"))
        // SQL's wildcards typed are what the index makes of them, word breaks: "kon_" is "kon",
        // and "k%a" asks for a word starting with "a" too.
        for (typed, found) in [("kon_", "1 speaker matching"), ("k%a", "0 speakers matching")] {
            d.press(.char("/"), .ctrl("u"))
            d.type(typed)
            d.press(.enter)
            #expect(d.statusLine.hasPrefix(found))
        }
        d.press(.char("/"), .escape)
        let all = d.lines.filter { !$0.isEmpty }.count
        // A filter kept with Enter is dropped by Esc before Esc goes back.
        d.press(.char("/"))
        d.type("kona")
        d.press(.enter, .escape)
        #expect(d.statusLine.hasPrefix("all speakers; Esc again goes back"))
        #expect(d.lines[0].hasPrefix(" Speakers of"))
        d.press(.char("g"))
        #expect(d.statusLine.contains("speakers · most quoted first"))
        d.press(.char("s"))
        #expect(d.statusLine.contains("· by name ·"))
        let names = d.lines.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(names.map { $0.lowercased() } == names.map { $0.lowercased() }.sorted())
        #expect(all > 2)
    }

    @Test func keysTypedWhileTheSpeakersAreReadAreTheSpeakersLists() throws {
        // The terminal program reads the list off the input loop: `/` may come before it does.
        let d = try Driver(height: 12)
        var session = d.session
        guard case .loadSpeakers(let first)? = session.update(.key(.char("S"))).last else { Issue.record("S read nothing"); return }
        _ = session.update(.key(.char("/")))
        #expect(session.prompt?.scope == .speakers)
        _ = session.update(.speakersLoaded(first, d.corpus.speakers(first)))
        #expect(Render.screen(session).text.split(separator: "\n")[0].hasPrefix(" Speakers of"))
    }

    @Test func aSpeakersListTheIndexCannotReadIsSaidInTheStatusLineAndTheLibraryStays() throws {
        let d = try Driver(height: 10)
        d.deliver(.speakersLoaded(SpeakersRequest(range: 0..<10), .failure(ReadProblem(message: "cannot read the speakers: disk I/O error"))))
        #expect(d.statusLine.hasPrefix("cannot read the speakers: disk I/O error"))
        #expect(d.lines[0].hasPrefix(" title"))
    }
}
