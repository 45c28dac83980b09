/// The quotation marks of the languages scraped news is written in, as one table: the quote
/// scanner and its prefilter, text folding, sentence ends, line shapes and the query language all
/// read it, so a mark added here is a mark everywhere. An apostrophe (Syria’s, didn’t, ’90s) is
/// told from a closing single mark by the scanner, not here.
public enum QuoteMarks {
    /// A mark that opens a quotation and the marks that may close it. Closing marks are generous
    /// because scraped text mixes styles (“…" closed by a plain mark).
    struct Pair {
        let open: Unicode.Scalar
        let closes: [Unicode.Scalar]
        /// Single marks are also apostrophes, and open only before a letter.
        let isSingle: Bool
    }

    static let pairs: [Pair] = [
        Pair(open: "\u{201C}", closes: ["\u{201D}", "\""], isSingle: false),   // “ ”
        Pair(open: "\"", closes: ["\u{201D}", "\""], isSingle: false),
        Pair(open: "\u{201E}", closes: ["\u{201C}", "\u{201D}"], isSingle: false),   // „ “
        Pair(open: "\u{00AB}", closes: ["\u{00BB}"], isSingle: false),   // « »
        Pair(open: "\u{2018}", closes: ["\u{2019}"], isSingle: true),   // ‘ ’
        Pair(open: "\u{201A}", closes: ["\u{2018}", "\u{2019}"], isSingle: true),   // ‚ ‘
        Pair(open: "'", closes: ["'"], isSingle: true),
    ]

    /// Two apostrophes stand for a double mark, opening and closing ("''It's about me,'' he
    /// said."), as newspaper archives and typewritten text write “ and ”. Never an apostrophe, so
    /// the double marks' rules apply to it, not the single marks'.
    static let doubledApostrophe: [UInt8] = [0x27, 0x27]

    /// Every mark that opens a quotation.
    static let opening = ScalarSet(pairs.map(\.open))
    /// Every mark that closes one: a sentence may end just inside it.
    static let closing = ScalarSet(pairs.flatMap(\.closes))
    /// The double marks, opening or closing: folded text writes each as ", and the query language
    /// takes each for a phrase's mark.
    public static let double = ScalarSet(pairs.filter { !$0.isSingle }.flatMap { [$0.open] + $0.closes })
    /// The single marks, opening or closing: folded text writes each as '.
    static let single = ScalarSet(pairs.filter(\.isSingle).flatMap { [$0.open] + $0.closes })
    /// Double marks that never open a quotation (” »): one may follow a space and still close.
    static let closingOnly = double.intersection(closing).subtracting(opening)

    /// Whether `c` is any quotation mark.
    static func isMark(_ c: Unicode.Scalar) -> Bool { double.contains(c) || single.contains(c) }

    static func pair(opening mark: Unicode.Scalar) -> Pair? { pairs.first { $0.open == mark } }

    /// Whether `c` closes a quotation opened by `open`.
    static func closes(_ open: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool { pair(opening: open)?.closes.contains(c) ?? false }

    /// Whether `c` is a mark that can open a quotation.
    static func opens(_ c: Unicode.Scalar) -> Bool { opening.contains(c) }

    static func isSingle(_ mark: Unicode.Scalar) -> Bool { pair(opening: mark)?.isSingle ?? false }

    /// The first UTF-8 byte of every mark in the table: " and ', 0xE2 (“ ” „ ‘ ’ ‚) and 0xC2 (« »).
    /// The byte scan below looks for exactly these four; a mark with another lead byte would
    /// need a fifth, and the check fails loudly rather than let the scan miss it.
    static let leadBytes: (UInt8, UInt8, UInt8, UInt8) = {
        let bytes = Set(pairs.flatMap { [$0.open] + $0.closes }.map { String($0).utf8.first! }).sorted()
        precondition(bytes.count == 4, "QuoteMarks.nextLeadByte looks for four lead bytes; the table has \(bytes.count)")
        return (bytes[0], bytes[1], bytes[2], bytes[3])
    }()

    /// The first byte from `i` on that may begin a mark, read eight bytes at a time: a word of
    /// ASCII holding no " or ' is passed over with one test.
    @inline(__always)
    static func nextLeadByte(in bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        let lead = leadBytes
        var i = i
        while i + 8 <= end {
            let word = ByteWords.load(bytes, at: i)
            let found = ByteWords.matches(word, byte: lead.0) | ByteWords.matches(word, byte: lead.1)
                | ByteWords.matches(word, byte: lead.2) | ByteWords.matches(word, byte: lead.3)
            if found != 0 { return i + ByteWords.first(found) }
            i += 8
        }
        while i < end, bytes[i] != lead.0, bytes[i] != lead.1, bytes[i] != lead.2, bytes[i] != lead.3 { i += 1 }
        return i
    }
}
