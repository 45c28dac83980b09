import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// `folio search QUERY [PATH...] [--limit N] [--json]`: ranked articles, grep-style.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a corpus: words ANDed, \"phrases\", prefix*, OR, -word, ( ), and title: quote: speaker: comment: author: site: type:, your tag: note: is:, and @NAME for a search kept with --save.")

    @Argument(help: "The query.")
    var query: String

    @Argument(help: "Files or directories of articles.")
    var paths: [String] = ["seeds"]

    @Option(parsing: .unconditional, help: "How many results to show.")
    var limit = 20

    @Option(help: "relevance, date or title.")
    var sort: String = "relevance"

    @Flag(help: "One JSON object per result per line.")
    var json = false

    @Option(help: "Keep the query as NAME: `folio search @NAME`, and `/@NAME` in the reader, search it again.")
    var save: String?

    @OptionGroup var index: IndexOptions

    func run() throws {
        guard limit > 0 else {
            Console.error("--limit takes how many results to show, 1 or more, not \(limit)")
            throw ExitCode(2)
        }
        guard let order = SearchOrder(rawValue: sort) else {
            Console.error("--sort takes relevance, date or title, not \(sort)")
            throw ExitCode(2)
        }
        let results: [SearchResult]
        let opened: CorpusIndex
        // Ranked, how many the ranking can give, and whether it ranked among candidates.
        var ranked: RankedPage?
        do {
            (opened, _) = try index.open(paths, showProgress: true, quickCheck: true)
            if order == .relevance { ranked = try opened.rankedPage(query, limit: limit) }
            results = try ranked?.results ?? opened.search(query, limit: limit, order: order)
        } catch let error as QueryError {
            Console.error("bad query: \(error.message)")
            throw ExitCode(2)
        }
        if let save, let user = opened.userData {
            let kept = try user.save(query, as: save)
            Console.error("kept as @\(kept.name)" + (kept.replaced.map { " in place of “\($0)”" } ?? ""))
        }
        let colour = isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let approximate = ranked?.approximate == true
        for result in results {
            print(json ? SearchJSON.line(result, approximate: approximate) : SearchListing.render(result, colour: colour))
        }
        // Said on standard error, as the count of a full page is: a pipe reads only results.
        if results.isEmpty {
            Console.error("no articles match \(query)")
            throw ExitCode(1)
        }
        if approximate {
            Console.error("more than \(CorpusIndex.countedAtMost) articles match: ranked among the first \(CorpusIndex.rankedAtMost) in corpus order and as many after them with it in the title")
        }
        // A full page may not be all: say how many there are, on standard error, so a pipe reads only results.
        // Sorted by date or title, every match is listed; ranked, as many as the ranking gives.
        if results.count == limit, let total = ranked?.total ?? (try? opened.count(query)), total > limit {
            Console.error("\(limit) of \(total) articles shown; --limit \(total) shows them all")
        }
    }
}
