import FolioIndex
import Foundation
import FolioParse

/// One article open in the reader: where the screen is, which quote the cursor is on, what the
/// last search in it matched, and whether the quote panel is open.
struct ReaderState: Sendable {
    var article: Article
    var layout: ReaderLayout
    /// The first line on screen.
    var top: ReaderLayout.Position
    /// The article's quotes outside the comments, in reading order: what `]` and `[` visit.
    let quotes: [Quote]
    var quote: Int?
    var terms: [String] = []
    var matches: [Range<Int>] = []
    var match: Int?
    var panel: ListCursor?
    /// The user's tags on the article's quotations, by each one's first byte (`UserData`).
    var quoteTags: [Int: [String]] = [:]
    var quoteNotes: [Int: String] = [:]
    /// `n` went on from the text's last match into the comments: the next `n` past it goes on
    /// to the next article.
    var commentsSearched = false
    /// False while the reader shows the start of a big article and the rest is being parsed.
    var complete = true
    /// The line read before the last relayout, kept while the screen has not moved since: a
    /// narrower window starts the top line earlier, and going back would drift up a line each time.
    private var kept: (anchor: ReaderLayout.Anchor, top: ReaderLayout.Position)?

    init(article: Article, width: Int, showBoilerplate: Bool = true) {
        self.article = article
        quotes = article.ownQuotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
        layout = ReaderLayout(article: article, quotes: quotes, width: width, showBoilerplate: showBoilerplate)
        top = layout.first
    }

    /// Takes the whole article in place of its start, keeping the line at the top of the screen,
    /// the cursor quote and the search: offsets in the start are offsets in the whole.
    mutating func replace(with whole: Article, width: Int, page: Int) {
        let anchor = layout.anchor(at: top)
        let quoteStart = quote.map { quotes[$0].range.lowerBound }
        var next = ReaderState(article: whole, width: width, showBoilerplate: layout.showBoilerplate)
        next.top = next.layout.position(of: anchor)
        next.quote = quoteStart.flatMap { start in next.quotes.firstIndex { $0.range.lowerBound == start } }
        if !terms.isEmpty {
            next.terms = terms
            next.matches = ArticleMatches.find(terms, in: whole, showBoilerplate: layout.showBoilerplate)
            next.match = match.flatMap { i in next.matches.firstIndex { $0 == matches[i] } }
        }
        next.clamp(page: page)
        self = next
    }

    /// Lays the article out again for a new width or boilerplate setting, keeping the line that
    /// was at the top of the screen at the top.
    mutating func relayout(width: Int, showBoilerplate: Bool) {
        guard width != layout.width || showBoilerplate != layout.showBoilerplate else { return }
        let anchor = kept.flatMap { $0.top == top ? $0.anchor : nil } ?? layout.anchor(at: top)
        layout = ReaderLayout(article: article, quotes: quotes, width: width, showBoilerplate: showBoilerplate)
        top = layout.position(of: anchor)
        kept = (anchor, top)
    }

    mutating func scroll(_ action: Action, page: Int) {
        let page = max(1, page)
        switch action {
        case .down: top = layout.position(top, movedBy: 1)
        case .up: top = layout.position(top, movedBy: -1)
        case .pageDown: top = layout.position(top, movedBy: max(1, page - 1))
        case .pageUp: top = layout.position(top, movedBy: -max(1, page - 1))
        case .halfPageDown: top = layout.position(top, movedBy: max(1, page / 2))
        case .halfPageUp: top = layout.position(top, movedBy: -max(1, page / 2))
        case .scrollDown: top = layout.position(top, movedBy: 3)
        case .scrollUp: top = layout.position(top, movedBy: -3)
        case .top: top = layout.first
        case .bottom: top = layout.lastTop(page: page)
        default: return
        }
        clamp(page: page)
    }

    mutating func clamp(page: Int) {
        top = max(layout.first, min(top, layout.lastTop(page: page)))
        panel?.clamp(page: page)
    }

    /// The position after the last line on screen.
    func screenEnd(page: Int) -> ReaderLayout.Position {
        layout.position(top, movedBy: max(1, page))
    }

    /// Moves the screen so the byte at `offset` is a third of the way down, where the eye goes
    /// after a jump, unless it is on screen already.
    mutating func reveal(_ offset: Int, page: Int) {
        let line = layout.position(of: offset)
        if line < top || line >= screenEnd(page: page) {
            top = layout.position(line, movedBy: -(page / 3))
        }
        clamp(page: page)
    }

