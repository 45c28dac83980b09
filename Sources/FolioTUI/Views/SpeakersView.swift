import FolioIndex

/// Every speaker with counts, and one speaker's quotes with the article each is in.
enum SpeakersView {
    static func draw(_ speakers: SpeakerRows, _ cursor: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        if speakers.total == 0 {
            grid.line("No speaker is named in this corpus yet.", row: rows.lowerBound, column: 1, width: grid.width - 1, style: .dim)
            return
        }
        for i in 0..<min(rows.count, speakers.total - cursor.top) {
            guard let speaker = speakers.row(at: cursor.top + i) else { continue }
            let y = rows.lowerBound + i
            let selected = cursor.top + i == cursor.selected
            if selected { grid.fill(row: y, style: .selected) }
            let counts = "\(Numbers.grouped(speaker.quotes)) quote\(speaker.quotes == 1 ? "" : "s") in \(Numbers.grouped(speaker.articles)) article\(speaker.articles == 1 ? "" : "s")"
            let countsWidth = grid.width >= 40 ? CellWidth.of(counts) : 0
            grid.line(speaker.name, row: y, column: 1, width: max(0, grid.width - countsWidth - 3), style: selected ? .selected : .accent)
            if countsWidth > 0 { grid.line(counts, row: y, column: grid.width - countsWidth - 1, width: countsWidth, style: selected ? .selected : .dim) }
        }
    }

    static func draw(_ quotes: [SpeakerQuote], _ cursor: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        let perPage = max(1, rows.count / 2)
        for (i, quote) in quotes.dropFirst(cursor.top).prefix(perPage).enumerated() {
            let y = rows.lowerBound + i * 2
            let selected = cursor.top + i == cursor.selected
            if selected { grid.fill(row: y, style: .selected) }
            grid.line("“" + quote.text + "”", row: y, column: 1, width: grid.width - 2, style: selected ? .selected : .quote)
            if y + 1 < rows.upperBound { grid.line("in " + quote.title, row: y + 1, column: 3, width: grid.width - 4, style: .dim) }
        }
    }
}
