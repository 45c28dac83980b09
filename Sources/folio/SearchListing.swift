import FolioIndex
import FolioParse

/// A search result as grep and ripgrep print a match: `source: title`, then the snippet with its
/// hits in colour on a terminal, in brackets when piped.
enum SearchListing {
    static func render(_ result: SearchResult, colour: Bool) -> String {
        let bytes = Array(result.snippet.utf8)
        var snippet = ""
        var at = 0
        for hit in result.hits where hit.lowerBound >= at && hit.upperBound <= bytes.count {
            snippet += safe(bytes[at..<hit.lowerBound])
            let word = safe(bytes[hit])
            snippet += colour ? "\u{1B}[1;31m\(word)\u{1B}[0m" : "[\(word)]"
            at = hit.upperBound
        }
        snippet += safe(bytes[at...])
        let head = "\(safe(result.source.utf8[...])): \(safe(result.title.utf8[...]))"
        return (colour ? "\u{1B}[35m\(head)\u{1B}[0m" : head) + "\n    " + snippet
    }

    private static func safe(_ bytes: some Collection<UInt8>) -> String {
        TerminalSafe.text(String(decoding: bytes, as: UTF8.self), keepLineBreaks: false)
    }
}

/// `folio search --json`: `{"source", "title", "score", "snippet", "hits": [[start, end]...]}`.
enum SearchJSON {
    /// `approximate`: ranked among candidates, not every match (`CorpusIndex.ranksApproximately`).
    static func line(_ result: SearchResult, approximate: Bool) -> String {
        ArticleJSON.encode(Record(source: result.source, title: result.title, score: result.score,
                                  snippet: result.snippet, hits: result.hits.map { [$0.lowerBound, $0.upperBound] }, approximate: approximate))
    }

    private struct Record: Encodable {
        var source: String, title: String, score: Double?, snippet: String, hits: [[Int]], approximate: Bool

        enum Keys: String, CodingKey { case source, title, score, snippet, hits, approximate }

        /// Every key always, `score` null when the results are sorted by date or title.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(source, forKey: .source)
            try c.encode(title, forKey: .title)
            try c.encode(score, forKey: .score)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(hits, forKey: .hits)
            try c.encode(approximate, forKey: .approximate)
        }
    }
}
