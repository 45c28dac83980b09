/// Article text made safe to print on a terminal. Scraped pages carry escape sequences, control
/// characters that move the cursor (CR, BS), bidirectional overrides that reorder what follows
/// them, and invisible characters; none of them may change the terminal's state or hide text.
public enum TerminalSafe {
    /// The text with every control and invisible character removed, tabs as spaces, and line
    /// breaks kept only when `keepLineBreaks` is set (else they read as one space).
    public static func text(_ text: String, keepLineBreaks: Bool = true) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s.value {
            case 0x0A: out.append(keepLineBreaks ? "\n" : " ")
            case 0x09, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F...0x9F: continue
            // The joiner inside an emoji sequence ("👩‍👩‍👧‍👦") makes one picture of several; elsewhere it hides.
            case 0x200D where i > 0 && i + 1 < scalars.count && isPictograph(scalars[i - 1]) && isPictograph(scalars[i + 1]):
                out.append(s)
            case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: continue
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// An emoji, its presentation selector or its skin tone: what an emoji sequence joins.
    private static func isPictograph(_ s: Unicode.Scalar) -> Bool {
        s.value == 0xFE0F || (s.value >= 0x2000 && (s.properties.isEmoji || s.properties.isEmojiModifier))
    }
}
