import FolioIndex

/// Every speaker with counts, and one speaker's quotes with the article each is in.
enum SpeakersView {
    static func draw(_ speakers: SpeakerRows, _ cursor: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        if speakers.total == 0 {
            grid.line("No speaker is named in this corpus yet.", row: rows.lowerBound, column: 1, width: grid.width - 1, style: .dim)
            return
        }
        let shown = (0..<min(rows.count, speakers.total - cursor.top)).compactMap { speakers.row(at: cursor.top + $0) }
        // The counts stand in columns, each number right-aligned to the widest on screen:
        // "12 quotes in 3 articles" over " 7 quotes in 1 article".
        let quotesWidth = shown.map { Numbers.grouped($0.quotes).count }.max() ?? 0
        let articlesWidth = shown.map { Numbers.grouped($0.articles).count }.max() ?? 0
        let countsWidth = grid.width >= 40 ? quotesWidth + " quotes in ".count + articlesWidth + " articles".count : 0
        let left = grid.width - countsWidth - 1
        for i in 0..<min(rows.count, speakers.total - cursor.top) {
            guard let speaker = speakers.row(at: cursor.top + i) else { continue }
            let y = rows.lowerBound + i
            let selected = cursor.top + i == cursor.selected
            if selected { grid.fill(row: y, style: .selected) }
            grid.line(speaker.name, row: y, column: 1, width: max(0, grid.width - countsWidth - 3), style: selected ? .selected : .accent)
            guard countsWidth > 0 else { continue }
            let style: Style = selected ? .selected : .dim
            let quotes = Numbers.grouped(speaker.quotes), articles = Numbers.grouped(speaker.articles)
            let articlesAt = left + quotesWidth + " quotes in ".count
            grid.line(quotes, row: y, column: left + quotesWidth - quotes.count, width: quotes.count, style: style)
            grid.line(speaker.quotes == 1 ? "quote" : "quotes", row: y, column: left + quotesWidth + 1, width: "quotes".count, style: style)
            grid.line("in", row: y, column: left + quotesWidth + " quotes ".count, width: 2, style: style)
            grid.line(articles, row: y, column: articlesAt + articlesWidth - articles.count, width: articles.count, style: style)
            grid.line(speaker.articles == 1 ? "article" : "articles", row: y, column: articlesAt + articlesWidth + 1, width: "articles".count, style: style)
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
