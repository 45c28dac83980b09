import FolioIndex
import FolioParse

/// An article's comments as a tree the reader moves through: which subtrees are collapsed, the
/// comment the cursor is on, and the lines laid out for the window's width.
struct CommentsState: Sendable {
    struct Line: Sendable {
        var comment: Int
        var glyphs: [Glyph]
    }

    let article: Article
    /// Each comment's replies, by index.
    let children: [[Int]]
    let depth: [Int]
    var collapsed: Set<Int> = []
    var selected = 0
    var top = 0
    private(set) var lines: [Line] = []
    private(set) var width = 0
    /// The search the reader came with, lit in the comments' words (`QueryHits`).
    let patterns: [QueryHits.Pattern]
    /// The comments whose words the search found, in order.
    let hits: [Int]

    init(article: Article, width: Int, terms: [String] = []) {
        self.article = article
        patterns = terms.compactMap(QueryHits.Pattern.init)
        hits = Self.hits(patterns, in: article)
        var children = Array(repeating: [Int](), count: article.comments.count)
        var depth = Array(repeating: 0, count: article.comments.count)
        for (i, comment) in article.comments.enumerated() {
            if let parent = comment.parent, parent < i, parent >= 0 {
                children[parent].append(i)
                depth[i] = depth[parent] + 1
            }
        }
        self.children = children
        self.depth = depth
        layOut(width: width)
    }

    var roots: [Int] { article.comments.indices.filter { depth[$0] == 0 } }

    /// The next (or previous) comment the search found, in thread order from the selected one.
    func hit(forward: Bool) -> Int? {
        let order = visible
        guard let at = order.firstIndex(of: selected) else { return nil }
        return forward ? order[(at + 1)...].first { hits.contains($0) } : order[..<at].last { hits.contains($0) }
    }

    /// The comments whose paragraphs hold a search's words.
    static func hits(_ patterns: [QueryHits.Pattern], in article: Article) -> [Int] {
        guard !patterns.isEmpty else { return [] }
        return article.comments.indices.filter { i in
            article.comments[i].paragraphs.contains { !QueryHits.ranges(patterns, in: $0).isEmpty }
        }
    }

    /// How many comments are under `i`, replies of replies included.
    func descendants(_ i: Int) -> Int {
        children[i].reduce(children[i].count) { $0 + descendants($1) }
    }

    /// The comments on screen, in thread order, without those inside collapsed subtrees.
    var visible: [Int] {
        var out: [Int] = []
        func walk(_ i: Int) {
            out.append(i)
            if !collapsed.contains(i) { children[i].forEach(walk) }
        }
        roots.forEach(walk)
        return out
    }

    mutating func layOut(width: Int) {
        self.width = width
        lines = []
        for i in visible {
            let comment = article.comments[i]
            let guide = String(repeating: "│ ", count: depth[i])
            var header = Glyphs.literal(guide, .dim)
            let mark = children[i].isEmpty ? "•" : (collapsed.contains(i) ? "▸" : "▾")
            header += Glyphs.literal(mark + " ", .accent)
            header += Glyphs.make(comment.author ?? "anonymous") { _ in .bold }
            if let date = comment.date { header += Glyphs.literal("  ", .dim) + Glyphs.make(date) { _ in .dim } }
            var facts: [String] = []
            if collapsed.contains(i) {
                let hidden = descendants(i)
                facts.append("\(hidden) repl\(hidden == 1 ? "y" : "ies") hidden")
            } else if !children[i].isEmpty {
                facts.append("\(children[i].count) repl\(children[i].count == 1 ? "y" : "ies")")
            }
            if comment.replyEvidence != nil { facts.append("reply inferred") }
            if !facts.isEmpty { header += Glyphs.literal("  · " + facts.joined(separator: " · "), .dim) }
            lines.append(Line(comment: i, glyphs: Wrap.truncate(header, width: max(0, width - 1))))
            let bodyGuide = String(repeating: "│ ", count: depth[i] + 1)
            let guideWidth = CellWidth.of(bodyGuide)
            let quoted = article.quotes.filter { $0.inComment && comment.range.contains($0.range.lowerBound) }
            for (p, paragraph) in comment.paragraphs.enumerated() {
                if p > 0 { lines.append(Line(comment: i, glyphs: Glyphs.literal(bodyGuide, .dim))) }
                var found = SpanCursor(patterns.isEmpty ? [] : QueryHits.ranges(patterns, in: paragraph))
                let quotes = Self.quotations(quoted, in: paragraph)
                var inQuote = SpanCursor(quotes.map(\.range))
                let glyphs = Glyphs.make(paragraph, from: 0) { offset in
                    if found.span(containing: offset) != nil { return .match }
                    return inQuote.span(containing: offset).map { ReaderLayout.style(of: quotes[$0].kind) } ?? .plain
                }
                for wrapped in Wrap.lines(glyphs, width: max(1, width - 1 - guideWidth)) {
                    lines.append(Line(comment: i, glyphs: Glyphs.literal(bodyGuide, .dim) + wrapped))
                }
            }
            lines.append(Line(comment: i, glyphs: []))
        }
    }

