/// The character encodings Folio recognises in a source. Scraped corpora are UTF-8 or, from older
/// Windows-based scrapers, Windows-1252 (Latin-1 text reads the same); anything that is not valid
/// UTF-8 is read as the latter, because every byte sequence is valid Windows-1252 and so no
/// article is ever refused. Text saved by Windows as "Unicode" is UTF-16 with a byte order mark.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
}

/// Source bytes turned into text Folio can work on.
public struct DecodedText: Sendable {
    /// The text as UTF-8 bytes; every offset Folio reports is an index into these.
    public let utf8: [UInt8]
    public let encoding: TextEncoding
    /// Whether a byte order mark was removed from the front.
    public let hadBOM: Bool

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

public enum TextDecoder {
    /// Decodes UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8 (lone
    /// surrogates and overlong forms included), and UTF-16 after its byte order mark. A BOM is
    /// dropped so offsets start at the text.
    public static func decode(_ bytes: [UInt8]) -> DecodedText { decodeWithString(bytes).text }

    /// The decoded text and the same text as a String, for the parser: slicing that String gives
    /// each paragraph's text without validating its bytes again.
    static func decodeWithString(_ bytes: [UInt8]) -> (text: DecodedText, string: String) {
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        var body = bytes[...]
        let hadBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hadBOM { body = body.dropFirst(3) }
        // The standard library's validation reads ASCII eight bytes at a time.
        if let string = String(validating: body, as: UTF8.self) {
            // Without a mark, the bytes themselves: no copy.
            return (DecodedText(utf8: hadBOM ? Array(body) : bytes, encoding: .utf8, hadBOM: hadBOM), string)
        }
        let utf8 = Windows1252.toUTF8(body)
        return (DecodedText(utf8: utf8, encoding: .windows1252, hadBOM: hadBOM), String(decoding: utf8, as: UTF8.self))
    }

    /// UTF-16 code units to UTF-8; a lone surrogate or an odd last byte becomes U+FFFD.
    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> (text: DecodedText, string: String) {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2 + 1)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (high, low) = bigEndian ? (body[i], body[i + 1]) : (body[i + 1], body[i])
            units.append(UInt16(high) << 8 | UInt16(low))
            i += 2
        }
        if i < body.endIndex { units.append(0xFFFD) }
        let text = String(decoding: units, as: UTF16.self)
        return (DecodedText(utf8: Array(text.utf8), encoding: bigEndian ? .utf16BE : .utf16LE, hadBOM: true), text)
    }
}
