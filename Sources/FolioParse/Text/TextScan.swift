/// Small questions asked of UTF-8 text, answered without building Characters.
enum TextScan {
    static func firstScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        var iterator = bytes[range].makeIterator()
        var codec = UTF8()
        if case .scalarValue(let s) = codec.decode(&iterator) { return s }
        return nil
    }

    static func lastScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        var start = range.upperBound - 1
        while start > range.lowerBound, bytes[start] & 0xC0 == 0x80, range.upperBound - start < 4 { start -= 1 }
        return firstScalar(bytes, start..<range.upperBound)
    }

    /// Marks after which a new line starts a new sentence or paragraph.
    static func closesSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", ":", ";", "\"", ")", "]", "\u{201D}", "\u{2019}", "\u{2026}", "\u{00BB}": return true
        default: return false
        }
    }

    /// Words as white-space-separated runs, counted up to `limit` so that the question
    /// "is this line short?" costs nothing on a long paragraph.
    static func wordCount(_ text: String, limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for b in bytes {
                let space = b == 0x20 || b == 0x09
                if space { inWord = false } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return count }
                }
            }
            return count
        }
    }
}
