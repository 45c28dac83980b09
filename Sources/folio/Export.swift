import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// `folio export QUERY [PATH...]`: every article a search matches (not a page), or every
/// quotation or comment in them, as CSV or JSON Lines on standard output, with the user's tags
/// and notes.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every match of a search as CSV or JSON Lines: its articles, quotations or comments.",
        discussion: "The query language is folio search's, with tag: and is: (read, unread, tagged). Articles go in corpus order.")

    @OptionGroup var matched: MatchedArticles

    @Option(help: "What to write a row for: articles, quotes or comments.")
    var what: What = .articles

    @Option(help: "csv (RFC 4180, UTF-8, a header row) or jsonl (one object a line).")
    var format: Format = .csv

    @OptionGroup var index: IndexOptions

    enum What: String, ExpressibleByArgument, CaseIterable { case articles, quotes, comments }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    func run() throws {
        let (opened, sources) = try matched.sources(index)
        let tags = try opened.userData?.tags(of: sources) ?? [:]
        let notes = try opened.userData?.notes(of: sources) ?? [:]
        let columns = Self.columns[what]!
        if format == .csv { print(CSVWriter.line(columns), terminator: "") }
        var failed = false
        for source in sources {
            switch try opened.article(source) {
            case .failure(let error):
                Console.error(error.description)
                failed = true
            case .success(let article):
                let quoteTags = what == .quotes ? try opened.userData?.quoteTags(of: source) ?? [:] : [:]
                for row in Self.rows(what, article, tags: tags[source] ?? [], note: notes[source], quoteTags: quoteTags) {
                    let values = columns.map { row[$0] ?? "" }
                    print(format == .csv ? CSVWriter.line(values) : Self.json(Dictionary(uniqueKeysWithValues: zip(columns, values))) + "\n", terminator: "")
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The columns of each kind of row, in order: the article's, then the row's own.
    static let columns: [What: [String]] = [
        .articles: ["source", "title", "site", "date", "url", "tags", "note", "words", "quotes", "comments"],
        .quotes: ["source", "title", "site", "date", "url", "tags", "note", "speaker", "mention", "kind", "text", "start", "end", "quote_tags"],
        .comments: ["source", "title", "site", "date", "url", "tags", "note", "author", "parent", "text"],
    ]

    /// The rows `article` gives: itself, or one a quotation or comment.
    static func rows(_ what: What, _ article: Article, tags: [String], note: String?, quoteTags: [Int: [String]]) -> [[String: String]] {
        let meta = article.metadata
        let base = ["source": article.source, "title": article.title, "site": meta.site ?? "", "date": meta.date ?? "", "url": meta.url ?? "",
                    "tags": tags.joined(separator: "; "), "note": note ?? ""]
        switch what {
        case .articles:
            return [base.merging(["words": "\(article.wordCount)", "quotes": "\(article.ownQuotes.count)", "comments": "\(article.comments.count)"]) { $1 }]
        case .quotes:
            return article.ownQuotes.map { quote in
                base.merging(["speaker": quote.speaker ?? "", "mention": quote.mention ?? "", "kind": quote.kind.rawValue, "text": quote.text,
                              "start": "\(quote.range.lowerBound)", "end": "\(quote.range.upperBound)",
                              "quote_tags": (quoteTags[quote.range.lowerBound] ?? []).joined(separator: "; ")]) { $1 }
            }
        case .comments:
            return article.comments.map { comment in
                base.merging(["author": comment.author ?? "", "parent": comment.parent.map { "\($0)" } ?? "", "text": comment.text]) { $1 }
            }
        }
    }

    /// A row as one JSON object: counts and byte offsets as numbers, tags as a list.
    static func json(_ row: [String: String]) -> String {
        var object: [String: Any] = [:]
        for (key, value) in row {
            if key == "tags" || key == "quote_tags" {
                object[key] = value.isEmpty ? [] : value.components(separatedBy: "; ")
            } else if numeric.contains(key) {
                object[key] = Int(value) ?? NSNull()
            } else {
                object[key] = value
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static let numeric: Set = ["words", "quotes", "comments", "start", "end", "parent"]
}
