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

    static func toUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                UTF8.encode(scalar(for: byte)) { out.append($0) }
            }
        }
        return out
    }
}
