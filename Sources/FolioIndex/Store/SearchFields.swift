import FolioParse

/// What of an article each column of the full-text table holds. Boilerplate is left out: a
/// search for "donate" should find articles about donations, not every page with a widget.
struct SearchFields: Sendable {
    var body: String
    var quotes: String
    var speakers: String
    var comments: String
    var authors: String
    var words: Int

    init(_ article: Article) {
        body = article.bodyBlocks.map(\.text).joined(separator: "\n\n")
        words = article.wordCount
        let quoted = article.ownQuotes
        quotes = quoted.map(\.text).joined(separator: "\n")
        // The canonical name and each way the article named the speaker ("the general").
        var names: [String] = []
        for quote in quoted {
            for name in [quote.speaker, quote.mention].compactMap({ $0 }) where !names.contains(name) { names.append(name) }
        }
        speakers = names.joined(separator: "\n")
        comments = article.comments.map(\.text).joined(separator: "\n\n")
        authors = (article.metadata.authors + article.comments.compactMap(\.author)).joined(separator: "\n")
    }
}
