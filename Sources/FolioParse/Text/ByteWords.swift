/// Eight bytes tested at once, so that loops looking for a few rare bytes (line ends, quote
/// marks, anything not ASCII) skip ordinary text a word at a time.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i`, which must have eight bytes after it.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
    }

    @inline(__always)
    static func has(_ word: UInt64, byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// Whether a byte below `limit` (at most 0x80) is in the word.
    @inline(__always)
    static func has(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// The top bit of each byte that is not ASCII.
    @inline(__always)
    static func highBits(_ word: UInt64) -> UInt64 { word & highs }
}
