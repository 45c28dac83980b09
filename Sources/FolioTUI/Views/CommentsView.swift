/// The comment tree: depth guides, the author line of each comment, the selected one reversed.
enum CommentsView {
    static func draw(_ comments: CommentsState, into grid: inout Grid, rows: Range<Int>) {
        let header = comments.headerLine(comments.selected)
        for (i, line) in comments.lines.dropFirst(comments.top).prefix(rows.count).enumerated() {
            let y = rows.lowerBound + i
            let selected = comments.top + i == header
            if selected { grid.fill(row: y, style: .selected) }
            if line.comment == comments.selected, !line.glyphs.isEmpty { grid.put("▌", row: y, column: 0, style: .accent) }
            grid.draw(line.glyphs, row: y, column: 1) { selected ? .selected : $0.style }
        }
    }
}
