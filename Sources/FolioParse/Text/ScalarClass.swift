/// Character classes with an ASCII fast path: Unicode property lookups cost dozens of
/// instructions each, and most scalars of English news are ASCII.
///
/// The lookups stand in functions of their own, never inlined: the standard library's property
/// types have no size known at compile time, and a function that touches one sets up room for
/// it on every call, which made a tokenizer's loop over ASCII letters several times slower.
enum ScalarClass {
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : Lookup.isWhitespace(c)
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value | 0x20) : Lookup.isAlphabetic(c)
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x30...0x39).contains(c.value) : Lookup.isNumeric(c)
    }

    /// A letter or a digit: what words are made of.
    @inline(__always)
    static func isWord(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) : Lookup.isUppercase(c)
    }

    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x61...0x7A).contains(c.value) : Lookup.isLowercase(c)
    }

    private enum Lookup {
        @inline(never) static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
        @inline(never) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
        @inline(never) static func isNumeric(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }
        @inline(never) static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
        @inline(never) static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }
    }
}
