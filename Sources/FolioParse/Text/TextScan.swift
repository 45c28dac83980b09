/// Small questions asked of UTF-8 text, answered without building Characters.
enum TextScan {
    static func firstScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { UTF8Scalars.scalar($0, at: range.lowerBound, end: range.upperBound).scalar }
    }

    static func lastScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        let start = bytes.withUnsafeBufferPointer { UTF8Scalars.start(before: range.upperBound, in: $0, floor: range.lowerBound) }
        return firstScalar(bytes, start..<range.upperBound)
    }

    /// Marks after which a new line starts a new sentence or paragraph: a sentence's end, or a
    /// closing bracket or quotation mark.
    static func closesSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", ":", ";", ")", "]", "\u{2026}": return true
        default: return QuoteMarks.closing.contains(s)
        }
    }

    /// The dashes of prose: a hyphen typed for one, the figure, en and em dashes, and the
    /// horizontal bar that signs a quotation in print ("“…” ― Carla Sanchez").
    static let dashes = "-\u{2012}\u{2013}\u{2014}\u{2015}"
    /// Read for every scalar beyond ASCII that text folding meets.
    private static let dashSet = ScalarSet(dashes.unicodeScalars)

    static func isDash(_ s: Unicode.Scalar) -> Bool { dashSet.contains(s) }

    /// Whether a name is of more than one word. With Foundation imported, `contains(" ")` is
    /// NSString's search, thousands of instructions where the parse asks it of every speaker.
    static func hasSpace<S: StringProtocol>(_ text: S) -> Bool { text.utf8.contains(0x20) }

    /// Words as runs between spaces and tabs, counted eight bytes at a time and only until the
    /// count passes `limit`, so that the question "is this line short?" costs nothing on a long
    /// paragraph. Past the limit the count is only known to be larger.
    static func wordCount(_ text: String, limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            // The top bit of byte 0's slot: whether the byte before the chunk was a space.
            var spaceBefore: UInt64 = 0x80
            var i = 0
            while i + 8 <= bytes.count {
                let word = ByteWords.load(bytes, at: i)
                let spaces = ByteWords.matches(word, byte: 0x20) | ByteWords.matches(word, byte: 0x09)
                let starts = ~spaces & (spaces << 8 | spaceBefore) & ByteWords.highs
                count += ByteWords.count(starts)
                if count > limit { return count }
                spaceBefore = spaces >> 56
                i += 8
            }
            var inWord = spaceBefore == 0
            for b in bytes[i...] {
                if b == 0x20 || b == 0x09 { inWord = false } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }
}
