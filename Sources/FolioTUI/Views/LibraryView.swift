import FolioIndex

/// The article list: title, then (as the width allows) site, words, quotes and comments.
enum LibraryView {
    /// The columns right of the title for a window width: what fits, the most telling first.
    static func columns(width: Int) -> [Column] {
        if width >= 72 { return [.site, .words, .quotes, .comments] }
        if width >= 44 { return [.quotes, .comments] }
        return []
    }

    enum Column {
        case site, words, quotes, comments

        var width: Int {
            switch self {
            case .site: 18
            case .words: 7
            case .quotes: 7
            case .comments: 9
            }
        }

        var title: String {
            switch self {
            case .site: "site"
            case .words: "words"
            case .quotes: "quotes"
            case .comments: "comments"
            }
        }

        func value(_ row: LibraryRow) -> String {
            switch self {
            case .site: row.site ?? String(row.file.split(separator: "/").last ?? "")
            case .words: Numbers.grouped(row.words)
            case .quotes: Numbers.grouped(row.quotes)
            case .comments: Numbers.grouped(row.comments)
            }
        }
    }

    /// The header bar names the columns above them.
    static func drawTitles(into grid: inout Grid) {
        let columns = columns(width: grid.width)
        grid.line("title", row: 0, column: 1, width: grid.width - 1, style: .bar)
        var x = grid.width - columns.reduce(0) { $0 + $1.width + 1 }
        for column in columns {
            let start = column == .site ? x + 1 : x + 1 + column.width - column.title.count
            grid.line(column.title, row: 0, column: start, width: column.width, style: .bar)
            x += column.width + 1
        }
    }

    /// Rows not read yet (the cursor jumped past those read) are left blank for the moment they take.
    static func draw(_ library: LibraryRows, _ cursor: ListCursor, session: Session, into grid: inout Grid, rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        if library.loaded && library.ids.isEmpty {
            let note = session.indexing == nil ? "No articles in \(session.corpus.name)." : "Indexing… the first articles appear here in a moment."
            grid.line(note, row: rows.lowerBound, column: 1, width: grid.width - 1, style: .dim)
            return
        }
        let columns = columns(width: grid.width)
        let fixed = columns.reduce(0) { $0 + $1.width + 1 }
        for i in 0..<min(rows.count, library.ids.count - cursor.top) {
            guard let row = library.row(at: cursor.top + i) else { continue }
            let y = rows.lowerBound + i
            let selected = cursor.top + i == cursor.selected
            let style: Style = selected ? .selected : .plain
            if selected { grid.fill(row: y, style: .selected) }
            grid.line(row.title, row: y, column: 1, width: max(0, grid.width - fixed - 2), style: selected ? .selected : .bold)
            var x = grid.width - fixed
            for column in columns {
                let value = column.value(row)
                let valueWidth = min(column.width, CellWidth.of(value))
                let start = column == .site ? x + 1 : x + 1 + column.width - valueWidth
                grid.line(value, row: y, column: start, width: column.width, style: column == .site && !selected ? .dim : style)
                x += column.width + 1
            }
        }
    }
}
