/// The quote marks of the languages scraped news is written in, and how to tell a closing single
/// quote from an apostrophe (Syria’s, didn’t, ’90s, rock ’n’ roll).
enum QuoteMarks {
    /// The marks that close a quotation opened by `open`, or nil if `open` opens none. Closing
    /// sets are generous because scraped text mixes styles (“…" closed by a plain mark).
    static func closing(for open: Unicode.Scalar) -> Set<Unicode.Scalar>? {
        switch open {
        case "\u{201C}": return ["\u{201D}", "\""]                 // “ ”
        case "\"": return ["\"", "\u{201D}"]
        case "\u{201E}": return ["\u{201C}", "\u{201D}"]           // „ “
        case "\u{00AB}": return ["\u{00BB}"]                       // « »
        case "\u{2018}": return ["\u{2019}"]                       // ‘ ’
        case "'": return ["'"]
        default: return nil
        }
    }

    static func isSingle(_ mark: Unicode.Scalar) -> Bool { mark == "\u{2018}" || mark == "'" }
}
