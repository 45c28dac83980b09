import FolioIndex
import FolioParse

/// The article on screen, with the cursor quote and search matches drawn over the laid-out
/// styles, a bar in the margin beside the cursor quote, and the quote panel in place of the text
/// while it is open.
enum ReaderView {
    static func draw(_ reader: ReaderState, into grid: inout Grid, rows: Range<Int>) {
        if let panel = reader.panel {
            drawPanel(reader, panel, into: &grid, rows: rows)
            return
        }
        let quote = reader.quote.map { reader.quotes[$0].range }
        let current = reader.match
        for (i, line) in reader.layout.lines(from: reader.top, count: rows.count).enumerated() {
            let y = rows.lowerBound + i
            var matches = SpanCursor(reader.matches, from: line.glyphs.first?.offset ?? 0)
            var inQuote = false
            grid.draw(line.glyphs, row: y, column: 1 + line.indent) { glyph in
                guard glyph.offset != -1 else { return glyph.style }
                if let hit = matches.span(containing: glyph.offset) {
                    return hit == current ? Style(tint: .match, bold: true, underline: true, reverse: true) : .match
                }
                if let quote, quote.contains(glyph.offset) {
                    inQuote = true
                    var style = glyph.style
                    style.reverse = true
                    return style
                }
                return glyph.style
            }
            if inQuote { grid.put("▌", row: y, column: 0, style: .quote) }
        }
    }

    private static func drawPanel(_ reader: ReaderState, _ panel: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        for (i, quote) in reader.quotes.dropFirst(panel.top).prefix(rows.count).enumerated() {
            let y = rows.lowerBound + i
            let selected = panel.top + i == panel.selected
            if selected { grid.fill(row: y, style: .selected) }
            let who = quote.speaker ?? (quote.kind == .scare ? "(scare quote)" : quote.mention.map { "(“\($0)”)" } ?? "(not named)")
            let whoWidth = min(24, max(8, grid.width / 4))
            grid.line(who, row: y, column: 1, width: whoWidth, style: selected ? .selected : .accent)
            let text = "“" + quote.text + "”"
            let style = selected ? Style.selected : ReaderLayout.style(of: quote.kind)
            // The user's tags on the quotation after its words, then its note, which is cut first.
            let note = reader.quoteNotes[quote.range.lowerBound].map { "✎ " + UserData.oneLine($0) }
            let tags = ((reader.quoteTags[quote.range.lowerBound] ?? []).map { "#" + $0 } + (note.map { [$0] } ?? [])).joined(separator: " ")
            let room = max(0, grid.width - whoWidth - 3)
            let tagsWidth = tags.isEmpty ? 0 : min(CellWidth.of(tags) + 1, room / 2)
            let end = grid.line(text, row: y, column: whoWidth + 2, width: room - tagsWidth, style: style)
            if tagsWidth > 1 { grid.line(tags, row: y, column: end + 1, width: tagsWidth - 1, style: selected ? .selected : .accent) }
        }
    }
}
