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
        #expect(d.lines.contains("   Space PgDn Ctrl-F      next page"))
        #expect(d.lines.contains("   Ctrl-C                 quit"))
        d.press(.char("q"))
        #expect(d.lines[0] == " seeds/000_2051e7dbab259c59.txt")
    }

    @Test func helpLongerThanTheScreenPagesAsLessDoesAndSaysWhenMoreFollows() throws {
        let d = try Driver(height: 12)
        d.press(.enter, .char("?"))
        #expect(d.lines[0] == " Keys: Reader")
        let first = d.lines[1]
        #expect(d.lines[10] == " more below: Space or j")
        d.press(.char(" "))
        #expect(d.lines[1] != first)
        d.press(.char("b"))
        #expect(d.lines[1] == first)
        d.press(.char("G"))
        #expect(!d.lines.contains(" more below: Space or j"))
        #expect(d.lines[10].contains("speakers of the corpus"))
        // A taller window re-lays the help out: everything fits, from the top.
        d.resize(width: 80, height: 60)
        #expect(d.lines[1] == first)
        d.press(.ctrl("d"))
        #expect(d.lines[1] == first)
    }

    @Test func aNarrowWindowsHelpWrapsEachDescriptionRatherThanCuttingIt() throws {
        let d = try Driver(width: 50, height: 60)
        d.press(.enter, .char("?"))
        #expect(!d.lines.dropLast().contains { $0.hasSuffix("…") })
        let n = try #require(d.lines.firstIndex { $0.hasPrefix("   n ") })
        #expect(d.lines[n].hasSuffix("next match (on into the"))
        #expect(d.lines[n + 1].trimmingCharacters(in: .whitespaces) == "next article found)")
        // Wider, it is one line again.
        d.resize(width: 100, height: 60)
        #expect(d.lines.contains { $0.hasSuffix("next match (on into the next article found)") })
    }

    @Test func aKeyBoundToNothingSaysSoAndPointsToHelp() throws {
        let d = try Driver(height: 9)
        d.press(.char("x"))
        #expect(d.statusLine.hasPrefix("x does nothing here: ? shows the keys"))
        d.press(.char("j"))
        #expect(!d.statusLine.contains("does nothing"))
        // Said once: the next key bound to nothing is only named.
        d.press(.char("x"))
        #expect(d.statusLine.hasPrefix("x does nothing here "))
    }

    @Test func everyBoundKeyOfEveryViewIsOnItsHelpScreen() {
        for context in [KeyContext.library, .list, .speakers, .reader, .quotePanel, .comments, .help, .sortMenu] {
            let help = HelpLines.make(context)
            for binding in KeyTable.bindings(context) + KeyTable.global {
                #expect(help.contains { $0.text == binding.help && $0.keys == binding.keys.map(\.label).joined(separator: " ") })
                #expect(KeyTable.action(for: binding.keys[0], in: context) != nil)
            }
        }
    }
}
