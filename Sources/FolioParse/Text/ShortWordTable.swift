/// A map from short words (up to 16 bytes of UTF-8) to small values, for lookups made once per
/// word of a text. A word is packed into two integers and found by open addressing, which costs
/// a few dozen instructions where hashing a String costs hundreds.
struct ShortWordTable<Value: Sendable>: Sendable {
    private typealias Key = (UInt64, UInt64)
    private var keys: [Key]
    private var values: [Value?]
    private let mask: Int

    /// The entries are lower-case ASCII, which is how words are looked up; the initialiser stops
    /// on any other, and on one longer than 16 bytes.
    init(_ entries: [(String, Value)]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        keys = Array(repeating: (0, 0), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (word, value) in entries {
            precondition(word.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }, "\(word) is not lower-case ASCII")
            var word = word
            guard let key = word.withUTF8(Self.pack) else { preconditionFailure("\(word) is longer than 16 bytes") }
            var slot = Self.slot(key, mask)
            while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of an ASCII word read in lower case, without making a lower-cased copy of it. A
    /// word with a byte outside ASCII is none of the entries, and is told by its packed bytes.
    func value(forASCIILowercasing word: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let key = Self.pack(word), ByteWords.highBits(key.0 | key.1) == 0 else { return nil }
        return value((ByteWords.lowercasedASCII(key.0), ByteWords.lowercasedASCII(key.1)))
    }

    private func value(_ key: Key) -> Value? {
        var slot = Self.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The bytes of the word in two integers, first byte lowest, the rest zero; no entry is
    /// empty, so no word packs like a free slot.
    private static func pack(_ utf8: UnsafeBufferPointer<UInt8>) -> Key? {
        guard utf8.count <= 16 else { return nil }
        // Shifted in byte by byte: a word is a few bytes, and copying them by memcpy cost more.
        var key: Key = (0, 0)
        for k in 0..<min(utf8.count, 8) { key.0 |= UInt64(utf8[k]) << (8 * k) }
        for k in min(utf8.count, 8)..<utf8.count { key.1 |= UInt64(utf8[k]) << (8 * (k - 8)) }
        return key
    }

    private static func slot(_ key: Key, _ mask: Int) -> Int {
        let mixed = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
