import FolioIndex

/// An article's title as a list shows it with the user's marks: bold while unread, as a mail
/// reader shows new mail, then its note (✎) and tags in the accent colour, given at most half
/// the width.
enum MarkedTitle {
    static func draw(_ title: String, _ marked: UserData.Marks, selected: Bool, row: Int, column: Int, width: Int, into grid: inout Grid) {
        let marks = ((marked.note == nil ? [] : ["✎"]) + marked.tags.map { "#" + $0 }).joined(separator: " ")
        // A space before the marks, which a line drawn does not begin with.
        let marksWidth = marks.isEmpty ? 0 : min(CellWidth.of(marks) + 1, width / 2)
        let end = grid.line(title, row: row, column: column, width: width - marksWidth, style: selected ? .selected : marked.read ? .plain : .bold)
        if marksWidth > 1 { _ = grid.line(marks, row: row, column: end + 1, width: marksWidth - 1, style: selected ? .selected : .accent) }
    }
}
