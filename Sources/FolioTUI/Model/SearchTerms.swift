import FolioIndex
import FolioParse

/// The words and phrases of a query that the reader lights in an article, each written as the
/// query language writes it (`war`, `war*`, `"fake news"`), the parts after NOT left out. They
/// are matched against the article's words as the index cut them (`TextWords`), so a query
/// lights in an article what it found there in the index: `war` is not in "toward" or "Warns",
/// `war*` is in "Warns" and "warned".
enum SearchTerms {
    static func terms(_ query: String) -> [String] {
        guard let parsed = try? Query.parse(query) else { return [] }
        var out: [String] = []
        func walk(_ q: Query) {
            switch q {
            case .term(let term):
                let text = term.isPhrase ? "\"\(term.text)\"" : term.text
                out.append(term.isPrefix ? text + "*" : text)
            case .all(let parts), .any(let parts): parts.forEach(walk)
            case .not: break
            }
        }
        walk(parsed)
        return out
    }

    /// A term as words to look for: folded as the index folds them, the last a prefix for `war*`.
    struct Pattern {
        var words: [String]
        var isPrefix: Bool

        init?(_ term: String) {
            guard case .term(let parsed)? = try? Query.parse(term) else { return nil }
            words = TextWords.folded(parsed.text)
            isPrefix = parsed.isPrefix
            guard !words.isEmpty else { return nil }
        }
    }

    /// Where any of `patterns` stands in `text`, as byte ranges of the text in order.
    static func ranges(_ patterns: [Pattern], in text: String) -> [Range<Int>] {
        let words = TextWords.words(text)
        return patterns.flatMap { find($0, in: words) }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Where `pattern` stands among `words`: the ranges of the words it covers, from its first
    /// to its last.
    static func find(_ pattern: Pattern, in words: [TextWords.Word]) -> [Range<Int>] {
        let wanted = pattern.words
        guard words.count >= wanted.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(words.count - wanted.count) {
            let matches = wanted.indices.allSatisfy { k in
                let word = words[start + k].folded
                return pattern.isPrefix && k == wanted.count - 1 ? word.hasPrefix(wanted[k]) : word == wanted[k]
            }
            if matches { found.append(words[start].range.lowerBound..<words[start + wanted.count - 1].range.upperBound) }
        }
        return found
    }
}
