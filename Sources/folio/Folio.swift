import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Read corpora of scraped news in the terminal.",
        subcommands: [Read.self, Parse.self, Quotes.self, Search.self, Index.self, Export.self, Tag.self, Searches.self, Relink.self],
        defaultSubcommand: Read.self)
}
