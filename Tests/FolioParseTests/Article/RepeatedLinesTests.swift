import Testing
@testable import FolioParse

/// Lines a corpus prints on many of its pages are its furniture, learned by counting them.
@Suite struct RepeatedLinesTests {
    private let promotion = "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"

    private func documents(_ paths: [String]) -> [SourceDocument] {
        Corpus(paths: paths).compactMap { try? $0.get() }
    }

    @Test func aLineOnManyPagesOfTheCorpusIsBoilerplate() {
        // FakeNewsCorpus's sample prints the same promotion in 130 of its rows.
        let rows = documents([Fixtures.newsSample])
        let repeated = RepeatedLines.learn(from: rows)
        let row = rows.first { String(decoding: $0.bytes, as: UTF8.self).contains(promotion) }!
        #expect(ArticleParser.parse(row).blocks.first { $0.text == promotion }?.kind == .paragraph)
        #expect(ArticleParser.parse(row, repeated: repeated).blocks.first { $0.text == promotion }?.kind == .boilerplate)
    }

    @Test func aLineOnTooFewPagesOrInMarksIsNotLearned() {
        func page(_ site: String, _ lines: String...) -> SourceDocument {
            SourceDocument(id: site, bytes: Array(lines.joined(separator: "\n\n").utf8), metadata: Metadata(site: site))
        }
        let pages = (0..<200).map { page("news.example", "Article \($0) of the week", "Share this story", "“We will fight on,” she said.") }
            + [page("news.example", "A line on two pages"), page("news.example", "A line on two pages")]
            + (0..<3).map { _ in page("other.example", "Subscribe to our newsletter") }
        let repeated = RepeatedLines.learn(from: pages)
        let lines = Set(repeated.entries.map(\.line))
        #expect(lines.contains("share this story"))
        #expect(!lines.contains { $0.contains("we will fight on") })
        #expect(!lines.contains("a line on two pages"))
        // Per site: three pages of a small site make its own furniture, not the big site's.
        #expect(repeated.entries.contains { $0 == ("other.example", "subscribe to our newsletter") })
        #expect(!repeated.entries.contains { $0 == ("news.example", "subscribe to our newsletter") })
    }

    @Test func theLinesSurviveBeingStoredAndReadBack() {
        let repeated = RepeatedLines.learn(from: documents([Fixtures.newsSample]))
        #expect(!repeated.isEmpty)
        #expect(RepeatedLines(entries: repeated.entries) == repeated)
    }
}
