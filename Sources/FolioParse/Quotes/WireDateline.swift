/// The place, date and agency a wire story's first paragraph opens on: "WASHINGTON, June 10 (UPI)
/// — ", "LONDON (Reuters) - ", "JACKSON, Miss. - ", "TALLAHASSEE — ". They are no part of the
/// first sentence, whose subject the rules read from its first word: "PHILADELPHIA, July 25 (UPI)
/// — The Democratic National Committee released a statement …, offering “…”". (A date line of a
/// page or a comment is `DateLine`.)
enum WireDateline {
    /// The longest opening read as one, in bytes: a place, a state or a date, an agency and a dash.
    static let reach = 80

    /// Where the text after a dateline opening bytes `range` starts, or `range.lowerBound` when
    /// the paragraph opens on none. The place is in capitals (two letters or more, no lower case);
    /// after a comma may come a state or a date, words each opening on a capital or a digit; then
    /// an agency in brackets; then a dash between spaces.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let limit = min(range.upperBound, range.lowerBound + reach)
        var i = range.lowerBound
        var capitals = 0
        while i < limit, isCapital(bytes[i]) || bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ".") {
            if isCapital(bytes[i]) { capitals += 1 }
            i += 1
        }
        guard capitals >= 2, i < limit else { return range.lowerBound }
        // ", Miss.", ", June 10", ", N.C.": a state or a date after a comma.
        if bytes[i] == UInt8(ascii: ",") {
            i += 1
            while i < limit {
                while i < limit, bytes[i] == 0x20 { i += 1 }
                guard i < limit, isCapital(bytes[i]) || isDigit(bytes[i]) else { break }
                while i < limit, isLetter(bytes[i]) || isDigit(bytes[i]) || bytes[i] == UInt8(ascii: ".") { i += 1 }
                if i < limit, bytes[i] == UInt8(ascii: ",") { i += 1 }
            }
        }
        // "(Reuters)", "(AP)".
        if i < limit, bytes[i] == UInt8(ascii: "(") {
            guard let close = (i..<limit).first(where: { bytes[$0] == UInt8(ascii: ")") }) else { return range.lowerBound }
            i = close + 1
            while i < limit, bytes[i] == 0x20 { i += 1 }
        }
        // A dash between spaces (two hyphens for one too).
        guard i > range.lowerBound, i < limit, bytes[i - 1] == 0x20 else { return range.lowerBound }
        let (dash, length) = UTF8Scalars.scalar(bytes, at: i, end: limit)
        guard TextScan.isDash(dash) else { return range.lowerBound }
        i += length
        if dash == "-", i < limit, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < limit, bytes[i] == 0x20 else { return range.lowerBound }
        return i + 1
    }

    private static func isCapital(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { isCapital(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
