import ArgumentParser
import FolioParse

/// `folio parse PATH... [--json]`: the structure Folio finds in each article.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the structure of each article: an outline, or JSON Lines with --json.")

    @OptionGroup var corpus: CorpusPaths

    @Flag(help: "One JSON object per article per line.")
    var json = false

    func run() throws {
        let failed = CorpusRun.each(corpus.paths) { article in
            print(json ? ArticleJSON.line(article) : TerminalSafe.text(Outline.render(article)))
        }
        if failed { throw ExitCode(1) }
    }
}
