/// The one way Folio compares text written by different hands: case folded, quote marks and
/// dashes made plain, and every kind of white space (no-break spaces included) made one space.
public enum TextFold {
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch scalar {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": out.append("\"")
            case "\u{2018}", "\u{2019}", "\u{201A}": out.append("'")
            case "\u{2013}", "\u{2014}": out.append("-")
            default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}

extension TextFold {
    /// White space runs (line ends and no-break spaces included) made one space, ends trimmed;
    /// case and marks kept. For one-line fields such as titles.
    public static func collapseSpace<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
