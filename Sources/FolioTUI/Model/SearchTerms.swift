import FolioIndex

/// The words of a corpus query that an article shows: every term and phrase, without the
/// excluded ones, to highlight in the article a search result opens.
enum SearchTerms {
    static func words(_ query: String) -> [String] {
        guard let parsed = try? Query.parse(query) else { return [] }
        var out: [String] = []
        func walk(_ q: Query) {
            switch q {
            case .term(let term): out.append(term.text)
            case .all(let parts), .any(let parts): parts.forEach(walk)
            case .not: break
            }
        }
        walk(parsed)
        return out
    }
}
