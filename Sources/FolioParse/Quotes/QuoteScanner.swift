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

    static func spans(in scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        // Every scalar of the paragraph passes through these loops: read without bounds checks.
        scalars.withUnsafeBufferPointer(spans(in:))
    }

    private static func spans(in s: UnsafeBufferPointer<Unicode.Scalar>) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = 0
        while i < s.count {
            guard QuoteMarks.mayBeMark(s[i]), QuoteMarks.opens(s[i]), opening(s, at: i) else { i += 1; continue }
            let mark = s[i]
            let single = QuoteMarks.isSingle(mark)
            // A single mark's search stops after a sentence's worth of words, which keeps a text
            // full of unmatched apostrophes linear.
            var spaces = 0
            var j = i + 1
            while j < s.count, !(QuoteMarks.mayBeMark(s[j]) && QuoteMarks.closes(mark, s[j]) && closes(s, at: j)) {
                if single, s[j] == " " { spaces += 1; if spaces >= longestSingleQuote { break } }
                j += 1
            }
            let closed = j < s.count && QuoteMarks.closes(mark, s[j])
            if single && !closed { i += 1; continue }
            var end = j
            while end > i + 1, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
            let span = QuoteSpan(open: i, inner: (i + 1)..<end, close: closed ? j : nil)
            if hasWords(s, span, single: single) { spans.append(span) }
            i = closed ? j + 1 : s.count
        }
        return spans
    }

    /// A mark opens a quotation when it stands before a word, after a space, a bracket, a dash or
    /// the start. Single marks also need a letter next, so ’90s and rock ’n’ roll are not quotes.
    private static func opening(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        let mark = s[i]
        guard QuoteMarks.opens(mark), i + 1 < s.count, !ScalarClass.isSpace(s[i + 1]) else { return false }
        let afterSpace = i == 0 || isOpeningContext(s[i - 1])
        switch mark {
        case "\u{201C}", "\u{201E}", "\u{00AB}": return true
        case "\"": return afterSpace
        default: return afterSpace && ScalarClass.isLetter(s[i + 1])
        }
    }

    private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "/", "\u{2014}", "\u{2013}", "-", "\u{201C}", "\u{2018}", "\"", "'", "\u{00AB}": return true
        default: return ScalarClass.isSpace(c)
        }
    }

    /// A mark closes when it follows the quoted words and no letter follows it: the ’ of Syria’s
    /// has a letter after it and is an apostrophe.
    private static func closes(_ s: UnsafeBufferPointer<Unicode.Scalar>, at j: Int) -> Bool {
        guard !ScalarClass.isSpace(s[j - 1]) || s[j] == "\u{201D}" || s[j] == "\u{00BB}" else { return false }
        guard j + 1 < s.count else { return true }
        let next = s[j + 1]
        return !ScalarClass.isWord(next)
    }

    private static func hasWords(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ span: QuoteSpan, single: Bool) -> Bool {
        var letters = 0
        for c in s[span.inner] where ScalarClass.isWord(c) {
            letters += 1
            if letters >= (single ? 2 : 1) { return true }
        }
        return false
    }
}
