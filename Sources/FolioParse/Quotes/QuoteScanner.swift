/// One quotation in marks within a paragraph, as byte offsets in the article text.
struct QuoteSpan: Equatable {
    /// The opening mark.
    var open: Int
    /// The quoted words: after the opening mark, up to the closing mark or the paragraph's end.
    var inner: Range<Int>
    /// The closing mark, or nil when the paragraph ended before one.
    var close: Int?
    /// Just past the closing mark, or the paragraph's end.
    var end: Int

    var closed: Bool { close != nil }
}

/// Finds the quotations in marks of one paragraph. A quotation inside another (‘liberated’ inside
/// “…”) stays part of the outer one; an unclosed mark ends its quotation at the paragraph's end,
/// so one stray mark never swallows the rest of an article.
///
/// It reads the UTF-8 bytes themselves, decoding a scalar only where a mark may stand or where a
/// rule looks beside one: most of a paragraph is passed over eight bytes at a time.
enum QuoteScanner {
    /// Single-quoted spans longer than this are apostrophes mistaken for marks, not quotations.
    static let longestSingleQuote = 60

    static func spans(in bytes: [UInt8], _ paragraph: Range<Int>) -> [QuoteSpan] {
        bytes.withUnsafeBufferPointer { spans(in: $0, paragraph) }
    }

    /// Whether a mark in the paragraph opens a quotation, by the same rule `spans` opens one:
    /// only such paragraphs are read further.
    static func mayOpen(in bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        let text = Text(bytes: bytes, range: paragraph)
        var i = QuoteMarks.nextLeadByte(in: bytes, from: paragraph.lowerBound, end: paragraph.upperBound)
        while i < paragraph.upperBound {
            let (mark, markLength) = text.scalar(at: i)
            if QuoteMarks.opens(mark), text.opening(mark, at: i, length: markLength) { return true }
            i = QuoteMarks.nextLeadByte(in: bytes, from: i + markLength, end: paragraph.upperBound)
        }
        return false
    }

    static func spans(in bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> [QuoteSpan] {
        let text = Text(bytes: bytes, range: paragraph)
        var spans: [QuoteSpan] = []
        var i = QuoteMarks.nextLeadByte(in: bytes, from: paragraph.lowerBound, end: paragraph.upperBound)
        while i < paragraph.upperBound {
            if text.opensDoubled(at: i) {
                let open = i + 2
                let (stop, after) = text.doubledClose(from: open)
                var end = stop
                while end > open, ScalarClass.isSpace(text.scalar(before: end)) { end = text.start(before: end) }
                let span = QuoteSpan(open: i, inner: open..<end, close: after == nil ? nil : stop, end: after ?? paragraph.upperBound)
                if text.hasWords(span.inner, atLeast: 1) { spans.append(span) }
                i = after.map { QuoteMarks.nextLeadByte(in: bytes, from: $0, end: paragraph.upperBound) } ?? paragraph.upperBound
                continue
            }
            let (mark, markLength) = text.scalar(at: i)
            guard QuoteMarks.opens(mark), text.opening(mark, at: i, length: markLength) else {
                i = QuoteMarks.nextLeadByte(in: bytes, from: i + markLength, end: paragraph.upperBound)
                continue
            }
            let single = QuoteMarks.isSingle(mark)
            let open = i + markLength
            guard let (stop, after) = single ? text.singleClose(mark, from: open) : text.close(mark, from: open) else {
                i += markLength
                continue
            }
            var end = stop
            while end > open, ScalarClass.isSpace(text.scalar(before: end)) { end = text.start(before: end) }
            let span = QuoteSpan(open: i, inner: open..<end, close: after == nil ? nil : stop, end: after ?? paragraph.upperBound)
            if text.hasWords(span.inner, atLeast: single ? 2 : 1) { spans.append(span) }
            i = after.map { QuoteMarks.nextLeadByte(in: bytes, from: $0, end: paragraph.upperBound) } ?? paragraph.upperBound
        }
        return spans
    }

    /// A paragraph's bytes, read scalar by scalar forwards and backwards.
    private struct Text {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>

        @inline(__always)
        func scalar(at i: Int) -> (Unicode.Scalar, Int) { UTF8Scalars.scalar(bytes, at: i, end: range.upperBound) }
        @inline(__always)
        func start(before i: Int) -> Int { UTF8Scalars.start(before: i, in: bytes, floor: range.lowerBound) }
        @inline(__always)
        func scalar(before i: Int) -> Unicode.Scalar { scalar(at: start(before: i)).0 }

        /// A mark opens a quotation when it stands before a word, after a space, a bracket, a dash
        /// or the start. Single marks also need a letter next, so ’90s and rock ’n’ roll are not
        /// quotes.
        func opening(_ mark: Unicode.Scalar, at i: Int, length: Int) -> Bool {
            guard i + length < range.upperBound else { return false }
            let next = scalar(at: i + length).0
            guard !ScalarClass.isSpace(next) else { return false }
            // A double mark with a closing mark of its own (“ „ «) opens wherever it stands; one
            // that closes itself (") opens only where a quotation may start, and a single mark,
            // which is also an apostrophe, only there and before a letter.
            guard let pair = QuoteMarks.pair(opening: mark) else { return false }
            if !pair.isSingle, !pair.closes.contains(mark) { return true }
            if pair.isSingle, !ScalarClass.isLetter(next) { return false }
            return i == range.lowerBound || Self.isOpeningContext(scalar(before: i))
        }

        /// Whether two apostrophes at `i` open a quotation (`QuoteMarks.doubledApostrophe`): where
        /// a quotation may start, before a word.
        func opensDoubled(at i: Int) -> Bool {
            isDoubled(at: i) && i + 2 < range.upperBound && !ScalarClass.isSpace(scalar(at: i + 2).0)
                && (i == range.lowerBound || Self.isOpeningContext(scalar(before: i)))
        }

        private func isDoubled(at i: Int) -> Bool {
            i + 1 < range.upperBound && bytes[i] == QuoteMarks.doubledApostrophe[0] && bytes[i + 1] == QuoteMarks.doubledApostrophe[1]
        }

        /// Where a quotation opened by two apostrophes stops: the next two after its words that
        /// no letter follows, or the paragraph's end and nil.
        func doubledClose(from i: Int) -> (stop: Int, after: Int?) {
            var j = QuoteMarks.nextLeadByte(in: bytes, from: i, end: range.upperBound)
            while j < range.upperBound {
                if isDoubled(at: j), j > i, !ScalarClass.isSpace(scalar(before: j)),
                   j + 2 >= range.upperBound || !ScalarClass.isWord(scalar(at: j + 2).0) {
                    return (j, j + 2)
                }
                j = QuoteMarks.nextLeadByte(in: bytes, from: j + (isDoubled(at: j) ? 2 : 1), end: range.upperBound)
            }
            return (range.upperBound, nil)
        }

        /// What may stand just before a quotation: a space, a bracket, a dash, a slash or
        /// another opening mark.
        private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "(", "[", "{", "/": return true
            default: return TextScan.isDash(c) || ScalarClass.isSpace(c) || QuoteMarks.opens(c)
            }
        }

