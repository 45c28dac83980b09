import ArgumentParser
import FolioIndex

/// `QUERY [PATH...]` of a command that works on every article a search matches (`export`, `tag`).
struct MatchedArticles: ParsableArguments {
    @Argument(help: "The search, as `folio search` reads it (tag:NAME finds your tags).")
    var query: String

    @Argument(help: "Folders or files of the corpus.")
    var paths: [String] = ["seeds"]

    /// The index, brought up to date as a search does, and the source of every match in corpus
    /// order; a query it cannot read is said as `folio search` says it, with exit status 2.
    func sources(_ index: IndexOptions) throws -> (CorpusIndex, [String]) {
        do {
            let (opened, _) = try index.open(paths, showProgress: true, quickCheck: true)
            return (opened, try opened.sources(matching: query))
        } catch let error as QueryError {
            Console.error("bad query: \(error.message)")
            throw ExitCode(2)
        }
    }
}
