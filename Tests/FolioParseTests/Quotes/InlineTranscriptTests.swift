import Testing
@testable import FolioParse

/// An interview run into one paragraph: each turn is its speaker's.
@Suite struct InlineTranscriptTests {
    @Test func eachTurnOfAnInterviewRunIntoOneParagraphIsItsSpeakersBlockQuotation() {
        // FakeNewsCorpus sample, row 36979: the recording of Lindsay Shepherd's meeting.
        let blocks = Fixtures.newsSampleRow("36979").quotes.filter { $0.kind == .block }
        #expect(blocks.count == 15)
        #expect(blocks.prefix(3).map(\.speaker) == ["Rambukkana", "Lindsay Shepherd", "Rambukkana"])
        #expect(blocks.first?.text.hasPrefix("…[Peterson] lectures about critiquing feminism") == true)
        // "Shepherd:Like I said": the scrape lost the space after the colon.
        #expect(blocks.contains { $0.speaker == "Lindsay Shepherd" && $0.text == "Like I said, it was in the spirit of debate." })
        #expect(blocks.allSatisfy { $0.sieve == .speakerLine })
    }

    @Test func creditsAndLabelsThatNoOneAnswersAreNoInterview() {
        let credits = Array("Photo: Reuters. Video: CNN. Source: The Associated Press.".utf8)
        #expect(InlineTranscript.turns(in: credits, 0..<credits.count).isEmpty)
        let two = Array("Smith: We will go. Jones: We will not. That is all there is.".utf8)
        #expect(InlineTranscript.turns(in: two, 0..<two.count).isEmpty)
        let three = Array("Smith: We will go. Jones: We will not. Smith: Then we part.".utf8)
        #expect(InlineTranscript.turns(in: three, 0..<three.count).map(\.speaker) == ["Smith", "Jones", "Smith"])
    }
}
