import ArgumentParser
import Foundation

/// `folio index PATH... [--index FILE]`: build or refresh a corpus's index and say what was done.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or refresh the search index of a corpus.")

    @OptionGroup var corpus: CorpusPaths
    @OptionGroup var index: IndexOptions

    func run() throws {
        let start = Date()
        let (opened, report) = try index.open(corpus.paths, showProgress: true)
        let seconds = Date().timeIntervalSince(start)
        print("\(opened.path)")
        print("files: \(report.filesAdded) new, \(report.filesChanged) changed, \(report.filesRemoved) removed, \(report.filesUnchanged) unchanged")
        print(String(format: "articles: %d indexed in %.2f s; %d in the index", report.articlesIndexed, seconds, try opened.articleCount()))
        if !report.problems.isEmpty { throw ExitCode(1) }
    }
}
