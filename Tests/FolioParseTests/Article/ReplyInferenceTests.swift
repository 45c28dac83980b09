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

    // Openings from the comment development pages (shared/comments-dev).

    private func comments(_ entries: [(String?, [String])], date: [Int: String] = [:]) -> [FolioParse.Comment] {
        entries.enumerated().map { i, entry in
            FolioParse.Comment(index: i, author: entry.0, date: date[i], paragraphs: entry.1, range: i..<(i + 1), parent: nil)
        }
    }

    @Test func aReplyLabelWithAnOpeningPicksThatCommentOfItsAuthor() {
        // opensource.com, Drupal: "In reply to Thanks. I considered by Jason B".
        var thread = comments([
            ("Jason B", ["Thanks. I considered including XMPP in this list."]),
            ("Jason B", ["I just saw that yesterday. Very interesting."]),
            ("Seth Kenlon", ["Within the strict firewall at work, we use a private Jabber/XMPP chat."]),
        ])
        var evidence = ReplyInference.Evidence()
        evidence.cues = [nil, nil, .init(author: "Jason B", opening: "Thanks. I considered")]
        evidence.indents = [0, 0, 0]
        ReplyInference.link(&thread, evidence: evidence)
        #expect(thread[2].parent == 0)
        #expect(thread[2].replyEvidence == .replyLabel)
    }

    @Test func anAddressToAnEarlierCommenterRepliesToTheirLatestComment() {
        // spontis.de: "@Nossi: …"; tomshardware.com (XenForo): "michaelbrandi said:".
        var thread = comments([
            ("Nossi", ["Wie so oft, triffst du den berühmt berüchtigten Nagel Robert."]),
            ("michaelbrandi", ["As predicted by many reviewers and journalists, it seems mostly to be vaporware."]),
            ("Sylvia_Plath", ["@Nossi: “Junge Filmemacher als Beispiel, drehen die wohl schlechtesten Filme”"]),
            ("hotaru.hino", ["michaelbrandi said:", "I expect the same exact thing when AMD releases their card."]),
        ])
        ReplyInference.link(&thread)
        #expect(thread.map(\.parent) == [nil, nil, 0, 1])
        #expect(thread[2].replyEvidence == .addressesAuthor)
    }

    @Test func anAddressThatQuotesAnOlderCommentOfTheAuthorRepliesToThatOne() {
        // spontis.de: "Zitat Nossi:" then words of Nossi's first comment, not of the latest.
        var thread = comments([
            ("Nossi", ["Sylvia_Plath Beispiele: Schwierig. Musik ist so eine Geschmackssache, da kann man nicht viel sagen."]),
            ("Nossi", ["clandestine Vielen Dank für deine Worte."]),
            ("Yorick", ["Zitat Nossi:", "„Musik ist so eine Geschmackssache, da kann man“", "Stimmt."]),
        ])
        ReplyInference.link(&thread)
        #expect(thread[2].parent == 0)
    }

    @Test func aQuotedDateIdentifiesTheCommentAnswered() {
        // scilogs: "@ Herr Dietmar Hilsebein, Ihre Nachricht von “8. April 2019 @ 21:23” :"
        var thread = comments([
            ("Dietmar Hilsebein", ["weiter Akt: Der VDS lässt eine Umfrage durchführen."]),
            ("Dietmar Hilsebein", ["@webbear", "Das ist mir zu hoch."]),
            ("Dr. Webbaer", ["@ Herr Dietmar Hilsebein, Ihre Nachricht von “8. April 2019 @ 21:23” :"]),
        ], date: [0: "8. April 2019 @ 11:38", 1: "8. April 2019 @ 21:23"])
        ReplyInference.link(&thread)
        #expect(thread[2].parent == 1)
    }

    @Test func aBareHandleAtTheStartAddressesItsOwner() {
        // spontis.de: "clandestine Vielen Dank für deine …"
        var thread = comments([
            ("clandestine", ["traurig ist nur, wenn man viel zu spät merkt, was man hatte."]),
            ("Nossi", ["clandestine Vielen Dank für deine Worte."]),
        ])
        ReplyInference.link(&thread)
        #expect(thread[1].parent == 0)
    }

    @Test func aNameThatOpensASentenceAboutSomeoneElseIsNoAddress() {
        // hearya.com: a singer, not the commenter "fred".
        var thread = comments([
            ("fred", ["Where is Mike Patton?"]),
            ("Mike", ["Fred Durst and no Jacoby Shaddix??"]),
        ])
        ReplyInference.link(&thread)
        #expect(thread[1].parent == nil)
    }
}
