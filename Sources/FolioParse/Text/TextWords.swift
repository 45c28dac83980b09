import Foundation

/// Words as the index cuts them (`Schema.tokenizer`): FTS5's `unicode61 remove_diacritics 2` takes a word to
/// be a run of letters, digits, private-use characters and combining marks, cut at everything
/// else ("Syria’s" is "syria" and "s"; "Anglo-American" two words), lower-cased and without its
/// diacritics. The reader's in-article search and highlights read words this way, so a query
/// lights in an article exactly what it found in the index.
public enum TextWords {
    public struct Word: Equatable, Sendable {
        /// The word's bytes in the text given.
        public var range: Range<Int>
        public var folded: String
    }

    /// The words of `text`, with their UTF-8 ranges in it.
    public static func words(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { words(in: $0) }
    }

    /// The folded words of `text` alone.
    public static func folded(_ text: String) -> [String] { words(text).map(\.folded) }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var out: [Word] = []
        var i = 0
        var start: Int?
        var ascii = true
        func close(at end: Int) {
            guard let s = start else { return }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<end]), as: UTF8.self)
            out.append(Word(range: s..<end, folded: ascii ? word.lowercased() : fold(word)))
            start = nil
            ascii = true
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                let isWord = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
                if isWord { if start == nil { start = i } } else { close(at: i) }
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.scalar(bytes, at: i, end: bytes.count)
            if isWordScalar(scalar) {
                if start == nil { start = i }
                ascii = false
            } else {
                close(at: i)
            }
            i += length
        }
        close(at: bytes.count)
        return out
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// Lower case without diacritics: "Konašenkov" and "konasenkov" are one word. An ASCII word
    /// has none to drop, and skips Foundation's folding, which costs a thousand instructions.
    static func fold(_ word: String) -> String {
        word.isASCII ? word.lowercased() : word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }
}
