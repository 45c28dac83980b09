import ArgumentParser
import FolioParse

/// `folio parse PATH... [--json]`: the structure Folio finds in each article.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the structure of each article: an outline, or JSON Lines with --json.")

    @Argument(help: "Files or directories of articles (text, CSV, JSON Lines, JSON).")
    var paths: [String]

    @Flag(help: "One JSON object per article per line.")
    var json = false

    func run() throws {
        let failed = CorpusRun.each(paths) { article in
            print(json ? ArticleJSON.line(article) : Outline.render(article))
        }
        if failed { throw ExitCode(1) }
    }
}
