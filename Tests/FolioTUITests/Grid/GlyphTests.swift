import Testing
@testable import FolioTUI

/// Sanitising and wrapping: no byte of an article may change the terminal's state, and lines
/// break where a reader expects.
@Suite struct GlyphTests {
    @Test func escapeSequencesControlsAndBidiOverridesNeverBecomeCells() {
        let hostile = "Raqqa\u{1B}[2J\u{1B}]0;owned\u{07} is\r still\u{08}\u{202E}smoldering\u{200B}\u{AD}\u{9B}"
        let glyphs = Glyphs.make(hostile) { _ in .plain }
        let scalars = glyphs.flatMap { $0.grapheme.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{200B}" || $0 == "\u{AD}" })
        #expect(Glyphs.string(glyphs) == "Raqqa[2J]0;owned is stillsmoldering")
    }

    @Test func aToneEmojiTakesTheCellsOfItsEmojiSoTheLineAfterItStaysInPlace() {
        // ncurses gives "🏽" a cell pair of its own; painted after "👍" it left blank cells.
        let glyphs = Glyphs.make("thumbs 👍🏽 there") { _ in .plain }
        #expect(Glyphs.string(glyphs) == "thumbs 👍 there")
        let cells: Int = glyphs.reduce(0) { $0 + $1.width }
        #expect(cells == 15)
        // Each person of a family stays; the joiner between them is never painted.
        #expect(Glyphs.string(Glyphs.make("👩‍👩‍👧‍👦") { _ in .plain }) == "👩👩👧👦")
    }

    @Test func whiteSpaceRunsAndLineEndsReadAsOneSpaceAndOffsetsPointIntoTheText() {
        let text = "Konashenko\n   asked.\t“There’s"
        let glyphs = Glyphs.make(text, from: 100) { _ in .plain }
        #expect(Glyphs.string(glyphs) == "Konashenko asked. “There’s")
        let quoteMark = glyphs.first { $0.grapheme == "“" }!
        #expect(quoteMark.offset == 100 + Array(text.utf8).firstIndex(of: 0xE2)!)
    }

    @Test func wrappingBreaksAtSpacesAndCutsOnlyAWordWiderThanTheLine() {
        let glyphs = Glyphs.make("Russian Defense Ministry spokesman Major General Igor Konashenko") { _ in .plain }
        #expect(Wrap.lines(glyphs, width: 20).map(Glyphs.string) == ["Russian Defense", "Ministry spokesman", "Major General Igor", "Konashenko"])
        let long = Glyphs.make("https://www.rt.com/news/407445-raqqa-dresden") { _ in .plain }
        #expect(Wrap.lines(long, width: 16).map(Glyphs.string) == ["https://www.rt.c", "om/news/407445-r", "aqqa-dresden"])
    }

    @Test func wrappingCountsCellsSoWideScriptsFillTheLineWithoutOverflow() {
        let glyphs = Glyphs.make("中文新闻 报道") { _ in .plain }
        let lines = Wrap.lines(glyphs, width: 6)
        #expect(lines.map(Glyphs.string) == ["中文新", "闻", "报道"])
        #expect(lines.allSatisfy { $0.reduce(0) { $0 + $1.width } <= 6 })
    }

    @Test func aSnippetWhoseHitIsFarAlongIsCutBeforeItSoTheHitShows() {
        // The snippet seen at 100 columns for /"fake news" on horne2017, its hit past the width.
        let snippet = "…Vox Media's websites contain only \"hard\" news stories and malicious political propaganda, none of which qualifies as fake news in our view…"
        let hit = snippet.range(of: "fake news")!
        let start = snippet.utf8.distance(from: snippet.startIndex, to: hit.lowerBound)
        let end = snippet.utf8.distance(from: snippet.startIndex, to: hit.upperBound)
        let glyphs = Glyphs.make(snippet, from: 0) { (start..<end).contains($0) ? .match : .plain }
        let cut = Wrap.truncate(glyphs, width: 60, showing: .match)
        let text = String(cut.map(\.grapheme))
        #expect(cut.reduce(0) { $0 + $1.width } <= 60)
        #expect(text.hasPrefix("…"))
        #expect(text.contains("fake news"))
        // A hit within the width keeps the snippet's start.
        #expect(String(Wrap.truncate(glyphs, width: 200, showing: .match).map(\.grapheme)) == String(glyphs.map(\.grapheme)))
    }

    @Test func truncationEndsWithAnEllipsisWithinTheWidth() {
        let glyphs = Glyphs.make("Russia Accuses U.S. Of Wiping Entire Syrian City") { _ in .plain }
        #expect(Glyphs.string(Wrap.truncate(glyphs, width: 12)) == "Russia Accu…")
        #expect(Glyphs.string(Wrap.truncate(glyphs, width: 100)) == "Russia Accuses U.S. Of Wiping Entire Syrian City")
    }
}
