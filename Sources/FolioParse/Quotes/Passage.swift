/// A paragraph prepared for finding and attributing quotations: its quotations, and the words of
/// the sentences that hold them. Each quotation stands as one token, so the rules read "“…,” the
/// general said" as [quote] [,] [the] [general] [said].
///
/// Only the sentences around quotations are split into words: the rules never read further, and
/// splitting every sentence of every paragraph would cost more than all the rest of parsing. Both
/// steps read the article's UTF-8 bytes in place; every position is a byte offset in the article.
///
/// A class, as it never changes once made: the finder hands it from rule to rule, and passing a
/// struct of five arrays retained and released each of them every time.
final class Passage {
    /// A word, a punctuation mark or a whole quotation. A token holds no text of its own: making
    /// a String of every word cost a tenth of the parse, and the rules read few of them
    /// (`text(of:)`, `lower(of:)`, `isWord`); what they ask of every word is in `wordClass` and `mark`.
    struct Token {
        enum Kind: Equatable { case word, punctuation, quote(Int) }
        var kind: Kind
        /// Where the token stands in the article's bytes; empty for a quotation.
        var utf8: Range<Int>
        /// For punctuation, the mark.
        var mark: Unicode.Scalar = "\0"
        var sentence: Int
        var capitalized: Bool
        /// For a word, what the attribution lexicon says of it; empty for anything else, so asking
        /// it of a token asks whether it is a word too.
        var wordClass: AttributionLexicon.WordClass = []
    }

    /// How many tokens either side of a quotation the rules read: an attribution stands near its
    /// quotation, and the bound keeps a sentence of a thousand quotations linear.
    static let window = 48

