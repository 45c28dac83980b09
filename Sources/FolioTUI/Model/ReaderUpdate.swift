import Foundation
import FolioParse

/// What a key in the reader asks of the session when the reader cannot do it alone.
enum ReaderOutcome: Equatable {
    case done
    case notice(String)
    /// `c`: the article's comments, on top of the reader.
    case comments
    /// `J`/`K`: the next or previous article of the list beneath.
    case neighbour(Int)
    /// `n` past the article's last match: the next article of the last corpus search, if any.
    case pastLastMatch
    /// `N` before the article's first match: the previous article of the last corpus search.
    case beforeFirstMatch
}

extension ReaderState {
    /// A key's action in the reader and its quote panel; `page` is the lines on screen.
    mutating func update(_ action: Action, page: Int) -> ReaderOutcome {
        if var panel {
            switch action {
            case .open:
                self.panel = nil
                if quotes.indices.contains(panel.selected) {
                    quote = panel.selected
                    reveal(quotes[panel.selected].range.lowerBound, page: page)
                }
            case .quotePanel: self.panel = nil
            default:
                if panel.apply(action, page: page) { self.panel = panel }
            }
            return .done
        }
        switch action {
        case .nextQuote, .previousQuote:
            if !step(quote: action == .nextQuote, page: page) {
                return .notice(quotes.isEmpty ? "no quotes in this article" : (action == .nextQuote ? "no more quotes below" : "no more quotes above"))
            }
        case .quotePanel:
            guard !quotes.isEmpty else { return .notice("no quotes in this article") }
            panel = ListCursor(count: quotes.count, selected: quote ?? 0)
            panel?.clamp(page: page)
        case .comments:
            guard !article.comments.isEmpty else { return .notice("no comments on this article") }
            return .comments
        case .toggleBoilerplate:
            relayout(width: layout.width, showBoilerplate: !layout.showBoilerplate)
            if !terms.isEmpty { _ = find(terms, page: page) }
            return .notice(layout.showBoilerplate ? "boilerplate and captions shown" : "boilerplate and captions hidden")
        case .nextMatch, .previousMatch:
            if terms.isEmpty { return .notice("no search yet: / to search") }
            if !step(match: action == .nextMatch, page: page) {
                return action == .nextMatch ? .pastLastMatch : .beforeFirstMatch
            }
        case .nextArticle, .previousArticle:
            return .neighbour(action == .nextArticle ? 1 : -1)
        default:
            scroll(action, page: page)
        }
        return .done
    }

    /// `/` in an article: the query language a corpus search reads; a query it cannot read is
    /// looked for as its words. An empty one clears the highlights. False when nothing matched.
    mutating func search(_ text: String, page: Int) -> Bool {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            terms = []
            matches = []
            match = nil
            return true
        }
        let parsed = SearchTerms.terms(text)
        return find(parsed.isEmpty ? TextWords.folded(text) : parsed, page: page)
    }
}
