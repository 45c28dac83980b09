import FolioParse

/// A few dozen words of an article around a search's hits, cut from the words the index was
/// given (`SearchFields`, made again from the article's file: the index keeps no copy of the
/// text), with where the hits are in it. The stretch of a column that holds the most of the
/// query's terms, then the most hits, as FTS5's own `snippet` chooses, the hits placed in its
/// middle; between columns that hold as many terms, the one a reader learns most from
/// (`preference`).
enum Snippet {
    /// Words in a snippet: enough to fill a wide window's line once the reader cuts it to show
    /// its hit, and to hold a phrase whole (with 24, "“fake news”" was cut after "fake").
    static let tokens = 40

    static let ellipsis = "…"

    /// Columns by what their snippet tells a reader: the body's prose first, the title (which a
    /// result shows already) and the list of speakers' names (`speaker:konashenkov Dresden`
    /// showed "Igor Konashenkov … the general Konashenkov") after the words said and written.
    private static let preference: [Query.Field?] = [nil, .quote, .comment, .title, .author, .speaker, .site, .type]

    /// The snippet of `columns` for `patterns`, and the hits in it as UTF-8 byte offsets. A
    /// pattern limited to a field counts only in that field's column. With no hit anywhere
    /// (the file changed since), the start of the body, else of the title.
    static func make(_ columns: [(field: Query.Field?, text: String)], _ patterns: [QueryHits.Pattern]) -> (String, [Range<Int>]) {
        var best: (score: Int, text: String, words: [TextWords.Word], window: Range<Int>, hits: [Range<Int>])?
        // In order of preference, until a column holds every term: none after it can do better.
        let ordered = columns.sorted { preference.firstIndex(of: $0.field)! < preference.firstIndex(of: $1.field)! }
        for (field, text) in ordered where !text.isEmpty {
            if let best, best.score >= patterns.count * 1_000_000 { break }
            let rank = preference.count - preference.firstIndex(of: field)!
            let words = TextWords.words(text)
            var hits: [(pattern: Int, bytes: Range<Int>, words: Range<Int>)] = []
            for (k, pattern) in patterns.enumerated() where pattern.field == nil || pattern.field == field {
                hits += QueryHits.ranges([pattern], in: words).map { (k, $0.bytes, $0.words) }
            }
            guard !hits.isEmpty else { continue }
            hits.sort { $0.words.lowerBound < $1.words.lowerBound }
            // A window from each hit: those after it in the window are at most `tokens`.
            var end = 0
            for (i, anchor) in hits.enumerated() {
                let limit = anchor.words.lowerBound + tokens
                while end < hits.count, hits[end].words.lowerBound < limit { end += 1 }
                let inside = hits[i..<end].filter { $0.words.upperBound <= limit }
                guard !inside.isEmpty else { continue }
                // Terms first, then a column earlier in preference, then hits.
                let score = Set(inside.map(\.pattern)).count * 1_000_000 + rank * 1000 + inside.count
                guard score > best?.score ?? 0 else { continue }
                let first = inside.map(\.words.lowerBound).min()!, last = inside.map(\.words.upperBound).max()!
                let start = max(0, min(first - (tokens - (last - first)) / 2, words.count - tokens))
                best = (score, text, words, start..<min(words.count, start + tokens), inside.map(\.bytes))
            }
        }
        if let best { return cut(best.text, best.words, best.window, best.hits) }
        let text = [columns.first { $0.field == nil }?.text, columns.first { $0.field == .title }?.text].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let words = TextWords.words(text)
        return cut(text, words, 0..<min(words.count, tokens), [])
    }

    /// The words `window` of `text`, with an ellipsis where it cuts the text, and `hits` as
    /// offsets in what is returned.
    private static func cut(_ text: String, _ words: [TextWords.Word], _ window: Range<Int>, _ hits: [Range<Int>]) -> (String, [Range<Int>]) {
        guard !window.isEmpty else { return (text, hits) }
        let from = window.lowerBound == 0 ? 0 : words[window.lowerBound].range.lowerBound
        let to = window.upperBound == words.count ? text.utf8.count : words[window.upperBound - 1].range.upperBound
        let before = window.lowerBound == 0 ? "" : ellipsis
        let after = window.upperBound == words.count ? "" : ellipsis
        let bytes = Array(text.utf8)[from..<to]
        let shift = before.utf8.count - from
        return (before + String(decoding: bytes, as: UTF8.self) + after,
                hits.map { ($0.lowerBound + shift)..<($0.upperBound + shift) })
    }

    /// A quotation as a snippet: its first words, as many as a snippet holds.
    static func shortened(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.count <= tokens ? "“\(text)”" : "“" + words.prefix(tokens).joined(separator: " ") + "…”"
    }
}
