import Testing
@testable import FolioTUI

/// Cells, widths and clipping: what decides where ncurses puts each grapheme.
@Suite struct GridTests {
    @Test func cyrillicCjkEmojiAndCombiningMarksTakeTheCellsATerminalGivesThem() {
        #expect(CellWidth.of(Character("К")) == 1)
        #expect(CellWidth.of(Character("中")) == 2)
        #expect(CellWidth.of(Character("👍")) == 2)
        #expect(CellWidth.of(Character("e\u{301}")) == 1)
        #expect(CellWidth.of("КОМЕНТАР 中文") == 13)
    }

    @Test func aWideGraphemeThatWouldNotFitBeforeTheEdgeIsLeftOutWhole() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.write("ab中文", row: 0, column: 0, style: .plain)
        #expect(grid.text == "ab中 ")
        #expect(end == 4)
        #expect(grid[0, 3].continuation)
    }

    @Test func writingOutsideTheGridIsClippedNotACrash() {
        var grid = Grid(width: 3, height: 2)
        grid.write("hello", row: 1, column: 1, style: .plain)
        grid.write("x", row: 5, column: 0, style: .plain)
        grid.write("y", row: 0, column: -2, style: .plain)
        #expect(grid.text == "   \n he")
        #expect(Grid(width: -1, height: 0).text == "")
    }
}
