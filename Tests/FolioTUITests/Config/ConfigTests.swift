import Testing
@testable import FolioTUI

/// `config.toml`: keys and colours a user sets, refused whole with the line of what is wrong.
@Suite struct ConfigTests {
    private func refusal(_ text: String) -> String? {
        do {
            _ = try Config.parse(text, file: "config.toml")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func keysSetInTheFileReplaceAnActionsOwnAndHelpShowsThem() throws {
        let config = try Config.parse("""
            # mine
            [keys]
            tag = "+"
            toggle_read = ["U", "Ctrl-R"]
            sort_by_title = "T"

            [colors]
            quote = "yellow"
            """, file: "config.toml")
        #expect(config.colors == [.quote: "yellow"])
        let d = try Driver(width: 100, height: 30, config: config)
        d.press(.char("+"))
        #expect(d.statusLine.hasPrefix("tag: ▏"))
        d.press(.escape, .char("t"))
        #expect(d.statusLine.hasPrefix("t does nothing here"))
        d.press(.ctrl("r"))
        #expect(d.statusLine.hasPrefix("marked read"))
        d.press(.char("s"), .char("T"))
        #expect(d.statusLine.contains("by title"))
        d.press(.char("?"))
        let keys = { (help: String) in d.lines.first { $0.contains(help) }?.split(separator: " ", maxSplits: 1).first.map(String.init) }
        #expect(keys("tag the article") == "+")
        #expect(d.lines.contains { $0.hasPrefix("   U Ctrl-R ") && $0.hasSuffix("mark the article read or unread") })
    }

    @Test func anUnknownActionIsRefusedWithItsLineAndTheActionsThereAre() {
        let said = refusal("[keys]\n\ntagg = \"t\"\n")
        #expect(said?.hasPrefix("config.toml line 3: “tagg” is not an action; the actions are back, quit,") == true)
        #expect(said?.contains("toggle_read") == true)
    }

    @Test func aKeyAnotherActionHasInTheSameViewIsRefused() {
        #expect(refusal("[keys]\ntag = \"j\"\n") == "config.toml line 2: j is already “next line” (down) in Library")
        #expect(refusal("[keys]\ntag = \"Ctrl-\"\n")?.hasPrefix("config.toml line 2: tag takes a key or a list of keys") == true)
    }

    @Test func aTOMLErrorAColourAndASectionFolioDoesNotKnowAreSaidWithTheirLine() {
        #expect(refusal("[keys]\ntag = \n")?.hasPrefix("config.toml line 2: Error while parsing key-value pair") == true)
        #expect(refusal("[colors]\nquote = \"pink\"\n") == "config.toml line 2: quote takes one of default, black, red, green, yellow, blue, magenta, cyan, white")
        #expect(refusal("[colours]\nquote = \"red\"\n") == "config.toml line 1: [colours] is not a section Folio reads: [keys] and [colors] are")
    }
}
