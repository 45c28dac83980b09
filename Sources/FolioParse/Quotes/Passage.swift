/// A paragraph prepared for finding and attributing quotations: its scalars with their byte
/// offsets, its quotations, and the words around them. Each quotation stands as one token, so the
/// rules read "“…,” the general said" as [quote] [,] [the] [general] [said].
struct Passage {
    struct Token {
        enum Kind: Equatable { case word, punctuation, quote(Int) }
        var kind: Kind
        var text: String
        var lower: String
        var sentence: Int
        var capitalized: Bool
    }

    let block: Int
    let scalars: [Unicode.Scalar]
    /// The byte offset of each scalar in the article text, and one past the end.
    let offsets: [Int]
    let spans: [QuoteSpan]
    let tokens: [Token]
    /// For each quotation, the index of its token.
    let quoteTokens: [Int]

    init(block: Int, bytes: [UInt8], range: Range<Int>) {
        self.block = block
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var iterator = bytes[range].makeIterator()
        var codec = UTF8()
        var offset = range.lowerBound
        while case .scalarValue(let s) = codec.decode(&iterator) {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        spans = QuoteScanner.spans(in: scalars)
        (tokens, quoteTokens) = Self.tokenize(scalars, spans)
    }

    func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var lineBreak = false
        for s in scalars[range] {
            // Hard-wrapped lines read as one line; a no-break space stays what it is.
            if s == "\n" || s == "\r" { lineBreak = true; continue }
            if lineBreak, s == " " || s == "\t" { continue }
            if lineBreak { out.append(" "); lineBreak = false }
            out.append(s)
        }
        return String(out)
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<offsets[range.upperBound] }

    /// The tokens of the sentence holding token `i`, split at it: those before and those after.
    func sentence(around i: Int) -> (before: ArraySlice<Token>, after: ArraySlice<Token>) {
        let number = tokens[i].sentence
        var start = i, end = i + 1
        while start > 0, tokens[start - 1].sentence == number { start -= 1 }
        while end < tokens.count, tokens[end].sentence == number { end += 1 }
        return (tokens[start..<i], tokens[(i + 1)..<end])
    }

    private static func tokenize(_ s: [Unicode.Scalar], _ spans: [QuoteSpan]) -> ([Token], [Int]) {
        var tokens: [Token] = []
        var quoteTokens: [Int] = []
        var sentence = 0
        var nextSpan = 0
        var i = 0
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        while i < s.count {
            if nextSpan < spans.count, i == spans[nextSpan].open {
                let span = spans[nextSpan]
                let first = s[span.inner].first { $0.properties.isAlphabetic }
                tokens.append(Token(kind: .quote(nextSpan), text: "", lower: "", sentence: sentence, capitalized: first?.properties.isUppercase ?? false))
                quoteTokens.append(tokens.count - 1)
                i = span.close.map { $0 + 1 } ?? s.count
                nextSpan += 1
                continue
            }
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < s.count {
                    if isWordScalar(s[j]) { j += 1; continue }
                    // Inner apostrophes, hyphens and full stops join: Syria’s, Major-General, U.S.
                    if "'’-.".unicodeScalars.contains(s[j]), j + 1 < s.count, isWordScalar(s[j + 1]) { j += 2; continue }
                    break
                }
                let text = String(String.UnicodeScalarView(s[i..<j]))
                tokens.append(Token(kind: .word, text: text, lower: text.lowercased(), sentence: sentence, capitalized: c.properties.isUppercase))
                i = j
                continue
            }
            tokens.append(Token(kind: .punctuation, text: String(c), lower: String(c), sentence: sentence, capitalized: false))
            if endsSentence(c, tokens) { sentence += 1 }
            i += 1
        }
        return (tokens, quoteTokens)
    }

    /// A full stop ends a sentence unless it follows an abbreviation (Gen., U.S.) or an initial.
    private static func endsSentence(_ c: Unicode.Scalar, _ tokens: [Token]) -> Bool {
        switch c {
        case "?", "!", "\u{2026}": return true
        case ".":
            guard tokens.count >= 2 else { return true }
            let previous = tokens[tokens.count - 2]
            guard previous.kind == .word else { return true }
            return !(AttributionLexicon.abbreviations.contains(previous.lower) || (previous.text.count == 1 && previous.capitalized))
        default: return false
        }
    }
}
