import FolioParse
import Testing
@testable import FolioTUI

/// The reader lays a long article out a piece at a time; the pieces must read as one text.
@Suite struct ReaderLayoutTests {
    /// An article of one 1 MB line (128 pieces): a seed sentence, numbered so every word is
    /// distinct.
    static let longLine: Article = {
        var text = ""
        var n = 0
        while text.utf8.count < 1_000_000 {
            text += "Raqqa has inherited the fate of Dresden in 1945 (\(n)) "
            n += 1
        }
        return ArticleParser.parse(bytes: Array(text.utf8), source: "long-line.txt")
    }()

    private func words(_ lines: [ReaderLayout.Line]) -> [String] {
        lines.flatMap { String($0.glyphs.map(\.grapheme)).split(separator: " ").map(String.init) }
    }

    @Test func everyWordOfAOneMegabyteLineIsShownOnceAndInOrderAcrossThePieces() {
        let layout = ReaderLayout(article: Self.longLine, quotes: [], width: 80, showBoilerplate: true)
        let all = layout.lines(from: layout.first, count: .max)
        let body = Self.longLine.text.string.split(separator: " ").map(String.init)
        #expect(words(Array(all.dropFirst(3))) == body)
        #expect(all.allSatisfy { $0.glyphs.reduce(0) { $0 + $1.width } <= 78 })
    }

    @Test func movingByLinesCrossesPiecesBothWaysAndStopsAtTheEnds() {
        let layout = ReaderLayout(article: Self.longLine, quotes: [], width: 80, showBoilerplate: true)
        let last = layout.position(layout.end, movedBy: -1)
        #expect(words([layout.line(at: last)!]).last == "(\(Self.longLine.text.string.split(separator: "(").count - 2))")
        let back = layout.position(last, movedBy: -5000)
        #expect(layout.position(back, movedBy: 5000) == last)
        #expect(layout.position(layout.first, movedBy: -3) == layout.first)
        #expect(layout.position(last, movedBy: 10) == layout.end)
    }

    @Test func theLineOfAByteIsTheLineThatShowsIt() throws {
        let layout = ReaderLayout(article: Self.longLine, quotes: [], width: 80, showBoilerplate: true)
        let text = Self.longLine.text.string
        let target = try #require(text.range(of: "(7777)"))
        let offset = text.utf8.distance(from: text.startIndex, to: target.lowerBound)
        let line = try #require(layout.line(at: layout.position(of: offset)))
        #expect(words([line]).contains("(7777)"))
    }
}
