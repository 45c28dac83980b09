/// Character classes with an ASCII fast path: Unicode property lookups cost dozens of
/// instructions each, and most scalars of English news are ASCII.
enum ScalarClass {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value | 0x20) : c.properties.isAlphabetic
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x30...0x39).contains(c.value) : c.properties.numericType != nil
    }

    /// A letter or a digit: what words are made of.
    static func isWord(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value) : c.properties.isLowercase
    }
}
