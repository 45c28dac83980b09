import FolioParse

/// Where a query's words stand in a text, compared as the index compares them (`TextWords`):
/// `war` is not in "toward" or "Warns", `war*` is in "Warns" and "warned", `"fake news"` only
/// where the two words follow each other. A search's snippets and the reader's highlights both
/// read this, so what is lit is what the index found.
public enum QueryHits {
    /// A term as words to look for: folded as the index folds them, the last a prefix for `war*`,
    /// and the field it is limited to, if any.
    public struct Pattern: Sendable, Equatable {
        var words: [String]
        var isPrefix: Bool
        var field: Query.Field?

        /// A term written as the query language writes it (`war`, `war*`, `"fake news"`).
        public init?(_ term: String) {
            guard case .term(let parsed)? = try? Query.parse(term) else { return nil }
            self.init(parsed)
        }

        init?(_ term: Query.Term) {
            words = TextWords.folded(term.text)
            isPrefix = term.isPrefix
            field = term.field
            guard !words.isEmpty else { return nil }
        }
    }

    /// Where any of `patterns` stands in `text`, as byte ranges of the text in order.
    public static func ranges(_ patterns: [Pattern], in text: String) -> [Range<Int>] {
        ranges(patterns, in: TextWords.words(text)).map(\.bytes)
    }

    /// Where any of `patterns` stands among `words`: the bytes from its first word to its last,
    /// and which words those are, in order.
    static func ranges(_ patterns: [Pattern], in words: [TextWords.Word]) -> [(bytes: Range<Int>, words: Range<Int>)] {
        patterns.flatMap { find($0, in: words) }.sorted { $0.bytes.lowerBound < $1.bytes.lowerBound }
    }

    private static func find(_ pattern: Pattern, in words: [TextWords.Word]) -> [(bytes: Range<Int>, words: Range<Int>)] {
        let wanted = pattern.words
        guard words.count >= wanted.count else { return [] }
        var found: [(bytes: Range<Int>, words: Range<Int>)] = []
        for start in 0...(words.count - wanted.count) {
            let matches = wanted.indices.allSatisfy { k in
                let word = words[start + k].folded
                return pattern.isPrefix && k == wanted.count - 1 ? word.hasPrefix(wanted[k]) : word == wanted[k]
            }
            if matches {
                let end = start + wanted.count
                found.append((words[start].range.lowerBound..<words[end - 1].range.upperBound, start..<end))
            }
        }
        return found
    }
}

extension Query {
    /// The terms a result shows hits of: those the query wants, not those it excludes.
    var hitPatterns: [QueryHits.Pattern] { wantedTerms.compactMap(QueryHits.Pattern.init) }
}
