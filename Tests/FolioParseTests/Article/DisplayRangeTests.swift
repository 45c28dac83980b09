import Testing
@testable import FolioParse

/// What each block shows is one set of characters, whoever shows it: the reader draws a block's
/// bytes (`range`), the outline, `--json` and the index its `text`.
@Suite struct DisplayRangeTests {
    @Test func everyBlockOfTheSeedsAndTheCorporaShowsTheSameCharactersByItsRangeAndByItsText() {
        var blocks = 0
        for case .success(let document) in Corpus(paths: [Fixtures.seeds, Fixtures.corpora]) {
            let article = ArticleParser.parse(document)
            let bytes = Array(article.text.utf8)
            for block in article.blocks {
                let shown = String(decoding: bytes[block.range], as: UTF8.self)
                #expect(TextFold.collapseSpace(shown) == TextFold.collapseSpace(block.text), "\(document.id): \(block.text.prefix(60))")
                blocks += 1
            }
        }
        #expect(blocks > 9_000)
    }

    @Test func theReaderShowsAFigcaptionsTextWithoutItsTags() {
        // 004: "<figcaption>America has 'Dresdened' Raqqa</figcaption>".
        let article = Fixtures.seedArticle("004")
        let caption = article.blocks.first { $0.text == "America has 'Dresdened' Raqqa" }
        #expect(caption?.kind == .caption)
        #expect(caption.map { String(decoding: Array(article.text.utf8)[$0.range], as: UTF8.self) } == "America has 'Dresdened' Raqqa")
    }
}