    let block: Int
    /// The paragraph's bytes in the article text.
    let range: Range<Int>
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
        self.range = range
        (spans, tokens, quoteTokens) = bytes.withUnsafeBufferPointer { buffer in
            let spans = QuoteScanner.spans(in: buffer, range)
            // A wire story's dateline opens no sentence: its first sentence starts after it. Every
            // quotation has its token, so none may stand in what is passed over.
            let after = WireDateline.end(in: buffer, range)
            let text = spans.first.map({ $0.open < after }) ?? false ? range : after..<range.upperBound
            var tokenizer = Tokenizer(bytes: buffer, range: text, spans: spans)
            if whole {
                tokenizer.tokenize(text)
            } else {
                var covered = text.lowerBound
                for (k, span) in spans.enumerated() where span.open >= covered {
                    let start = tokenizer.sentenceStart(before: k, notBefore: covered)
                    covered = tokenizer.sentenceEnd(after: k)
                    tokenizer.tokenize(start..<covered)
                }
            }
            return (spans, tokenizer.tokens, tokenizer.quoteTokens)
        }
    }

    /// Whether the paragraph starts with a quotation's opening mark.
    var opensWithQuote: Bool { spans.first?.open == range.lowerBound }

    /// The text of bytes `part`, hard-wrapped lines read as one line; a no-break space stays
    /// what it is.
    func text(_ part: Range<Int>) -> String {
        let slice = bytes[part]
        guard hasLineBreak(part) else { return String(decoding: slice, as: UTF8.self) }
        // Line ends and the spaces after them are ASCII, never part of another scalar's bytes.
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var lineBreak = false
        for b in slice {
            if b == 0x0A || b == 0x0D { lineBreak = true; continue }
            if lineBreak, b == 0x20 || b == 0x09 { continue }
            if lineBreak { out.append(0x20); lineBreak = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether an LF or a CR stands in `part`, looked for eight bytes at a time.
    private func hasLineBreak(_ part: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = part.lowerBound
            while i + 8 <= part.upperBound {
                let word = ByteWords.load(b, at: i)
                if ByteWords.matches(word, byte: 0x0A) | ByteWords.matches(word, byte: 0x0D) != 0 { return true }
                i += 8
            }
            return b[i..<part.upperBound].contains { $0 == 0x0A || $0 == 0x0D }
        }
    }

    /// The token as written; a quotation's token reads as nothing.
    func text(of token: Token) -> String { String(decoding: utf8(of: token), as: UTF8.self) }

    func utf8(of token: Token) -> ArraySlice<UInt8> { bytes[token.utf8] }

    func lower(of token: Token) -> String { text(of: token).lowercased() }

    /// Whether the token is `word`, in lower-case ASCII letters, written in any case. Most rules
    /// ask this of one word at a time, and reading the bytes in place spares making a String of
    /// it. Setting bit 0x20 lower-cases a letter, and makes no other byte a lower-case letter.
    func isWord(_ token: Token, _ word: String) -> Bool {
        token.utf8.count == word.utf8.count && endsWith(token, word)
    }

    /// Whether the token ends in `suffix`, in lower-case ASCII letters, written in any case: "-ing".
    func endsWith(_ token: Token, _ suffix: String) -> Bool { Self.endsWith(bytes, token.utf8, suffix) }

    /// Whether the bytes `range` end in `suffix`, in lower-case ASCII letters, written in any case.
    static func endsWith<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>, _ suffix: String) -> Bool where Bytes.Index == Int {
        guard range.count >= suffix.utf8.count else { return false }
        // By index: zipping a slice with the suffix's bytes cost ten times as much.
        var i = range.upperBound - suffix.utf8.count
        for b in suffix.utf8 {
            guard bytes[i] | 0x20 == b else { return false }
            i += 1
        }
        return true
    }

    /// Whether quotation `q` ends its words with a full stop (“… financial institutions.”): what
    /// follows it begins a sentence of its own.
    func quoteEndsSentence(_ q: Int) -> Bool { quote(q, endsOn: ".") }

    /// Whether quotation `q`'s words end on a semicolon, as a clause does.
    func quoteEndsClause(_ q: Int) -> Bool { quote(q, endsOn: ";") }

    /// Whether quotation `q`'s words end on `mark`, an ASCII punctuation mark.
    func quote(_ q: Int, endsOn mark: Unicode.Scalar) -> Bool {
        bytes[spans[q].inner].last { $0 != 0x20 } == UInt8(ascii: mark)
    }

    /// Whether quotation `q` is part of a sentence and closes it on a full stop: "said … on
    /// “Fox News Sunday.”", "calling him, among other things, “a failed candidate.”".
    func quoteClosesItsSentence(_ q: Int) -> Bool {
        quoteEndsSentence(q) && !quoteIsSentence(q)
    }

    /// Whether quotation `q` is a sentence of its own: it opens a sentence of the paragraph and
    /// its words end on . ? or !. Such a quotation is speech however short ("“That is illegal.”"
    /// after "“…,” Perez said."), never a term held at arm's length.
    func quoteIsSentence(_ q: Int) -> Bool {
        guard quoteOpensSentence(q), tokens[quoteTokens[q]].capitalized,
              let last = bytes[spans[q].inner].last(where: { $0 != 0x20 }) else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    /// Whether quotation `q`'s words are all capitalised but for short ones such as "the" and
    /// "of": "the “Rust Belt”", "his concert, “Girls, Girls, Girls.”" name a place or a work,
    /// which only a verb of saying close by makes anyone's words.
    func quoteIsTitle(_ q: Int) -> Bool {
        // Word by word, up to the first that no title holds: a long quotation is told by its
        // first words, where splitting it whole into words cost a thousand instructions a line.
        var words = 0
        var length = 0
        var capitalised = false
        let fits = { words == 0 ? capitalised : length <= 3 || capitalised }
        for c in text(spans[q].inner) {
            if c.isWhitespace || c.isPunctuation && !"-'’".contains(c) {
                guard length == 0 || fits() else { return false }
                if length > 0 { (words, length) = (words + 1, 0) }
                continue
            }
            if length == 0 { capitalised = c.unicodeScalars.first.map(ScalarClass.isUpper) == true }
            length += 1
        }
        return length > 0 ? fits() : words > 0
    }

    /// Where a quotation that is a title stands after "on": alone ("said on “Meet the Press”"),
    /// or after a network's possessive or an outlet's name ("on CBS’s “Face the Nation,”", "on CNN
    /// “Newsroom”"), which makes it a show's name whatever follows it.
    enum ShowName { case afterOn, afterNetwork }

    /// Whether quotation `q` names a show (`ShowName`); nil when it does not. "said on Monday
    /// “Absolutely not.”" is no show: only a network stands between.
    func showName(_ q: Int) -> ShowName? {
        var k = quoteTokens[q] - 1
        var network = false
        // "on" is asked first: most quotations have none before them, and an outlet's name is looked up as a String.
        if k >= 1, tokens[k].kind == .word, tokens[k].capitalized, isWord(tokens[k - 1], "on"),
           isPossessive(tokens[k]) || AttributionLexicon.outlets.contains(lower(of: tokens[k])) {
            network = true
            k -= 1
        }
        guard k >= 0, tokens[k].sentence == tokens[quoteTokens[q]].sentence, isWord(tokens[k], "on"), quoteIsTitle(q) else { return nil }
        return network ? .afterNetwork : .afterOn
    }

    /// Whether quotation `q` opens a sentence of the paragraph.
    func quoteOpensSentence(_ q: Int) -> Bool {
        let at = quoteTokens[q]
        return at == 0 || tokens[at - 1].sentence != tokens[at].sentence
    }

    /// Whether the text from byte `start` to byte `end` writes `surname` after a listed first name
    /// ("Congressman Pete King").
    func writesAfterFirstName(_ surname: String, from start: Int = 0, before end: Int) -> Bool {
        PersonMentions.FirstNamePlaces.writesAfterFirstName(surname, in: bytes, within: start..<max(start, end))
    }

    /// Whether the text before the paragraph gives `surname` in full (`PersonMentions.isNamedInFull`),
    /// or the paragraph does before byte `end` after a first name. Within the paragraph only a
    /// listed first name will do: a capital opening a sentence ("The Constitution requires") is none.
    func isNamedInFull(_ surname: String, before end: Int) -> Bool {
        PersonMentions.isNamedInFull(surname, in: bytes, before: range.lowerBound)
            || writesAfterFirstName(surname, from: range.lowerBound, before: end)
    }

    /// Whether a word ends in ’s or 's, in either case: "Reagan’s", "REAGAN'S".
    func isPossessive(_ token: Token) -> Bool { Self.apostropheSLength(bytes[token.utf8]) > 0 }

    /// The word without its ’s or 's: "Tillerson" of "Tillerson’s".
    func withoutPossessive(_ token: Token) -> Token {
        var word = token
        word.utf8 = token.utf8.lowerBound..<(token.utf8.upperBound - Self.apostropheSLength(bytes[token.utf8]))
        return word
    }

    /// The length in bytes of an ’s or 's ending a word of more letters, in either case, or 0: a
    /// possessive ("Tillerson’s") or "is" or "has" joined to a pronoun ("He’s").
    static func apostropheSLength<Word: BidirectionalCollection<UInt8>>(_ word: Word) -> Int {
        guard let last = word.last, last | 0x20 == UInt8(ascii: "s") else { return 0 }
        let mark = word.dropLast()
        let length = mark.last == UInt8(ascii: "'") ? 2 : mark.suffix(3).elementsEqual(rightApostrophe) ? 4 : 0
        return length < word.count ? length : 0
    }

    /// The typographic apostrophe (’, a right single quotation mark) in UTF-8.
    static let rightApostrophe: [UInt8] = Array("\u{2019}".utf8)

    /// The tokens of the sentence holding token `i`, within the window, split at it: those before
    /// and those after.
    func sentence(around i: Int) -> (before: ArraySlice<Token>, after: ArraySlice<Token>) {
        let number = tokens[i].sentence
        var start = i, end = i + 1
        while start > max(0, i - Self.window), tokens[start - 1].sentence == number { start -= 1 }
        while end < min(tokens.count, i + 1 + Self.window), tokens[end].sentence == number { end += 1 }
        return (tokens[start..<i], tokens[(i + 1)..<end])
    }

    /// The sentences of `tokens`, last first, as index ranges: the rules that look back for
    /// whom a pronoun or a role means read them in that order.
    static func sentencesFromLast(_ tokens: ArraySlice<Token>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var end = tokens.endIndex
        while end > tokens.startIndex {
            let sentence = tokens[end - 1].sentence
            var start = end - 1
            while start - 1 >= tokens.startIndex, tokens[start - 1].sentence == sentence { start -= 1 }
            sentences.append(start..<end)
            end = start
        }
        return sentences
    }
}

/// Splits sentences of a passage into tokens, and finds where the sentence around a quotation
/// starts and ends by the same rule the tokens are numbered by.
private struct Tokenizer {
    typealias Token = Passage.Token
    /// The article's bytes, of which the passage reads `range`.
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let spans: [QuoteSpan]
    private let wordClasses = AttributionLexicon.wordClasses
    /// The tokens of `AttributionLexicon.conditionalSpeechVerbs` in the part being read, with
    /// their conditions.
    private var conditional: [(token: Int, condition: AttributionLexicon.SpeechCondition)] = []
    var tokens: [Token] = []
    var quoteTokens: [Int] = []
    private var sentence = 0
    private var nextSpan = 0

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, spans: [QuoteSpan]) {
        self.bytes = bytes
        self.range = range
        self.spans = spans
    }

    @inline(__always)
    private func scalar(at i: Int) -> (Unicode.Scalar, Int) { UTF8Scalars.scalar(bytes, at: i, end: range.upperBound) }
    @inline(__always)
    private func start(before i: Int) -> Int { UTF8Scalars.start(before: i, in: bytes, floor: range.lowerBound) }
    @inline(__always)
    private func scalar(before i: Int) -> Unicode.Scalar { scalar(at: start(before: i)).0 }

    /// Where the sentence holding quotation `k` starts: after the last sentence end before it,
    /// reading each earlier quotation as one token.
    func sentenceStart(before k: Int, notBefore floor: Int) -> Int {
        var p = spans[k].open
        var previous = k - 1
        while p > floor {
            // Back to the closing mark of the quotation before, if there is one, then on from its start.
            let stop = previous >= 0 ? max(floor, spans[previous].end) : floor
            if let mark = lastMayEndSentence(before: p, notBefore: stop) {
                if endsSentence(at: mark) { return mark + scalar(at: mark).1 }
                p = mark
                continue
            }
            guard previous >= 0, stop > floor else { return floor }
            p = spans[previous].open
            previous -= 1
        }
        return floor
    }

    /// Just past the end of the sentence holding quotation `k`, across any quotations after it.
    func sentenceEnd(after k: Int) -> Int {
        var next = k
        var i = spans[k].open
        while i < range.upperBound {
            if next < spans.count, spans[next].open == i {
                guard spans[next].closed else { return range.upperBound }
                i = spans[next].end
                next += 1
                continue
            }
            let stop = next < spans.count ? spans[next].open : range.upperBound
            i = firstMayEndSentence(from: i, before: stop)
            guard i < stop else { continue }
            if endsSentence(at: i) { return i + scalar(at: i).1 }
            i += 1
        }
        return range.upperBound
    }

    /// The first byte from `i` that may end a sentence, or `stop`, read eight bytes at a time.
    private func firstMayEndSentence(from i: Int, before stop: Int) -> Int {
        var i = i
        while i + 8 <= stop {
            let marks = Self.mayEndSentence(ByteWords.load(bytes, at: i))
            if marks != 0 { return i + ByteWords.first(marks) }
            i += 8
        }
        while i < stop, !Self.mayEndSentence(bytes[i]) { i += 1 }
        return i
    }

    /// The last byte before `p`, from `floor` on, that may end a sentence.
    private func lastMayEndSentence(before p: Int, notBefore floor: Int) -> Int? {
        var p = p
        while p - 8 >= floor {
            let marks = Self.mayEndSentence(ByteWords.load(bytes, at: p - 8))
            if marks != 0 { return p - 8 + ByteWords.last(marks) }
            p -= 8
        }
        while p > floor {
            p -= 1
            if Self.mayEndSentence(bytes[p]) { return p }
        }
        return nil
    }

    mutating func tokenize(_ part: Range<Int>) {
        // About one token in five bytes of English prose; grown by doubling, as appending would,
        // since reserving just enough for each sentence would copy the tokens each time.
        let needed = tokens.count + part.count / 4
        if tokens.capacity < needed { tokens.reserveCapacity(max(needed, tokens.capacity * 2)) }
        while nextSpan < spans.count, spans[nextSpan].open < part.lowerBound { nextSpan += 1 }
        var i = part.lowerBound
        while i < part.upperBound {
            if nextSpan < spans.count, i == spans[nextSpan].open {
                let span = spans[nextSpan]
                tokens.append(Token(kind: .quote(nextSpan), utf8: i..<i, sentence: sentence,
                                    capitalized: firstLetter(span.inner).map(ScalarClass.isUpper) ?? false))
                quoteTokens.append(tokens.count - 1)
                i = span.end
                nextSpan += 1
                continue
            }
            // A space, one in five bytes of prose, without decoding it.
            if bytes[i] == 0x20 { i += 1; continue }
            let (c, length) = scalar(at: i)
            if ScalarClass.isSpace(c) { i += length; continue }
            if ScalarClass.isWord(c) {
                var (end, next) = wordEnd(from: i, first: c, length: length)
                let capitalized = ScalarClass.isUpper(c)
                // One byte compared in line: a bracket after a word is rare.
                let marked = next < range.upperBound && bytes[next] == UInt8(ascii: "(") && end == next && !capitalized ? pluralMark(at: end) : nil
                var wordClass = marked == nil ? AttributionLexicon.wordClass(of: UnsafeBufferPointer(rebasing: bytes[i..<end]), in: wordClasses)
                    : pluralClass(i..<end)
                if let marked { (end, next) = (marked, marked) }
                let utf8 = i..<end
                // "the United States", "Consumer Reports": a capitalised verb after a capitalised
                // word of the same sentence is part of a name.
                if capitalized, wordClass.contains(.speechVerb), let previous = tokens.last, previous.kind == .word,
                   previous.capitalized, previous.sentence == sentence {
                    wordClass.remove(.speechVerb)
                }
                if wordClass.contains(.speechVerb), let condition = AttributionLexicon.speechConditions.value(forASCIILowercasing: UnsafeBufferPointer(rebasing: bytes[i..<end])) {
                    conditional.append((tokens.count, condition))
                }
                tokens.append(Token(kind: .word, utf8: utf8, sentence: sentence, capitalized: capitalized, wordClass: wordClass))
                i = next
                continue
            }
            tokens.append(Token(kind: .punctuation, utf8: i..<(i + length), mark: c, sentence: sentence, capitalized: false))
            if Self.mayEndSentence(bytes[i]), endsSentence(at: i) { sentence += 1 }
            i += length
        }
        // Sentences of separate ranges are separate sentences.
        sentence += 1
        if !conditional.isEmpty { settleConditionalSpeech() }
    }

    /// Keeps each verb of `AttributionLexicon.conditionalSpeechVerbs` of the part just read a
    /// verb of saying only where its condition holds: "that" right after it, or a document right
    /// before it in its sentence.
    private mutating func settleConditionalSpeech() {
        defer { conditional.removeAll(keepingCapacity: true) }
        for (k, condition) in conditional {
            let holds = switch condition {
            case .beforeThat:
                k + 1 < tokens.count && tokens[k + 1].kind == .word && tokens[k + 1].utf8.count == 4
                    && Passage.endsWith(bytes, tokens[k + 1].utf8, "that")
            case .afterDocument:
                k > 0 && tokens[k - 1].sentence == tokens[k].sentence && tokens[k - 1].wordClass.contains(.document)
            }
            if !holds { tokens[k].wordClass.remove(.speechVerb) }
        }
    }

    /// "FBI official(s) write “…”": a word in lower case whose plural is marked "(s)" right after
    /// it is read as its plural, and its token takes in the mark. Not a capitalised one, which
    /// may be a party to a case ("Defendant(s) argue"). Where the mark ends, if one stands at
    /// `end`, where a bracket opens.
    private func pluralMark(at end: Int) -> Int? {
        guard end + 3 <= range.upperBound, bytes[end + 1] == UInt8(ascii: "s"),
              bytes[end + 2] == UInt8(ascii: ")") else { return nil }
        guard end + 3 < range.upperBound else { return end + 3 }
        return ScalarClass.isWord(scalar(at: end + 3).0) ? nil : end + 3
    }

    /// The word classes of the plural of `word`, the word with an "s": a noun's, never a verb's
    /// ("mention(s)" names things, it says nothing).
    private func pluralClass(_ word: Range<Int>) -> AttributionLexicon.WordClass {
        var plural = Array(bytes[word])
        plural.append(UInt8(ascii: "s"))
        return plural.withUnsafeBufferPointer { AttributionLexicon.wordClass(of: $0, in: wordClasses) }.subtracting([.speechVerb, .namingVerb])
    }

    private func firstLetter(_ range: Range<Int>) -> Unicode.Scalar? {
        var i = range.lowerBound
        while i < range.upperBound {
            let (c, length) = scalar(at: i)
            if ScalarClass.isLetter(c) { return c }
            i += length
        }
        return nil
    }

    /// A word from byte `i`: where its text ends and where the next token starts. Inner
    /// apostrophes, hyphens and full stops join (Syria’s, Major-General, U.S.); a footnote number
    /// glued to a word ("Emanuel1") is not part of it, but digits after capitals alone are ("NY1",
    /// "G20", "MH17").
    private func wordEnd(from i: Int) -> (end: Int, next: Int) {
        let (first, firstLength) = scalar(at: i)
        return wordEnd(from: i, first: first, length: firstLength)
    }

    /// The same, with the word's first scalar and its length in bytes already read.
    private func wordEnd(from i: Int, first: Unicode.Scalar, length firstLength: Int) -> (end: Int, next: Int) {
        var j = i + firstLength
        while j < range.upperBound {
            // Letters and digits of ASCII, the most of every word, need no decoding.
            let b = bytes[j]
            if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 { j += 1; continue }
            let (c, length) = scalar(at: j)
            if ScalarClass.isWord(c) { j += length; continue }
            if Self.isJoiner(c), j + length < range.upperBound {
                let (next, nextLength) = scalar(at: j + length)
                if ScalarClass.isWord(next) { j += length + nextLength; continue }
            }
            break
        }
        // Most words end in a letter, and have no footnote number to take off.
        guard ScalarClass.isDigit(scalar(before: j)) else { return (j, j) }
        var end = j
        if ScalarClass.isLetter(first), !bytes[i..<j].allSatisfy({ $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }) {
            while end > i + firstLength, ScalarClass.isDigit(scalar(before: end)) { end = start(before: end) }
        }
        return (end, j)
    }

    /// Capital letters each followed by a full stop but the last: "J.M", "D.C".
    private func isInitials(_ word: Range<Int>) -> Bool {
        word.count >= 3 && word.count % 2 == 1 && word.enumerated().allSatisfy { k, i in
            k % 2 == 0 ? (0x41...0x5A).contains(bytes[i]) : bytes[i] == UInt8(ascii: ".")
        }
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "-" || c == "." }

    /// The first byte of . ? ! and … (U+2026, E2 80 A6): only these may end a sentence. No other
    /// byte of a scalar is one of them.
    private static func mayEndSentence(_ b: UInt8) -> Bool { b == 0x2E || b == 0x3F || b == 0x21 || b == 0xE2 }

    /// The top bit of each of eight bytes that is one of them.
    private static func mayEndSentence(_ word: UInt64) -> UInt64 {
        ByteWords.matches(word, byte: 0x2E) | ByteWords.matches(word, byte: 0x3F) | ByteWords.matches(word, byte: 0x21)
            | ByteWords.matches(word, byte: 0xE2)
    }

    /// A question mark, an exclamation mark or an ellipsis ends a sentence; a full stop does
    /// unless it joins a word (U.S.), follows an abbreviation (Gen.) or an initial, or a comma
    /// follows it.
    func endsSentence(at i: Int) -> Bool {
        switch scalar(at: i).0 {
        case "?", "!", "\u{2026}": return true
        case ".":
            let lower = range.lowerBound
            if i > lower, i + 1 < range.upperBound, ScalarClass.isWord(scalar(before: i)), ScalarClass.isWord(scalar(at: i + 1).0) { return false }
            // "Bob Corker, R-Tenn., said".
            if i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: ",") { return false }
            // "Bernie Sanders (I-Vt.) said": a bracket closing after the stop, then a comma or a
            // word in lower case, goes on with the sentence, across spaces of any kind (a no-break
            // space in "(I-Vt.)\u{A0}on Saturday").
            if i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: ")") {
                var next = i + 2
                while next < range.upperBound, case let (c, length) = scalar(at: next), ScalarClass.isSpace(c) { next += length }
                if next < range.upperBound, bytes[next] == UInt8(ascii: ",") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[next]) { return false }
            }
            // The word before the stop, across any spaces.
            var end = i
            while end > lower, ScalarClass.isSpace(scalar(before: end)) { end = start(before: end) }
            guard end > lower, ScalarClass.isWord(scalar(before: end)) else { return true }
            var start = self.start(before: end)
            while start > lower {
                let p = self.start(before: start)
                let c = scalar(at: p).0
                if ScalarClass.isWord(c) { start = p; continue }
                if Self.isJoiner(c), p > lower, ScalarClass.isWord(scalar(before: p)) { start = self.start(before: p); continue }
                break
            }
            let (first, firstLength) = scalar(at: start)
            let wordEnd = wordEnd(from: start).end
            if wordEnd == start + firstLength, ScalarClass.isUpper(first) { return false }
            // Initials joined by full stops ("J.M. Berger", as "U.S." is listed) go on the name.
            if isInitials(start..<wordEnd) { return false }
            if wordEnd - start > AttributionLexicon.longestAbbreviation { return true }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self)
            return !AttributionLexicon.abbreviations.contains(word.lowercased())
        default: return false
        }
    }
}
