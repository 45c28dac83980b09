import Testing
@testable import FolioParse

/// Any bytes at all give an article whose parts lie inside its text, in order.
@Suite struct ParseTotalityTests {
    private func checkInvariants(_ article: Article) {
        #expect(ArticleInvariants.violations(article) == [])
    }

    @Test func randomBytesAlwaysGiveAnArticle() {
        var random = SeededGenerator(seed: 2017)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<3000, using: &random)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            checkInvariants(ArticleParser.parse(bytes: bytes, source: "random"))
        }
    }

    /// Pieces that steer the parser: line ends of every kind, quote marks, list markers, widget
    /// labels, name lines, a NUL, invalid and surrogate UTF-8.
    static let splices: [[UInt8]] = [
        [0x0D], [0x0A, 0x0A, 0x0A], [0x00], [0xFF], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0xA8],
        Array("“".utf8), Array("\"".utf8), Array("\n  1. ".utf8), Array("\n\nNotify of\n\n".utf8),
        Array("\n\nHighLord Gaz\n\n".utf8), Array("<figcaption>".utf8), Array("\u{00A0}".utf8),
    ]

    @Test func mutatedSeedsAlwaysGiveAnArticle() {
        var random = SeededGenerator(seed: 45)
        for number in ["000", "001", "002", "003", "004"] {
            let original = Fixtures.bytes(Fixtures.seed(number))
            for _ in 0..<60 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    let at = Int.random(in: 0...bytes.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: bytes.insert(contentsOf: Self.splices.randomElement(using: &random)!, at: at)
                    case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
                    default: bytes = Array(bytes[..<at])
                    }
                }
                checkInvariants(ArticleParser.parse(bytes: bytes, source: number))
            }
        }
    }

    @Test func aParagraphOpeningOnACommaBeforeAVerbOfSayingParses() {
        // Found by `make fuzz` (Tests/Fuzz/found-article/comma-before-verb): the comma before the
        // verb closed an apposition that would have started after it, a range running backwards.
        let bytes: [UInt8] = [0x6D, 0x0A, 0x2C, 0x61, 0x64, 0x64, 0x93, 0x74]
        checkInvariants(ArticleParser.parse(bytes: bytes, source: "comma-before-verb"))
    }

    @Test func aWordNamingNoOneRightAfterAQuotationBeforeANameBetweenCommasParses() {
        // Found by `make fuzz`, minimised (Tests/Fuzz/found-article/word-before-name-between-commas):
        // the words describing the name between the commas were read back past the first word.
        let article = Fixtures.parse("\"We will win,\" staff, John Smith, said.", title: "Quotations")
        checkInvariants(article)
        #expect(article.quotes.count == 1)
    }

    @Test func aCommaRightBeforeTheColonOfAQuotationParses() {
        // Found by `randomBytesAlwaysGiveAnArticle`: a verb that may stand before its subject has
        // no words between the comma after it and the colon, and its subject ran backwards.
        for text in ["Then, said,: “We will win.”", "Then,: “We will win.”", "Said, who,: “We will win.”"] {
            let article = Fixtures.parse(text, title: "Quotations")
            checkInvariants(article)
            #expect(article.quotes.count == 1)
        }
    }

    @Test func aSentenceOfQuotationsEachAfterAParticipleParses() {
        // Found by a second reader: a participle after a quotation took the attribution of the
        // quotation before it, which read the one before that, each more than once; thirty such
        // quotations in a sentence would have taken hours.
        let sentence = "Smith spoke. “x0”" + (1..<200).map { ", noting “x\($0)”" }.joined() + "."
        let article = Fixtures.parse(sentence, title: "Quotations")
        checkInvariants(article)
        #expect(article.quotes.count == 200)
    }

    @Test func anArticleOfFirstNamesNeverGivenASurnameEachBeforeHeSaidParses() {
        // Whether a first name is someone's was read from the whole text for each "he said": this
        // took 145 s in a debug build, 5 s read near each.
        let pair = "Mark went home early that day after the long meeting ended.\n\n“We will win this time, and we will win big,” he said.\n\n"
        let article = Fixtures.parse(String(repeating: pair, count: 8_000), title: "Mark")
        checkInvariants(article)
        #expect(article.quotes.count == 8_000)
    }

    @Test func emptyAndBlankTextsGiveAnEmptyArticle() {
        for text in ["", "\n\n\n", " \u{00A0} \r\n"] {
            let article = Fixtures.parse(text)
            #expect(article.blocks.isEmpty && article.comments.isEmpty && article.title.isEmpty)
        }
    }

    @Test func aTenMegabyteLineAndAQuarterMillionShortLinesParse() {
        // Would not finish in a test run if any pass were quadratic.
        let sentence = Array("Raqqa has inherited the fate of Dresden in 1945, “wiped off the face of the earth”. ".utf8)
        let line = Array(sentence.repeated(10_000_000 / sentence.count))
        let long = ArticleParser.parse(bytes: line, source: "long-line")
        #expect(long.blocks.count == 1)
        let many = Array(Array("HighLord Gaz\n\nNotify of\n\n  1. No.\n".utf8).repeated(50_000))
        checkInvariants(ArticleParser.parse(bytes: many, source: "many-lines"))
    }
}

extension Array {
    func repeated(_ times: Int) -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(count * times)
        for _ in 0..<times { out.append(contentsOf: self) }
        return out
    }
}
