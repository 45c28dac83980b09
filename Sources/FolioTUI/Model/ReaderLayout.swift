import FolioParse

/// An article laid out for a width: the title set apart, then its blocks wrapped, paragraphs
/// separated by a blank line, quotes in their style. Made once per width and per boilerplate
/// setting; the cursor quote and search matches are styled as the screen is drawn.
struct ReaderLayout: Sendable {
    struct Line: Sendable {
        var glyphs: [Glyph]
        var indent: Int
        /// The article offset this line starts at, or the last one before it for a blank or title
        /// line: rising from line to line, so a byte's line is found by binary search.
        var offset: Int
    }

    let width: Int
    let showBoilerplate: Bool
    var lines: [Line] = []

    /// The width text is wrapped to: the window less a margin, and no wider than a comfortable
    /// measure for reading.
    static func textWidth(_ window: Int) -> Int { max(1, min(window - 2, 96)) }

    init(article: Article, width: Int, showBoilerplate: Bool) {
        self.width = width
        self.showBoilerplate = showBoilerplate
        let measure = Self.textWidth(width)
        let bytes = article.text.utf8
        for line in Wrap.lines(Glyphs.make(article.title) { _ in .bold }, width: measure) {
            lines.append(Line(glyphs: line, indent: 0, offset: -1))
        }
        let rule = String(repeating: "─", count: min(measure, max(1, lines.map { $0.glyphs.reduce(0) { $0 + $1.width } }.max() ?? 1)))
        lines.append(Line(glyphs: Glyphs.make(rule) { _ in .dim }, indent: 0, offset: -1))
        let quotes = article.quotes.filter { !$0.inComment }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var quoteCursor = 0
        var last = -1
        for block in article.blocks {
            let indent: Int
            let base: Style
            switch block.kind {
            case .title, .comment: continue
            case .boilerplate, .caption:
                guard showBoilerplate else { continue }
                (indent, base) = (0, .dim)
            case .heading: (indent, base) = (0, .bold)
            case .blockquote: (indent, base) = (2, .plain)
            case .paragraph: (indent, base) = (0, .plain)
            }
            while quoteCursor < quotes.count, quotes[quoteCursor].range.upperBound <= block.range.lowerBound { quoteCursor += 1 }
            let blockQuotes = quotes[quoteCursor...].prefix { $0.range.lowerBound < block.range.upperBound }
            var inQuote = SpanCursor(blockQuotes.map(\.range))
            var inURL = SpanCursor(URLSpans.find(bytes, in: block.range))
            let glyphs = Glyphs.make(String(decoding: bytes[block.range], as: UTF8.self), from: block.range.lowerBound) { offset in
                var style = base
                if let i = inQuote.span(containing: offset) { style = Self.style(of: blockQuotes[blockQuotes.startIndex + i].kind) }
                if inURL.span(containing: offset) != nil { style.underline = true }
                return style
            }
            guard !glyphs.isEmpty else { continue }
            lines.append(Line(glyphs: [], indent: 0, offset: last))
            for line in Wrap.lines(glyphs, width: max(1, measure - indent)) {
                last = line.first?.offset ?? last
                lines.append(Line(glyphs: line, indent: indent, offset: last))
            }
        }
        let comments = article.comments.count
        if comments > 0 {
            lines.append(Line(glyphs: [], indent: 0, offset: last))
            let note = "── \(comments) comment\(comments == 1 ? "" : "s") · c to read them ──"
            for line in Wrap.lines(Glyphs.make(note) { _ in .dim }, width: measure) {
                lines.append(Line(glyphs: line, indent: 0, offset: last))
            }
        }
    }

    /// Speech stands out; fragments and scare quotes are marked more faintly.
    static func style(of kind: Quote.Kind) -> Style {
        switch kind {
        case .direct, .block: .quote
        case .partial, .scare: .faintQuote
        }
    }

    /// The line that shows the byte at `offset` (the last line starting at or before it).
    func line(of offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}

/// Web addresses in article text, underlined in the reader.
enum URLSpans {
    static func find(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if startsURL(bytes, at: i, end: range.upperBound), i == range.lowerBound || isSpace(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "(") {
                var end = i
                while end < range.upperBound, !isSpace(bytes[end]) { end += 1 }
                while end > i, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
                spans.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return spans
    }

    private static func startsURL(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        for prefix in ["https://", "http://", "www."] {
            let p = Array(prefix.utf8)
            if i + p.count < end, bytes[i..<i + p.count].elementsEqual(p) { return true }
        }
        return false
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
}
