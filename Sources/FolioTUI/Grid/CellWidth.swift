import CNcursesw
import Foundation

/// How many terminal cells a grapheme takes: the sum of `wcwidth` over its scalars, which is how
/// ncurses advances the cursor, so what Folio lays out is where ncurses puts it. A scalar the C
/// library calls unprintable counts as zero; text reaching here is sanitised already.
enum CellWidth {
    /// `wcwidth` answers from the C library's locale; in a C locale every non-ASCII scalar is
    /// "unprintable" and Cyrillic would vanish from every layout.
    private static let localeReady: Bool = {
        TerminalLocale.prepare()
        return true
    }()

    static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        if scalars.count == 1, let s = scalars.first, s.value >= 0x20, s.value < 0x7F { return 1 }
        _ = localeReady
        var width = 0
        for s in scalars {
            let w = Int(folio_wcwidth(s.value))
            if w > 0 { width += w }
        }
        return width
    }

    /// The width of a whole string, in cells.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}

/// The C library's locale, which ncurses and `wcwidth` read.
enum TerminalLocale {
    /// Takes the user's locale; if its codeset is not UTF-8 (LANG unset gives "C"), switches the
    /// character type to C.UTF-8, since article text is always Unicode.
    static func prepare() {
        setlocale(LC_ALL, "")
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    static var isUTF8: Bool { folio_locale_is_utf8() != 0 }
}
