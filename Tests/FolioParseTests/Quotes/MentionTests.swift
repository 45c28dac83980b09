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

    @Test func aPartysWordIsPartOfAnOrganisationsNameButOnlyDescribesAPerson() {
        // PolNeAR train, breitbart 2016-07-25 (after its dateline) and politico 2016-07-29.
        let committee = Fixtures.parse("The Democratic National Committee released a statement at the outset of the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders after leaked emails showed DNC staff favoring Hillary Clinton.", title: "Quotations").quotes
        #expect(committee.map(\.speaker) == ["Democratic National Committee"])
        let nominee = Fixtures.parse("“I was curious to see whether she’d do a class act and not mention my name,” the Republican nominee said at a rally with supporters in Colorado.", title: "Quotations").quotes
        #expect(nominee.map(\.speaker) == [nil])
        #expect(nominee.map(\.mention) == ["the Republican nominee"])
        // A reviewer's probe: the party's word is part of the name before "of" too.
        let virginia = Fixtures.parse("The Democratic Party of Virginia said it was “very pleased.”", title: "Quotations").quotes
        #expect(virginia.map(\.speaker) == ["Democratic Party of Virginia"])
    }
}
