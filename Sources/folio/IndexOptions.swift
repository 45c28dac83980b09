import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// Which index a command uses: `--index FILE`, else the corpus's own in the cache directory.
struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"), help: "The index database (default: one per corpus under $XDG_CACHE_HOME/folio/).")
    var path: String?

    @Flag(name: .customLong("no-refresh"), help: "Answer from the index as it is, without looking for changed files (an empty index, or one of another parser version, is still brought up to date).")
    var noRefresh = false

    @Flag(name: .customLong("refresh"), help: "Compare every file with the index before answering, as folio index does (by default a search looks only at the folders' modification times, which a file edited in place does not change; the reader always compares every file, in the background).")
    var refresh = false

    func validate() throws {
        if noRefresh, refresh { throw ValidationError("--refresh and --no-refresh ask for opposite things: give one") }
    }

    /// The index of `corpus`, with the user's tags and read marks (`UserData`), which `tag:` and
    /// `is:` search and the reader writes; where their folder cannot be written, said, and
    /// without them.
    func index(for corpus: [String]) throws -> CorpusIndex {
        try CorpusIndex(path: indexPath(for: corpus), userData: userData())
    }

    private func indexPath(for corpus: [String]) -> String { path ?? IndexLocation.path(for: corpus) }

    private func userData() -> UserData? {
        let userPath = UserData.path()
        do {
            return try UserData(path: userPath)
        } catch {
            Console.error("\(userPath): cannot keep tags and read marks there (\(IndexError.reason(error))); going on without them")
            return nil
        }
    }

    /// Opens the index and brings it up to date with the corpus, reporting what it had to do.
    /// With `quickCheck` (a search), an index whose folders have not changed answers as it is.
    func open(_ corpus: [String], showProgress: Bool, quickCheck: Bool = false) throws -> (CorpusIndex, IndexReport) {
        // A corpus of which nothing exists (a query and a path swapped) gets no index of its own.
        try MissingCorpus.check(corpus) { !corpus.isEmpty && $0.count == corpus.count }
        let user = userData()
        let path = indexPath(for: corpus)
        // Without the walk over every file, a search of a big corpus answers at once, from an
        // index opened for reading only.
        if noRefresh || (quickCheck && !refresh), let index = CorpusIndex.forReading(path: path, userData: user),
           (try? noRefresh ? index.answersAsItIs() : index.isFresh(corpus)) == true {
            return (index, IndexReport())
        }
        let index = try CorpusIndex(path: path, userData: user)
        for notice in index.notices { Console.error(notice) }
        let interactive = showProgress && isatty(2) != 0
        nonisolated(unsafe) var shown = false
        let report: IndexReport
        do {
            report = try index.update(corpus) { progress in
                guard interactive else { return }
                if progress.merging {
                    shown = true
                    Console.write("\roptimizing the index…\u{1B}[K")
                    return
                }
                guard progress.bytesTotal > 0 else { return }
                shown = true
                let eta = progress.eta.map { String(format: ", %.0f s left", $0) } ?? ""
                Console.write(String(format: "\rindexing: %d articles, %.0f/s", progress.articles, progress.articlesPerSecond) + eta + "\u{1B}[K")
            }
        } catch {
            if shown { Console.write("\r\u{1B}[K") }
            Console.error(error.message)
            throw ExitCode(2)
        }
        if shown { Console.write("\r\u{1B}[K") }
        if let notice = report.notice { Console.error(notice) }
        if report.reattached > 0 {
            Console.error("found again by their bytes: \(report.reattached) marked article\(report.reattached == 1 ? "" : "s") moved since marked; the marks followed")
        }
        for problem in report.problems { Console.error(problem) }
        return (index, report)
    }
}

/// Standard error, where every message of a command goes, so standard output stays its result.
enum Console {
    /// One message, named as folio's; file names in it are made safe to print.
    static func error(_ text: String) { write("folio: \(TerminalSafe.text(text, keepLineBreaks: false))\n") }

    static func write(_ raw: String) { FileHandle.standardError.write(Data(raw.utf8)) }
}