    /// Where the comment's quotations stand in one of its paragraphs, by their words: a comment's
    /// paragraphs are its text cleaned, so the quotation's place in the article does not map.
    static func quotations(_ quotes: [Quote], in paragraph: String) -> [(range: Range<Int>, kind: Quote.Kind)] {
        let bytes = Array(paragraph.utf8)
        var found: [(range: Range<Int>, kind: Quote.Kind)] = []
        var from = 0
        for quote in quotes {
            let words = Array(quote.text.utf8)
            guard !words.isEmpty, from < bytes.count, let at = bytes[from...].firstRange(of: words)?.lowerBound else { continue }
            found.append((at..<(at + words.count), quote.kind))
            from = at + words.count
        }
        return found
    }

    /// The first line of comment `i`.
    func headerLine(_ i: Int) -> Int? { lines.firstIndex { $0.comment == i } }

    /// Moves to comment `i` and scrolls so its header, and as much of it as fits, is on screen.
    mutating func select(_ i: Int, page: Int) {
        selected = i
        guard let first = headerLine(i) else { return }
        let last = lines.lastIndex { $0.comment == i } ?? first
        if last >= top + page { top = min(first, last - page + 1) }
        if first < top { top = first }
        clamp(page: page)
    }

    mutating func clamp(page: Int) {
        top = max(0, min(top, lines.count - max(1, page)))
    }

    /// Moves for a comments action; what the status line says when there is nowhere to go, as
    /// `]` says at the last quotation.
    mutating func apply(_ action: Action, page: Int) -> String? {
        let shown = visible
        guard let at = shown.firstIndex(of: selected) else {
            if let first = shown.first { select(first, page: page) }
            return nil
        }
        switch action {
        // Inside a comment longer than the screen, j and k move by the line until its end shows.
        case .down where (lines.lastIndex { $0.comment == selected } ?? 0) >= top + page:
            top += 1
        case .up where (headerLine(selected) ?? 0) < top:
            top -= 1
        case .down, .scrollDown: if at + 1 < shown.count { select(shown[at + 1], page: page) }
        case .up, .scrollUp: if at > 0 { select(shown[at - 1], page: page) }
        case .top: select(shown[0], page: page)
        case .bottom: select(shown[shown.count - 1], page: page)
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            let step = action == .pageDown || action == .pageUp ? page - 1 : max(1, page / 2)
            top += action == .pageDown || action == .halfPageDown ? step : -step
            clamp(page: page)
            if let line = lines.indices.contains(top) ? lines[top] : nil { selected = line.comment }
        case .toggleThread:
            guard !children[selected].isEmpty else { return "no replies to collapse" }
            if collapsed.contains(selected) { collapsed.remove(selected) } else { collapsed.insert(selected) }
            layOut(width: width)
            select(selected, page: page)
        case .parent:
            guard let parent = article.comments[selected].parent else { return "a top-level comment: it replies to no one" }
            select(parent, page: page)
        case .nextSibling, .previousSibling:
            let siblings = article.comments[selected].parent.map { children[$0] } ?? roots
            guard let at = siblings.firstIndex(of: selected) else { return nil }
            let target = action == .nextSibling ? at + 1 : at - 1
            guard siblings.indices.contains(target) else {
                return action == .nextSibling ? "no later reply to the same comment" : "no earlier reply to the same comment"
            }
            select(siblings[target], page: page)
        case .nextThread:
            guard let next = shown[(at + 1)...].first(where: { depth[$0] == 0 }) else { return "no more threads below" }
            select(next, page: page)
        case .nextMatch, .previousMatch:
            guard !hits.isEmpty else { return "the search found nothing in the comments" }
            guard let target = hit(forward: action == .nextMatch) else {
                return action == .nextMatch ? "no more matches in the comments" : "no earlier match in the comments"
            }
            select(target, page: page)
        case .previousThread:
            let root = shown[...at].last { depth[$0] == 0 }
            if let root, root != selected {
                select(root, page: page)
            } else if let previous = shown[..<at].last(where: { depth[$0] == 0 }) {
                select(previous, page: page)
            } else {
                return "no more threads above"
            }
        default: break
        }
        return nil
    }
}