    /// Brings a range on screen whole when it fits, its start first when it does not.
    mutating func reveal(_ range: Range<Int>, page: Int) {
        reveal(range.lowerBound, page: page)
        let first = layout.position(of: range.lowerBound)
        let last = layout.position(of: max(range.lowerBound, range.upperBound - 1))
        // Already whole on screen, or too long to be: the start placed as for any jump stays.
        guard last >= screenEnd(page: page), layout.position(first, movedBy: max(1, page) - 1) >= last else { return }
        // Its last line at the bottom.
        top = layout.position(last, movedBy: -(max(1, page) - 1))
        clamp(page: page)
    }

    /// The next (or previous) quote from the cursor quote, or from the screen when the cursor has
    /// none or the reader scrolled away from it.
    mutating func step(quote forward: Bool, page: Int) -> Bool {
        guard !quotes.isEmpty else { return false }
        let target: Int?
        if let current = quote, isOnScreen(quotes[current].range.lowerBound, page: page) {
            target = forward ? (current + 1 < quotes.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else if forward {
            let top = self.top
            let first = ReaderLayout.partition(quotes) { layout.position(of: $0.range.lowerBound) >= top }
            target = first < quotes.count ? first : nil
        } else {
            // Back from the screen: the last quotation above it, never one further down.
            let top = self.top
            let above = ReaderLayout.partition(quotes) { layout.position(of: $0.range.lowerBound) >= top }
            target = above > 0 ? above - 1 : nil
        }
        guard let target else { return false }
        quote = target
        reveal(quotes[target].range, page: page)
        return true
    }

    func isOnScreen(_ offset: Int, page: Int) -> Bool {
        let line = layout.position(of: offset)
        return line >= top && line < screenEnd(page: page)
    }

    /// Highlights every place the words are in the article and goes to the first on or after
    /// the screen's top; false when there is none.
    mutating func find(_ terms: [String], page: Int) -> Bool {
        self.terms = terms
        commentsSearched = false
        matches = ArticleMatches.find(terms, in: article, showBoilerplate: layout.showBoilerplate)
        match = nil
        guard !matches.isEmpty else { return false }
        // From the top of the article, the title's matches are the first.
        let from = top == layout.first ? Int.min : max(0, layout.offset(at: top))
        match = matches.firstIndex { $0.lowerBound >= from } ?? 0
        reveal(matches[match!].lowerBound, page: page)
        return true
    }

    /// The last match, brought on screen.
    mutating func stepToLastMatch(page: Int) {
        guard let lastMatch = matches.indices.last else { return }
        match = lastMatch
        reveal(matches[lastMatch].lowerBound, page: page)
    }

    /// The next or previous match; false past either end.
    mutating func step(match forward: Bool, page: Int) -> Bool {
        guard !matches.isEmpty else { return false }
        let target: Int
        if let match, isOnScreen(matches[match].lowerBound, page: page) {
            target = forward ? match + 1 : match - 1
        } else {
            // Scrolled away from the match (`G`, a page): the next one below the screen's top, or
            // the last one above it, as `]` and `[` do.
            let top = self.top
            let below = ReaderLayout.partition(matches) { layout.position(of: $0.lowerBound) >= top }
            target = forward ? below : below - 1
        }
        guard matches.indices.contains(target) else { return false }
        match = target
        reveal(matches[target].lowerBound, page: page)
        return true
    }
}

extension Range<Int> {
    /// The same range `offset` bytes further on.
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}

/// Where a search's terms are in an article, as byte ranges in reading order: in the title the
/// header shows (numbered from `ReaderLayout.titleOffset`, so they come first), then in the words
/// of each block shown, cut and folded as the index cuts them (`QueryHits`).
enum ArticleMatches {
    static func find(_ terms: [String], in article: Article, showBoilerplate: Bool) -> [Range<Int>] {
        // Each term read once, not once a block.
        let patterns = terms.compactMap(QueryHits.Pattern.init)
        guard !patterns.isEmpty else { return [] }
        // A search that found the article by its title lights it there too.
        var found = QueryHits.ranges(patterns, in: article.title).map { $0.shifted(by: ReaderLayout.titleOffset) }
        for block in article.blocks {
            switch block.kind {
            case .title, .comment: continue
            case .boilerplate, .caption: if !showBoilerplate { continue }
            default: break
            }
            let text = String(decoding: article.text.utf8[block.range], as: UTF8.self)
            found += QueryHits.ranges(patterns, in: text).map { $0.shifted(by: block.range.lowerBound) }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }
}
