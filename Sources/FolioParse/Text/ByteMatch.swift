/// Byte-wise tests on text. String's own hasPrefix, hasSuffix and split compare Characters under
/// canonical equivalence, which costs thousands of instructions on a short line; Folio's patterns
/// are plain phrases matched against folded text, where comparing bytes gives the same answer.
extension StringProtocol {
    func starts(withBytes prefix: String) -> Bool {
        // Most tests against a list of prefixes fail on the first byte, before any buffer is opened.
        guard let first = prefix.utf8.first else { return true }
        guard utf8.first == first else { return false }
        return withBytes(prefix) { text, p in text.count >= p.count && Self.equal(text, at: 0, p) }
    }

    func ends(withBytes suffix: String) -> Bool {
        withBytes(suffix) { text, p in text.count >= p.count && Self.equal(text, at: text.count - p.count, p) }
    }

    func contains(bytes needle: String) -> Bool {
        withBytes(needle) { text, p in
            text.count >= p.count && (0...(text.count - p.count)).contains { Self.equal(text, at: $0, p) }
        }
    }

    private func withBytes(_ pattern: String, _ test: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var pattern = pattern
        return pattern.withUTF8 { p in
            if let answer = utf8.withContiguousStorageIfAvailable({ test($0, p) }) { return answer }
            var copy = String(self)
            return copy.withUTF8 { test($0, p) }
        }
    }

    private static func equal(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in pattern.indices where text[offset + k] != pattern[k] { return false }
        return true
    }

    /// Whether every byte is ASCII: such text folds by lower-casing alone, and its bytes are its scalars.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

extension StringProtocol where SubSequence == Substring {
    /// The runs between ASCII spaces, as `split(separator: " ")` gives them.
    func spaceSeparated() -> [Substring] {
        // Walked by UTF-8 index: the generic split of the UTF-8 view and the conversion of each
        // piece cost a thousand instructions for a three-word name.
        var parts: [Substring] = []
        // Room for a name's words at once: grown from empty, the array was allocated three times.
        parts.reserveCapacity(4)
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { parts.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { parts.append(self[start...]) }
        return parts
    }
}
