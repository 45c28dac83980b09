import ArgumentParser
import FolioParse

/// `folio [PATH...]`: open a corpus. Until the terminal reader lands, it prints the outline.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open a corpus (default: the seeds).")

    @Argument(help: "Files or directories of articles (text, CSV, JSON Lines, JSON).")
    var paths: [String] = ["seeds"]

    func run() throws {
        let failed = CorpusRun.each(paths) { article in
            print(TerminalSafe.text(Outline.render(article)))
        }
        if failed { throw ExitCode(1) }
    }
}
