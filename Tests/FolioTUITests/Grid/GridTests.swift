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
        let end = grid.draw(Glyphs.literal("ab中文", .plain), row: 0, column: 0)
        #expect(grid.text == "ab中 ")
        #expect(end == 4)
        #expect(grid[0, 3].continuation)
    }

    @Test func writingOutsideTheGridIsClippedNotACrash() {
        var grid = Grid(width: 3, height: 2)
        grid.draw(Glyphs.literal("hello", .plain), row: 1, column: 1)
        grid.draw(Glyphs.literal("x", .plain), row: 5, column: 0)
        grid.draw(Glyphs.literal("y", .plain), row: 0, column: -2)
        #expect(grid.text == "   \n he")
        #expect(Grid(width: -1, height: 0).text == "")
    }
}
