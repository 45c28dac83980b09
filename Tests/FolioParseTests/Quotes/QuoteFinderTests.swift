import Foundation
import Testing
@testable import FolioParse

/// The quotations of whole seeds: transcripts, clips, one speaker across articles, and the score
/// against the hand-labelled gold that `parse-eval` computes.
@Suite struct QuoteFinderTests {
    @Test func aSpeakerLineMakesTheParagraphsAfterItThatPersonsBlockQuotes() {
        // 004: "Kiselyov (Russia's Top Anchor):" then his words without marks.
        let article = Fixtures.seedArticle("004")
        let blocks = article.quotes.filter { $0.kind == .block }
        #expect(blocks.count == 7)
        #expect(blocks.allSatisfy { $0.speaker == "Kiselyov" && $0.sieve == .speakerLine })
        #expect(blocks.first?.text.hasPrefix("Two weeks ago, we said") == true)
        #expect(article.blocks.filter { $0.kind == .blockquote }.count == 7)
    }

    @Test func aSpeakerLineBeforeAQuotationInMarksMakesItAClipOfThatSpeaker() {
        // 004: "Igor Konashenkov, the Defense Ministry spokesman:" then his words in marks.
        let quote = Fixtures.seedArticle("004").quotes.first { $0.text.hasPrefix("Only for the reasons") && $0.sieve == .speakerLine }
        #expect(quote?.speaker == "Igor Konashenkov")
    }

    @Test func aQuotationHardWrappedAcrossLinesReadsAsOneLineAtItsOwnBytes() {
        // 000's sentence as a fixed-width scrape breaks it: the second line goes on in lower case.
        let text = "Russian Defense Ministry spokesman Major General Igor Konashenko said “Raqqa has inherited the\n    fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments”"
        let quotes = Fixtures.parse(text, title: "Raqqa").quotes
        #expect(quotes.map(\.text) == ["Raqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments"])
        #expect(quotes.first?.speaker == "Igor Konashenko")
        let bytes = Array(text.utf8)
        #expect(quotes.first.map { String(decoding: bytes[$0.range], as: UTF8.self) }?.hasSuffix("the\n    fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments") == true)
    }

    @Test func theSameSpeakerIsOneSpeakerAcrossArticles() {
        for seed in ["000", "002", "004"] {
            #expect(Fixtures.seedArticle(seed).quotes.contains { $0.speaker == "Igor Konashenkov" }, "seed \(seed)")
        }
    }

    @Test func theSeedsScoreAtLeastTheFloorOnQuotesAndSpeakers() throws {
        struct Gold: Decodable {
            struct Entry: Decodable { var quotes: [GoldQuote] }
            struct GoldQuote: Decodable { var text: String; var kind: String; var speaker: String? }
            var articles: [String: Entry]
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.fixtures + "/gold/seeds.json"))
        let gold = try JSONDecoder().decode(Gold.self, from: data)
        var expected = 0, found = 0, matched = 0, rightSpeaker = 0, given = 0, wrong = 0
        // Excerpts (a page quoting another page at length) are not quotations of speech, and scare
        // quotes have no speaker; parse-eval leaves both out of these figures.
        let scored = gold.articles.mapValues { $0.quotes.filter { $0.kind != "excerpt" && $0.kind != "scare" } }
        for (name, goldQuotes) in scored {
            // As parse-eval scores them: quotations of the article, not of its reader comments.
            let quotes = Fixtures.article(Fixtures.seeds + "/" + name).quotes.filter { !$0.inComment }
            expected += goldQuotes.count
            found += quotes.filter { $0.kind != .scare }.count
            for quote in quotes where quote.speaker != nil {
                given += 1
                let match = goldQuotes.first { normal($0.text) == normal(quote.text) }
                if match?.speaker.map({ SpeakerNames.sameSpeaker($0, quote.speaker!) }) != true { wrong += 1 }
            }
            for g in goldQuotes {
                guard let quote = quotes.first(where: { normal($0.text) == normal(g.text) }) else { continue }
                matched += 1
                if let speaker = g.speaker, let given = quote.speaker, SpeakerNames.sameSpeaker(speaker, given) { rightSpeaker += 1 }
            }
        }
        let withSpeaker = scored.values.joined().filter { $0.speaker != nil }.count
        let f1 = 2.0 * Double(matched) / Double(expected + found)
        #expect(f1 >= 0.95, "quote F1 \(f1)")
        #expect(Double(rightSpeaker) / Double(withSpeaker) >= 0.95, "speakers \(rightSpeaker)/\(withSpeaker)")
        #expect(wrong == 0, "\(wrong) of \(given) quotes given a wrong speaker")
    }

    /// Case, marks and spacing folded, and the punctuation at either end dropped.
    private func normal(_ text: String) -> String {
        TextFold.fold(text).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:!?'\"-"))
    }

    @Test func aParagraphOfAHundredThousandQuotationsIsReadInLinearTime() {
        // Would not finish in a test run if any pass over the quotations were quadratic.
        let sentence = "Raqqa has inherited the fate of Dresden in 1945, “wiped off the face of the earth”. "
        let article = Fixtures.parse(String(repeating: sentence, count: 100_000), title: "Long")
        #expect(article.quotes.count == 100_000)
    }
}
