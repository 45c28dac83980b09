import FolioIndex

/// The article list: title, then (as the width allows) site, words, quotes and comments.
enum LibraryView {
    /// The columns right of the title for a window width: what fits, the most telling first.
    /// A date column, or a type column, is shown only for a corpus whose articles have them.
    static func columns(width: Int, dates: Bool = false, types: Bool = false) -> [Column] {
        var columns: [Column] = []
        // The site (Fake, Real, Satire in a labelled corpus) tells more than a count, so it goes last.
        if width >= 72 { columns = [.site, .words, .quotes, .comments] } else if width >= 56 { return [.site, .quotes] } else if width >= 44 { return [.quotes, .comments] } else { return [] }
        if types, width >= 84 { columns.insert(.type, at: 1) }
        if dates, width >= (types ? 96 : 84) { columns.insert(.date, at: types ? 2 : 1) }
        return columns
    }

    enum Column {
        case site, type, date, words, quotes, comments

        var width: Int {
            switch self {
            case .site: 18
            case .type: 10
            case .date: 10
            case .words: 7
            case .quotes: 7
            case .comments: 9
            }
        }

        var title: String {
            switch self {
            case .site: "site"
            case .type: "type"
            case .date: "date"
            case .words: "words"
            case .quotes: "quotes"
            case .comments: "comments"
            }
        }

        /// The order that sorts by this column.
        var order: LibraryOrder? {
            switch self {
            case .site, .type: nil
            case .date: .date
            case .words: .words
            case .quotes: .quotes
            case .comments: .comments
            }
        }

        /// Left-aligned text; the counts are right-aligned.
        var isText: Bool { self == .site || self == .type || self == .date }

        func value(_ row: LibraryRow) -> String {
            switch self {
            case .site: row.site ?? String(row.file.split(separator: "/").last ?? "")
            case .type: row.type ?? ""
            case .date: row.date.map { String($0.prefix(10)) } ?? ""
            case .words: Numbers.grouped(row.words)
            case .quotes: Numbers.grouped(row.quotes)
            case .comments: Numbers.grouped(row.comments)
            }
        }
    }

    /// The header bar names the columns above them, the one the list is sorted by marked with
    /// its direction.
    static func drawTitles(_ library: LibraryRows, into grid: inout Grid) {
        let columns = columns(width: grid.width, dates: library.hasDates, types: library.hasTypes)
        let marked = { (title: String, order: LibraryOrder?) in order == library.order ? title + library.order.arrow : title }
        grid.line(marked("title", .title), row: 0, column: 1, width: grid.width - 1, style: .bar)
        var x = grid.width - columns.reduce(0) { $0 + $1.width + 1 }
        for column in columns {
            let title = marked(column.title, column.order)
            let start = column.isText ? x + 1 : x + 1 + column.width - title.count
            grid.line(title, row: 0, column: start, width: column.width, style: .bar)
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
        let columns = columns(width: grid.width, dates: library.hasDates, types: library.hasTypes)
        let fixed = columns.reduce(0) { $0 + $1.width + 1 }
        for i in 0..<min(rows.count, library.ids.count - cursor.top) {
            guard let row = library.row(at: cursor.top + i) else { continue }
            let y = rows.lowerBound + i
            let selected = cursor.top + i == cursor.selected
            let style: Style = selected ? .selected : .plain
            if selected { grid.fill(row: y, style: .selected) }
            MarkedTitle.draw(row.title, row.marks, selected: selected,
                             row: y, column: 1, width: max(0, grid.width - fixed - 2), into: &grid)
            var x = grid.width - fixed
            for column in columns {
                let value = column.value(row)
                let valueWidth = min(column.width, CellWidth.of(value))
                let start = column.isText ? x + 1 : x + 1 + column.width - valueWidth
                grid.line(value, row: y, column: start, width: column.width, style: column == .site && !selected ? .dim : style)
                x += column.width + 1
            }
        }
    }
}
