import FolioParse

/// Out of the terminal: `o` opens the article's address, `y` copies the quotation being read
/// with its citation, `Y` the article's citation.
extension Session {
    mutating func outward(_ action: Action, _ reader: ReaderState) -> [Effect] {
        let article = reader.article
        switch action {
        case .openLink:
            guard let url = article.metadata.url, url.hasPrefix("http://") || url.hasPrefix("https://") else {
                notice = "the corpus gives this article no web address"
                return []
            }
            notice = "opening \(url)"
            return [.openURL(url)]
        case .copyQuote:
            guard let i = reader.quote, reader.quotes.indices.contains(i) else {
                notice = "] or [ chooses a quotation to copy"
                return []
            }
            notice = "copied the quotation and its citation"
            return [.copy(Citation.quote(reader.quotes[i], in: article))]
        default:
            notice = "copied the article's citation"
            return [.copy(Citation.article(article))]
        }
    }
}
