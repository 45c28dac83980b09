/// One cell of the screen: a grapheme and its style. A grapheme two cells wide fills its cell and
/// leaves the next one as a `continuation`, which the terminal adapter does not paint.
struct Cell: Equatable, Sendable {
    var grapheme: Character
    var style: Style
    var continuation = false

    static let blank = Cell(grapheme: " ", style: .plain)
}

/// What a view renders into: a rectangle of cells, written by position and clipped at its edges,
/// so a view never has to know whether it fits.
struct Grid: Equatable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Puts one grapheme; false when it does not fit before the edge.
    @discardableResult
    mutating func put(_ grapheme: Character, row: Int, column: Int, style: Style, limit: Int? = nil) -> Bool {
        let w = CellWidth.of(grapheme)
        let edge = min(width, limit ?? width)
        guard row >= 0, row < height, column >= 0, column + max(w, 1) <= edge else { return false }
        if w == 0 { return true }
        cells[row * width + column] = Cell(grapheme: grapheme, style: style)
        if w == 2 { cells[row * width + column + 1] = Cell(grapheme: " ", style: style, continuation: true) }
        return true
    }

    /// Gives every cell of a row from `column` on the style, keeping its grapheme: bars and the
    /// selected line.
    mutating func fill(row: Int, from column: Int = 0, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<width { cells[row * width + x].style = style }
    }

    /// The text of every row, trailing blanks kept, for tests to compare with a whole screen.
    var text: String {
        (0..<height).map { row in
            String((0..<width).compactMap { x -> Character? in
                let cell = self[row, x]
                return cell.continuation ? nil : cell.grapheme
            })
        }.joined(separator: "\n")
    }
}
