/// The quote marks of the languages scraped news is written in, and how to tell a closing single
/// quote from an apostrophe (Syria’s, didn’t, ’90s, rock ’n’ roll).
enum QuoteMarks {
    /// Whether `c` closes a quotation opened by `open`. Closing marks are generous because scraped
    /// text mixes styles (“…" closed by a plain mark).
    static func closes(_ open: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool {
        switch open {
        case "\u{201C}", "\"": return c == "\u{201D}" || c == "\""   // “ ” and "
        case "\u{201E}": return c == "\u{201C}" || c == "\u{201D}"    // „ “
        case "\u{00AB}": return c == "\u{00BB}"                        // « »
        case "\u{2018}": return c == "\u{2019}"                        // ‘ ’
        case "'": return c == "'"
        default: return false
        }
    }

    /// False for every scalar that is no quote mark of any kind, in two comparisons for a letter:
    /// the scanners ask it of every scalar before asking which mark it is.
    @inline(__always)
    static func mayBeMark(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == "\"" || c == "'" : c.value >= 0xAB
    }

    /// Whether `c` is a mark that can open a quotation.
    static func opens(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{201C}", "\"", "\u{201E}", "\u{00AB}", "\u{2018}", "'": return true
        default: return false
        }
    }

    static func isSingle(_ mark: Unicode.Scalar) -> Bool { mark == "\u{2018}" || mark == "'" }
}
