/// Article text made safe to print on a terminal. Scraped pages carry escape sequences, control
/// characters that move the cursor (CR, BS), bidirectional overrides that reorder what follows
/// them, and invisible characters; none of them may change the terminal's state or hide text.
public enum TerminalSafe {
    /// The text with every control and invisible character removed, tabs as spaces, and line
    /// breaks kept only when `keepLineBreaks` is set (else they read as one space).
    public static func text(_ text: String, keepLineBreaks: Bool = true) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: out.append(keepLineBreaks ? "\n" : " ")
            case 0x09, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F...0x9F: continue
            case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
