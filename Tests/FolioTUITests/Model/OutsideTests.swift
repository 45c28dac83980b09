import Testing
@testable import FolioTUI

/// What leaves the reader: a citation on the clipboard, an address for the browser.
@Suite struct OutsideTests {
    @Test func yCopiesTheQuotationReadWithItsCitationAndCapitalYTheArticles() throws {
        let d = try Driver(width: 100, height: 12)
        d.press(.enter, .char("y"))
        #expect(d.statusLine.hasPrefix("] or [ chooses a quotation to copy"))
        d.press(.char("]"), .char("y"), .char("Y"))
        #expect(d.reader.copied == [
            "“Raqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments” — Igor Konashenkov, "
                + "in “Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth”, seeds, seeds/000_2051e7dbab259c59.txt",
            "“Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth”, seeds, seeds/000_2051e7dbab259c59.txt",
        ])
        #expect(d.statusLine.hasPrefix("copied the article's citation"))
    }

    @Test func oOpensTheArticlesWebAddressAndSaysWhenTheCorpusGivesNone() throws {
        let d = try Driver(paths: ["Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv"], width: 100, height: 12)
        d.press(.enter, .char("o"))
        #expect(d.reader.launched == ["http://awm.com/church-congregation-brings-gift-to-waitresses-working-on-christmas-eve-has-them-crying-video/"])
        #expect(d.statusLine.hasPrefix("opening http://awm.com/"))
        let seeds = try Driver(width: 100, height: 12)
        seeds.press(.enter, .char("o"))
        #expect(seeds.reader.launched.isEmpty)
        #expect(seeds.statusLine.hasPrefix("the corpus gives this article no web address"))
    }
}
