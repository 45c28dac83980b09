/// Speech the layout sets apart from the text. A "Name (role):" line opens a transcript: the
/// paragraphs after it are that person's, without marks, until a heading or the next speaker line
/// ("Kiselyov (Russia's Top Anchor):" in 004). A speaker line followed by a paragraph in marks
/// introduces a clip: the quotation is that speaker's, and the transcript goes on after it. A line
/// that announces ("RT reports:") gives the next paragraph to whoever it names.
struct LayoutState {
    enum Reading {
        case none
        case speakerLine
        /// This paragraph is the transcript's speaker's, without marks.
        case transcript(Mention)
        /// This paragraph is what the line before announced.
        case announced(Mention)
        /// This paragraph's quotations in marks are the speaker line's.
        case clip(Mention)
    }

    private var transcript: Mention?
    private var pendingLine: Mention?
    private var pendingAnnouncement: Mention?
    /// Set while reading a paragraph whose quotations belong to a speaker line.
    var clipSpeaker: Mention?
    /// Set while reading a paragraph that opens with a quotation after an announcing line.
    var announcement: Mention?

    mutating func read(_ block: Block, bytes: [UInt8], passage: Passage?) -> Reading {
        switch block.kind {
        case .title, .heading:
            transcript = nil
            pendingLine = nil
            return .none
        case .paragraph, .blockquote: break
        case .caption, .boilerplate, .comment: return .none
        }
        let opensWithQuote = passage?.opensWithQuote ?? false
        if passage?.spans.isEmpty ?? true, block.text.utf8.last == UInt8(ascii: ":") {
            let paragraph = Passage(block: 0, bytes: bytes, range: block.range, whole: true)
            let isLine = TextScan.wordCount(block.text, limit: 26) <= 25
            if isLine, let speaker = Self.speakerLine(paragraph) {
                pendingLine = speaker
                return .speakerLine
            }
            // A line announces as a whole ("RT reports:"), a longer paragraph by its last sentence
            // ("Bolton also discussed the lengths … He said: ⏎ “…”").
            if let line = isLine ? paragraph : Self.lastSentence(of: paragraph, bytes),
               let speaker = Self.announcingLine(line), !speaker.isOutlet {
                // An outlet that "reports" passes an excerpt on; it does not speak it.
                pendingAnnouncement = speaker
                return .none
            }
        }
        if let speaker = pendingLine {
            pendingLine = nil
            if opensWithQuote { return .clip(speaker) }
            transcript = speaker
            return .transcript(speaker)
        }
        if let speaker = pendingAnnouncement {
            pendingAnnouncement = nil
            // "He said:" before a paragraph of text is too little to give it to whoever "he" is. A
            // paragraph whose own sentences give its quotations to someone is the text going on
            // ("O’Malley reminded viewers that he doesn’t: ⏎ And after watching the Republicans …,
            // Clinton said that she was “proud to be a Democrat.”"), not what the line announced.
            if !opensWithQuote {
                return speaker.kind == .pronoun || passage.map(Self.attributesItsQuotations) == true ? .none : .announced(speaker)
            }
            announcement = speaker
        }
        if let speaker = transcript, !opensWithQuote { return .transcript(speaker) }
        return .none
    }

    /// Whether the paragraph's own words give one of its quotations to someone (a sieve reading
    /// the words touching it): then it reports speech, and is not itself the speech announced.
    private static func attributesItsQuotations(_ passage: Passage) -> Bool {
        passage.spans.indices.contains { q in SentenceSieves.attribute(passage, quote: q).map { SentenceSieves.isAdjacent($0.1) } ?? false }
    }

