/// The place, date and agency a wire story's first paragraph opens on: "WASHINGTON, June 10 (UPI)
/// — ", "LONDON (Reuters) - ", "JACKSON, Miss. - ", "TALLAHASSEE — ". They are no part of the
/// first sentence, whose subject the rules read from its first word: "PHILADELPHIA, July 25 (UPI)
/// — The Democratic National Committee released a statement …, offering “…”".
enum Dateline {
    /// The longest opening read as one, in bytes: a place, a state or a date, an agency and a dash.
    static let reach = 80

    /// Where the text after a dateline opening bytes `range` starts, or `range.lowerBound` when
    /// the paragraph opens on none. The place is in capitals (two letters or more, no lower case);
    /// after a comma may come a state or a date, then an agency in brackets, then a dash between
    /// spaces.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let limit = min(range.upperBound, range.lowerBound + reach)
        var i = range.lowerBound
        var capitals = 0
        while i < limit, isCapital(bytes[i]) || bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ".") {
            if isCapital(bytes[i]) { capitals += 1 }
            i += 1
        }
        guard capitals >= 2, i < limit else { return range.lowerBound }
        // ", Miss.", ", June 10", ", Calif., Feb. 3": a state or a date after a comma.
        if bytes[i] == UInt8(ascii: ",") {
            i += 1
            while i < limit, bytes[i] != UInt8(ascii: "("), bytes[i] != UInt8(ascii: "-"), bytes[i] < 0x80 { i += 1 }
        }
        // "(Reuters)", "(AP)".
        if i < limit, bytes[i] == UInt8(ascii: "(") {
            guard let close = (i..<limit).first(where: { bytes[$0] == UInt8(ascii: ")") }) else { return range.lowerBound }
            i = close + 1
            while i < limit, bytes[i] == 0x20 { i += 1 }
        }
        // The dash, between spaces: a hyphen, two, an en dash or an em dash.
        guard i > range.lowerBound, bytes[i - 1] == 0x20 else { return range.lowerBound }
        var dash = i
        if dash + 1 < limit, bytes[dash] == UInt8(ascii: "-") {
            dash += bytes[dash + 1] == UInt8(ascii: "-") ? 2 : 1
        } else if dash + 2 < limit, bytes[dash] == 0xE2, bytes[dash + 1] == 0x80, bytes[dash + 2] == 0x93 || bytes[dash + 2] == 0x94 {
            dash += 3
        } else {
            return range.lowerBound
        }
        guard dash < limit, bytes[dash] == 0x20 else { return range.lowerBound }
        return dash + 1
    }

    private static func isCapital(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
}
