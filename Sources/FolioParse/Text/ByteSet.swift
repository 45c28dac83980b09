/// A set of bytes as four 64-bit masks: asking whether a line starts with one of a few bytes is a
/// shift and a test, where a `Set<UInt8>` hashes the byte first.
struct ByteSet: Sendable {
    private var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init<S: Sequence<UInt8>>(_ bytes: S) {
        for byte in bytes {
            let bit: UInt64 = 1 << (byte & 63)
            switch byte >> 6 {
            case 0: masks.0 |= bit
            case 1: masks.1 |= bit
            case 2: masks.2 |= bit
            default: masks.3 |= bit
            }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        let mask: UInt64
        switch byte >> 6 {
        case 0: mask = masks.0
        case 1: mask = masks.1
        case 2: mask = masks.2
        default: mask = masks.3
        }
        return mask >> (byte & 63) & 1 != 0
    }
}