    /// "Kiselyov (Russia's Top Anchor):", "Igor Konashenkov, the Defense Ministry spokesman:": a
    /// name, then in brackets or after a comma what the person is, then the colon. Without the role
    /// part a "Name:" line is as often a label ("WATCH VIDEO INTERVIEW:") as a speaker.
    static func speakerLine(_ line: Passage) -> Mention? {
        guard line.spans.isEmpty, line.tokens.last?.mark == ":" else { return nil }
        let tokens = line.tokens[..<(line.tokens.endIndex - 1)]
        guard let split = tokens.firstIndex(where: { $0.mark == "(" || $0.mark == "," }), split > tokens.startIndex else { return nil }
        let role = tokens[(split + 1)...]
        guard role.contains(where: { !$0.wordClass.isDisjoint(with: [.title, .role]) }),
              !role.contains(where: \.isSpeechVerb) else { return nil }
        return Mention.speakerName(tokens[..<split], in: line)
    }

    /// A paragraph's last sentence, as the tokenizer ends sentences ("Mr." ends none), when it is
    /// as short as a line.
    static func lastSentence(of paragraph: Passage, _ bytes: [UInt8]) -> Passage? {
        guard let last = paragraph.tokens.last?.sentence, let first = paragraph.tokens.firstIndex(where: { $0.sentence == last }) else { return nil }
        let range = paragraph.tokens[first].utf8.lowerBound..<paragraph.range.upperBound
        guard TextScan.wordCount(String(decoding: bytes[range], as: UTF8.self), limit: 26) <= 25 else { return nil }
        return Passage(block: 0, bytes: bytes, range: range, whole: true)
    }

    /// "RT reports:", "Trump tweeted:", "As Giesers explained in an ESO press release:", "he
    /// declared:", "Stated Stone:": a line closing on a verb of saying (a few words may follow it)
    /// whose subject names someone, or is a pronoun the quotation after it resolves.
    static func announcingLine(_ line: Passage) -> Mention? {
        guard line.spans.isEmpty, line.tokens.last?.mark == ":" else { return nil }
        let tokens = line.tokens[..<(line.tokens.endIndex - 1)]
        // "Frank quotes former Carter adviser Alfred Kahn:": the one quoted.
        if let quotes = tokens.indices.last(where: { tokens[$0].wordClass.contains(.quotingVerb) }),
           let (quoted, end) = SentenceSieves.describedName(tokens, from: quotes + 1, in: line) ?? SentenceSieves.phrase(tokens, from: quotes + 1, in: line).flatMap({ end in
               Mention.parse(tokens[(quotes + 1)..<end], in: line).map { ($0, end) } }),
           end == tokens.endIndex, quoted.kind == .person {
            return quoted
        }
        let verb = tokens.indices.last(where: { tokens[$0].isSpeechVerb && !SentenceSieves.isAccording(tokens[$0]) }) ?? issuingVerb(tokens, in: line)
        guard let verb, tokens[(verb + 1)...].filter({ $0.kind == .word }).count <= 6,
              let mention = SentenceSieves.invertedSubject(line.tokens[...], verb: verb, in: line)
                ?? SentenceSieves.subject(line.tokens[...], verb: verb, in: line),
              mention.kind != .role else { return nil }
        return mention
    }

    /// "President Clinton released the following statement:", "Trump issued a statement:": the
    /// verb before a document the line closes on, whose subject issues it.
    private static func issuingVerb(_ tokens: ArraySlice<Passage.Token>, in line: Passage) -> Int? {
        guard let document = tokens.indices.last(where: { tokens[$0].wordClass.contains(.document) }),
              tokens[(document + 1)...].filter({ $0.kind == .word }).count <= 2 else { return nil }
        var verb = document - 1
        while verb >= tokens.startIndex, tokens[verb].kind == .word, documentWords.contains(line.lower(of: tokens[verb])) { verb -= 1 }
        guard verb >= tokens.startIndex, verb < document - 1, tokens[verb].kind == .word, !tokens[verb].capitalized else { return nil }
        return verb
    }

    /// What may stand between a verb and the document it issues.
    private static let documentWords: Set<String> = ["the", "a", "an", "following", "this", "brief", "short", "written", "joint", "new"]
}
