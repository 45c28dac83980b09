import ArgumentParser
import Foundation

/// What a command says when the corpus it was given is not there. Run with no path outside the
/// project, folio looks for `seeds` by default; the message then says how to name a corpus
/// rather than only that a folder is missing.
enum MissingCorpus {
    /// Exits with status 2, naming every missing path, when `fail` says the missing ones are too many.
    static func check(_ paths: [String], fail: ([String]) -> Bool) throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard fail(missing) else { return }
        if paths == ["seeds"] {
            Console.error("no corpus given, and no seeds folder here: name files or folders of articles, as in `folio ~/corpus/news.csv` or `folio search war ~/corpus`")
        } else {
            for path in missing { Console.error("\(path): no such file or directory") }
        }
        throw ExitCode(2)
    }
}
