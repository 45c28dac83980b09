import FolioParse
import Foundation

/// An article laid out for a width: the title set apart, then its blocks wrapped, paragraphs
/// separated by a blank line, quotes in their style. The text is cut into pieces (a block, or
/// 8 KB of a long one, cut at a space) and a piece is laid out only when the screen reaches it,
/// so a 200 MB article or a 10 MB line opens as fast as a short one and `G` costs one piece.
/// The cursor quote and search matches are styled as the screen is drawn.
struct ReaderLayout: Sendable {
    struct Line: Sendable {
        var glyphs: [Glyph]
        var indent: Int
        /// The article offset this line starts at (a blank line: the block after it; the title:
        /// -1): rising from line to line, so a byte's line is found by binary search.
        var offset: Int
    }

    /// A line of the layout: its piece and its line within that piece. Positions compare in
    /// reading order; `end` is the place after the last line.
    struct Position: Comparable, Sendable {
        var piece: Int
        var line: Int

        static func < (a: Position, b: Position) -> Bool {
            (a.piece, a.line) < (b.piece, b.line)
        }
    }

    /// Part of the article laid out on its own: lines made in advance (the title, the comments
    /// note) or a stretch of text laid out on demand.
    private enum Piece: Sendable {
        case made([Line])
        case text(range: Range<Int>, style: Style, indent: Int, startsBlock: Bool)

        var start: Int {
            switch self {
            case .made(let lines): lines.first?.offset ?? -1
            case .text(let range, _, _, _): range.lowerBound
            }
        }
    }

    /// The longest stretch laid out at once: a few milliseconds of work.
    static let pieceBytes = 8192

    let width: Int
    let showBoilerplate: Bool
    private let pieces: [Piece]
    private let text: [UInt8]
    /// The article's quotes outside the comments, in reading order, for their styles.
    private let quotes: [Quote]
    private let cache = PieceCache()

    var first: Position { Position(piece: 0, line: 0) }
    var end: Position { Position(piece: pieces.count, line: 0) }

