/// One quotation in marks within a paragraph, as scalar indices of the paragraph.
struct QuoteSpan: Equatable {
    /// The opening mark.
    var open: Int
    /// The quoted words: after the opening mark, up to the closing mark or the paragraph's end.
    var inner: Range<Int>
    /// The closing mark, or nil when the paragraph ended before one.
    var close: Int?

    var closed: Bool { close != nil }
}

/// Finds the quotations in marks of one paragraph. A quotation inside another (‘liberated’ inside
/// “…”) stays part of the outer one; an unclosed mark ends its quotation at the paragraph's end,
/// so one stray mark never swallows the rest of an article.
enum QuoteScanner {
    /// Single-quoted spans longer than this are apostrophes mistaken for marks, not quotations.
    static let longestSingleQuote = 60

    static func spans(in s: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = 0
        while i < s.count {
            guard let closers = opening(s, at: i) else { i += 1; continue }
            let single = QuoteMarks.isSingle(s[i])
            // A single mark's search stops after a sentence's worth of words, which keeps a text
            // full of unmatched apostrophes linear.
            var spaces = 0
            var j = i + 1
            while j < s.count, !(closers.contains(s[j]) && closes(s, at: j)) {
                if single, s[j] == " " { spaces += 1; if spaces >= longestSingleQuote { break } }
                j += 1
            }
            let closed = j < s.count && closers.contains(s[j])
            if single && !closed { i += 1; continue }
            var end = j
            while end > i + 1, s[end - 1].properties.isWhitespace { end -= 1 }
            let span = QuoteSpan(open: i, inner: (i + 1)..<end, close: closed ? j : nil)
            if hasWords(s, span, single: single) { spans.append(span) }
            i = closed ? j + 1 : s.count
        }
        return spans
    }

    /// A mark opens a quotation when it stands before a word, after a space, a bracket, a dash or
    /// the start. Single marks also need a letter next, so ’90s and rock ’n’ roll are not quotes.
    private static func opening(_ s: [Unicode.Scalar], at i: Int) -> Set<Unicode.Scalar>? {
        let mark = s[i]
        guard let closers = QuoteMarks.closing(for: mark), i + 1 < s.count,
              !s[i + 1].properties.isWhitespace else { return nil }
        let afterSpace = i == 0 || isOpeningContext(s[i - 1])
        switch mark {
        case "\u{201C}", "\u{201E}", "\u{00AB}": return closers
        case "\"": return afterSpace ? closers : nil
        default: return afterSpace && s[i + 1].properties.isAlphabetic ? closers : nil
        }
    }

    private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || "([{/\u{2014}\u{2013}-\u{201C}\u{2018}\"'\u{00AB}".unicodeScalars.contains(c)
    }

    /// A mark closes when it follows the quoted words and no letter follows it: the ’ of Syria’s
    /// has a letter after it and is an apostrophe.
    private static func closes(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        guard !s[j - 1].properties.isWhitespace || s[j] == "\u{201D}" || s[j] == "\u{00BB}" else { return false }
        guard j + 1 < s.count else { return true }
        let next = s[j + 1]
        return !(next.properties.isAlphabetic || next.properties.numericType != nil)
    }

    private static func hasWords(_ s: [Unicode.Scalar], _ span: QuoteSpan, single: Bool) -> Bool {
        var letters = 0
        for c in s[span.inner] where c.properties.isAlphabetic || c.properties.numericType != nil {
            letters += 1
            if letters >= (single ? 2 : 1) { return true }
        }
        return false
    }
}
