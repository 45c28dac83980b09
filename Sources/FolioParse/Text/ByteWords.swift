/// Eight bytes tested at once, so that loops looking for a few rare bytes (line ends, quote
/// marks, anything not ASCII) skip ordinary text a word at a time.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `i`, which must have eight bytes after it, the first lowest.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// Writes the eight bytes of `word` at `i`, the lowest first.
    @inline(__always)
    static func store(_ word: UInt64, to bytes: UnsafeMutableBufferPointer<UInt8>, at i: Int) {
        precondition(i + 8 <= bytes.count)
        UnsafeMutableRawPointer(bytes.baseAddress! + i).storeBytes(of: word.littleEndian, as: UInt64.self)
    }

    @inline(__always)
    static func has(_ word: UInt64, byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// The top bit of each byte equal to `byte`, exactly: unlike `has`, no borrow from one byte
    /// marks its neighbour.
    @inline(__always)
    static func matches(_ word: UInt64, byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~((x & lows) &+ lows | x) & highs
    }

    /// Whether a byte below `limit` (at most 0x80) is in the word.
    @inline(__always)
    static func has(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// ASCII capitals made small, in a word of ASCII bytes only: a byte's top bit comes out set
    /// when adding lifts it to "A" and over "Z", and never carries into the next byte.
    @inline(__always)
    static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let atLeastA = word &+ ones &* (0x80 - 0x41)
        let overZ = word &+ ones &* (0x80 - 0x5B)
        return word | (atLeastA & ~overZ & highs) >> 2
    }

    /// How many bytes have their top bit set in `marks`, which holds top bits only: each byte
    /// moved down to 0 or 1 and all eight summed into the highest by one multiplication, faster
    /// than `nonzeroBitCount` on processors Swift may not assume a population count on.
    @inline(__always)
    static func count(_ marks: UInt64) -> Int { Int(truncatingIfNeeded: ((marks >> 7) &* ones) >> 56) }

    /// The position of the first byte (the lowest) whose top bit is set in `marks`, which holds
    /// top bits only and is not zero.
    @inline(__always)
    static func first(_ marks: UInt64) -> Int { marks.trailingZeroBitCount >> 3 }

    /// The position of the last byte (the highest) whose top bit is set in `marks`, not zero.
    @inline(__always)
    static func last(_ marks: UInt64) -> Int { (63 - marks.leadingZeroBitCount) >> 3 }

    /// The top bit of each byte that is not ASCII.
    @inline(__always)
    static func highBits(_ word: UInt64) -> UInt64 { word & highs }
}
