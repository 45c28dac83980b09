import ArgumentParser
import FolioParse

/// `folio quotes PATH... [--speaker NAME] [--json]`: who a corpus quotes, and what they said.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotations of a corpus by speaker, or as JSON Lines with --json.")

    @OptionGroup var corpus: CorpusPaths

    @Option(help: "Only this speaker's quotations (any spelling of the name, case and accents ignored).")
    var speaker: String?

    @Flag(help: "One JSON object per quotation per line, with the article's source.")
    var json = false

    func run() throws {
        var found: [(source: String, quote: Quote)] = []
        let failed = CorpusRun.each(corpus.paths) { article in
            for quote in article.quotes { found.append((article.source, quote)) }
        }
        // One speaker across articles: each article names them its own way.
        let names = SpeakerNames.canonical(found.compactMap(\.quote.speaker), scope: .corpus)
        for i in found.indices {
            if let name = found[i].quote.speaker { found[i].quote.speaker = names[name] }
        }
        if let speaker {
            // The name as typed picks its own person ("Scalia", not Dante Scala); one typed a
            // letter off ("Konashenko") finds the person it misspells when no one bears it.
            let matching = { (scope: SpeakerNames.Scope) in
                found.filter { $0.quote.speaker.map { SpeakerNames.sameSpeaker(speaker, $0, scope: scope) } ?? false }
            }
            let asTyped = matching(.corpus)
            found = asTyped.isEmpty ? matching(.article) : asTyped
        }
        if json {
            for (source, quote) in found { print(ArticleJSON.quoteLine(quote, source: source)) }
        } else {
            print(TerminalSafe.text(QuoteListing.render(found)), terminator: "")
        }
        if failed { throw ExitCode(1) }
    }
}
