/// A paragraph prepared for finding and attributing quotations: its scalars with their byte
/// offsets, its quotations, and the words of the sentences that hold them. Each quotation stands
/// as one token, so the rules read "“…,” the general said" as [quote] [,] [the] [general] [said].
///
/// Only the sentences around quotations are split into words: the rules never read further, and
/// splitting every sentence of every paragraph would cost more than all the rest of parsing.
struct Passage {
    /// A word, a punctuation mark or a whole quotation. A token holds no text of its own: making
    /// a String of every word cost a tenth of the parse, and the rules read few of them
    /// (`text(of:)`, `lower(of:)`); what they ask of every word is in `wordClass` and `mark`.
    struct Token {
        enum Kind: Equatable { case word, punctuation, quote(Int) }
        var kind: Kind
        /// Where the token stands in the article's bytes; empty for a quotation.
        var utf8: Range<Int>
        /// For punctuation, the mark.
        var mark: Unicode.Scalar = "\0"
        var sentence: Int
        var capitalized: Bool
        /// For a word, what the attribution lexicon says of it.
        var wordClass: AttributionLexicon.WordClass = []
    }

    /// How many tokens either side of a quotation the rules read: an attribution stands near its
    /// quotation, and the bound keeps a sentence of a thousand quotations linear.
    static let window = 48

    let block: Int
    let scalars: [Unicode.Scalar]
    /// The byte offset of each scalar in the article text, and one past the end.
    let offsets: [Int]
    let spans: [QuoteSpan]
    /// The tokens of every sentence holding a quotation (of every sentence, for a passage read
    /// whole), in order.
    let tokens: [Token]
    /// For each quotation, the index of its token.
    let quoteTokens: [Int]
    private let bytes: [UInt8]

    init(block: Int, bytes: [UInt8], range: Range<Int>, whole: Bool = false) {
        self.block = block
        self.bytes = bytes
        (scalars, offsets) = Self.decode(bytes, range)
        spans = QuoteScanner.spans(in: scalars)
        var tokenizer = Tokenizer(scalars: scalars, offsets: offsets, bytes: bytes, spans: spans)
        if whole {
            tokenizer.tokenize(0..<scalars.count)
        } else {
            var covered = 0
            for (k, span) in spans.enumerated() where span.open >= covered {
                let start = tokenizer.sentenceStart(before: k, notBefore: covered)
                covered = tokenizer.sentenceEnd(after: k)
                tokenizer.tokenize(start..<covered)
            }
        }
        tokens = tokenizer.tokens
        quoteTokens = tokenizer.quoteTokens
    }

