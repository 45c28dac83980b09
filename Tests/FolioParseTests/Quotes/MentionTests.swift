import Testing
@testable import FolioParse

@Suite struct MentionTests {
    private func described(_ noun: String) -> Mention { Mention(kind: .description, name: noun, roles: [], text: "the " + noun) }

    @Test func aDescriptionOfOnePersonInSsIsNotOfMany() {
        // PolNeAR train: "The witness said the driver accelerated …" (wash-post 2016-07-15),
        // "The actress said she was tired of the status quo" (breitbart 2016-03-29).
        #expect(!described("witness").describesMany)
        #expect(!described("actress").describesMany)
        // "the two lawmakers", "Democrats, who say …", "the team": many.
        #expect(described("lawmakers").describesMany)
        #expect(described("team").describesMany)
        #expect(described("people").describesMany)
    }
}
