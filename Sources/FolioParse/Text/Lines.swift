/// One line of a text: the byte range of its content, without the line end.
struct Line: Sendable {
    var start: Int
    var end: Int
}

enum LineScanner {
    /// Splits at LF, CR, CRLF, U+2028 and U+2029: scraped text mixes all of them, and a lone CR
    /// left inside a line would move the terminal's cursor when displayed.
    static func lines(in bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { bytes in
            while i < n {
                // Ordinary text eight bytes at a time: no CR (or other control) and no last byte of
                // U+2028 or U+2029 (E2 80 A8, E2 80 A9), which curly quotes and dashes do not share.
                while i + 8 <= n {
                    let word = ByteWords.load(bytes, at: i)
                    if ByteWords.has(word, below: 0x0E) || ByteWords.has(word | 0x0101_0101_0101_0101, byte: 0xA9) { break }
                    i += 8
                }
                guard i < n else { break }
                let b = bytes[i]
                if b == 0x0A {
                    lines.append(Line(start: start, end: i))
                    i += 1
                    start = i
                } else if b == 0x0D {
                    lines.append(Line(start: start, end: i))
                    i += (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else if b == 0xA8 || b == 0xA9, i - 2 >= start, bytes[i - 2] == 0xE2, bytes[i - 1] == 0x80 {
                    lines.append(Line(start: start, end: i - 2))
                    i += 1
                    start = i
                } else {
                    i += 1
                }
            }
        }
        if start < n { lines.append(Line(start: start, end: n)) }
        return lines
    }
}
