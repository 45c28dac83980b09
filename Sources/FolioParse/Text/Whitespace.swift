/// White space as a reader sees it, on UTF-8 bytes. No-break and other Unicode spaces count:
/// scraped pages are full of U+00A0 left over from `&nbsp;`, and a line holding only those is blank.
enum Whitespace {
    /// The length in bytes of the white-space character starting at `i`, or 0 if there is none.
    @inline(__always)
    static func width<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int, end: Int) -> Int where Bytes.Index == Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80, b2 <= 0x8B || b2 == 0xAF { return 3 }  // en quad … zero width space, narrow nbsp
            if b1 == 0x81, b2 == 0x9F { return 3 }                 // medium mathematical space
        }
        if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }  // ideographic
        if b == 0xEF, i + 2 < end, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }  // stray BOM
        return 0
    }

    /// Whether byte `i` is the last byte of a white-space character that ends at `i + 1`.
    @inline(__always)
    static func widthEnding<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at end: Int, start: Int) -> Int where Bytes.Index == Int {
        let b = bytes[end - 1]
        if b < 0x80 { return (b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C) ? 1 : 0 }
        if end - 2 >= start, b == 0xA0, bytes[end - 2] == 0xC2 { return 2 }
        if end - 3 >= start { return width(bytes, at: end - 3, end: end) == 3 ? 3 : 0 }
        return 0
    }

    /// The range without white space at either end.
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound, e = range.upperBound
        while s < e {
            let w = width(bytes, at: s, end: e)
            if w == 0 { break }
            s += w
        }
        while e > s {
            let w = widthEnding(bytes, at: e, start: s)
            if w == 0 { break }
            e -= w
        }
        return s..<e
    }
}