    /// The text of scalars `range`, hard-wrapped lines read as one line; a no-break space stays
    /// what it is.
    func text(_ range: Range<Int>) -> String {
        let slice = bytes[byteRange(range)]
        guard slice.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return String(decoding: slice, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var lineBreak = false
        for s in scalars[range] {
            if s == "\n" || s == "\r" { lineBreak = true; continue }
            if lineBreak, s == " " || s == "\t" { continue }
            if lineBreak { out.append(" "); lineBreak = false }
            out.append(s)
        }
        return String(out)
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<offsets[range.upperBound] }

    /// The token as written; a quotation's token reads as nothing.
    func text(of token: Token) -> String { String(decoding: bytes[token.utf8], as: UTF8.self) }

    func lower(of token: Token) -> String { text(of: token).lowercased() }

    /// Whether a word ends in ’s or 's, in either case: "Reagan’s", "REAGAN'S".
    func isPossessive(_ token: Token) -> Bool {
        let word = bytes[token.utf8]
        guard let last = word.last, last | 0x20 == UInt8(ascii: "s") else { return false }
        let mark = word.dropLast()
        return mark.last == UInt8(ascii: "'") || mark.suffix(3).elementsEqual([0xE2, 0x80, 0x99])
    }

    /// The tokens of the sentence holding token `i`, within the window, split at it: those before
    /// and those after.
    func sentence(around i: Int) -> (before: ArraySlice<Token>, after: ArraySlice<Token>) {
        let number = tokens[i].sentence
        var start = i, end = i + 1
        while start > max(0, i - Self.window), tokens[start - 1].sentence == number { start -= 1 }
        while end < min(tokens.count, i + 1 + Self.window), tokens[end].sentence == number { end += 1 }
        return (tokens[start..<i], tokens[(i + 1)..<end])
    }

    /// UTF-8 to scalars with their offsets; a byte that starts no valid sequence reads as U+FFFD.
    private static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> ([Unicode.Scalar], [Int]) {
        // A scalar takes at least one byte, so the byte count bounds both arrays.
        var offsets: [Int] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: range.count) { scalars, count in
            offsets = [Int](unsafeUninitializedCapacity: range.count + 1) { offsets, offsetCount in
                bytes.withUnsafeBufferPointer { buffer in
                    var i = range.lowerBound
                    var n = 0
                    while i < range.upperBound {
                        let (scalar, length) = UTF8Scalars.scalar(buffer, at: i, end: range.upperBound)
                        offsets[n] = i
                        scalars[n] = scalar
                        n += 1
                        i += length
                    }
                    offsets[n] = i
                    count = n
                    offsetCount = n + 1
                }
            }
        }
        return (scalars, offsets)
    }
}

/// Splits sentences of a passage into tokens, and finds where the sentence around a quotation
/// starts and ends by the same rule the tokens are numbered by.
private struct Tokenizer {
    typealias Token = Passage.Token
    let scalars: [Unicode.Scalar]
    let offsets: [Int]
    let bytes: [UInt8]
    let spans: [QuoteSpan]
    var tokens: [Token] = []
    var quoteTokens: [Int] = []
    private var sentence = 0
    private var nextSpan = 0

    init(scalars: [Unicode.Scalar], offsets: [Int], bytes: [UInt8], spans: [QuoteSpan]) {
        self.scalars = scalars
        self.offsets = offsets
        self.bytes = bytes
        self.spans = spans
    }

    /// Where the sentence holding quotation `k` starts: after the last sentence end before it,
    /// reading each earlier quotation as one token.
    func sentenceStart(before k: Int, notBefore floor: Int) -> Int {
        var i = spans[k].open - 1
        var previous = k - 1
        while i >= floor {
            if previous >= 0, spans[previous].close == i {
                i = spans[previous].open - 1
                previous -= 1
                continue
            }
            if Self.mayEndSentence(scalars[i]), endsSentence(at: i) { return i + 1 }
            i -= 1
        }
        return floor
    }

    /// One past the end of the sentence holding quotation `k`, across any quotations after it.
    func sentenceEnd(after k: Int) -> Int {
        var next = k
        var i = spans[k].open
        while i < scalars.count {
            if next < spans.count, spans[next].open == i {
                guard let close = spans[next].close else { return scalars.count }
                i = close + 1
                next += 1
                continue
            }
            if Self.mayEndSentence(scalars[i]), endsSentence(at: i) { return i + 1 }
            i += 1
        }
        return scalars.count
    }

