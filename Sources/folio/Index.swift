import ArgumentParser
import Foundation
import FolioParse

/// `folio index PATH... [--index FILE]`: build or refresh a corpus's index and say what was done.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the search index of a corpus.")

    @OptionGroup var corpus: CorpusPaths
    @OptionGroup var index: IndexOptions

    func run() throws {
        guard !index.noRefresh, !index.refresh else {
            Console.error("folio index always compares every file with the index; --no-refresh and --refresh are for search")
            throw ExitCode(2)
        }
        let start = Date()
        let (opened, report) = try index.open(corpus.paths, showProgress: true)
        let seconds = Date().timeIntervalSince(start) - (report.merged ?? 0)
        print("\(opened.path)")
        print("files: \(report.filesAdded) new, \(report.filesChanged) changed, \(report.filesRemoved) removed, \(report.filesUnchanged) unchanged")
        print(String(format: "articles: %d indexed in %.2f s; %d in the index", report.articlesIndexed, seconds, try opened.articleCount()))
        if let merged = report.merged { print(String(format: "optimized in %.1f s", merged)) }
        if !report.notes.isEmpty {
            // A few named; a corpus of many folders has a README in each.
            let named = report.notes.prefix(Self.notesNamed).joined(separator: ", ")
            let more = report.notes.count > Self.notesNamed ? " and \(report.notes.count - Self.notesNamed) more" : ""
            print(TerminalSafe.text("not read as articles, as notes about the corpus by their names: \(named)\(more)", keepLineBreaks: false))
        }
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    /// How many of the corpus's notes `folio index` names.
    static let notesNamed = 6
}
