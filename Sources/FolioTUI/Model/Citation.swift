import FolioParse

/// What `y` and `Y` put on the clipboard: a quotation with who said it and where, or an
/// article's citation, as a researcher pastes them into notes. Missing parts are left out; an
/// article without an address is cited by its source in the corpus.
enum Citation {
    static func article(_ article: Article) -> String {
        let meta = article.metadata
        return (["“\(article.title)”", meta.site, meta.date, meta.url ?? article.source] as [String?]).compactMap { $0 }.joined(separator: ", ")
    }

    static func quote(_ quote: Quote, in article: Article) -> String {
        "“\(quote.text)” — \(quote.speaker ?? "unnamed"), in " + self.article(article)
    }
}
