import Testing
@testable import FolioTUI

/// The help screen is the key table: every key it lists does what it says, and it lists every key.
@Suite struct HelpTests {
    @Test func helpInTheReaderListsTheReadersKeysThenTheGlobalOnes() throws {
        let d = try Driver(height: 40)
        d.press(.enter, .char("?"))
        #expect(d.lines[0] == " Keys: Reader")
        #expect(d.lines.contains("   ]                      next quote"))
        #expect(d.lines.contains("   Q                      the article's quotes"))
        #expect(d.lines.contains("   Space PgDn             next page"))
        #expect(d.lines.contains("   Ctrl-C                 quit"))
        d.press(.char("q"))
        #expect(d.lines[0] == " seeds/000_2051e7dbab259c59.txt")
    }

    @Test func everyBoundKeyOfEveryViewIsOnItsHelpScreen() {
        for context in [KeyContext.library, .list, .reader, .quotePanel, .comments, .help] {
            let help = HelpLines.make(context)
            for binding in KeyTable.bindings(context) + KeyTable.global {
                #expect(help.contains { $0.text == binding.help && $0.keys == binding.keys.map(\.label).joined(separator: " ") })
                #expect(KeyTable.action(for: binding.keys[0], in: context) != nil)
            }
        }
    }
}
