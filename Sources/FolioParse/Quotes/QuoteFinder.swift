/// Finds an article's quotations and who spoke them, in three steps: transcripts and announced
/// passages from the layout, quotations in marks attributed by the sieves that read their
/// sentence, then the sieves that read the paragraphs around a quotation still unattributed.
enum QuoteFinder {
    /// A quotation while the article is read: its speaker still a phrase of the text.
    private struct Found {
        var quote: Quote
        var block: Int
        var passage: Int?
        var span: Int?
        var speaker: Speaker?
    }

    /// A speaker as named at one place, with what the article has said of them so far.
    struct Speaker {
        var name: String
        var kind: Mention.Kind
        var roles: Set<String>
        var mention: String
    }

    static func find(bytes: [UInt8], blocks: inout [Block]) -> [Quote] {
        var passages: [Passage] = []
        var passageOf: [Int: Int] = [:]
        for (b, block) in blocks.enumerated() where [.paragraph, .heading, .comment].contains(block.kind) && mayQuote(bytes, block.range) {
            passageOf[b] = passages.count
            passages.append(Passage(block: b, bytes: bytes, range: block.range))
        }
        var found: [Found] = []
        var history: [Speaker] = []
        var layout = LayoutState()

        for (b, block) in blocks.enumerated() {
            let passage = passageOf[b].map { passages[$0] }
            if block.kind == .comment {
                for (s, span) in (passage?.spans ?? []).enumerated() {
                    found.append(Found(quote: makeQuote(passage!, span, kind: kind(of: passage!, span), inComment: true), block: b, passage: passageOf[b], span: s))
                }
                continue
            }
            switch layout.read(block, bytes: bytes, passage: passage) {
            case .transcript(let mention):
                blocks[b].kind = .blockquote
                found.append(blockQuote(block, b, resolve(mention, history), .speakerLine))
            case .announced(let mention):
                blocks[b].kind = .blockquote
                found.append(blockQuote(block, b, resolve(mention, history), .announcement))
            case .clip(let mention):
                layout.clipSpeaker = mention
            case .none, .speakerLine:
                break
            }
            if let speaker = found.last?.speaker, found.last?.block == b { history.append(speaker) }
            guard let p = passageOf[b] else { continue }
            for (s, span) in passages[p].spans.enumerated() {
                var entry = Found(quote: makeQuote(passages[p], span, kind: kind(of: passages[p], span), inComment: false), block: b, passage: p, span: s)
                var attribution = layout.clipSpeaker.map { ($0, Sieve.speakerLine) } ?? SentenceSieves.attribute(passages[p], quote: s)
                if attribution == nil, s == 0, let announced = layout.announcement { attribution = (announced, .announcement) }
                if let (mention, sieve) = attribution, let speaker = resolve(mention, history) {
                    if entry.quote.kind == .scare {
                        if SentenceSieves.isAdjacent(sieve) { entry.quote.kind = .partial } else { found.append(entry); continue }
                    }
                    entry.speaker = speaker
                    entry.quote.sieve = sieve
                    history.append(speaker)
                }
                found.append(entry)
            }
            layout.clipSpeaker = nil
            layout.announcement = nil
        }
        attributeFromContext(&found, passages)
        return canonicalise(found)
    }

    private static func blockQuote(_ block: Block, _ index: Int, _ speaker: Speaker?, _ sieve: Sieve) -> Found {
        var quote = Quote(text: block.text, kind: .block, speaker: nil, mention: nil, range: block.range, inComment: false)
        quote.sieve = speaker == nil ? nil : sieve
        return Found(quote: quote, block: index, speaker: speaker)
    }

