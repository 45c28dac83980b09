import FolioParse

/// A grapheme laid out for the screen, with its width, its style and the byte of the article's
/// text it came from, so quotes and search matches can be found on screen by offset.
struct Glyph: Equatable, Sendable {
    var grapheme: Character
    var width: Int
    var style: Style
    /// The UTF-8 offset in the article's text (its title's from `ReaderLayout.titleOffset`), or -1 for
    /// text that is not the article's.
    var offset: Int
}

/// Turns text into glyphs that are safe to paint: controls, escape sequences, bidi overrides and
/// invisible characters are dropped (`TerminalSafe`), every run of white space (line ends and
/// tabs included) becomes one space, and graphemes of no width are left out.
enum Glyphs {
    static func make(_ text: String, from offset: Int = -1, style: (Int) -> Style) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.utf8.count)
        var at = offset
        var pendingSpace: Int?
        for character in text {
            let here = at
            if offset != -1 { at += character.utf8.count }
            if character.isWhitespace {
                if pendingSpace == nil { pendingSpace = here }
                continue
            }
            let safe: String
            if character.isASCII { safe = String(character) } else { safe = TerminalSafe.text(String(character), keepLineBreaks: false) }
            for grapheme in safe {
                let grapheme = withoutSkinTone(grapheme)
                let width = CellWidth.of(grapheme)
                guard width > 0 else { continue }
                if let space = pendingSpace {
                    if !glyphs.isEmpty { glyphs.append(Glyph(grapheme: " ", width: 1, style: style(space), offset: space)) }
                    pendingSpace = nil
                }
                glyphs.append(Glyph(grapheme: grapheme, width: width, style: style(here), offset: here))
            }
        }
        return glyphs
    }

    /// "👍🏽" as "👍": ncurses gives the tone a cell pair of its own after the hand, which a
    /// terminal then draws as one picture followed by blank cells. The emoji alone stays in line.
    static func withoutSkinTone(_ grapheme: Character) -> Character {
        let scalars = grapheme.unicodeScalars
        guard scalars.count > 1, scalars.contains(where: { (0x1F3FB...0x1F3FF).contains($0.value) }) else { return grapheme }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.filter { !(0x1F3FB...0x1F3FF).contains($0.value) })
        // Tones alone ("🏽🏽") stay as they are; what is left is never more than one grapheme.
        return String(kept).first ?? grapheme
    }

    /// The text of some glyphs, as a user reads it.
    static func string(_ glyphs: some Sequence<Glyph>) -> String {
        String(glyphs.map(\.grapheme))
    }

    /// Glyphs of the reader's own words (guides, marks, counts), spaces kept as they are.
    static func literal(_ text: String, _ style: Style) -> [Glyph] {
        text.flatMap { character -> [Glyph] in
            if character.isWhitespace { return [Glyph(grapheme: " ", width: 1, style: style, offset: -1)] }
            return make(String(character)) { _ in style }
        }
    }
}

/// Word wrapping by cells: lines break at spaces, and a word wider than the line is cut between
/// graphemes, never inside one.
enum Wrap {
    static func lines(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        let width = max(1, width)
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var i = 0
        while i < glyphs.count {
            if glyphs[i].grapheme == " " { i += 1; continue }
            var end = i
            var wordWidth = 0
            while end < glyphs.count, glyphs[end].grapheme != " " {
                wordWidth += glyphs[end].width
                end += 1
            }
            let space = i > 0 && glyphs[i - 1].grapheme == " " ? glyphs[i - 1] : nil
            if !line.isEmpty, lineWidth + 1 + wordWidth <= width {
                if let space { line.append(space) }
                lineWidth += 1
            } else if !line.isEmpty {
                lines.append(line)
                line = []
                lineWidth = 0
            }
            for glyph in glyphs[i..<end] {
                if lineWidth + glyph.width > width, !line.isEmpty {
                    lines.append(line)
                    line = []
                    lineWidth = 0
                }
                line.append(glyph)
                lineWidth += glyph.width
            }
            i = end
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The glyphs cut to `width` cells, with an ellipsis where something was cut off.
    static func truncate(_ glyphs: [Glyph], width: Int) -> [Glyph] {
        var total = 0
        for (i, glyph) in glyphs.enumerated() {
            if total + glyph.width > width {
                var cut = Array(glyphs[..<i])
                var cutWidth = total
                while cutWidth + 1 > width, let last = cut.popLast() { cutWidth -= last.width }
                if width > 0 { cut.append(Glyph(grapheme: "…", width: 1, style: glyph.style, offset: -1)) }
                return cut
            }
            total += glyph.width
        }
        return glyphs
    }

    /// Cut to `width` so that the first glyph styled `style` shows, with a third of the width
    /// before it: a snippet whose hit is far along starts with "…" near the hit.
    static func truncate(_ glyphs: [Glyph], width: Int, showing style: Style) -> [Glyph] {
        guard let hit = glyphs.firstIndex(where: { $0.style == style }) else { return truncate(glyphs, width: width) }
        var before = 0
        var start = hit
        while start > 0, before + glyphs[start - 1].width <= width / 3 { start -= 1; before += glyphs[start].width }
        let reach = glyphs[..<hit].reduce(0) { $0 + $1.width } + (glyphs[hit...].prefix { $0.style == style }.reduce(0) { $0 + $1.width })
        // A hit that ends at the width with more after it would lose its last letter to the "…".
        let followed = hit + glyphs[hit...].prefix { $0.style == style }.count < glyphs.count
        guard start > 0, reach > width || (reach == width && followed) else { return truncate(glyphs, width: width) }
        let lead = Glyph(grapheme: "…", width: 1, style: .plain, offset: -1)
        return truncate([lead] + glyphs[start...], width: width)
    }
}

extension Grid {
    /// Paints glyphs from (`row`, `column`); returns the column after them.
    @discardableResult
    mutating func draw(_ glyphs: some Sequence<Glyph>, row: Int, column: Int, limit: Int? = nil, style: ((Glyph) -> Style)? = nil) -> Int {
        var x = column
        for glyph in glyphs {
            guard put(glyph.grapheme, row: row, column: x, style: style?(glyph) ?? glyph.style, limit: limit) else { break }
            x += glyph.width
        }
        return x
    }

    /// Writes untrusted text (titles, names, file paths) on one line, cut with an ellipsis.
    @discardableResult
    mutating func line(_ text: String, row: Int, column: Int, width: Int, style: Style) -> Int {
        draw(Wrap.truncate(Glyphs.make(text) { _ in style }, width: width), row: row, column: column, limit: column + width)
    }
}