        /// Where the quotation opened by `mark` stops, searching from `i`: the closing mark and
        /// the byte after it, or the paragraph's end and nil.
        func close(_ mark: Unicode.Scalar, from i: Int) -> (stop: Int, after: Int?) {
            var j = QuoteMarks.nextLeadByte(in: bytes, from: i, end: range.upperBound)
            while j < range.upperBound {
                let (c, length) = scalar(at: j)
                if QuoteMarks.closes(mark, c), closes(c, at: j, length: length) { return (j, j + length) }
                j = QuoteMarks.nextLeadByte(in: bytes, from: j + length, end: range.upperBound)
            }
            return (range.upperBound, nil)
        }

        /// As `close`, for a single mark: its search stops after a sentence's worth of words,
        /// which keeps a text full of unmatched apostrophes linear, and a single mark never
        /// closed is an apostrophe (nil).
        func singleClose(_ mark: Unicode.Scalar, from i: Int) -> (stop: Int, after: Int?)? {
            var spaces = 0
            var j = i
            while j < range.upperBound {
                if bytes[j] == 0x20 {
                    spaces += 1
                    if spaces >= longestSingleQuote { return nil }
                    j += 1
                    continue
                }
                let (c, length) = scalar(at: j)
                if QuoteMarks.closes(mark, c), closes(c, at: j, length: length) { return (j, j + length) }
                j += length
            }
            return nil
        }

        /// A mark closes when it follows the quoted words and no letter follows it: the ’ of
        /// Syria’s has a letter after it and is an apostrophe. After a space it closes only when
        /// it never opens, or when a single mark closing a quotation inside stands before the
        /// space ("say, 'Well done,' " said Rep. Diane Russell"), as typesetters space the two.
        private func closes(_ c: Unicode.Scalar, at j: Int, length: Int) -> Bool {
            guard !ScalarClass.isSpace(scalar(before: j)) || QuoteMarks.closingOnly.contains(c) || followsInnerClose(j) else { return false }
            guard j + length < range.upperBound else { return true }
            return !ScalarClass.isWord(scalar(at: j + length).0)
        }

        /// Whether spaces, then a single closing mark after a word or a comma, stand before `j`.
        private func followsInnerClose(_ j: Int) -> Bool {
            var k = j
            while k > range.lowerBound, ScalarClass.isSpace(scalar(before: k)) { k = start(before: k) }
            guard k > range.lowerBound, k < j, QuoteMarks.single.contains(scalar(before: k)) else { return false }
            let mark = start(before: k)
            guard mark > range.lowerBound else { return false }
            let before = scalar(before: mark)
            return ScalarClass.isWord(before) || [",", ".", "!", "?"].contains(before)
        }

        func hasWords(_ inner: Range<Int>, atLeast needed: Int) -> Bool {
            var letters = 0
            var i = inner.lowerBound
            while i < inner.upperBound {
                let (c, length) = scalar(at: i)
                if ScalarClass.isWord(c) {
                    letters += 1
                    if letters >= needed { return true }
                }
                i += length
            }
            return false
        }
    }
}