    /// Only paragraphs holding a mark that can open a quotation are read scalar by scalar.
    private static func mayQuote(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x22 { return true }
            if b == 0x27, i == range.lowerBound || bytes[i - 1] == 0x20 { return true }
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, [0x9C, 0x9E, 0x98].contains(bytes[i + 2]) { return true }
            if b == 0xC2, i + 1 < range.upperBound, bytes[i + 1] == 0xAB { return true }
            i += 1
        }
        return false
    }

    private static func makeQuote(_ passage: Passage, _ span: QuoteSpan, kind: Quote.Kind, inComment: Bool) -> Quote {
        Quote(text: passage.text(span.inner), kind: kind, speaker: nil, mention: nil, range: passage.byteRange(span.inner), inComment: inComment)
    }

    /// Whole sentences start with a capital; fragments of speech run longer than a term held at
    /// arm's length, which is a scare quote until a verb of saying says otherwise.
    static func kind(of passage: Passage, _ span: QuoteSpan) -> Quote.Kind {
        let inner = passage.scalars[span.inner]
        let words = inner.split(whereSeparator: { $0.properties.isWhitespace }).count
        guard words >= 4 else { return .scare }
        let first = inner.first { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return first?.properties.isLowercase == true ? .partial : .direct
    }

    /// Names, pronouns and roles to a speaker: "he" and "the general" are the latest speaker who
    /// can be meant; a pronoun never reaches back to an organisation.
    static func resolve(_ mention: Mention, _ history: [Speaker]) -> Speaker? {
        switch mention.kind {
        case .person, .organisation:
            let roles = Set(mention.roles.map { AttributionLexicon.titleAbbreviations[$0] ?? $0 })
            return Speaker(name: mention.name, kind: mention.kind, roles: roles, mention: mention.text)
        case .pronoun:
            return history.last { $0.kind == .person }.map { Speaker(name: $0.name, kind: .person, roles: $0.roles, mention: mention.text) }
        case .role:
            let role = mention.name
            let isOrganisation = AttributionLexicon.organisationRoles.contains(role)
            let match = history.last { speaker in
                let known = speaker.roles.union(TextFold.fold(speaker.name).split(separator: " ").map(String.init))
                return (speaker.kind == .organisation) == isOrganisation && known.contains(role)
            }
            return match.map { Speaker(name: $0.name, kind: $0.kind, roles: $0.roles, mention: mention.text) }
        }
    }

    /// The sieves that read around a quotation rather than its sentence, run once every sentence
    /// has been read, in document order.
    private static func attributeFromContext(_ found: inout [Found], _ passages: [Passage]) {
        let body = found.indices.filter { !found[$0].quote.inComment }
        for (n, i) in body.enumerated() where found[i].speaker == nil && found[i].quote.kind != .block {
            let entry = found[i]
            let previous = n > 0 ? found[body[n - 1]] : nil
            if let previous, let speaker = previous.speaker, entry.quote.kind != .scare {
                if previous.block == entry.block {
                    assign(&found[i], speaker, .sameParagraph)
                    continue
                }
                let opensParagraph = entry.passage.map { passages[$0].quoteTokens[entry.span!] == 0 } ?? false
                if opensParagraph, previous.block == entry.block - 1 || !(previous.passage.map { passages[$0].spans[previous.span ?? 0].closed } ?? true) {
                    assign(&found[i], speaker, .nextParagraph)
                    continue
                }
            }
            // Between two quotations of one speaker, in this paragraph or the ones beside it.
            let before = body[..<n].last { found[$0].speaker != nil }
            let after = body[(n + 1)...].first { found[$0].speaker != nil }
            if let before, let after, let a = found[before].speaker, let b = found[after].speaker,
               found[before].block >= entry.block - 1, found[after].block <= entry.block + 1,
               SpeakerNames.sameSpeaker(a.name, b.name) {
                if found[i].quote.kind == .scare { found[i].quote.kind = .partial }
                assign(&found[i], a, .surrounded)
            }
        }
    }

    private static func assign(_ entry: inout Found, _ speaker: Speaker, _ sieve: Sieve) {
        entry.speaker = speaker
        entry.quote.sieve = sieve
    }

    private static func canonicalise(_ found: [Found]) -> [Quote] {
        let names = SpeakerNames.canonical(found.compactMap { $0.speaker?.name })
        return found.map { entry in
            var quote = entry.quote
            if let speaker = entry.speaker {
                quote.speaker = names[speaker.name]
                quote.mention = speaker.mention
            }
            return quote
        }
    }
}
