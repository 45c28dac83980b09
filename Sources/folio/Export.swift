import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// `folio export QUERY [PATH...]`: every article a search matches (not a page), or every
/// quotation or comment in them, as CSV or JSON Lines on standard output, with the user's tags
/// and notes.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every match of a search as CSV or JSON Lines: its articles, quotations or comments.",
        discussion: "The query language is folio search's, with tag: and is: (read, unread, tagged). Articles go in corpus order.")

    @OptionGroup var matched: MatchedArticles

    @Option(help: "What to write a row for: articles, quotes or comments.")
    var what: Exporter.What = .articles

    @Option(help: "csv (RFC 4180, UTF-8, a header row) or jsonl (one object a line).")
    var format: Exporter.Format = .csv

    @OptionGroup var index: IndexOptions

    func run() throws {
        let (opened, sources) = try matched.sources(index)
        let (_, unread) = try Exporter.write(sources, from: opened, what: what, format: format) { print($0, terminator: "") }
        for error in unread { Console.error(error.description) }
        if !unread.isEmpty { throw ExitCode(1) }
    }
}

extension Exporter.What: ExpressibleByArgument {}
extension Exporter.Format: ExpressibleByArgument {}
