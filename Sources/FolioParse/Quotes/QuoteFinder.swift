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
        /// A paragraph inside a quotation that an earlier paragraph opened (`continuedUntil`).
        var continues = false
        /// Its sentence gives it to someone too vaguely named to list ("a spokesman said") or named
        /// by whose they are ("his colleague wrote"), or many ("the crowd chanted"), or to a thing
        /// ("a sign on the wall, which says,"): no quotation around it gives it another speaker.
        var spokenByUnnamed = false
        /// Its sentence gives it to an organisation no one named ("“…,” the ministry said", "the
        /// editorial board writes"): a quotation around it may give it an organisation, not a person.
        var spokenByOrganisation = false
        /// The words its sentence gives it to when they name no one Folio can tell: "he" with no
        /// one it can mean nearby, "the group", "a spokesman". What the text says, kept for the
        /// reader, who may know whom it means.
        var unnamed: String?
    }

    /// A speaker as named at one place, with what the article has said of them so far.
    struct Speaker {
        var name: String
        var kind: Mention.Kind
        var roles: Set<String>
        /// The words naming the speaker at this place; none when the context attributed it.
        var mention: String?
        /// The block where this speaker was quoted.
        var block: Int
    }

    static func find(bytes: [UInt8], blocks: inout [Block]) -> [Quote] {
        var passages: [Passage] = []
        var passageOf = [Int?](repeating: nil, count: blocks.count)
        for (b, block) in blocks.enumerated() where [.paragraph, .heading, .comment].contains(block.kind) && mayQuote(bytes, block.range) {
            passageOf[b] = passages.count
            passages.append(Passage(block: b, bytes: bytes, range: block.range))
        }
        var found: [Found] = []
        var history: [Speaker] = []
        let firstNames = PersonMentions.FirstNamePlaces(bytes)
        var layout = LayoutState()
        var openUntil: Int?

        for (b, block) in blocks.enumerated() {
            if let until = openUntil, b <= until {
                found.append(continued(block, b, bytes))
                continue
            }
            let passage = passageOf[b].map { passages[$0] }
            if block.kind == .comment {
                for (s, span) in (passage?.spans ?? []).enumerated() {
                    found.append(Found(quote: makeQuote(passage!, span, inComment: true), block: b, passage: passageOf[b], span: s))
                }
                continue
            }
            switch layout.read(block, bytes: bytes, passage: passage) {
            case .transcript(let mention):
                blocks[b].kind = .blockquote
                found.append(blockQuote(block, b, resolve(mention, history, block: b), .speakerLine))
            case .announced(let mention):
                blocks[b].kind = .blockquote
                found.append(blockQuote(block, b, resolve(mention, history, block: b), .announcement))
            case .clip(let mention):
                layout.clipSpeaker = mention
            case .none, .speakerLine:
                break
            }
            if let speaker = found.last?.speaker, found.last?.block == b { history.append(speaker) }
            let turnsFrom = found.count
            let turns = block.kind == .paragraph ? InlineTranscript.turns(in: bytes, block.range) : []
            for turn in turns {
                let speaker = Speaker(name: turn.speaker, kind: .person, roles: [], mention: turn.speaker, block: b)
                var quote = Quote(text: String(decoding: bytes[turn.range], as: UTF8.self), kind: .block, speaker: nil, mention: nil, range: turn.range, inComment: false)
                quote.sieve = .speakerLine
                found.append(Found(quote: quote, block: b, speaker: speaker))
                history.append(speaker)
            }
            defer {
                // A quotation in marks inside a turn follows the turn, so the turn's speaker is the one before it.
                if !turns.isEmpty { found[turnsFrom...].sort { $0.quote.range.lowerBound < $1.quote.range.lowerBound } }
            }
            guard let p = passageOf[b] else { continue }
            for (s, span) in passages[p].spans.enumerated() {
                var entry = Found(quote: makeQuote(passages[p], span, inComment: false), block: b, passage: p, span: s)
                var attribution = layout.clipSpeaker.map { ($0, Sieve.speakerLine) } ?? SentenceSieves.attribute(passages[p], quote: s)
                if attribution == nil, s == 0, let announced = layout.announcement { attribution = (announced, .announcement) }
                if attribution == nil, entry.quote.kind == .direct, let said = sayerBefore(passages[p], quote: s, blocks, bytes, quotesSomeone: { block in
                    found.reversed().prefix { $0.block >= block }.contains { $0.block == block && $0.speaker != nil }
                }) {
                    attribution = (said, .sentenceBefore)
                }
                // A short quotation is someone's words, not a term held at arm's length, when the
                // words touching it or a verb just before it say so ("“He better live,” she said").
                let speaks = { (sieve: Sieve) in
                    SentenceSieves.isAdjacent(sieve) || sieve == .clauseSubject && !passages[p].quoteIsTitle(s)
                        || sieve == .distantVerb && SentenceSieves.followsVerbClosely(passages[p], quote: s)
                }
                let since = startOfParagraphBefore(b, blocks)
                let inFullHere = { inFull($0, firstNames.of($0), before: passages[p].spans[s].open, since: since) }
                if let (mention, sieve) = attribution,
                   let speaker = sentenceSubject(for: mention, passages[p], quote: s, bytes, history, block: b)
                    ?? resolve(mention, history, block: b, reach: goesOnFrom(found.last, history, passages[p], quote: s, blocks, bytes) ? continuingReach : 1,
                               inFull: inFullHere)
                    ?? lastNamed(for: mention, passages[p], quote: s, blocks, bytes, history)
                    // A description is longer than a pronoun: its verb is read further on.
                    ?? goneOnBy(mention, history, bytes, before: span.open, block: b,
                                goesOn: goesOnFrom(found.last, history, passages[p], quote: s, blocks, bytes, wordsAfter: 6))
                    ?? epithetOf(mention, passages[p], quote: s, blocks, bytes, history, inFull: inFullHere) {
                    if entry.quote.kind == .scare {
                        if speaks(sieve) { entry.quote.kind = .partial } else { found.append(entry); continue }
                    }
                    if mention.kind != .pronoun || canMean(mention.name, speaker.name, inFull: inFullHere) {
                        entry.speaker = speaker
                        entry.quote.sieve = sieve
                        history.append(speaker)
                    } else {
                        entry.unnamed = mention.text
                    }
                } else if attribution == nil, SentenceSieves.isSaidByAThing(passages[p], quote: s) {
                    entry.spokenByUnnamed = true
                } else if let (mention, sieve) = attribution, [.pronoun, .role, .description].contains(mention.kind) {
                    entry.spokenByUnnamed = mention.kind == .role && mention.isIndefinite || mention.kind == .description && (mention.isOwned || mention.describesMany)
                    // A document ("the statement said") may be a person's.
                    entry.spokenByOrganisation = !AttributionLexicon.documents.contains(mention.name)
                        && (mention.kind == .role && AttributionLexicon.organisationRoles.contains(mention.name)
                            || mention.kind == .description && AttributionLexicon.organisationWords.contains(mention.name))
                    // Unnamed, only a quotation that opens its sentence: "‘fake news,’ the Pope added"
                    // after "the lies found in" holds a term, not what the Pope said.
                    if entry.quote.kind == .scare, speaks(sieve), passages[p].quoteOpensSentence(s) { entry.quote.kind = .partial }
                    if entry.quote.kind != .scare { entry.unnamed = mention.text }
                }
                found.append(entry)
            }
            if passages[p].spans.last?.closed == false { openUntil = continuedUntil(after: b, blocks, bytes, passageOf) }
            layout.clipSpeaker = nil
            layout.announcement = nil
        }
        attributeFromContext(&found, passages, blocks, bytes, firstNames)
        // "Clinton said on ABC’s “This Week”": a show's name is no one's words. Its sentence's
        // speaker was kept until now for the quotations around it to go on from. A title-like
        // reply after "on" alone that the words after it give to someone is theirs ("signed off
        // on “Thank you,” she said"). So is a title naming someone's work: "Ellison told “Face
        // the Nation” moderator John Dickerson".
        for i in found.indices {
            guard let p = found[i].passage, let s = found[i].span else { continue }
            if let show = passages[p].showName(s) {
                guard show == .afterNetwork || found[i].quote.sieve != .verbAfter else { continue }
            } else {
                guard SentenceSieves.namesWorkOfSomeone(passages[p], quote: s) else { continue }
            }
            found[i].speaker = nil
            found[i].unnamed = nil
            found[i].quote.sieve = nil
            found[i].quote.kind = .scare
        }
        // Signed last: a line after a quotation that the paragraphs around it give to someone is
        // not its signature ("“…” ⏎ — AP, Reuters contributed to this report.").
        for i in found.indices where found[i].speaker == nil && !found[i].quote.inComment && found[i].span == 0 {
            if let p = found[i].passage, let signed = signature(after: passages[p], blocks, bytes), signed.kind == .person,
               let speaker = resolve(signed, [], block: found[i].block) {
                assign(&found[i], speaker, .signature)
            }
        }
        return canonicalise(found, blocks, bytes, firstNames)
    }

    /// Who signs a paragraph that is one quotation, on the line after it: "“… it needs to stop.” ⏎
    /// -Michelle Marks, Philadelphia.", as a page of quotable lines sets them out.
    private static func signature(after passage: Passage, _ blocks: [Block], _ bytes: [UInt8]) -> Mention? {
        let b = passage.block + 1
        guard passage.spans.count == 1, passage.opensWithQuote, let span = passage.spans.first, span.closed,
              bytes[span.end..<passage.range.upperBound].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ".") }),
              b < blocks.count, blocks[b].kind == .paragraph, blocks[b].range.count <= maxSignature else { return nil }
        let line = Passage(block: b, bytes: bytes, range: blocks[b].range, whole: true)
        return SentenceSieves.trailingDash(line.tokens[...], in: line, signature: true)
    }

    /// The longest line read as a signature, in bytes: a name, and a place or an occasion.
    static let maxSignature = 120

    /// Where a quotation left open at the end of paragraph `b` closes, when the paragraphs after
    /// it carry no marks of their own and one of them ends on a closing mark: "“Lord, make us
    /// instruments of your peace. ⏎ Help us to recognize … ⏎ … Amen.”" The usual style opens each
    /// paragraph again; a paragraph that does is read as any other.
    private static func continuedUntil(after b: Int, _ blocks: [Block], _ bytes: [UInt8], _ passageOf: [Int?]) -> Int? {
        for j in (b + 1)..<min(blocks.count, b + 1 + maxContinued) {
            guard blocks[j].kind == .paragraph, passageOf[j] == nil else { return nil }
            if closingMark(of: blocks[j], bytes) != nil { return j }
        }
        return nil
    }

    /// The closing mark a paragraph ends on (” »), if it does.
    private static func closingMark(of block: Block, _ bytes: [UInt8]) -> Unicode.Scalar? {
        TextScan.lastScalar(bytes, block.range).flatMap { QuoteMarks.closingOnly.contains($0) ? $0 : nil }
    }

    /// How many paragraphs a quotation may run on without marks before its closing mark.
    static let maxContinued = 30

    /// A paragraph of a quotation left open before it, without its closing mark.
    private static func continued(_ block: Block, _ index: Int, _ bytes: [UInt8]) -> Found {
        let end = block.range.upperBound - (closingMark(of: block, bytes).map { String($0).utf8.count } ?? 0)
        let range = block.range.lowerBound..<end
        let text = String(decoding: bytes[range], as: UTF8.self)
        return Found(quote: Quote(text: text, kind: .direct, speaker: nil, mention: nil, range: range, inComment: false), block: index, continues: true)
    }

    private static func blockQuote(_ block: Block, _ index: Int, _ speaker: Speaker?, _ sieve: Sieve) -> Found {
        var quote = Quote(text: block.text, kind: .block, speaker: nil, mention: nil, range: block.range, inComment: false)
        quote.sieve = speaker == nil ? nil : sieve
        return Found(quote: quote, block: index, speaker: speaker)
    }

    /// Only paragraphs holding a mark that opens a quotation are read for quotations.
    private static func mayQuote(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { QuoteScanner.mayOpen(in: $0, range) }
    }

    private static func makeQuote(_ passage: Passage, _ span: QuoteSpan, inComment: Bool) -> Quote {
        let text = passage.text(span.inner)
        return Quote(text: text, kind: kind(of: text), speaker: nil, mention: nil, range: span.inner, inComment: inComment)
    }

    /// Whole sentences start with a capital; fragments of speech run longer than a term held at
    /// arm's length, which is a scare quote until a verb of saying says otherwise.
    static func kind(of text: String) -> Quote.Kind {
        var text = text
        // Read from the UTF-8 in place: a String's scalar view costs several times as much.
        return text.withUTF8 { bytes in
            var words = 0
            var inWord = false
            var first: Unicode.Scalar?
            var i = 0
            while i < bytes.count, words < 4 || first == nil {
                let (c, length) = UTF8Scalars.scalar(bytes, at: i, end: bytes.count)
                let space = ScalarClass.isSpace(c)
                if !space, !inWord { words += 1 }
                inWord = !space
                if first == nil, ScalarClass.isWord(c) { first = c }
                i += length
            }
            guard words >= 4 else { return .scare }
            return first.map(ScalarClass.isLower) == true ? .partial : .direct
        }
    }

    /// Names, pronouns and roles to a speaker: "he" and "the general" are the latest speaker who
    /// can be meant; a pronoun never reaches back to an organisation.
    /// `inFull` gives a surname alone its first name, which tells "he" from "she" ("Clinton
    /// touted …" is Hillary Clinton, not the "he" of the next paragraph).
    /// `reach`: how many paragraphs back "he" or "she" may find the last person quoted.
    static func resolve(_ mention: Mention, _ history: [Speaker], block: Int, reach: Int = 1, inFull: (String) -> String = { $0 }) -> Speaker? {
        switch mention.kind {
        case .person, .organisation:
            let roles = Set(mention.roles.map { AttributionLexicon.titleAbbreviations[$0] ?? $0 })
            return Speaker(name: mention.name, kind: mention.kind, roles: roles, mention: mention.text, block: block)
        case .pronoun:
            // Only a person quoted in this paragraph or the one before (`reach` paragraphs back for
            // "he continued"): further back, "he" could be anyone the text has named since.
            guard let last = history.suffix(64).last(where: { $0.kind == .person }), last.block >= block - reach,
                  canMean(mention.name, last.name, inFull: inFull) else { return nil }
            return Speaker(name: last.name, kind: .person, roles: last.roles, mention: mention.text, block: block)
        case .description:
            let words = TextFold.fold(mention.text).spaceSeparated()
            // "according to the Texas senator’s campaign manager", "The president-elect’s transition
            // team responded": one who speaks for someone the text describes, and is known only as
            // theirs; the text's words are all a reader can be told of them. Only a person or a
            // group (`speaksForOwner`), not "the bill’s text" or "the report’s authors"; not "his
            // colleague", whose "his" may be anyone, nor "Germany’s top diplomat", an office of a
            // named country's whose holder the text names.
            if words.first == "the", mention.possessor?.first?.isLowercase == true, speaksForOwner(mention) {
                let shown = String(mention.text.drop { $0 != " " }.dropFirst())
                let kind: Mention.Kind = AttributionLexicon.groupNouns.contains(mention.name) ? .organisation : .person
                return Speaker(name: shown, kind: kind, roles: [], mention: mention.text, block: block)
            }
            // "The team also asked …": a group the text named speaking before ("the Trump team
            // asked"), when only "the" and the group's own noun describe it.
            guard words.count == 2, words[0] == "the", AttributionLexicon.groupNouns.contains(mention.name),
                  let group = history.suffix(64).last(where: { $0.kind == .organisation && TextFold.fold($0.name).spaceSeparated().last.map(String.init) == mention.name })
            else { return nil }
            return Speaker(name: group.name, kind: .organisation, roles: group.roles, mention: mention.text, block: block)
        case .role:
            let role = mention.name
            let isOrganisation = AttributionLexicon.organisationRoles.contains(role)
            // "said a former senior law enforcement official": someone the article does not name,
            // and not anyone quoted before; who the article says they are. "A spokesman" alone
            // says too little to be told from others across a corpus.
            if mention.isIndefinite {
                let words = mention.text.spaceSeparated()
                guard !isOrganisation, words.count >= 3 else { return nil }
                return Speaker(name: words.dropFirst().joined(separator: " "), kind: .person, roles: [role], mention: mention.text, block: block)
            }
            // The last few dozen speakers are as far back as a reader remembers "the general",
            // and the bound keeps a page of unmatched roles linear.
            // "The former president" is not the vice president: a qualifier must be the same.
            let qualifiers = Set(TextFold.fold(mention.text).spaceSeparated().map(String.init)).intersection(PersonMentions.titleQualifiers)
            let match = history.suffix(64).last { speaker in
                let known = speaker.roles.union(TextFold.fold(speaker.name).spaceSeparated().map(String.init))
                return (speaker.kind == .organisation) == isOrganisation && known.contains(role)
                    && speaker.roles.intersection(PersonMentions.titleQualifiers) == qualifiers && sameStateAndParty(mention, speaker)
            }
            return match.map { Speaker(name: $0.name, kind: $0.kind, roles: $0.roles, mention: mention.text, block: block) }
        }
    }

    /// Whether a description ends on a noun for one person who may speak for another (a role, a
    /// relation, a title or a listed occupation, or a noun of more than five letters whose ending
    /// says what someone does: "manager", not "order") or for a group that speaks as one ("team").
    /// Not a document ("statement"), nor people in the plural ("critics").
    private static func speaksForOwner(_ mention: Mention) -> Bool {
        let head = mention.name
        if AttributionLexicon.groupNouns.contains(head) { return true }
        guard !mention.describesMany, !AttributionLexicon.documents.contains(head) else { return false }
        return AttributionLexicon.roles.contains(head) || AttributionLexicon.relations.contains(head) || AttributionLexicon.titles.contains(head)
            || SentenceSieves.isOccupation(head, longerThan: 5)
    }

    /// Whether "he" or "she" can mean the person found for it, read in full when the text gave
    /// a surname alone: "Christie’s seeming thousand-yard stare … “…,” she said" is not Chris
    /// Christie. A speaker ruled out here leaves the quotation to the pronoun, and the quotations
    /// after it in its paragraph with it, not with the man.
    private static func canMean(_ pronoun: String, _ name: String, inFull: (String) -> String) -> Bool {
        PersonMentions.agrees(TextScan.hasSpace(name) ? name : inFull(name), TextFold.fold(pronoun))
    }

    /// "the Arizona senator" is not "The New Jersey senator Bob Menendez" quoted before, nor "the
    /// Republican nominee" a Democratic one: a state or a party the role's words give must be one
    /// the speaker's words gave. Only the speaker's words tell: the one last quoted with the role
    /// may be of any state.
    private static func sameStateAndParty(_ role: Mention, _ speaker: Speaker) -> Bool {
        let (roleWords, speakerWords) = (qualifiers(TextFold.fold(role.text)), qualifiers(TextFold.fold(speaker.mention ?? "")))
        return roleWords.isEmpty || !roleWords.isDisjoint(with: speakerWords)
    }

    /// The states and parties words name: "new jersey", "republican"; "democratic" as "democrat".
    private static func qualifiers(_ text: String) -> Set<String> {
        let words = text.spaceSeparated().map(String.init)
        let pairs = zip(words, words.dropFirst()).map { $0 + " " + $1 }
        return Set((words + pairs).filter { Places.names.contains($0) || AttributionLexicon.affiliations.contains($0) }
            .map { $0 == "democratic" ? "democrat" : $0 })
    }

    /// The subject of the last sentence naming a person before the quotation, in its paragraph
    /// or else in the paragraph before: whom a pronoun or an unresolved role means.
    private static func subjectBefore(_ passage: Passage, quote: Int, _ blocks: [Block], _ bytes: [UInt8], _ history: [Speaker], pronoun: String) -> Mention? {
        let b = passage.block
        // Asked only of one-word names, which are few.
        let surnames = { isKnownName($0, history, bytes, before: passage.range.lowerBound) }
        // The paragraph up to the quotation: the sentence naming the speaker often holds no
        // quotation ("Opposition leader Mai Ahmad Fatty urged calm. “…,” he told the AP.").
        let opening = paragraphUpTo(passage, quote: quote, bytes)
        if let named = PersonMentions.subjectOfLastSentence(in: opening.tokens[...], of: opening, pronoun: pronoun, surnames: surnames) { return named }
        // Further back only while the paragraphs between go on about the same "he" or "she":
        // "Sanders said he will have the votes … ⏎ He acknowledged it would be easier … ⏎ “…,” he said."
        var p = b - 1
        var read = 0
        var rolesPassed: [String] = []
        while p >= 0, read < pronounReach {
            // A photo's caption or a page's furniture between two paragraphs is not read past.
            if [.caption, .boilerplate].contains(blocks[p].kind) { p -= 1; continue }
            guard blocks[p].kind == .paragraph else { return nil }
            read += 1
            let previous = Passage(block: p, bytes: bytes, range: blocks[p].range, whole: true)
            if let named = PersonMentions.subjectOfLastSentence(in: previous.tokens[...], of: previous, pronoun: pronoun, surnames: surnames) { return named }
            guard !pronoun.isEmpty else { return nil }
            // Back at the paragraph of the last person quoted, past paragraphs naming no one that
            // go on about "he", and quotations alone that go on with that person's words: "“…,”
            // the Pope said. ⏎ “…” ⏎ The best “antidote” … aren’t strategies, he stated, but
            // people. ⏎ “People who are not greedy …”". Not past "the governor" when the one
            // quoted was given a title and not that one ("Senator Bob Jones").
            if read > 1, let last = history.suffix(64).last(where: { $0.kind == .person }), last.block == p, PersonMentions.agrees(last.name, pronoun),
               case let titles = last.roles.intersection(AttributionLexicon.titles), titles.isEmpty || rolesPassed.allSatisfy(titles.contains) {
                return Mention(kind: .person, name: last.name, roles: last.roles, text: last.name)
            }
            let quotesAlone = read > 1 && previous.tokens.allSatisfy { $0.isQuotation || $0.kind == .punctuation }
                && previous.spans.allSatisfy { kind(of: previous.text($0.inner)) == .direct }
            guard quotesAlone || goesOn(about: pronoun, previous) else { return nil }
            if let role = PersonMentions.openingRole(previous), AttributionLexicon.titles.contains(role) {
                rolesPassed.append(AttributionLexicon.titleAbbreviations[role] ?? role)
            }
            p -= 1
        }
        return nil
    }

    /// Whether a quotation's verb says its speaker goes on ("“…,” he continued") right after a
    /// quotation given to the last person quoted: then paragraphs naming no one may stand between
    /// ("Kevin explained. ⏎ They got extra testing done … ⏎ “…,” he continued"), up to
    /// `continuingReach`. Not after a quotation given to no one ("“Thanks, Clarkston,” said master of
    /// ceremonies … “No thanks to Nathan Deal,” he added"), nor past a paragraph naming someone.
    private static func goesOnFrom(_ previous: Found?, _ history: [Speaker], _ passage: Passage, quote: Int, _ blocks: [Block], _ bytes: [UInt8],
                                   wordsAfter: Int = 2) -> Bool {
        guard let previous, let said = previous.speaker, said.kind == .person, previous.block < passage.block,
              history.last(where: { $0.kind == .person })?.name == said.name, SentenceSieves.saysMore(passage, quote: quote, wordsAfter: wordsAfter)
        else { return false }
        let between = paragraphUpTo(passage, quote: quote, bytes)
        let paragraphs = [between] + ((previous.block + 1)..<passage.block).filter { blocks[$0].kind == .paragraph }.map {
            Passage(block: $0, bytes: bytes, range: blocks[$0].range, whole: true)
        }
        return paragraphs.allSatisfy { PersonMentions.subjectOfLastSentence(in: $0.tokens[...], of: $0, pronoun: "", surnames: { _ in true }) == nil }
    }

    static let continuingReach = 3

    /// "“So everything is ready …,” the loving father maintained": a relation of one gender with
    /// words before it and no one's it is (`Mention.isOwned`) is an epithet, read as the pronoun
    /// it stands for (`AttributionLexicon.relationPronouns`) and shown as written. It is kept only
    /// for the person last quoted: a son named since is no father ("he elected his son, Kevin,
    /// …"), and "the father", "the widow" alone may be someone new.
    private static func epithetOf(_ mention: Mention, _ passage: Passage, quote: Int, _ blocks: [Block], _ bytes: [UInt8], _ history: [Speaker],
                                  inFull: (String) -> String) -> Speaker? {
        guard mention.kind == .description, !mention.isOwned, let pronoun = AttributionLexicon.relationPronouns[mention.name],
              mention.text.spaceSeparated().count >= 3,
              let named = lastNamed(for: Mention(kind: .pronoun, name: pronoun, roles: [], text: mention.text), passage, quote: quote, blocks, bytes, history),
              history.last(where: { $0.kind == .person })?.name == named.name, canMean(pronoun, named.name, inFull: inFull) else { return nil }
        return named
    }

    /// "“…,” Steinmeier told Bild … ⏎ “…,” Germany’s top diplomat added.": words describing one
    /// person as someone's, whose verb says they go on right after the last person quoted
    /// (`goesOnFrom`), are that person's other name when the text gave the person as the owner's
    /// ("NATO member Germany, Frank-Walter Steinmeier", `PersonMentions.namesAsOwners`). Not
    /// another's ("Russia’s top diplomat added" after Steinmeier, "Obama's former campaign
    /// strategist added" after Trump), nor "her husband", nor many ("the crowd added").
    private static func goneOnBy(_ mention: Mention, _ history: [Speaker], _ bytes: [UInt8], before end: Int, block: Int,
                                 goesOn: @autoclosure () -> Bool) -> Speaker? {
        guard mention.kind == .description, !mention.describesMany, let owner = mention.possessor, owner.first?.isUppercase == true,
              let last = history.last(where: { $0.kind == .person }), let surname = last.name.spaceSeparated().last,
              PersonMentions.namesAsOwners(String(surname), owner, in: bytes, before: end), goesOn() else { return nil }
        return Speaker(name: last.name, kind: .person, roles: last.roles, mention: mention.text, block: block)
    }

    /// The subject of the sentence before a quotation that is a sentence of its own, when that
    /// sentence has a verb of saying and quotes no one, a term of a few words aside: "Perez says
    /// too many women are torn by guilt … . “They feel like a bad employee and a bad mom.”" For a
    /// quotation opening its paragraph, the last sentence of the paragraph before, when that
    /// paragraph quotes no one ("Schoen elaborated in an editorial piece … that superdelegates …
    /// may reconsider. ⏎ “…”"): its quotations, if any, are terms of a few words given to no one
    /// (`quotesSomeone` answers for a block): "… into the “Toxic Empire” of the Koch Brothers …
    /// Dickinson reports: ⏎ “…”". One that quotes someone ("Donald Trump called the ruling “a
    /// disgrace.”") is read by `attributeFromContext`.
    /// Not after an outlet that reports ("…, The Hill reported. “…”"), a document, or a question,
    /// which someone else answers.
    private static func sayerBefore(_ passage: Passage, quote: Int, _ blocks: [Block], _ bytes: [UInt8], quotesSomeone: (Int) -> Bool) -> Mention? {
        let at = passage.quoteTokens[quote]
        let (before, after) = passage.sentence(around: at)
        // Words after a quotation closing on a full stop are a sentence of their own ("“We are
        // seeking a court order …” She further announced …").
        guard before.isEmpty, after.allSatisfy({ $0.kind == .punctuation }) || passage.quoteEndsSentence(quote) else { return nil }
        var opening = paragraphUpTo(passage, quote: quote, bytes)
        if opening.tokens.isEmpty {
            guard let previous = paragraphBefore(passage.block, blocks, bytes) else { return nil }
            // "Harry asked Obama whether … to “educate or regulate” …. Obama had a good response.
            // ⏎ “…”": a last sentence quoting nothing whose verb gives words is whose they are,
            // whoever the paragraph quoted before it.
            let answers = Passage.sentencesFromLast(previous.tokens[...]).first.map {
                !previous.tokens[$0].contains(where: \.isQuotation) && givesWords(previous.tokens[$0], in: previous) != nil
            } ?? false
            guard answers || !quotesSomeone(previous.block) && previous.spans.allSatisfy({ kind(of: previous.text($0.inner)) == .scare }) else { return nil }
            opening = previous
        }
        guard let last = Passage.sentencesFromLast(opening.tokens[...]).first else { return nil }
        let sentence = opening.tokens[last]
        // A term held at arm's length quotes no one ("“People were celebrating” before the
        // incident, she said. “And it was so peaceful.”"), and the verb is the first after it
        // ("After Nancy Pelosi called the bill “a disgrace,” Paul Ryan responded on Twitter.").
        // Else the sentence's first verb of saying is its own: "Carter said that for decades some
        // critics had been predicting …" is Carter's report, not the critics'.
        var terms: [Int] = []
        for i in sentence.indices {
            guard case .quote(let q) = sentence[i].kind else { continue }
            guard kind(of: opening.text(opening.spans[q].inner)) == .scare else { return nil }
            terms.append(i)
        }
        if let owner = SentenceSieves.wordsOwner(sentence, in: opening) { return owner }
        guard let verb = givesWords(sentence, in: opening)
                ?? sentence[(terms.last.map { $0 + 1 } ?? sentence.startIndex)...].indices.first(where: { sentence[$0].isSpeechVerb }),
              !SentenceSieves.isAccording(sentence[verb]),
              !sentence[verb].wordClass.contains(.askingVerb),
              let subject = SentenceSieves.subject(sentence, verb: verb, in: opening, hearsay: true), subject.kind != .description, !subject.isOutlet,
              SentenceSieves.isNamed(subject, at: sentence[sentence.startIndex].utf8.lowerBound, in: opening),
              !AttributionLexicon.documents.contains(subject.name), !AttributionLexicon.organisationRoles.contains(subject.name) else { return nil }
        return subject
    }

    /// "Rubio gave a roundabout answer.", "Obama had a good response.": a verb that gives, right
    /// after its subject opening the clause, and an answer given, a few words on, ending the
    /// sentence; where that verb stands. Not a clause another verb reports ("Trump said Clinton
    /// had no answer.", "Trump thinks Clinton has", "asked whether Clinton had"), nor "has" or
    /// "had" helping another verb ("has received hundreds of letters"), nor an answer not given
    /// ("had no answer"): the giving verb is followed by a determiner, or, when it is no
    /// auxiliary, by the answer itself ("Washington Post reporter David Fahrenthold provided
    /// context."). A question asked before the clause is answered by it ("Asked whether …, Rubio
    /// gave a roundabout answer."). Words describing the subject may stand before the name.
    private static func givesWords(_ sentence: ArraySlice<Passage.Token>, in passage: Passage) -> Int? {
        guard let verb = sentence.indices.first(where: { sentence[$0].kind == .word && AttributionLexicon.givingVerbs.contains(passage.lower(of: sentence[$0])) }),
              verb + 1 < sentence.endIndex, let object = sentence.lastIndex(where: { $0.kind == .word }), object > verb, object - verb <= 5,
              AttributionLexicon.givenDeterminers.contains(passage.lower(of: sentence[verb + 1]))
                  || object == verb + 1 && !sentence[verb].wordClass.contains(.auxiliary),
              sentence[(object + 1)...].allSatisfy({ $0.kind == .punctuation }),
              AttributionLexicon.givenWords.contains(passage.lower(of: sentence[object])),
              !sentence[(verb + 1)..<object].contains(where: { $0.kind != .word || $0.capitalized }) else { return nil }
        // The clause opens on the subject: after the sentence's start or its last comma, only
        // its name's words and adverbs stand before the verb.
        let clause = (sentence[..<verb].lastIndex(where: { $0.mark == "," }).map { $0 + 1 }) ?? sentence.startIndex
        // Words for what the subject does may stand before the name, not for a group without one
        // ("Trump supporters provided context.").
        guard clause < verb, sentence[clause..<verb].allSatisfy({
                  $0.kind != .word || $0.capitalized || SentenceSieves.isAdverb($0, in: passage) || SentenceSieves.namesPeople($0, in: passage)
              }),
              let last = sentence[clause..<verb].last(where: { $0.kind == .word && !SentenceSieves.isAdverb($0, in: passage) }), last.capitalized
        else { return nil }
        return verb
    }

    /// Whether a paragraph naming no one goes on about the "he" or "she" of the paragraph after
    /// it: it opens with the pronoun; or with "the" someone ("But the former Mexican president
    /// didn't stop there. ⏎ “…,” he continued."); or the pronoun says something in it ("The same
    /// thing has happened on foreign policy, he said.").
    private static func goesOn(about pronoun: String, _ paragraph: Passage) -> Bool {
        let tokens = paragraph.tokens
        if let first = tokens.first, first.kind == .word, paragraph.isWord(first, pronoun) { return true }
        if PersonMentions.openingRole(paragraph) != nil { return true }
        return tokens.indices.dropLast().contains { i in
            tokens[i].kind == .word && tokens[i + 1].isSpeechVerb && paragraph.isWord(tokens[i], pronoun)
        }
    }

    /// How many paragraphs back a pronoun is followed while each goes on about it.
    static let pronounReach = 3

    /// How far before a quotation its paragraph is read, in bytes: a few dozen sentences.
    static let openingReach = 16_384

    /// The paragraph of quotation `quote` up to it, read whole; of a paragraph longer than
    /// `openingReach` there, the whole sentences within that reach (the tokenizer's, past the
    /// first it cut): a paragraph of megabytes was read again for each of its quotations.
    private static func paragraphUpTo(_ passage: Passage, quote: Int, _ bytes: [UInt8]) -> Passage {
        let open = passage.spans[quote].open
        var cut = open - openingReach
        guard cut > passage.range.lowerBound else { return Passage(block: passage.block, bytes: bytes, range: passage.range.lowerBound..<open, whole: true) }
        while cut < open, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
        let reach = Passage(block: passage.block, bytes: bytes, range: cut..<open, whole: true)
        guard let first = reach.tokens.first, let whole = reach.tokens.first(where: { $0.sentence != first.sentence }) else { return reach }
        return Passage(block: passage.block, bytes: bytes, range: whole.utf8.lowerBound..<open, whole: true)
    }

    /// "Ellison is pushing to strengthen what he calls the “grassroots”": a pronoun in the
    /// sentence of a person who is its subject is that person, whoever was quoted before; so is
    /// one after sentences of its paragraph about that person.
    private static func sentenceSubject(for mention: Mention, _ passage: Passage, quote: Int, _ bytes: [UInt8], _ history: [Speaker], block: Int) -> Speaker? {
        guard mention.kind == .pronoun else { return nil }
        let (before, _) = passage.sentence(around: passage.quoteTokens[quote])
        let pronoun = TextFold.fold(mention.name)
        let surnames = { isKnownName($0, history, bytes, before: passage.range.lowerBound) }
        // Else the sentences of its paragraph before it after the last one quoting someone:
        // "Franson Reneus, 18, from Lee County, Fla., disagrees. "I could say …," he says.", "“…,”
        // she said. … And North Carolina’s Ada Fisher … said Trump will exceed expectations …
        // “…,” she said" — not whoever was quoted last. With no sentence between, the speaker of
        // that quotation is the one to go on with. Those sentences were not split into words
        // (`Passage`), so the paragraph is read up to the quotation.
        let start = before.first?.utf8.lowerBound ?? passage.spans[quote].open
        let subjectOfOpening = { () -> Mention? in
            let opening = paragraphUpTo(passage, quote: quote, bytes)
            let quoting = opening.tokens.last(where: \.isQuotation)?.sentence ?? -1
            let rest = opening.tokens[(opening.tokens.firstIndex { $0.sentence > quoting } ?? opening.tokens.endIndex)...]
            return PersonMentions.subjectOfLastSentence(in: rest, of: opening, pronoun: pronoun, surnames: surnames)
        }
        guard let named = PersonMentions.subjectOfLastSentence(in: before, of: passage, pronoun: pronoun, surnames: surnames)
            ?? (start > passage.range.lowerBound ? subjectOfOpening() : nil) else { return nil }
        let roles = Set(named.roles.map { AttributionLexicon.titleAbbreviations[$0] ?? $0 })
        return Speaker(name: named.name, kind: .person, roles: roles, mention: mention.text, block: block)
    }

    /// Whether a one-word name is someone the text names: the surname of someone quoted or named
    /// in full before, or the first name of someone named in full before ("Luis Palau … Luis then
    /// shared his heart"), which a listed first name alone says is a person, not a place. Both
    /// are read within `PersonMentions.fullNameReach` before: asked for each "he said", a pass
    /// over the whole text made a long article of them quadratic.
    private static func isKnownName(_ name: String, _ history: [Speaker], _ bytes: [UInt8], before end: Int) -> Bool {
        let folded = TextFold.fold(name)
        return history.suffix(64).contains { TextFold.fold($0.name).spaceSeparated().last.map(String.init) == folded }
            || PersonMentions.isNamedInFull(name, in: bytes, before: end)
            || FirstNames.contains(folded)
                && !PersonMentions.surnames(after: name, in: bytes, within: max(0, end - PersonMentions.fullNameReach)..<end).isEmpty
    }

    /// A pronoun or a role that no one quoted before can be meant by. "He" or "she": the subject
    /// of the last sentence naming someone before the quotation, in its paragraph or else in the
    /// paragraph before (`PersonMentions`). "The Pope", "the senator": the last person the text
    /// gave that title ("Pope Francis").
    private static func lastNamed(for mention: Mention, _ passage: Passage, quote: Int, _ blocks: [Block], _ bytes: [UInt8], _ history: [Speaker]) -> Speaker? {
        let b = passage.block
        var named: Mention?
        switch mention.kind {
        case .pronoun:
            named = subjectBefore(passage, quote: quote, blocks, bytes, history, pronoun: TextFold.fold(mention.name))
        case .role where AttributionLexicon.titles.contains(mention.name) && !AttributionLexicon.organisationRoles.contains(mention.name):
            let qualifier = TextFold.fold(mention.text).spaceSeparated().map(String.init).first { PersonMentions.titleQualifiers.contains($0) }
            if let name = PersonMentions.titled(mention.name, qualifier: qualifier, in: bytes, before: passage.range.lowerBound) {
                named = Mention(kind: .person, name: name, roles: [mention.name], text: mention.text)
            } else if qualifier == nil {
                // "The former president told a crowd" after "Jeb Bush … brought his older brother,
                // George W. Bush": with a qualifier a title is one office someone held, and a
                // subject the text never gave it is not its holder; without one, it may be.
                named = subjectBefore(passage, quote: quote, blocks, bytes, history, pronoun: "")
            }
        case .role where !mention.isIndefinite && !AttributionLexicon.organisationRoles.contains(mention.name):
            // "The lawmaker, who represents a district in Albay province, said": a role no one
            // was given is, as a pronoun would be, the subject of the last sentence naming someone.
            named = subjectBefore(passage, quote: quote, blocks, bytes, history, pronoun: "")
        case .description where mention.describesOneByOccupation:
            // "the esteemed Argentinian evangelist" after "evangelist Luis Palau … Luis then
            // shared": only the person the text gave the same noun, not whoever it named last
            // ("the moderator said" after a sentence about Trump), and by the full name where the
            // subject has one ("a nurse" given to Mary Johnson is not Tyler Johnson's).
            guard let subject = subjectBefore(passage, quote: quote, blocks, bytes, history, pronoun: ""),
                  PersonMentions.givesRole([mention.name], to: subject.name, in: bytes, before: passage.spans[quote].open) else { return nil }
            named = subject
        case .role where !mention.isIndefinite && AttributionLexicon.groupRoles.contains(mention.name):
            guard let organisation = organisationBefore(passage, quote: quote, role: mention.name, blocks, bytes) else { return nil }
            return Speaker(name: organisation.name, kind: .organisation, roles: [mention.name], mention: mention.text, block: b)
        default:
            return nil
        }
        guard let named else { return nil }
        // "Cameron will work …, the prime minister’s spokesman said. ⏎ “…,” the spokesman said",
        // "Trump thanked the crowd. “…,” the campaign manager said": one who speaks for someone
        // else is only a person the text gave the role (Hope Hicks, "a spokeswoman for the Trump
        // campaign"; David Plouffe, "Obama’s former campaign manager"), never the one spoken for.
        if mention.kind == .role, let kind = AttributionLexicon.proxyRoleKinds.first(where: { $0.contains(mention.name) }),
           named.roles.isDisjoint(with: kind),
           !PersonMentions.givesRole(kind, to: String(named.name.spaceSeparated().last ?? ""), in: bytes, before: passage.spans[quote].open) { return nil }
        let roles = Set(named.roles.map { AttributionLexicon.titleAbbreviations[$0] ?? $0 })
        return Speaker(name: named.name, kind: .person, roles: roles, mention: mention.text, block: b)
    }

    /// "The NRA also said Wednesday it would be happy to meet with Trump. ⏎ “…,” the group said
    /// in a statement.": the organisation a sentence opens with, in the quotation's paragraph
    /// before it or else in the paragraph before, nearest first. Only a sentence's subject: an
    /// organisation named further in is what the sentence speaks of.
    private static func organisationBefore(_ passage: Passage, quote: Int, role: String, _ blocks: [Block], _ bytes: [UInt8]) -> Mention? {
        let opening = paragraphUpTo(passage, quote: quote, bytes)
        if let found = organisationOpening(opening, role: role) { return found }
        return paragraphBefore(passage.block, blocks, bytes).flatMap { organisationOpening($0, role: role) }
    }

    /// The paragraph before block `b`, read whole, past a photo's caption or the page's furniture
    /// between them; nil when another kind of block (a heading, a quotation set apart) stands there.
    private static func paragraphBefore(_ b: Int, _ blocks: [Block], _ bytes: [UInt8]) -> Passage? {
        var p = b - 1
        while p >= 0, [.caption, .boilerplate].contains(blocks[p].kind) { p -= 1 }
        guard p >= 0, blocks[p].kind == .paragraph else { return nil }
        return Passage(block: p, bytes: bytes, range: blocks[p].range, whole: true)
    }

    /// The organisation the last sentence naming one opens with, or nil when the last sentence
    /// that opens with a name opens with another kind (a person), or names the role unparsed:
    /// "the trade group for the Blue Cross Blue Shield plans … spelled out its concerns" is the
    /// group of "“…,” the group wrote", not an organisation named further back.
    private static func organisationOpening(_ passage: Passage, role: String) -> Mention? {
        let tokens = passage.tokens
        for sentence in Passage.sentencesFromLast(tokens[...]) {
            var i = sentence.lowerBound
            while i < sentence.upperBound, tokens[i].kind != .word || tokens[i].wordClass.contains(.notName) && !tokens[i].wordClass.contains(.article) { i += 1 }
            guard i < sentence.upperBound, let phraseEnd = SentenceSieves.phrase(tokens[..<sentence.upperBound], from: i, in: passage),
                  let mention = Mention.parse(tokens[i..<phraseEnd], in: passage) else {
                if tokens[sentence].contains(where: { $0.kind == .word && passage.lower(of: $0) == role }) { return nil }
                continue
            }
            if mention.kind == .organisation { return mention }
            // "The NRA": letters in capitals are an organisation's initials.
            if mention.kind == .person, isInitials(mention.name) {
                return Mention(kind: .organisation, name: mention.name, roles: [], text: mention.text)
            }
            if mention.kind == .person { return nil }
        }
        return nil
    }

    /// "NRA", "HHS": two to six capitals, an organisation's initials rather than a person's name.
    static func isInitials(_ name: String) -> Bool {
        (2...6).contains(name.count) && name.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The sieves that read around a quotation rather than its sentence, run once every sentence
    /// has been read, in document order.
    private static func attributeFromContext(_ found: inout [Found], _ passages: [Passage], _ blocks: [Block], _ bytes: [UInt8], _ firstNames: PersonMentions.FirstNamePlaces) {
        let body = found.indices.filter { !found[$0].quote.inComment }
        // "“We will win,” said John Smith. “We will lose,” she said.": a quotation's own "he" or
        // "she" goes on with no one it cannot mean, nor its own "the ministry" with a person.
        let fits = { (entry: Found, speaker: Speaker) in
            (!entry.spokenByOrganisation || !isSurelyPerson(speaker, firstNames)) && entry.unnamed.map { canMean($0, speaker.name, inFull: { inFull($0, firstNames.of($0), before: entry.quote.range.lowerBound, since: startOfParagraphBefore(entry.block, blocks)) }) } ?? true
        }
        // The nearest attributed quotation after each one, found in one backward pass so that a
        // paragraph of a hundred thousand unattributed quotations stays linear.
        var nextAttributed = [Int?](repeating: nil, count: body.count)
        var next: Int?
        for n in body.indices.reversed() {
            nextAttributed[n] = next
            if found[body[n]].speaker != nil { next = body[n] }
        }
        var lastAttributed: Int?
        for (n, i) in body.enumerated() {
            defer { if found[i].speaker != nil { lastAttributed = i } }
            guard found[i].speaker == nil, found[i].quote.kind != .block, !found[i].spokenByUnnamed else { continue }
            let entry = found[i]
            let previous = n > 0 ? found[body[n - 1]] : nil
            if entry.continues {
                if let speaker = previous?.speaker { assign(&found[i], speaker, .continued) }
                continue
            }
            let isSentence = entry.passage.map { passages[$0].quoteIsSentence(entry.span ?? 0) } ?? false
            if let previous, let speaker = previous.speaker, previous.block == entry.block, entry.quote.kind != .scare || isSentence, fits(entry, speaker) {
                if found[i].quote.kind == .scare { found[i].quote.kind = .direct }
                assign(&found[i], speaker, .sameParagraph)
                continue
            }
            if let previous, let speaker = previous.speaker, goesOnInSentence(entry, after: body[..<n], of: found, passages), !isTitle(entry, passages), fits(entry, speaker),
               !namesAnother(than: speaker, before: entry, passages, bytes) {
                found[i].quote.kind = .partial
                assign(&found[i], speaker, .sameParagraph)
                continue
            }
            // "“…,” he said. “…”" with no one "he" can mean: the second sentence is the same "he".
            if let previous, previous.speaker == nil, let unnamed = previous.unnamed, previous.block == entry.block,
               entry.unnamed == nil, entry.quote.kind != .scare || isSentence {
                if found[i].quote.kind == .scare { found[i].quote.kind = .direct }
                found[i].unnamed = unnamed
                continue
            }
            // A quotation signed after its close ("“…” ― Christina N Luis Olidem") is one of a
            // list in which each is signed: the next paragraph's is not taken to be the same one's.
            if let previous, let speaker = previous.speaker, entry.quote.kind != .scare, ![.trailingDash, .signature].contains(previous.quote.sieve), fits(entry, speaker) {
                let opensParagraph = entry.span == 0 && entry.passage.map { passages[$0].opensWithQuote } ?? false
                if opensParagraph, previous.block == entry.block - 1 || !(previous.passage.map { passages[$0].spans[previous.span ?? 0].closed } ?? true)
                    || isAbout(speaker, between: previous, and: entry, passages, blocks, bytes, firstNames),
                   !namesAnotherAfter(than: speaker, entry, passages), !asks(previous, passages) {
                    assign(&found[i], speaker, .nextParagraph)
                    continue
                }
            }
            if let after = nextAttributed[n], let speaker = found[after].speaker, endsListSaidBy(entry, next: found[after], passages), fits(entry, speaker) {
                if found[i].quote.kind == .scare { found[i].quote.kind = .partial }
                assign(&found[i], speaker, .listed)
                continue
            }
            // Between two quotations of one speaker, in this paragraph or the ones beside it.
            if let before = lastAttributed, let after = nextAttributed[n], let a = found[before].speaker, let b = found[after].speaker,
               found[before].block >= entry.block - 1, found[after].block <= entry.block + 1,
               SpeakerNames.sameSpeaker(a.name, b.name), !isTitle(entry, passages), fits(entry, a), !namesAnother(than: a, before: entry, passages, bytes) {
                if found[i].quote.kind == .scare { found[i].quote.kind = .partial }
                assign(&found[i], a, .surrounded)
            }
        }
    }

    /// Whether one paragraph stands between two quotations, quoting no one, and its last sentence
    /// naming someone has the speaker of the first for its subject: "“…,” Viguerie notes. ⏎
    /// Viguerie is upbeat about Cruz’s chances …, in part because he sees Cruz as a uniter. ⏎
    /// “Not only can Ted Cruz win in November, …”". Not a sentence about what is theirs ("On its
    /// face, Clinton’s critique is …"), nor one announcing what follows ("Here are … Oliver's
    /// counterpoints:"), nor a quotation signed on the line after it; not when someone else may
    /// say the words after it (`mayGiveWordsToAnother`).
    private static func isAbout(_ speaker: Speaker, between previous: Found, and entry: Found, _ passages: [Passage], _ blocks: [Block], _ bytes: [UInt8],
                                _ firstNames: PersonMentions.FirstNamePlaces) -> Bool {
        // The blocks are told first: reading a paragraph's words costs more than all the rest.
        let isText = { (b: Int) in ![.caption, .boilerplate].contains(blocks[b].kind) }
        guard let p = entry.passage, let b = (0..<entry.block).last(where: isText), (0..<b).last(where: isText) == previous.block,
              signature(after: passages[p], blocks, bytes) == nil,
              let between = paragraphBefore(entry.block, blocks, bytes), between.spans.isEmpty, between.tokens.last?.mark != ":",
              let named = PersonMentions.subjectOfLastSentence(in: between.tokens[...], of: between, pronoun: "", owners: false,
                                                               surnames: { SpeakerNames.sameSpeaker($0, speaker.name) || PersonMentions.isNamedInFull($0, in: bytes, before: between.range.lowerBound) }),
              SpeakerNames.sameSpeaker(named.name, speaker.name) else { return false }
        // "Bush is popular among veterans" after "Jeb Bush and his brother George W. Bush": a
        // surname alone that the text gives another first name may be the other one.
        if !TextScan.hasSpace(named.name), let first = speaker.name.spaceSeparated().first.map({ TextFold.fold($0) }), TextScan.hasSpace(speaker.name),
           firstNames.of(named.name).contains(where: { TextFold.fold($0.first) != first }) { return false }
        return !mayGiveWordsToAnother(between, than: speaker)
    }

    /// Whether a paragraph brings in someone else who may say the quotation after it: a verb of
    /// saying whose subject is not the speaker ("Smith faces fierce criticism from Democrats, who
    /// say his tax plan favours the rich"), or another person named in full ("Smith was attacked
    /// on Tuesday by his rival, Senator Bob Jones").
    private static func mayGiveWordsToAnother(_ paragraph: Passage, than speaker: Speaker) -> Bool {
        let tokens = paragraph.tokens
        return tokens.indices.contains { i in
            guard tokens[i].kind == .word else { return false }
            // Not a noun spelled as a verb ("Trump’s tweets").
            if tokens[i].isSpeechVerb, i == tokens.startIndex || !paragraph.isPossessive(tokens[i - 1]) {
                guard let subject = SentenceSieves.subject(tokens[...], verb: i, in: paragraph) else { return true }
                return subject.kind == .pronoun ? !PersonMentions.agrees(speaker.name, TextFold.fold(subject.name)) : !SpeakerNames.sameSpeaker(subject.name, speaker.name)
            }
            guard i + 1 < tokens.endIndex, tokens[i].capitalized, tokens[i + 1].kind == .word, tokens[i + 1].capitalized,
                  FirstNames.contains(paragraph.lower(of: tokens[i])) else { return false }
            return !SpeakerNames.sameSpeaker(paragraph.text(of: tokens[i]) + " " + paragraph.text(of: tokens[i + 1]), speaker.name)
        }
    }

    /// Whether a speaker is a person the text shows to be one: by a role, by a listed first name,
    /// or, named by a surname alone, by a first name the text gives it. Names with no such sign
    /// ("Black Lives Matter", "Twitter") are kept as persons for want of an organisation's word,
    /// and may be what "the group" means; a name no first-name list holds ("Wang Yi") goes
    /// unchecked, as before.
    private static func isSurelyPerson(_ speaker: Speaker, _ firstNames: PersonMentions.FirstNamePlaces) -> Bool {
        guard speaker.kind == .person else { return false }
        let words = speaker.name.spaceSeparated()
        guard let first = words.first else { return false }
        return !speaker.roles.isEmpty || FirstNames.contains(TextFold.fold(first)) || words.count == 1 && !firstNames.of(speaker.name).isEmpty
    }

    /// Whether the words after a quotation in its sentence are someone else's name and a verb:
    /// "“You know, it happens, right?” Trump went on" after a paragraph quoting Megyn Kelly is
    /// Trump's, though no verb of saying tells it.
    private static func namesAnotherAfter(than speaker: Speaker, _ entry: Found, _ passages: [Passage]) -> Bool {
        guard let p = entry.passage, let s = entry.span else { return false }
        let passage = passages[p]
        let (_, after) = passage.sentence(around: passage.quoteTokens[s])
        // "“…,” says a separate note from Canadian brokerage TD Securities": a verb of saying
        // right after it, then someone or something indefinite, brings in a new source, though
        // the sentence's sieves could not read it ("noted the institute" may be the one before).
        if let verb = after.firstIndex(where: { $0.mark != "," }), after[verb].isSpeechVerb, !SentenceSieves.isAccording(after[verb]),
           verb + 1 < after.endIndex, after[verb + 1].wordClass.contains(.indefinite) { return true }
        var end = after.startIndex
        while end < after.endIndex, Mention.isNameLike(after[end]), after[end].capitalized { end += 1 }
        guard end > after.startIndex, end < after.endIndex, after[end].kind == .word, !after[end].capitalized,
              let named = Mention.parse(after[after.startIndex..<end], in: passage), named.kind == .person else { return false }
        return !SpeakerNames.sameSpeaker(named.name, speaker.name)
    }

    /// Whether the words before a quotation in its paragraph make someone other than `speaker`
    /// their subject: "Clinton touted her credentials … “We need …”" between two quotations of
    /// Sanders is Clinton's.
    private static func namesAnother(than speaker: Speaker, before entry: Found, _ passages: [Passage], _ bytes: [UInt8]) -> Bool {
        guard let p = entry.passage, let s = entry.span else { return false }
        let passage = passages[p]
        let from = s > 0 ? passage.spans[s - 1].end : passage.range.lowerBound
        let opening = Passage(block: passage.block, bytes: bytes, range: from..<passage.spans[s].open, whole: true)
        // A name right before the quotation is what it speaks of: "Sanders “has a right to
        // contest every single primary,” … Rendell added".
        guard let last = opening.tokens.last, !Mention.isNameLike(last) else { return false }
        let named = PersonMentions.subjectOfLastSentence(in: opening.tokens[...], of: opening, pronoun: "") {
            PersonMentions.isNamedInFull($0, in: bytes, before: from)
        }
        return named.map { !SpeakerNames.sameSpeaker($0.name, speaker.name) } ?? false
    }

    /// "Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the “very
    /// important match.”": a short quotation in the sentence of one that its verb gave to someone
    /// goes on with their words, as does each of a list after it, joined by commas, "and", "or"
    /// and articles ("Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and
    /// “sick.”"). `earlier` index the quotations before `entry` in `found`.
    private static func goesOnInSentence(_ entry: Found, after earlier: ArraySlice<Int>, of found: [Found], _ passages: [Passage]) -> Bool {
        guard let p = entry.passage, var s = entry.span else { return false }
        let passage = passages[p]
        let sentence = passage.tokens[passage.quoteTokens[s]].sentence
        for previous in earlier.reversed().lazy.map({ found[$0] }) {
            guard previous.passage == p, s > 0, previous.span == s - 1, passage.tokens[passage.quoteTokens[s - 1]].sentence == sentence,
                  previous.speaker != nil, let sieve = previous.quote.sieve else { return false }
            if [.verbBefore, .distantVerb, .clauseSubject, .clauseColon].contains(sieve) { return true }
            // Past a quotation that went on itself, only along a list: not "Spencer assured his
            // audience that … America “belongs to us,” the attendees probably did mean “hail whites!”"
            guard sieve == .sameParagraph, joinsList(passage, s - 1) else { return false }
            s -= 1
        }
        return false
    }

    /// Whether quotation `q` of `passage` and the next are one list's, in one sentence: commas,
    /// "and", "or" and articles alone between them.
    private static func joinsList(_ passage: Passage, _ q: Int) -> Bool {
        guard q + 1 < passage.quoteTokens.count, !passage.quoteEndsSentence(q) else { return false }
        let joint = passage.tokens[(passage.quoteTokens[q] + 1)..<passage.quoteTokens[q + 1]]
        return joint.count <= 3 && joint.allSatisfy { word in
            word.mark == "," || word.kind == .word && (word.wordClass.contains(.article)
                || AttributionLexicon.coordinators.contains { passage.isWord(word, $0) })
        }
    }

    /// "Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean
    /// … proclaimed": a verb right after the last quotation of a list names the speaker of each.
    /// Not when a verb before the list gives its words to someone else ("Critics have called the
    /// plan “cruel” and “…,” Sanders noted", "Asked whether the plan was “fair” or “…,” Ryan said").
    private static func endsListSaidBy(_ entry: Found, next: Found, _ passages: [Passage]) -> Bool {
        guard let p = entry.passage, let s = entry.span, next.passage == p, next.span == s + 1,
              let sieve = next.quote.sieve, [.verbAfter, .verbAfterAdverb, .unlistedVerbAfter].contains(sieve),
              joinsList(passages[p], s) else { return false }
        let (before, _) = passages[p].sentence(around: passages[p].quoteTokens[s])
        return !before.contains { $0.isSpeechVerb || $0.wordClass.contains(.askingVerb) }
    }

    /// "Harry asked Obama whether it is better for government to “educate or regulate” … ⏎ “I'm
    /// big on education …”": whoever a quotation's verb says asked, the paragraph after answers;
    /// not one who was asked ("Le Pen told CNN in an interview when asked which …").
    private static func asks(_ entry: Found, _ passages: [Passage]) -> Bool {
        guard let p = entry.passage, let s = entry.span else { return false }
        let passage = passages[p]
        let (before, after) = passage.sentence(around: passage.quoteTokens[s])
        let near = Array(before.suffix(asksReach) + after.prefix(asksReach))
        return near.indices.contains { k in
            near[k].wordClass.contains(.askingVerb)
                && !(k > 0 && Self.askedOf.contains(passage.lower(of: near[k - 1])))
        }
    }

    /// Words before "asked" that make it the one asked: "when asked", "was asked".
    private static let askedOf: Set<String> = ["when", "if", "was", "were", "is", "being", "been"]

    /// How far from a quotation a verb of asking is read.
    private static let asksReach = 16

    /// A short quotation in capitals names something ("Fox News Sunday"); it is no fragment of
    /// anyone's speech (`Passage.quoteIsTitle`).
    private static func isTitle(_ entry: Found, _ passages: [Passage]) -> Bool {
        guard entry.quote.kind == .scare, let p = entry.passage, let span = entry.span else { return false }
        return passages[p].quoteIsTitle(span)
    }

    /// "“…,” Kevin explained": a first name alone is the person the article names in full with it
    /// ("Kevin Palau"), when it names only one so, and no speaker of the article has it for a surname.
    /// `surnamesAfter`: the surnames the text gives after each one-word speaker that is a first name.
    private static func fullNames(of names: Set<String>, _ surnamesAfter: [String: Set<String>]) -> [String: String] {
        let surnames = Set(names.compactMap { TextScan.hasSpace($0) ? $0.spaceSeparated().last.map(String.init) : nil })
        var full: [String: String] = [:]
        for (name, found) in surnamesAfter where !surnames.contains(name) && found.count == 1 {
            full[name] = name + " " + found.first!
        }
        return full
    }

    /// "NRA" is the National Rifle Association when the article spells it out: initials in
    /// capitals are the name whose capitalised words begin with them, in order ("of", "for",
    /// "and" and "the" between them left out), when the article holds one such name. A word
    /// joining the beginnings of words is read alike: "SocGen" is Societe Generale.
    private static func spelledOut(_ names: Set<String>, _ bytes: [UInt8]) -> [String: String] {
        let shortened = names.compactMap { name in abbreviationPieces(name).map { (name, $0) } }
        guard !shortened.isEmpty else { return [:] }
        // Words as byte ranges with their first scalar, read once from the UTF-8: splitting the
        // article into strings (or grapheme breaking with Unicode properties for every letter, a
        // seventh of a parse) cost more than the rest of the grouping of speakers.
        return bytes.withUnsafeBufferPointer { text in
            var words: [(range: Range<Int>, first: Unicode.Scalar)] = []
            var start: Int?
            var first: Unicode.Scalar = " "
            var i = 0
            while i < text.count {
                let (c, length) = UTF8Scalars.scalar(text, at: i, end: text.count)
                if ScalarClass.isLetter(c) || c == "-" {
                    if start == nil { (start, first) = (i, c) }
                } else if let s = start {
                    words.append((s..<i, first))
                    start = nil
                }
                i += length
            }
            if let s = start { words.append((s..<text.count, first)) }
            let startsCapitalised = { (k: Int) in ScalarClass.isUpper(words[k].first) }
            let isConnector = { (k: Int) in spelledConnectors.contains { $0.elementsEqual(text[words[k].range]) } }
            let begins = { (k: Int, piece: ArraySlice<UInt8>) in text[words[k].range].starts(with: piece) }
            var found: [String: Set<String>] = [:]
            for k in words.indices where startsCapitalised(k) {
                for (name, pieces) in shortened where begins(k, pieces[0]) {
                    var rest = pieces.dropFirst()
                    var j = k + 1
                    var last = k
                    while let piece = rest.first, j < words.count {
                        if begins(j, piece) { last = j; rest = rest.dropFirst() }
                        else if isConnector(j) { last = j }
                        else { break }
                        j += 1
                    }
                    // Whole: the next word does not go on capitalised ("National Rifle Association
                    // Foundation"); a word after a mark is not the name's ("International Monetary
                    // Fund (IMF)").
                    let goesOn = j < words.count && startsCapitalised(j) && text[words[last].range.upperBound..<words[j].range.lowerBound].allSatisfy { $0 == 0x20 }
                    if rest.isEmpty, last > k, !goesOn {
                        // As written: "U.S. Agency for International Development" keeps its stops.
                        let written = UnsafeBufferPointer(rebasing: text[words[k].range.lowerBound..<words[last].range.upperBound])
                        found[name, default: []].insert(String(decoding: written, as: UTF8.self))
                    }
                }
            }
            return found.compactMapValues { $0.count == 1 ? $0.first : nil }
        }
    }

    /// The beginnings of words a name shortens, each from a capital: "NRA" → N, R, A; "SocGen" →
    /// Soc, Gen. Nil for a name that shortens none (a word of one capital, or of many words).
    private static func abbreviationPieces(_ name: String) -> [ArraySlice<UInt8>]? {
        if isInitials(name) { return name.utf8.map { [$0][...] } }
        let bytes = Array(name.utf8)
        guard bytes.count <= 12, bytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { return nil }
        let capitals = bytes.indices.filter { (0x41...0x5A).contains(bytes[$0]) }
        guard capitals.first == 0, (2...4).contains(capitals.count) else { return nil }
        return zip(capitals, capitals.dropFirst() + [bytes.count]).map { bytes[$0..<$1] }
    }

    private static let spelledConnectors: [[UInt8]] = ["of", "for", "and", "the", "on"].map { Array($0.utf8) }

    /// Gives a quotation the speaker of its context; no words of the text name them there.
    private static func assign(_ entry: inout Found, _ speaker: Speaker, _ sieve: Sieve) {
        entry.speaker = Speaker(name: speaker.name, kind: speaker.kind, roles: speaker.roles, mention: nil, block: entry.block)
        entry.quote.sieve = sieve
    }

    /// A surname alone in full, from the places `PersonMentions.FirstNamePlaces` found it before
    /// `end`: the full name last opening a sentence since `since`, the start of the paragraph
    /// before the quotation's ("Bill Clinton spoke with voters … Clinton said"; "Former President
    /// Bill Clinton campaigned for his wife … ⏎ “…,” Clinton told the crowd"), else the one the
    /// text gave most, as a reader takes the person the article is about ("Cruz said" is Ted Cruz,
    /// not his father Rafael named once since). With `pronoun`, only full names that pronoun can
    /// mean ("Mrs. Schlafly" is Phyllis Schlafly, not her son John); with none, the surname alone.
    private static func inFull(_ surname: String, _ places: [PersonMentions.FirstNamePlaces.Place], before end: Int, since: Int, pronoun: String? = nil) -> String {
        let low = count(places, before: end)
        // The last few dozen places are as far back as the count needs to read.
        let fitting = places[max(0, low - 64)..<low].filter { place in
            guard let pronoun else { return true }
            return PersonMentions.agrees(place.first + " " + surname, pronoun)
        }
        if let here = fitting.last(where: \.opensSentence), here.at >= since { return here.first + " " + surname }
        var counts: [String: Int] = [:]
        for place in fitting { counts[place.first, default: 0] += 1 }
        // Between names given as often, the last.
        guard let best = fitting.reversed().max(by: { counts[$0.first]! < counts[$1.first]! }) else { return surname }
        return best.first + " " + surname
    }

    /// How many of `places` (in text order) stand before `end`, found by halves: a surname the
    /// text gives in full thousands of times is asked by as many quotations.
    private static func count(_ places: [PersonMentions.FirstNamePlaces.Place], before end: Int) -> Int {
        var low = 0, high = places.count
        while low < high {
            let middle = (low + high) / 2
            if places[middle].at < end { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the paragraph before block `b` starts (block `b`'s own start for the first): how far
    /// back a full name opening a sentence decides what a surname alone means (`inFull`).
    private static func startOfParagraphBefore(_ b: Int, _ blocks: [Block]) -> Int {
        blocks[max(0, b - 1)].range.lowerBound
    }

    private static func canonicalise(_ found: [Found], _ blocks: [Block], _ bytes: [UInt8], _ firstNames: PersonMentions.FirstNamePlaces) -> [Quote] {
        let speakers = Set(found.compactMap { $0.speaker?.name })
        // Each one-word speaker that is a first name, with the surnames the text gives after it, read once.
        let surnamesAfter = Dictionary(uniqueKeysWithValues: speakers.filter { !TextScan.hasSpace($0) && FirstNames.contains(TextFold.fold($0)) }
            .map { ($0, PersonMentions.surnames(after: $0, in: bytes)) })
        let full = fullNames(of: speakers, surnamesAfter).merging(spelledOut(speakers, bytes)) { first, _ in first }
        // "Clinton said" is Hillary Clinton in an article about her, whoever else bears the name:
        // a surname alone takes a first name the text gave it before the quotation (`inFull`),
        // and keeps it while the text names no one else of that name: "Patricia Smith … ⏎ “…,”
        // Smith said … ⏎ “…” ⏎ “…,” Smith said last week" are all hers.
        var lastInFull: [String: (name: String, at: Int)] = [:]
        // The full name a title of one sex chose, for the quotations going on with that speaker's
        // words (no words of their own name anyone), not for a later "he" or "Clinton".
        var lastTitled: [String: (name: String, at: Int)] = [:]
        let named = found.map { entry -> String? in
            guard let speaker = entry.speaker else { return nil }
            let mention = speaker.mention?.lowercased()
            let since = startOfParagraphBefore(entry.block, blocks)
            let start = entry.quote.range.lowerBound
            let name: String
            if let fuller = full[speaker.name] {
                name = fuller
            } else if speaker.kind == .person, !TextScan.hasSpace(speaker.name),
                      case let places = firstNames.of(speaker.name),
                      // "Ryan said" is Paul Ryan's when the text gives "Ryan" after a first name and
                      // never before a surname; a first name otherwise, it is kept alone.
                      surnamesAfter[speaker.name].map({ !places.isEmpty && $0.isEmpty }) ?? true {
                // "Mrs. Bush responded" is not Jeb Bush: a title of one sex takes a full name of that
                // sex, which the quotations going on with her words keep ("''Jobs, jobs, jobs,''
                // Mrs. Clinton said … when asked what Mr. Clinton would do … ''Nobody did it better …''").
                if let title = mention?.spaceSeparated().first, let pronoun = PersonMentions.titleSexes[String(title)] {
                    let full = inFull(speaker.name, places, before: start, since: since, pronoun: pronoun)
                    lastTitled[speaker.name] = (full, start)
                    return full
                }
                if mention == nil, let titled = lastTitled[speaker.name], count(places, before: titled.at) == count(places, before: start) {
                    return titled.name
                }
                lastTitled[speaker.name] = nil
                if let last = lastInFull[speaker.name], count(places, before: last.at) == count(places, before: start) {
                    name = last.name
                } else {
                    name = inFull(speaker.name, places, before: start, since: since)
                }
                lastInFull[speaker.name] = (name, start)
            } else {
                name = speaker.name
            }
            // "“…,” she said" resolved to a surname or a first name the text then gives a first
            // name or a surname of the other sex ("Trump", named Donald; "Scott", Scott Taylor)
            // was someone else's: the words name no one Folio can tell.
            return mention.map { PersonMentions.agrees(name, $0) } ?? true ? name : nil
        }
        let names = SpeakerNames.canonical(named.compactMap { $0 }, scope: .article)
        // By index: copying each `Found` whole to read three of its fields cost more than the rest of this loop.
        return found.indices.map { i in
            var quote = found[i].quote
            if let mention = found[i].speaker.map({ $0.mention }) {
                if let name = named[i] { quote.speaker = names[name] } else { quote.sieve = nil }
                // Given by the context, it is shown with the words its own sentence names the
                // speaker with, if any ("“…,” the Republican nominee said" after Donald Trump's).
                quote.mention = (mention ?? found[i].unnamed).map(Mention.shown)
            } else {
                quote.mention = found[i].unnamed.map(Mention.shown)
            }
            return quote
        }
    }
}
