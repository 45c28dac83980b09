/// Windows-1252 to UTF-8. Bytes 0x80–0x9F carry the typographic quotes and dashes that scraped
/// English text is full of; the five bytes the code page leaves undefined map to the C1 control of
/// the same value, as the WHATWG encoding standard does, so that nothing is lost.
enum Windows1252 {
    private static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80..<0xA0).contains(byte) ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte)
        return Unicode.Scalar(value)!
    }

    /// The UTF-8 of bytes 0x80–0xFF, four bytes each: up to three of encoding, then the length.
    private static let encodings: [UInt8] = (0x80...0xFF).flatMap { byte -> [UInt8] in
        let utf8 = Array(String(Character(scalar(for: UInt8(byte)))).utf8)
        return utf8 + [UInt8](repeating: 0, count: 3 - utf8.count) + [UInt8(utf8.count)]
    }

    static func toUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            var highBytes = 0
            var i = 0
            while i + 8 <= input.count {
                highBytes += ByteWords.count(ByteWords.highBits(ByteWords.load(input, at: i)))
                i += 8
            }
            highBytes += input[i...].reduce(0) { $0 + ($1 < 0x80 ? 0 : 1) }
            // Each byte above 0x7F has room for three bytes of UTF-8, which the copy below writes whole.
            return [UInt8](unsafeUninitializedCapacity: input.count + 2 * highBytes) { out, count in
                var n = 0
                var i = 0
                encodings.withUnsafeBufferPointer { table in
                    while i < input.count {
                        if i + 8 <= input.count {
                            let word = ByteWords.load(input, at: i)
                            if ByteWords.highBits(word) == 0 {
                                ByteWords.store(word, to: out, at: n)
                                n += 8
                                i += 8
                                continue
                            }
                        }
                        let byte = input[i]
                        i += 1
                        if byte < 0x80 {
                            out[n] = byte
                            n += 1
                            continue
                        }
                        let k = Int(byte & 0x7F) &* 4
                        out[n] = table[k]
                        out[n + 1] = table[k + 1]
                        out[n + 2] = table[k + 2]
                        n += Int(table[k + 3])
                    }
                }
                count = n
            }
        }
    }
}
