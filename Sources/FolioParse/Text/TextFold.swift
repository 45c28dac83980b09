/// The one way Folio compares text written by different hands: case folded, quote marks and
/// dashes made plain, and every kind of white space (no-break spaces included) made one space.
public enum TextFold {
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        var source = String(text)
        return source.withUTF8 { bytes in
            // Folding never lengthens a scalar's UTF-8 by more than half (Ⱥ to ⱥ: two bytes to three).
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                var count = 0
                var pendingSpace = false
                // White space is written only once a word follows it, so none ends a key.
                func spaceIfPending() {
                    if pendingSpace, count > 0 { out[count] = 0x20; count += 1 }
                    pendingSpace = false
                }
                func append(_ scalar: Unicode.Scalar) {
                    spaceIfPending()
                    UTF8.encode(scalar) { out[count] = $0; count += 1 }
                }
                var i = 0
                while i < bytes.count {
                    // Eight ASCII bytes of printable words and single spaces, neither first nor
                    // last, fold to themselves in lower case: one store.
                    if i + 8 <= bytes.count {
                        let word = ByteWords.load(bytes, at: i)
                        let spaces = ByteWords.matches(word, byte: 0x20)
                        if ByteWords.highBits(word) == 0, !ByteWords.has(word, below: 0x20),
                           spaces & (spaces << 8 | 0x80 | 0x80 << 56) == 0 {
                            spaceIfPending()
                            ByteWords.store(ByteWords.lowercasedASCII(word), to: out, at: count)
                            count += 8
                            i += 8
                            continue
                        }
                    }
                    let b = bytes[i]
                    if b < 0x80 {
                        // ASCII, most of any text, without a Unicode property look-up.
                        if b == 0x20 || (0x09...0x0D).contains(b) {
                            pendingSpace = true
                        } else {
                            spaceIfPending()
                            out[count] = (0x41...0x5A).contains(b) ? b | 0x20 : b
                            count += 1
                        }
                        i += 1
                        continue
                    }
                    let (scalar, length) = UTF8Scalars.scalar(bytes, at: i, end: bytes.count)
                    i += length
                    if QuoteMarks.double.contains(scalar) { append("\""); continue }
                    if QuoteMarks.single.contains(scalar) { append("'"); continue }
                    if TextScan.isDash(scalar) { append("-"); continue }
                    let properties = scalar.properties
                    if properties.isWhitespace {
                        pendingSpace = true
                    } else if properties.changesWhenLowercased {
                        for lower in properties.lowercaseMapping.unicodeScalars { append(lower) }
                    } else {
                        append(scalar)
                    }
                }
                return count
            }
        }
    }
}

extension TextFold {
    /// White space runs (line ends and no-break spaces included) made one space, ends trimmed;
    /// case and marks kept. For one-line fields such as titles.
    public static func collapseSpace<S: StringProtocol>(_ text: S) -> String {
        // Split as scalars, not Characters: a title's words are a few slices of its storage.
        String(text).unicodeScalars.split(whereSeparator: ScalarClass.isSpace).map { String(Substring($0)) }.joined(separator: " ")
    }
}