    /// "infowars.com · 2017-11-27 · by Jane Doe, John Roe · https://…": the metadata a corpus
    /// gave. A site that is only the folder of the file is in the header's path already.
    static func about(_ metadata: Metadata, source: String) -> String {
        let authors = metadata.authors.isEmpty ? nil : "by " + metadata.authors.joined(separator: ", ")
        let site = metadata.site == DirectoryListing.folderName(of: source) ? nil : metadata.site
        return [site, metadata.type, metadata.date, authors, metadata.url].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Where the title's bytes are numbered for its glyphs and search matches: far below the
    /// article's own offsets, so that its matches sort first and no offset of the text is taken.
    static let titleOffset = Int.min / 2

    /// The width text is wrapped to: the window less a margin, and no wider than a comfortable
    /// measure for reading.
    static func textWidth(_ window: Int) -> Int { max(1, min(window - 2, 96)) }

    init(article: Article, quotes: [Quote], width: Int, showBoilerplate: Bool) {
        self.width = width
        self.showBoilerplate = showBoilerplate
        self.quotes = quotes
        text = article.text.utf8
        let measure = Self.textWidth(width)
        var header = Wrap.lines(Glyphs.make(article.title, from: Self.titleOffset) { _ in .bold }, width: measure).map { Line(glyphs: $0, indent: 0, offset: -1) }
        // Where the article is from, as far as the corpus says: site, date, authors, address.
        let about = Self.about(article.metadata, source: article.source)
        if !about.isEmpty {
            header += Wrap.lines(Glyphs.make(about) { _ in .dim }, width: measure).map { Line(glyphs: $0, indent: 0, offset: -1) }
        }
        let rule = String(repeating: "─", count: min(measure, max(1, header.map { $0.glyphs.reduce(0) { $0 + $1.width } }.max() ?? 1)))
        header.append(Line(glyphs: Glyphs.make(rule) { _ in .dim }, indent: 0, offset: -1))
        var pieces: [Piece] = [.made(header)]
        for block in article.blocks {
            let indent: Int
            let style: Style
            switch block.kind {
            case .title, .comment: continue
            case .boilerplate, .caption:
                guard showBoilerplate else { continue }
                (indent, style) = (0, .dim)
            case .heading: (indent, style) = (0, .bold)
            case .blockquote: (indent, style) = (2, .plain)
            case .paragraph: (indent, style) = (0, .plain)
            }
            var start = block.range.lowerBound
            repeat {
                let cut = Self.cut(text, from: start, before: block.range.upperBound)
                pieces.append(.text(range: start..<cut, style: style, indent: indent, startsBlock: start == block.range.lowerBound))
                start = cut
            } while start < block.range.upperBound
        }
        let comments = article.comments.count
        if comments > 0 {
            let note = "── \(comments) comment\(comments == 1 ? "" : "s") · c to read them ──"
            let offset = text.count
            pieces.append(.made([Line(glyphs: [], indent: 0, offset: offset)] + Wrap.lines(Glyphs.make(note) { _ in .dim }, width: measure).map {
                Line(glyphs: $0, indent: 0, offset: offset)
            }))
        }
        self.pieces = pieces
    }

    /// Where a piece that starts at `start` ends: the block's end if it is near, else after the
    /// last space within `pieceBytes`, else at the last character boundary.
    private static func cut(_ text: [UInt8], from start: Int, before end: Int) -> Int {
        guard end - start > pieceBytes else { return end }
        let limit = start + pieceBytes
        if let space = text[(limit - pieceBytes / 4)..<limit].lastIndex(of: 0x20) { return space + 1 }
        var cut = limit
        while cut > start + 1, text[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// Speech stands out; fragments and scare quotes are marked more faintly.
    static func style(of kind: Quote.Kind) -> Style {
        switch kind {
        case .direct, .block: .quote
        case .partial, .scare: .faintQuote
        }
    }

    // MARK: Lines

    /// The lines of one piece, laid out now unless they were already.
    func lines(of piece: Int) -> [Line] {
        switch pieces[piece] {
        case .made(let lines): return lines
        case .text(let range, let style, let indent, let startsBlock):
            if let lines = cache.lines(piece) { return lines }
            let lines = layOut(range, base: style, indent: indent, startsBlock: startsBlock)
            cache.store(lines, for: piece)
            return lines
        }
    }

    private func layOut(_ range: Range<Int>, base: Style, indent: Int, startsBlock: Bool) -> [Line] {
        let from = Self.partition(quotes) { $0.range.upperBound > range.lowerBound }
        let pieceQuotes = quotes[from...].prefix { $0.range.lowerBound < range.upperBound }
        var inQuote = SpanCursor(pieceQuotes.map(\.range))
        var inURL = SpanCursor(URLSpans.find(text, in: range))
        let glyphs = Glyphs.make(String(decoding: text[range], as: UTF8.self), from: range.lowerBound) { offset in
            var style = base
            if let i = inQuote.span(containing: offset) { style = Self.style(of: pieceQuotes[pieceQuotes.startIndex + i].kind) }
            if inURL.span(containing: offset) != nil { style.underline = true }
            return style
        }
        guard !glyphs.isEmpty else { return [] }
        var lines = startsBlock ? [Line(glyphs: [], indent: 0, offset: range.lowerBound)] : []
        for line in Wrap.lines(glyphs, width: max(1, Self.textWidth(width) - indent)) {
            lines.append(Line(glyphs: line, indent: indent, offset: line.first?.offset ?? range.lowerBound))
        }
        return lines
    }

    /// `count` lines from `position` on (fewer at the end).
    func lines(from position: Position, count: Int) -> [Line] {
        var out: [Line] = []
        var at = position
        while out.count < count, at.piece < pieces.count {
            let lines = lines(of: at.piece)
            out += lines.dropFirst(at.line).prefix(count - out.count)
            at = Position(piece: at.piece + 1, line: 0)
        }
        return out
    }

    func line(at position: Position) -> Line? {
        guard position.piece < pieces.count else { return nil }
        let lines = lines(of: position.piece)
        return lines.indices.contains(position.line) ? lines[position.line] : nil
    }

    // MARK: Moving

    /// The position `count` lines after (or, negative, before) `position`, stopping at the first
    /// line and at `end`.
    func position(_ position: Position, movedBy count: Int) -> Position {
        var at = position
        var left = count
        while left > 0, at.piece < pieces.count {
            let available = lines(of: at.piece).count - at.line
            if left < available { return Position(piece: at.piece, line: at.line + left) }
            left -= available
            at = Position(piece: at.piece + 1, line: 0)
        }
        while left < 0 {
            if -left <= at.line { return Position(piece: at.piece, line: at.line + left) }
            left += at.line
            guard at.piece > 0 else { return first }
            let previous = at.piece - 1
            at = Position(piece: previous, line: lines(of: previous).count)
        }
        return normalised(at)
    }

    /// The same place, moved off the end of a piece onto the next line that exists.
    private func normalised(_ position: Position) -> Position {
        var at = position
        while at.piece < pieces.count, at.line >= lines(of: at.piece).count {
            at = Position(piece: at.piece + 1, line: 0)
        }
        return at
    }

    /// The top of the last screenful of `page` lines.
    func lastTop(page: Int) -> Position { position(end, movedBy: -max(1, page)) }

    /// How many lines stand before `position`, and how many there are in all, when the article
    /// is short enough to be laid out whole for the count (`countedBytes`: more would slow its
    /// opening); nil for a longer one, whose place is given by its bytes (`percent`).
    func lines(before position: Position) -> (before: Int, total: Int)? {
        guard text.count <= Self.countedBytes else { return nil }
        var before = 0, total = 0
        for piece in pieces.indices {
            let count = lines(of: piece).count
            if piece < position.piece { before += count }
            if piece == position.piece { before += min(position.line, count) }
            total += count
        }
        return (before, total)
    }

    static let countedBytes = 128 * 1024

    /// The line that shows the byte at `offset` (the last line starting at or before it).
    func position(of offset: Int) -> Position {
        let piece = max(0, Self.partition(pieces) { $0.start > offset } - 1)
        let lines = lines(of: piece)
        let line = Self.partition(lines) { $0.offset > offset } - 1
        return line >= 0 ? Position(piece: piece, line: line) : normalised(Position(piece: piece, line: 0))
    }

    /// The article offset shown at a position.
    func offset(at position: Position) -> Int {
        line(at: position)?.offset ?? text.count
    }

    /// A line as another layout of the article can find it: its offset, and whether it is the
    /// blank line before a block (which shares the offset of the block's first line).
    struct Anchor: Sendable { var offset: Int; var blank: Bool }

    func anchor(at position: Position) -> Anchor {
        Anchor(offset: offset(at: position), blank: line(at: position)?.glyphs.isEmpty ?? false)
    }

    func position(of anchor: Anchor) -> Position {
        guard anchor.offset >= 0 else { return first }
        let found = position(of: anchor.offset)
        guard anchor.blank else { return found }
        let before = position(found, movedBy: -1)
        return line(at: before)?.glyphs.isEmpty == true ? before : found
    }

    /// How far through the article's text a position is, in percent of its bytes, as less counts:
    /// the number of lines is known only once every piece is laid out.
    func percent(at position: Position) -> Int {
        guard case .text(let last, _, _, _)? = pieces.last(where: { if case .text = $0 { true } else { false } }), last.upperBound > 0 else { return 100 }
        return min(100, max(0, offset(at: position)) * 100 / last.upperBound)
    }

    /// The index of the first element for which `isAfter` holds, in a collection where it holds
    /// from some point on.
    static func partition<C: RandomAccessCollection>(_ items: C, by isAfter: (C.Element) -> Bool) -> Int where C.Index == Int {
        var low = items.startIndex, high = items.endIndex
        while low < high {
            let mid = (low + high) / 2
            if isAfter(items[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// The pieces laid out so far, so scrolling back and forth does not lay them out again; bounded
/// by glyphs, so reading through a 200 MB article keeps only the pieces near the screen. A
/// reference shared by copies of a layout, filled by whoever asks first (the update or the view).
private final class PieceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [Int: [ReaderLayout.Line]] = [:]
    private var order: [Int] = []
    private var glyphs = 0
    private let limit = 2_000_000

    func lines(_ piece: Int) -> [ReaderLayout.Line]? {
        lock.withLock { lines[piece] }
    }

    func store(_ new: [ReaderLayout.Line], for piece: Int) {
        lock.withLock {
            guard lines[piece] == nil else { return }
            lines[piece] = new
            order.append(piece)
            glyphs += new.reduce(0) { $0 + $1.glyphs.count }
            while glyphs > limit, order.count > 1 {
                let oldest = order.removeFirst()
                glyphs -= lines.removeValue(forKey: oldest)?.reduce(0) { $0 + $1.glyphs.count } ?? 0
            }
        }
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
