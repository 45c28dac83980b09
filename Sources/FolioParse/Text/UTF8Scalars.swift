/// Scalars read straight from UTF-8 bytes, for the loops that look at every byte and want ASCII
/// to cost one comparison.
enum UTF8Scalars {
    /// The scalar whose encoding starts at `i` and the bytes it takes, reading no further than
    /// `end`; a byte that starts no valid sequence reads as U+FFFD and takes one byte.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(b) & (0x7F >> length)
        for k in 1..<length {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) } ?? ("\u{FFFD}", 1)
    }

    /// Where the scalar ending at `i` starts, no earlier than `floor`: UTF-8 marks every byte but
    /// the first of a scalar, so reading backwards needs no table of offsets.
    @inline(__always)
    static func start(before i: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Int {
        var j = i - 1
        while j > floor, bytes[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
        return j
    }
}
