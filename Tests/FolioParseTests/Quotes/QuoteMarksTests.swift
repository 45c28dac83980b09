import Testing
@testable import FolioParse

/// One table of quotation marks, read by every part that needs to know what a mark is.
@Suite struct QuoteMarksTests {
    @Test func aParagraphWhoseOnlyMarkFollowsABracketIsReadForQuotations() {
        // PolNeAR train, wash-post: "served up red meat for global headline writers (''Francesco
        // Excommunicates Trump,'' declared La Stampa in Italy)". The prefilter once stated its own
        // rule for ' and skipped the paragraph; now it asks the scanner's.
        let article = Fixtures.parse("Headline writers\n\nthe Latin American pope not only served up red meat for global headline writers (''Francesco Excommunicates Trump,'' declared La Stampa in Italy).")
        #expect(article.quotes.map(\.text) == ["Francesco Excommunicates Trump,"])
    }

    @Test func everyMarkOfTheTableFoldsToAStraightOne() {
        for pair in QuoteMarks.pairs {
            for mark in [pair.open] + pair.closes {
                #expect(TextFold.fold(String(mark)) == (pair.isSingle ? "'" : "\""), "\(mark)")
            }
        }
    }

    @Test func aLineEndingInAnyClosingMarkEndsItsSentence() {
        for mark in QuoteMarks.closing.scalars { #expect(TextScan.closesSentence(mark), "\(mark)") }
        #expect(!TextScan.closesSentence("a"))
    }

    @Test func lowNineQuotationsOfGermanTextAreFound() {
        // A Verfassungsblog comment (shared comment pages, 02): "… warum die Dinge denn immer gleich
        // „grundlegend verkannt“ werden?"
        let bytes = Array("Warum müssen die Dinge denn immer gleich „grundlegend verkannt“ werden?".utf8)
        let spans = QuoteScanner.spans(in: bytes, bytes.indices).map { String(decoding: bytes[$0.inner], as: UTF8.self) }
        #expect(spans == ["grundlegend verkannt"])
    }
}
