/// The searches the user kept: `@name`, the query, and how many articles it finds now.
enum KeptSearchesView {
    static func draw(_ searches: [KeptSearch], _ cursor: ListCursor, into grid: inout Grid, rows: Range<Int>) {
        let nameWidth = min(24, max(8, grid.width / 4))
        for (i, search) in searches.dropFirst(cursor.top).prefix(rows.count).enumerated() {
            let y = rows.lowerBound + i
            let selected = cursor.top + i == cursor.selected
            if selected { grid.fill(row: y, style: .selected) }
            let found = search.found.map { "\(Numbers.grouped($0)) article\($0 == 1 ? "" : "s")" } ?? "cannot be read"
            let foundWidth = CellWidth.of(found)
            _ = grid.line("@" + search.name, row: y, column: 1, width: nameWidth, style: selected ? .selected : .accent)
            _ = grid.line(search.query, row: y, column: nameWidth + 2, width: max(0, grid.width - nameWidth - foundWidth - 4), style: selected ? .selected : .plain)
            _ = grid.line(found, row: y, column: grid.width - foundWidth - 1, width: foundWidth, style: selected ? .selected : .dim)
        }
    }
}