    mutating func tokenize(_ range: Range<Int>) {
        let s = scalars
        // About one token in five scalars of English prose; grown by doubling, as appending would,
        // since reserving just enough for each sentence would copy the tokens each time.
        let needed = tokens.count + range.count / 4
        if tokens.capacity < needed { tokens.reserveCapacity(max(needed, tokens.capacity * 2)) }
        while nextSpan < spans.count, spans[nextSpan].open < range.lowerBound { nextSpan += 1 }
        var i = range.lowerBound
        while i < range.upperBound {
            if nextSpan < spans.count, i == spans[nextSpan].open {
                let span = spans[nextSpan]
                let first = s[span.inner].first(where: ScalarClass.isLetter)
                tokens.append(Token(kind: .quote(nextSpan), utf8: offsets[i]..<offsets[i], sentence: sentence,
                                    capitalized: first.map(ScalarClass.isUpper) ?? false))
                quoteTokens.append(tokens.count - 1)
                i = span.close.map { $0 + 1 } ?? s.count
                nextSpan += 1
                continue
            }
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            if ScalarClass.isWord(c) {
                let (end, next) = wordEnd(from: i)
                let utf8 = offsets[i]..<offsets[end]
                // As many bytes as scalars: every one is ASCII, looked up in the lexicon as it stands.
                let wordClass = utf8.count == end - i
                    ? bytes.withUnsafeBufferPointer { AttributionLexicon.wordClass(ofASCII: UnsafeBufferPointer(rebasing: $0[utf8])) }
                    : AttributionLexicon.wordClass(of: String(decoding: bytes[utf8], as: UTF8.self).lowercased())
                tokens.append(Token(kind: .word, utf8: utf8, sentence: sentence, capitalized: ScalarClass.isUpper(c), wordClass: wordClass))
                i = next
                continue
            }
            tokens.append(Token(kind: .punctuation, utf8: offsets[i]..<offsets[i + 1], mark: c, sentence: sentence, capitalized: false))
            if Self.mayEndSentence(c), endsSentence(at: i) { sentence += 1 }
            i += 1
        }
        // Sentences of separate ranges are separate sentences.
        sentence += 1
    }

    /// A word from scalar `i`: where its text ends and where the next token starts. Inner
    /// apostrophes, hyphens and full stops join (Syria’s, Major-General, U.S.); a footnote number
    /// glued to a word ("Emanuel1") is not part of it.
    private func wordEnd(from i: Int) -> (end: Int, next: Int) {
        // Called for every word: its scalars are read without bounds checks.
        scalars.withUnsafeBufferPointer { s in
            var j = i + 1
            while j < s.count {
                if ScalarClass.isWord(s[j]) { j += 1; continue }
                if Self.isJoiner(s[j]), j + 1 < s.count, ScalarClass.isWord(s[j + 1]) { j += 2; continue }
                break
            }
            var end = j
            if ScalarClass.isLetter(s[i]) {
                while end > i + 1, ScalarClass.isDigit(s[end - 1]) { end -= 1 }
            }
            return (end, j)
        }
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "-" || c == "." }

    private static func mayEndSentence(_ c: Unicode.Scalar) -> Bool { c == "." || c == "?" || c == "!" || c == "\u{2026}" }

    /// A question mark, an exclamation mark or an ellipsis ends a sentence; a full stop does
    /// unless it joins a word (U.S.) or follows an abbreviation (Gen.) or an initial.
    func endsSentence(at i: Int) -> Bool {
        let s = scalars
        switch s[i] {
        case "?", "!", "\u{2026}": return true
        case ".":
            if i > 0, i + 1 < s.count, ScalarClass.isWord(s[i - 1]), ScalarClass.isWord(s[i + 1]) { return false }
            var k = i - 1
            while k >= 0, ScalarClass.isSpace(s[k]) { k -= 1 }
            guard k >= 0, ScalarClass.isWord(s[k]) else { return true }
            var start = k
            while start > 0 {
                if ScalarClass.isWord(s[start - 1]) { start -= 1; continue }
                if start >= 2, Self.isJoiner(s[start - 1]), ScalarClass.isWord(s[start - 2]) { start -= 2; continue }
                break
            }
            let end = wordEnd(from: start).end
            if end - start > AttributionLexicon.longestAbbreviation { return true }
            let word = String(decoding: bytes[offsets[start]..<offsets[end]], as: UTF8.self)
            if end - start == 1 && ScalarClass.isUpper(s[start]) { return false }
            return !AttributionLexicon.abbreviations.contains(word.lowercased())
        default: return false
        }
    }
}
