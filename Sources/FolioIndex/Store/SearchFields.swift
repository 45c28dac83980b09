import FolioParse

/// What of an article each column of the full-text table holds. Boilerplate is left out: a
/// search for "donate" should find articles about donations, not every page with a widget.
/// Made when an article is indexed, and again from its file when a result's snippet is cut
/// (`Snippet`), so the snippet reads the words the index was given.
struct SearchFields: Sendable {
    var title: String
    var body: String
    var quotes: String
    var speakers: String
    var comments: String
    var authors: String
    var site: String?
    var type: String?
    var words: Int

    init(_ article: Article) {
        title = article.title
        body = article.bodyBlocks.map(\.text).joined(separator: "\n\n")
        words = article.wordCount
        let quoted = article.ownQuotes
        quotes = quoted.map(\.text).joined(separator: "\n")
        // The canonical name and each way the article named the speaker ("the general").
        var names: [String] = []
        // A pronoun left unresolved ("he") names no one to search for.
        for quote in quoted where quote.speaker != nil {
            for name in [quote.speaker, quote.mention].compactMap({ $0 }) where !names.contains(name) { names.append(name) }
        }
        speakers = names.joined(separator: "\n")
        comments = article.comments.map(\.text).joined(separator: "\n\n")
        authors = (article.metadata.authors + article.comments.compactMap(\.author)).joined(separator: "\n")
        site = article.metadata.site
        type = article.metadata.type
    }

    /// The columns in the full-text table's order (`Schema`), each with the field a query
    /// limits to it (the body has none).
    var columns: [(field: Query.Field?, text: String)] {
        [(.title, title), (nil, body), (.quote, quotes), (.speaker, speakers), (.comment, comments), (.author, authors),
         (.site, site ?? ""), (.type, type ?? "")]
    }
}
