import FolioIndex

/// Corpus search results: two lines each, the title and the snippet with its hits marked.
enum ResultsView {
    static func draw(_ results: ResultsRows, _ cursor: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        if results.results.isEmpty {
            let note = results.problem ?? (results.query.isEmpty ? "Type to search the corpus." : "Nothing found for \(results.query).")
            grid.line(note, row: rows.lowerBound, column: 1, width: grid.width - 1, style: .dim)
            return
        }
        let perPage = max(1, rows.count / 2)
        for (i, result) in results.results.dropFirst(cursor.top).prefix(perPage).enumerated() {
            let y = rows.lowerBound + i * 2
            let selected = cursor.top + i == cursor.selected
            if selected { grid.fill(row: y, style: .selected) }
            MarkedTitle.draw(result.title, result.marks, selected: selected,
                             row: y, column: 1, width: grid.width - 2, into: &grid)
            guard y + 1 < rows.upperBound else { continue }
            var hits = SpanCursor(result.hits)
            let glyphs = Glyphs.make(result.snippet, from: 0) { hits.span(containing: $0) == nil ? .plain : .match }
            grid.draw(Wrap.truncate(glyphs, width: grid.width - 3, showing: .match), row: y + 1, column: 3)
        }
    }
}
