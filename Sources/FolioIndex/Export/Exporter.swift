import Foundation
import FolioParse

/// Every match of a search written out whole, as CSV or JSON Lines, with the user's tags and
/// notes: what `folio export` and the reader's `E` write.
public enum Exporter {
    /// What a row is written for.
    public enum What: String, Sendable, CaseIterable { case articles, quotes, comments }
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl }

    /// Writes a header (for CSV) and the rows of each article of `sources`, read where the index
    /// says; returns how many rows were written and the articles that could not be read.
    public static func write(_ sources: [String], from index: CorpusIndex, what: What, format: Format,
                             to out: (String) -> Void) throws -> (rows: Int, unread: [SourceError]) {
        let tags = try index.userData?.tags(of: sources) ?? [:]
        let notes = try index.userData?.notes(of: sources) ?? [:]
        let columns = Self.columns[what]!
        if format == .csv { out(CSVWriter.line(columns)) }
        var (written, unread) = (0, [SourceError]())
        try index.articles(sources) { source, read in
            switch read {
            case .failure(let error):
                unread.append(error)
            case .success(let article):
                let quoteTags = what == .quotes ? try index.userData?.quoteTags(of: source) ?? [:] : [:]
                let quoteNotes = what == .quotes ? try index.userData?.quoteNotes(of: source) ?? [:] : [:]
                for row in Self.rows(what, article, tags: tags[source] ?? [], note: notes[source], quoteTags: quoteTags, quoteNotes: quoteNotes) {
                    let values = columns.map { row[$0] ?? "" }
                    out(format == .csv ? CSVWriter.line(values) : Self.json(Dictionary(uniqueKeysWithValues: zip(columns, values))) + "\n")
                    written += 1
                }
            }
        }
        return (written, unread)
    }

    /// The columns of each kind of row, in order: the article's, then the row's own.
    static let columns: [What: [String]] = [
        .articles: ["source", "title", "site", "date", "url", "tags", "note", "words", "quotes", "comments"],
        .quotes: ["source", "title", "site", "date", "url", "tags", "note", "speaker", "mention", "kind", "text", "start", "end", "quote_tags", "quote_note"],
        .comments: ["source", "title", "site", "date", "url", "tags", "note", "author", "parent", "text"],
    ]

    /// The rows `article` gives: itself, or one a quotation or comment.
    static func rows(_ what: What, _ article: Article, tags: [String], note: String?, quoteTags: [Int: [String]],
                     quoteNotes: [Int: String]) -> [[String: String]] {
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
                              "quote_tags": (quoteTags[quote.range.lowerBound] ?? []).joined(separator: "; "),
                              "quote_note": quoteNotes[quote.range.lowerBound] ?? ""]) { $1 }
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
