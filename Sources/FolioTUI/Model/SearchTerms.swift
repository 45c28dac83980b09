import FolioIndex
import FolioParse

/// The words and phrases of a query that the reader lights in an article, each written as the
/// query language writes it (`war`, `war*`, `"fake news"`), the parts after NOT left out. They
/// are matched against the article's words as the index cut them (`QueryHits`), so a query
/// lights in an article what it found there in the index.
enum SearchTerms {
    static func terms(_ query: String) -> [String] {
        guard let parsed = try? Query.parse(query) else { return [] }
        return parsed.wantedTerms.map { term in
            let text = term.isPhrase ? "\"\(term.text)\"" : term.text
            return term.isPrefix ? text + "*" : text
        }
    }
}
