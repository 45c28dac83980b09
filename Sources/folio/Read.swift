import ArgumentParser
import Foundation
import FolioIndex
import FolioParse
import FolioTUI

/// `folio [PATH...]`: open a corpus in the terminal reader. When standard output or input is not
/// a terminal (`folio | less`, a script), or the terminal cannot move the cursor (TERM dumb,
/// unknown or unset), it prints each article's outline instead.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open a corpus in the reader (default: the seeds).")

    @Argument(help: "Files or directories of articles (text, CSV, JSON Lines, JSON).")
    var paths: [String] = ["seeds"]

    @OptionGroup var index: IndexOptions

    func run() throws {
        try MissingCorpus.check(paths) { !$0.isEmpty }
        let interactive = isatty(1) != 0 && isatty(0) != 0
        if interactive, !ReaderApp.canDraw {
            let term = ProcessInfo.processInfo.environment["TERM"].map { "TERM=\($0)" } ?? "TERM unset"
            Console.error("this terminal (\(TerminalSafe.text(term))) cannot draw the reader; printing each article's outline")
        }
        guard interactive, ReaderApp.canDraw else {
            // Each outline ends with what the user marked the article with, if anything.
            let user = try? UserData(path: UserData.path())
            let failed = CorpusRun.each(paths) { article in
                print(TerminalSafe.text(Outline.render(article) + (user.map { Outline.marks(article, $0) } ?? "")))
            }
            if failed { throw ExitCode(1) }
            return
        }
        let config: Config
        do {
            config = try Config.load(path: Config.path())
        } catch {
            Console.error(error.message)
            throw ExitCode(2)
        }
        let opened = try index.index(for: paths)
        for notice in opened.notices { Console.error(notice) }
        let refresh = try !index.noRefresh || !opened.answersAsItIs()
        if let signal = ReaderApp.run(corpus: CorpusData(paths: paths, index: opened), refresh: refresh, config: config) { throw ExitCode(128 + signal) }
    }
}
