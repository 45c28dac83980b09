@testable import FolioTUI

extension Glyphs {
    /// The text of some glyphs, to compare with what a user reads.
    static func string(_ glyphs: some Sequence<Glyph>) -> String {
        String(glyphs.map(\.grapheme))
    }
}
