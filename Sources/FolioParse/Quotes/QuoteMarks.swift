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

    /// The first byte from `i` on that may begin a mark: " and ', or the first byte of “ ” ‘ ’ „
    /// (0xE2) or « » (0xC2). Text is read eight bytes at a time: two quick tests pass over words
    /// of ASCII without " or ', and only a word that fails them is searched for the exact byte.
    @inline(__always)
    static func nextLeadByte(in bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var i = i
        while i + 8 <= end {
            let word = ByteWords.load(bytes, at: i)
            // " (0x22) and ' (0x27) both read as ' once the bits of 0x05 are set.
            if ByteWords.highBits(word) != 0 || ByteWords.has(word | 0x0505_0505_0505_0505, byte: 0x27) {
                let found = ByteWords.matches(word, byte: 0x22) | ByteWords.matches(word, byte: 0x27)
                    | ByteWords.matches(word, byte: 0xE2) | ByteWords.matches(word, byte: 0xC2)
                if found != 0 { return i + ByteWords.first(found) }
            }
            i += 8
        }
        while i < end, !isLeadByte(bytes[i]) { i += 1 }
        return i
    }

    @inline(__always)
    private static func isLeadByte(_ b: UInt8) -> Bool { b == 0x22 || b == 0x27 || b == 0xE2 || b == 0xC2 }

    /// Whether `c` is a mark that can open a quotation.
    static func opens(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{201C}", "\"", "\u{201E}", "\u{00AB}", "\u{2018}", "'": return true
        default: return false
        }
    }

    static func isSingle(_ mark: Unicode.Scalar) -> Bool { mark == "\u{2018}" || mark == "'" }
}
