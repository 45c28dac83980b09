/// The one way Folio compares text written by different hands: case folded, quote marks and
/// dashes made plain, and every kind of white space (no-break spaces included) made one space.
public enum TextFold {
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { out.append($0) }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII, most of any text, without a Unicode property look-up.
                if v == 0x20 || (0x09...0x0D).contains(v) {
                    pendingSpace = true
                } else {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append((0x41...0x5A).contains(v) ? UInt8(v + 0x20) : UInt8(v))
                }
                continue
            }
            switch scalar {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": append("\"")
            case "\u{2018}", "\u{2019}", "\u{201A}": append("'")
            case "\u{2013}", "\u{2014}": append("-")
            default:
                let properties = scalar.properties
                if properties.isWhitespace {
                    pendingSpace = true
                } else if properties.changesWhenLowercased {
                    for lower in properties.lowercaseMapping.unicodeScalars { append(lower) }
                } else {
                    append(scalar)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension TextFold {
    /// White space runs (line ends and no-break spaces included) made one space, ends trimmed;
    /// case and marks kept. For one-line fields such as titles.
    public static func collapseSpace<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
