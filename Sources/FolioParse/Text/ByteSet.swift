/// A set of ASCII bytes as two 64-bit masks: asking whether a line starts with one of a few
/// letters is a shift and a test, where a `Set<UInt8>` hashes the byte first.
struct ByteSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Bytes above 0x7F cannot be members; the initialiser stops on one.
    init<S: Sequence<UInt8>>(_ bytes: S) {
        for byte in bytes {
            precondition(byte < 0x80, "ByteSet holds ASCII only")
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 != 0 : byte < 128 && high >> (byte - 64) & 1 != 0
    }
}
