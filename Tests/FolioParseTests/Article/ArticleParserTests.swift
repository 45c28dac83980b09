import Foundation
import Testing
@testable import FolioParse

/// The seeds against their hand-labelled structure (Fixtures/gold/seeds.json), article by article.
@Suite struct ArticleParserTests {
    struct Gold: Decodable {
        struct Entry: Decodable {
            var title: String
            var stories: [String]
            var boilerplate: [String]
            var captions: [String]
            var comments: [GoldComment]
        }
        struct GoldComment: Decodable {
            var author: String?
            var starts: String
            var paragraphs: Int
            var parent: Int?
        }
        var articles: [String: Entry]
    }

    static let gold: Gold = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: Fixtures.fixtures + "/gold/seeds.json"))
        return try! JSONDecoder().decode(Gold.self, from: data)
    }()

    static let names = gold.articles.keys.sorted()

    private func article(_ name: String) -> Article { Fixtures.article(Fixtures.seeds + "/" + name) }

    @Test(arguments: names)
    func titleMatchesTheGold(name: String) {
        #expect(TextFold.fold(article(name).title) == TextFold.fold(Self.gold.articles[name]!.title))
    }

    @Test(arguments: names)
    func storiesMatchTheGold(name: String) {
        #expect(article(name).stories.map(TextFold.fold) == Self.gold.articles[name]!.stories.map(TextFold.fold))
    }

    @Test(arguments: names)
    func everyGoldBoilerplateLineAndCaptionIsHidden(name: String) {
        let hidden = article(name).blocks.filter { $0.kind == .boilerplate || $0.kind == .caption }.map { TextFold.fold($0.text) }
        let entry = Self.gold.articles[name]!
        for line in entry.boilerplate {
            #expect(hidden.contains { $0.contains(TextFold.fold(line)) }, "boilerplate not found: \(line)")
        }
        for caption in entry.captions {
            let folded = TextFold.fold(caption)
            #expect(hidden.contains { $0.contains(folded) || (!$0.isEmpty && folded.contains($0)) }, "caption not found: \(caption)")
        }
    }

    @Test(arguments: names)
    func commentsMatchTheGoldInStartAuthorParagraphsAndParent(name: String) {
        let found = article(name).comments
        let expected = Self.gold.articles[name]!.comments
        #expect(found.count == expected.count)
        for (comment, gold) in zip(found, expected) {
            #expect(TextFold.fold(comment.text).hasPrefix(TextFold.fold(gold.starts)))
            #expect(comment.author == gold.author)
            #expect(comment.paragraphs.count == gold.paragraphs)
            #expect(comment.parent == gold.parent)
        }
    }

    @Test func blocksAreInReadingOrderAndTheirRangesHoldTheirText() {
        for name in Self.names {
            let article = article(name)
            var end = 0
            for block in article.blocks {
                #expect(block.range.lowerBound >= end)
                end = block.range.upperBound
                let source = String(decoding: article.text.utf8[block.range], as: UTF8.self)
                if block.kind != .caption { #expect(TextFold.fold(source).contains(TextFold.fold(block.text.prefix(20)))) }
            }
        }
    }
}
