/// How a quotation was attributed: one small rule each, tried in order of how rarely it errs,
/// after the way CoreNLP's quote attribution is organised. Each quotation records the sieve that
/// named its speaker, so a wrong attribution can be traced to its rule.
public enum Sieve: String, Sendable, CaseIterable {
    /// A "Name (role):" line before a transcript or a quoted clip.
    case speakerLine = "speaker-line"
    /// "“…,” Konashenkov added" or "“…,” said the general".
    case verbAfter = "verb-after"
    /// "“France will always be France,” an angry Hollande retaliated.": after a quotation opening
    /// its sentence (other quotations aside) and closing on a comma (or ? or !), a name and a word
    /// in -ed closing the clause, whichever verb it is. Not after a clause the quotation ends
    /// ("After Clinton called his supporters “deplorable,” Trump pounced."), and not for a term
    /// alone: the verb may say anything, so it names the speaker of whole speech only, as
    /// `verbAfterAdverb` does.
    case unlistedVerbAfter = "unlisted-verb-after"
    /// "“…,” Clinton reportedly said", "the editorial board recently wrote": an adverb between
    /// the name (or the words describing the speaker) and the verb. It reads a word
    /// further than `verbAfter`, so it names the speaker of whole speech only, never of a scare
    /// quote ("described as “friendly but strained,” President Obama politely asked"), and not after
    /// a quotation closing on a full stop (“… institutions.” Koch also says its office…).
    case verbAfterAdverb = "verb-after-adverb"
    /// "Konashenko said “…”", "told reporters: “…”".
    case verbBefore = "verb-before"
    /// "“…” - Russian Ministry of Defense".
    case trailingDash = "trailing-dash"
    /// A paragraph that is one quotation, signed on the line after it: "“…” ⏎ -Michelle Marks,
    /// Philadelphia.", when the paragraphs around it give it to no one.
    case signature
    /// "Konashenkov: “…”".
    case colon
    /// "According to a U.N. Commission of Inquiry, … “…”", "in the words of Justice Antonin Scalia, “…”".
    case accordingTo = "according-to"
    /// "General Konashenkov … called the actions … “an imitation …”": a verb of saying earlier in
    /// the sentence, with its subject.
    case distantVerb = "distant-verb"
    /// "“People were celebrating” before the incident, she said.": a clause closing the sentence
    /// after the quotation names who said it.
    case closingClause = "closing-clause"
    /// "She then addressed the supporters again: “…”", "Sanders delivered a snappy retort: “…”":
    /// a colon closing a clause whose subject opens it and whose other words name no one.
    case clauseColon = "clause-colon"
    /// "Iowa State University's Dianne Bystrom agreed. “…”": a quotation opening its sentence,
    /// attributed by none, after a sentence (in its paragraph, or ending a paragraph that quotes
    /// no one) whose subject says something.
    case sentenceBefore = "sentence-before"
    /// "Clinton talked up her “50-state strategy,”": a clause opening with its subject, with no
    /// other name before the quotation, whatever its verb.
    case clauseSubject = "clause-subject"
    /// "Corey Lewandowski … ripped FBI Director James Comey for acting as “the judge and the
    /// jury”": the same, with names after the verb, which are whom the subject speaks of. Never
    /// a term of a few words, which is as likely the writer's.
    case clauseSubjectPastNames = "clause-subject-past-names"
    /// A line that announces what follows: "RT reports:".
    case announcement
    /// An outlet passing the words on ("the Guardian reports"), when no one else is named.
    case outlet
    /// The second quotation of a paragraph whose first is attributed.
    case sameParagraph = "same-paragraph"
    /// "“…” and “…,” Howard Dean proclaimed": a quotation the next one's list goes on, whose
    /// speaker a verb right after the list names.
    case listed
    /// A paragraph that opens with a quotation right after a paragraph quoting someone.
    case nextParagraph = "next-paragraph"
    /// Between two quotations of the same speaker with nothing else attributed in between.
    case surrounded
    /// A paragraph inside a quotation an earlier paragraph opened and a later one closes.
    case continued
}

/// The rules that read a quotation's own sentence. Each returns the phrase naming the speaker.
enum SentenceSieves {
    typealias Token = Passage.Token

    /// The sieves that read the sentence, in the order they are tried.
    static func attribute(_ passage: Passage, quote: Int) -> (Mention, Sieve)? {
        let (before, after) = passage.sentence(around: passage.quoteTokens[quote])
        let (named, outlet) = attributeAfter(passage, quote: quote, before: before, after: after)
        let saidBefore = { verbBefore(before, in: passage) }
        // "Clinton responds to Mills with, “Why now? …?” Mills then writes back, “…”": a verb after
        // the quotation that goes on to a quotation of its own is that one's, when a verb before
        // this one gives it someone.
        if let named {
            guard [.verbAfter, .verbAfterAdverb].contains(named.1), introducesQuotation(after), let m = saidBefore() else { return named }
            return (m, .verbBefore)
        }
        var fallback = outlet
        if let m = saidBefore() { return (m, .verbBefore) }
        if let m = trailingDash(after, in: passage) { return (m, .trailingDash) }
        if let m = colon(before, in: passage) { return (m, .colon) }
        if let m = accordingTo(before, in: passage) ?? accordingTo(after, in: passage) {
            if m.isOutlet { fallback = fallback ?? m } else { return (m, .accordingTo) }
        }
        if let m = distantVerb(before, in: passage) { return (m, .distantVerb) }
        if let m = closingClause(after, in: passage), !m.isOutlet { return (m, .closingClause) }
        if let m = clauseColon(before, in: passage) { return (m, .clauseColon) }
        if let (m, pastNames) = clauseSubject(before, quote: quote, in: passage) {
            return (m, pastNames ? .clauseSubjectPastNames : .clauseSubject)
        }
        return fallback.map { ($0, .outlet) }
    }

    /// The sieves that read the words after the quotation, tried first: "“…,” Law said". They
    /// read no subject before a verb, so `subject` may ask them of an earlier quotation without
    /// coming back to itself. An outlet they name ("the Guardian reports") is returned apart, to
    /// be kept for when no one else is named.
    static func attributeAfter(_ passage: Passage, quote: Int, before: ArraySlice<Token>, after: ArraySlice<Token>)
        -> (named: (Mention, Sieve)?, outlet: Mention?) {
        // "“…;” Donald Trump complained": after a semicolon the next clause speaks of something else.
        // "… on “Fox News Sunday.” Trump campaign manager Kellyanne Conway echoed", "calling him
        // “a failed candidate.” Romney fired back": nor after words that close their sentence,
        // which the next sentence's subject did not say.
        // "After Scalia said that minority students … might do better at “less advanced schools,”
        // Trump said:": nor after a clause leaning on the main one with its own verb of saying.
        // "“… no place in a political campaign.” Ohio Gov. John Kasich said he would have fired
        // Lewandowski": nor, after a quotation that is a sentence of its own, a verb of saying with
        // a clause of its own, which reports other words.
        // Nor a clause joined by a lower-case "and", "but" or "or", which has a subject of its own:
        // "Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he's "losing …"".
        // (It loses the rare clause that says the quotation again, "“…,” and Trump said it twice";
        // one naming anyone or anything else would be a wrong speaker.)
        let nextClauseIsAnother = passage.quoteEndsClause(quote) || passage.quoteClosesItsSentence(quote)
            || closesSubordinateSaying(before, in: passage) || passage.quoteIsSentence(quote) && reportsClause(after, in: passage)
            || opensJoinedClause(after, in: passage)
        var outlet: Mention?
        if !nextClauseIsAnother, let m = verbAfter(after, in: passage) { if m.isOutlet { outlet = m } else { return ((m, .verbAfter), nil) } }
        // The title test splits the quotation's words, so it is asked last.
        if !before.contains(where: { $0.kind == .word }), [",", "?", "!"].contains(where: { passage.quote(quote, endsOn: $0) }),
           let m = unlistedVerbAfter(after, in: passage), !passage.quoteIsTitle(quote) { return ((m, .unlistedVerbAfter), outlet) }
        if !passage.quoteEndsSentence(quote), !nextClauseIsAnother, let m = verbAfterAdverb(after, in: passage), !m.isOutlet {
            return ((m, .verbAfterAdverb), outlet)
        }
        return (nil, outlet)
    }

    /// Whether the first verb of saying in `words` goes on to a quotation after a comma or a colon,
    /// words between them or not: "Mills then writes back, “…”".
    private static func introducesQuotation(_ words: ArraySlice<Token>) -> Bool {
        guard let verb = words.firstIndex(where: \.isSpeechVerb) else { return false }
        let rest = words[(verb + 1)...].drop { $0.kind == .word }
        guard let mark = rest.first, mark.mark == "," || mark.mark == ":" else { return false }
        return rest.dropFirst().first?.isQuotation == true
    }

    /// Whether the first verb of saying in `words` opens a clause of its own: "said he would", "said
    /// that the …". Not "said that." nor "said that evening", "said that on Fox News", whose "that"
    /// is the words said or a time.
    private static func reportsClause(_ words: ArraySlice<Token>, in passage: Passage) -> Bool {
        guard let verb = words.firstIndex(where: \.isSpeechVerb), verb + 1 < words.endIndex else { return false }
        let next = words[verb + 1]
        guard next.kind == .word else { return false }
        if next.wordClass.contains(.personPronoun) { return true }
        guard passage.isWord(next, "that"), verb + 2 < words.endIndex, case let after = words[verb + 2], after.kind == .word else { return false }
        return after.wordClass.isDisjoint(with: [.preposition, .calendar, .relativeDay, .timeOfDay])
    }

    /// Whether `words` open on a lower-case "and", "but" or "or" joining a clause: a capital one
    /// opens a sentence ("“We must act now!” And Rubio said it again").
    private static func opensJoinedClause(_ words: ArraySlice<Token>, in passage: Passage) -> Bool {
        guard let first = words.first(where: { $0.kind == .word }), !first.capitalized else { return false }
        return AttributionLexicon.coordinators.contains { passage.isWord(first, $0) }
    }

    /// Whether the words before a quotation open their sentence with a subordinate clause
    /// (`AttributionLexicon.subordinators`) whose verb of saying the quotation goes on, only words
    /// between them: "After Scalia said that … might do better at “…,”". A mark may have closed
    /// the clause ("When asked about Sanders’ absence on the trail, Canova “bristled” and said, “…”").
    static func closesSubordinateSaying(_ before: ArraySlice<Token>, in passage: Passage) -> Bool {
        // The word is compared last, in place: every quotation is asked.
        guard let first = before.first, first.kind == .word,
              let verb = before.indices.last(where: { before[$0].isSpeechVerb && !isAccording(before[$0]) }),
              !followsDeterminer(before, verb), before[verb...].allSatisfy({ $0.kind == .word }) else { return false }
        return isSubordinator(first, in: passage)
    }

    /// Whether a word opens a clause that leans on the main one (`AttributionLexicon.subordinators`).
    static func isSubordinator(_ word: Token, in passage: Passage) -> Bool {
        AttributionLexicon.subordinators.contains { passage.isWord(word, $0) }
    }

    /// Whether the verb right after the quotation (in its first `wordsAfter` words), or just before
    /// it, says the speaker goes on (`AttributionLexicon.continuingVerbs`: "“…,” he continued", "he
    /// added:").
    static func saysMore(_ passage: Passage, quote: Int, wordsAfter: Int = 2) -> Bool {
        let (before, after) = passage.sentence(around: passage.quoteTokens[quote])
        let near = after.filter { $0.kind == .word }.prefix(wordsAfter) + before.filter { $0.kind == .word }.suffix(2)
        return near.contains { AttributionLexicon.continuingVerbs.contains(passage.lower(of: $0)) }
    }

    /// Whether a sieve reads only the words touching the quotation: those may name the speaker of
    /// a two-word phrase; the others attribute only whole fragments of speech.
    static func isAdjacent(_ sieve: Sieve) -> Bool {
        [.verbAfter, .verbBefore, .trailingDash, .colon, .speakerLine].contains(sieve)
    }

    /// Whether a verb of saying stands before a quotation in its clause's reach, with no other
    /// quotation between them: then even a short quotation is the subject's words ("Kirby
    /// acknowledged that there could be “anxiety”", "Tancredo reportedly said at the time that the
    /// group's purpose was to defeat Christie's campaign since the governor is “no true
    /// conservative.”"), not a term held at arm's length. Names between them are what the subject
    /// speaks of, unless the quotation is a name too ("echoed her boss on CBS’s “Face the Nation,”").
    static func followsVerbClosely(_ passage: Passage, quote: Int) -> Bool {
        let (before, _) = passage.sentence(around: passage.quoteTokens[quote])
        guard let verb = before.indices.last(where: { before[$0].isSpeechVerb }) else { return false }
        let between = before[(verb + 1)...]
        let words = between.count(where: { $0.kind == .word })
        guard words <= verbsReach, between.allSatisfy({ $0.kind == .word || $0.kind == .punctuation }) else { return false }
        // "Clinton proposed a New York debate … - but the Sanders campaign rejected the idea as
        // “ludicrous”": a clause joined by "but" and opening on its subject has a subject of its
        // own (as in "but some of his nominees are"); not "but implied that", "but in many cases voted".
        if let but = between.indices.dropLast().first(where: { !between[$0].capitalized && passage.isWord(between[$0], "but") }),
           case let next = between[but + 1], next.kind == .word,
           next.capitalized || !next.wordClass.isDisjoint(with: [.article, .indefinite, .possessiveDeterminer, .personPronoun]) { return false }
        if words > closeReach, opensAnothersClause(between, in: passage) { return false }
        if namesPassively(between, in: passage) { return false }
        // What a naming verb names may itself be a name: "called a CIA intelligence report “ridiculous”".
        // A day or a month names no one: "said again on Sunday that he is “open-minded”".
        let naming = before[verb].wordClass.contains(.namingVerb)
        let names = !naming && between.contains { isNameWord($0, in: passage) }
        return !names || !passage.quoteIsTitle(quote)
    }

    /// Whether the words between a verb of saying and a quotation hold a word opening someone
    /// else's clause ("…, but voters in the state have long considered his campaign a
    /// “circus.”", "…, which conservatives … have long opposed as “…”") or a colon or a semicolon
    /// before the quotation's own: past a clause and a subordinate one (`closeReach`), the
    /// reported clause has ended there, and a term after it is not the speaker's.
    private static func opensAnothersClause(_ between: ArraySlice<Token>, in passage: Passage) -> Bool {
        between.dropLast().contains { token in
            token.mark == ":" || token.mark == ";" || token.kind == .word && AttributionLexicon.otherClauseOpeners.contains(passage.lower(of: token))
        }
    }

    /// Whether the words before a quotation give the name a thing goes by, which is no one's words:
    /// "a facility that was known as the “mosquito lab.”", "was once billed as", "is referred to
    /// as", "was dubbed the".
    private static func namesPassively(_ words: ArraySlice<Token>, in passage: Passage) -> Bool {
        // The last words, articles aside, from the last back; compared in place, as every short
        // quotation asks.
        var last: [Token] = []
        for token in words.reversed() where token.kind == .word && !token.wordClass.contains(.article) {
            last.append(token)
            if last.count == 3 { break }
        }
        guard let final = last.first else { return false }
        if passage.isWord(final, "as"), last.count > 1 {
            if passage.isWord(last[1], "known") || passage.isWord(last[1], "billed") { return true }
            return passage.isWord(last[1], "to") && last.count > 2 && passage.isWord(last[2], "referred")
        }
        // A form of "be" (`progressive`) before a naming verb's past, an adverb between them or
        // not: "was dubbed", "is often called"; not "has been portraying".
        return final.wordClass.contains(.namingVerb) && !passage.endsWith(final, "ing")
            && last.dropFirst().contains { $0.wordClass.contains(.progressive) }
    }

    /// Whether quotation `q` is a title followed by a noun for what someone does and their name,
    /// whose work it names: "“Face the Nation” moderator John Dickerson". A title closing on a
    /// mark is a sentence ("“But why?” reporter Jackie Nespral asked him").
    static func namesWorkOfSomeone(_ passage: Passage, quote q: Int) -> Bool {
        let tokens = passage.tokens
        let next = passage.quoteTokens[q] + 1
        guard next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].capitalized, tokens[next + 1].capitalized,
              tokens[next + 1].sentence == tokens[next - 1].sentence, isAgentNoun(tokens[next], in: passage),
              !".,?!:;".unicodeScalars.contains(where: { passage.quote(q, endsOn: $0) }) else { return false }
        return passage.quoteIsTitle(q)
    }

    /// How many words a verb of saying reaches to make a short quotation speech: a reported clause
    /// with two verbs of its own ("said Obama has deliberately kept in close touch … and would be a
    /// “…”"), or a clause and a subordinate one (`closeReach`).
    static let verbsReach = 26

    /// How many words a verb of saying reaches whatever clauses come between.
    static let closeReach = 16

    /// A person's name and a word in -ed right after a quotation, closing the clause: "an angry
    /// Hollande retaliated.", "Hannity pressed.". A few words may describe the person after an
    /// article. A word after the verb would make it no verb of saying ("Donald Trump pointed to
    /// China", "Rubio supported the bill"). The verbs of saying are `verbAfter`'s, which knows an
    /// outlet passing words on.
    static func unlistedVerbAfter(_ after: ArraySlice<Token>, in passage: Passage) -> Mention? {
        var i = after.startIndex
        if i < after.endIndex, !after[i].wordClass.isDisjoint(with: [.article, .indefinite]) {
            i += 1
            let describing = i
            while i < after.endIndex, after[i].kind == .word, !after[i].capitalized, i - describing < 2 { i += 1 }
        }
        guard i < after.endIndex, after[i].capitalized, let end = phrase(after, from: i, in: passage), end < after.endIndex,
              after[end].kind == .word, !after[end].capitalized, !after[end].isSpeechVerb, passage.endsWith(after[end], "ed"),
              end + 1 == after.endIndex || after[end + 1].kind == .punctuation,
              let named = Mention.parse(after[i..<end], in: passage), named.kind == .person, !named.isOutlet else { return nil }
        return named
    }

    /// "“…,” said the gambling tycoon.", "said the former top aide to President George W. Bush.",
    /// "said the man who built his political career on his blue collar credentials.": words
    /// describing the speaker after the verb, closing the clause, with a phrase on a preposition or
    /// a relative clause after them, kept in the words shown.
    private static func describedAfterVerb(_ after: ArraySlice<Token>, from: Int, in passage: Passage) -> Mention? {
        guard let (mention, end) = Mention.definiteDescription(after, from: from, in: passage) else { return nil }
        if end == after.endIndex || after[end].kind == .punctuation { return mention }
        // Someone's: not "“Guardians of the Galaxy,” posted the clip to YouTube".
        guard isAgentNoun(after[end - 1], in: passage) || AttributionLexicon.describedPeople.contains(passage.lower(of: after[end - 1])),
              after[end].wordClass.contains(.preposition) || isRelativePronoun(after[end], in: passage) else { return nil }
        var close = end
        while close < after.endIndex, close - end <= relativeWords,
              after[close].kind == .word || Mention.isAbbreviationStop(after, at: close, after: end, in: passage) { close += 1 }
        // A name set off after them is whom they describe ("said his best friend at Lehigh, Bruce Turry,").
        guard close == after.endIndex || after[close].kind == .punctuation,
              close + 1 >= after.endIndex || after[close].mark != "," || !after[close + 1].capitalized else { return nil }
        return Mention(kind: mention.kind, name: mention.name, roles: mention.roles, text: Mention.surface(after[from..<close], in: passage))
    }

    /// The most words of a phrase or a clause after words describing a speaker after the verb.
    static let relativeWords = 14

    static func verbAfter(_ after: ArraySlice<Token>, in passage: Passage) -> Mention? {
        var i = after.startIndex
        while i < after.endIndex, after[i].mark == "," { i += 1 }
        guard i < after.endIndex else { return nil }
        if after[i].isSpeechVerb {
            // "… suggests she's no longer touting": a pronoun with "is" joined opens a clause of
            // its own; it is never a subject put after its verb. Nor is anyone after a participle:
            // "“…,” promising the Friends of Abe will return to its roots".
            guard !isAccording(after[i]), !passage.endsWith(after[i], "ing"),
                  i + 1 >= after.endIndex || !(after[i + 1].wordClass.contains(.personPronoun) && passage.isPossessive(after[i + 1])) else { return nil }
            if let owner = unitsOwner(after, at: i + 1, in: passage) { return owner }
            return phrase(after, from: i + 1, in: passage).flatMap { end in
                modifiesNoun(after, end, in: passage) ? nil : Mention.parse(after[i + 1..<end], in: passage) ?? documentsIssuer(after, phrase: (i + 1)..<end, in: passage)
            }
                ?? documentFrom(after, at: i + 1, in: passage)
                ?? describedName(after, from: i + 1, in: passage)?.mention
                ?? Mention.indefiniteDescription(after, from: i + 1, in: passage)?.mention
                ?? namedInApposition(after, from: i + 1, in: passage)
                ?? describedAfterVerb(after, from: i + 1, in: passage)
        }
        if let end = phrase(after, from: i, in: passage), end < after.endIndex {
            // "“…,” House Speaker William J. Howell (R-Stafford) said": a party and a state in brackets.
            let party = partyAfter(after, start: end, in: passage)
            if let verb = party, verb < after.endIndex, after[verb].isSpeechVerb, !isAccording(after[verb]) {
                return Mention.parse(after[i..<end], in: passage)
            }
            // "“…,” Priebus on Thursday told Fox News": the verb after a time phrase; "“…,” Bill
            // Clinton has said": after an auxiliary.
            let verb = (end + 2..<max(end + 2, min(after.endIndex, end + 5))).first { after[$0].isSpeechVerb && timePhraseStart(after, end: $0, in: passage) == end }
                ?? (end + 1 < after.endIndex && after[end].wordClass.contains(.auxiliary) && after[end + 1].isSpeechVerb ? end + 1 : end)
            if after[verb].isSpeechVerb || isPhrasalSpeechVerb(after, at: end, in: passage) {
                guard !isAccording(after[verb]) else { return nil }
                // "the Kremlin’s statement said": a document the phrase took in as a role. Else
                // the words may describe someone ("the Cruz adviser said"), as read below.
                if let m = Mention.parse(after[i..<end], in: passage) ?? (end - 1 > i ? documentsIssuer(after, phrase: i..<(end - 1), in: passage) : nil) {
                    return m
                }
            }
            // "“…,” SocGen’s note says".
            if end + 1 < after.endIndex, after[end + 1].isSpeechVerb, !isAccording(after[end + 1]),
               let issuer = documentsIssuer(after, phrase: i..<end, in: passage) {
                return issuer
            }
            // "Mark Corallo, former DOJ spokesman in the George W. Bush administration, told the Daily
            // Beast"; "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the
            // apposition may hold commas of its own, and ends at the comma before the verb.
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": after a party and a state.
            let apposition = after[end].mark == "," ? end + 1 : party.flatMap { after[$0 - 1].mark == "," ? $0 : nil }
            if let apposition, let close = after[apposition..<min(after.endIndex, apposition + 23)].indices.first(where: {
                   after[$0].mark == "," && $0 + 1 < after.endIndex && after[$0 + 1].isSpeechVerb }),
               !after[apposition..<close].contains(where: \.isQuotation),
               !isAccording(after[close + 1]),
               // "… circus act.” Of Carson, Levine, …, said": a sentence of its own, about someone else.
               !after[i].wordClass.contains(.preposition),
               let m = Mention.parse(after[i..<end], in: passage), m.kind == .person {
                return m
            }
        }
        // "“…,” Sanders's campaign manager, Jeff Weaver, said": a name between commas after the
        // words describing them.
        if let close = after[i..<min(after.endIndex, i + 12)].indices.first(where: { after[$0].mark == "," && $0 + 1 < after.endIndex && after[$0 + 1].isSpeechVerb }),
           !after[i..<close].contains(where: \.isQuotation),
           let named = nameBetweenCommas(after, end: close, in: passage) {
            return named
        }
        // "“…,” an official said", "“…” a spokesman for committee Democrats said": a phrase on a
        // preposition may finish the description before its verb.
        if let (mention, end) = Mention.indefiniteDescription(after, from: i, in: passage) {
            var verb = end
            if verb < after.endIndex, after[verb].wordClass.contains(.preposition) {
                verb += 1
                while verb < after.endIndex, verb < end + descriptionTail, after[verb].kind == .word, !after[verb].isSpeechVerb { verb += 1 }
            }
            if verb < after.endIndex, after[verb].isSpeechVerb, !isAccording(after[verb]) {
                return verb == end ? mention : Mention(kind: mention.kind, name: mention.name, roles: mention.roles, text: Mention.surface(after[i..<verb], in: passage))
            }
        }
        // "“…,” Trump campaign spokeswoman Hope Hicks said", "panel Chairman Rep. Jason Chaffetz
        // (R-Utah) said".
        if let (mention, end) = describedName(after, from: i, in: passage), case let verb = partyAfter(after, start: end, in: passage) ?? end,
           verb < after.endIndex, after[verb].isSpeechVerb, !isAccording(after[verb]) {
            return mention
        }
        // "“…,” the gambling tycoon told Reuters"; not "“… material.” The presidential candidate
        // reiterated:", a new sentence about the next quotation.
        guard !after[i].capitalized || passage.isPossessive(after[i]), let (mention, end) = Mention.definiteDescription(after, from: i, in: passage), end < after.endIndex,
              after[end].isSpeechVerb, !isAccording(after[end]) else { return nil }
        return mention
    }

    /// Whether the capitalised word before `end` describes the noun after it rather than names
    /// someone: "reckons Swiss refining and finance group MKS Pamp’s Asian trading desk", "agrees
    /// French investment and bullion market-making bank Societe Generale’s team". A word in lower
    /// case that goes on a noun phrase follows; a preposition, a conjunction or an adverb does not
    /// ("said Trump in a statement", "said Smith and", "said Kasich later"); a possessive names
    /// whose the noun is ("says SocGen’s note").
    static func modifiesNoun(_ tokens: ArraySlice<Token>, _ end: Int, in passage: Passage) -> Bool {
        // "said Ayotte campaign manager Jon Kohan": the campaign's manager.
        if end < tokens.endIndex, end - 1 >= tokens.startIndex, tokens[end - 1].wordClass.contains(.group), !tokens[end].capitalized,
           isAgentNoun(tokens[end], in: passage) { return true }
        // "wrote Post White House bureau chief Juliet Eilperin": lower-case words ending on a noun
        // for what someone does, and a name after them, are who the capitalised words describe.
        if let noun = (end..<min(tokens.endIndex, end + 2)).first(where: { isAgentNoun(tokens[$0], in: passage) }),
           tokens[end...noun].allSatisfy({ $0.kind == .word && !$0.capitalized }),
           noun + 2 < tokens.endIndex, tokens[noun + 1].capitalized, tokens[noun + 2].capitalized { return true }
        guard end < tokens.endIndex, end - 1 >= tokens.startIndex, tokens[end - 1].capitalized, !passage.isPossessive(tokens[end - 1]),
              tokens[end].kind == .word, !tokens[end].capitalized,
              end - 2 < tokens.startIndex || !tokens[end - 2].capitalized || tokens[end - 2].isSpeechVerb else { return false }
        return tokens[end].wordClass.isDisjoint(with: [.preposition, .clauseOpener, .notName, .speechVerb, .auxiliary]) && !isAdverb(tokens[end], in: passage)
            && !AttributionLexicon.clauseWords.contains(passage.lower(of: tokens[end]))
    }

    static func verbAfterAdverb(_ after: ArraySlice<Token>, in passage: Passage) -> Mention? {
        var i = after.startIndex
        while i < after.endIndex, after[i].mark == "," { i += 1 }
        let adverbAndVerb = { (end: Int) in
            end + 1 < after.endIndex && after[end].kind == .word && isAdverb(after[end], in: passage)
                && after[end + 1].isSpeechVerb && !isAccording(after[end + 1])
        }
        if let end = phrase(after, from: i, in: passage), adverbAndVerb(end) { return Mention.parse(after[i..<end], in: passage) }
        // "“…,” the editorial board recently wrote": words describing the speaker, read only when
        // an adverb and a verb follow within their reach.
        guard (i..<min(after.endIndex, i + 6)).contains(where: adverbAndVerb),
              let (mention, end) = Mention.definiteDescription(after, from: i, in: passage) ?? Mention.indefiniteDescription(after, from: i, in: passage),
              adverbAndVerb(end) else { return nil }
        return mention
    }

    static func verbBefore(_ before: ArraySlice<Token>, in passage: Passage) -> Mention? {
        if let mention = invertedClause(before, in: passage) { return mention }
        // The verb stands within a few words of the mark: "said", "said that", "told reporters:".
        var i = before.endIndex - 1
        var words = 0
        while i >= before.startIndex, words <= 3 {
            let token = before[i]
            if case .quote = token.kind { return nil }
            if token.isSpeechVerb { return isAccording(token) ? nil : invertedSubject(before, verb: i, in: passage) ?? subject(before, verb: i, in: passage) }
            // "As John Cornyn, the No. 2 in the GOP leadership, put it:".
            if i - 1 >= before.startIndex, isPhrasalSpeechVerb(before, at: i - 1, in: passage) { return subject(before, verb: i - 1, in: passage) }
            if token.kind == .word { words += 1 }
            i -= 1
        }
        return nil
    }

    /// "Said Ellis: “…”": a verb opening its sentence has its subject after it, up to the colon
    /// or comma before the quotation.
    static func invertedSubject(_ before: ArraySlice<Token>, verb: Int, in passage: Passage) -> Mention? {
        guard verb == before.startIndex, let last = before.last, [":", ","].contains(last.mark), verb + 1 < before.endIndex - 1 else { return nil }
        return Mention.parse(before[(verb + 1)..<(before.endIndex - 1)], in: passage)
    }

    /// "In other words, explained CBS moderator Nancy Cordes: “…”", "But, said Solovey, “…”": a
    /// clause opening the sentence or following a comma on a verb that may stand before its
    /// subject ("said", not "told", whose name is the one spoken to) has its subject after it,
    /// however many words name them, up to the colon or comma before the quotation. Only a name,
    /// with words for what its bearer does: "…, said of Mr. Rubio:", "…, said in a statement:"
    /// and "…, said Mr. Trump was a candidate …:" speak of someone, or have their subject before.
    private static func invertedClause(_ before: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard let last = before.last, [":", ","].contains(last.mark) else { return nil }
        var verb = before.dropLast().lastIndex(where: { $0.mark == "," }).map { $0 + 1 } ?? before.startIndex
        var end = before.endIndex - 1
        // "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”": a clause of who
        // they are may stand between the name and the quotation.
        if verb - 1 > before.startIndex, isRelativePronoun(before[verb], in: passage) {
            end = verb - 1
            verb = before[..<end].lastIndex(where: { $0.mark == "," }).map { $0 + 1 } ?? before.startIndex
        }
        guard verb < end, before[verb].wordClass.contains(.subjectAfterVerb) else { return nil }
        // "Sen. Elizabeth Warren, D-Mass., wrote Wells Fargo CEO John Stumpf:", "Trump, in his
        // speech, recalled Benghazi:": a sentence opening on a name or "the …" up to its first
        // comma has its subject there, and the capitalised words after the verb are whom or what
        // it speaks of.
        let start = before.dropLast().lastIndex(where: \.isQuotation).map { $0 + 1 } ?? before.startIndex
        if start < verb, let comma = before[start..<verb].firstIndex(where: { $0.mark == "," }), !before[start].wordClass.contains(.clauseOpener),
           Mention.parse(before[start..<comma], in: passage) != nil || Mention.definiteDescription(before, from: start, in: passage)?.end == comma {
            return nil
        }
        let subject = (verb + 1)..<end
        guard !subject.isEmpty,
              before[subject.lowerBound].capitalized, before[subject.upperBound - 1].capitalized,
              before[subject].allSatisfy({ $0.capitalized || $0.mark == "." || isAgentNoun($0, in: passage) }) else { return nil }
        return Mention.parse(before[subject], in: passage)
    }

    /// "“…” - Russian Ministry of Defense": a dash and a name closing the sentence. On a line of
    /// its own signing a quotation (`signature`), a comma may follow the name, and the signer's
    /// place or occasion after it ("-President Obama, tweeting after Clinton's speech.").
    static func trailingDash(_ after: ArraySlice<Token>, in passage: Passage, signature: Bool = false) -> Mention? {
        guard let first = after.first, TextScan.isDash(first.mark),
              let end = phrase(after, from: after.startIndex + 1, in: passage),
              after[end...].allSatisfy({ $0.kind == .punctuation }) || signature && after[end].mark == ","
                || isPostedAccount(after[end...], in: passage) else { return nil }
        return Mention.parse(after[(after.startIndex + 1)..<end], in: passage)
    }

    /// "— Donald J. Trump (@realDonaldTrump) March 28, 2018": the account and the date that close
    /// a post copied from a social network after its author's name.
    private static func isPostedAccount(_ tokens: ArraySlice<Token>, in passage: Passage) -> Bool {
        guard let open = tokens.first, open.mark == "(",
              let close = tokens.prefix(5).firstIndex(where: { $0.mark == ")" }), close > tokens.startIndex + 1,
              passage.utf8(of: tokens[tokens.startIndex + 1]).first == UInt8(ascii: "@"),
              let month = tokens[(close + 1)...].first, month.kind == .word, DateWords.months.contains(passage.lower(of: month)) else { return false }
        return tokens[(close + 2)...].allSatisfy { $0.kind == .punctuation || passage.utf8(of: $0).allSatisfy { (0x30...0x39).contains($0) } }
    }

    static func colon(_ before: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard before.last?.mark == ":", before.count >= 2 else { return nil }
        // "Clinton: “…” Bush: “…”", "Pollsters agree - Carl Bialik: “…”": after a quotation or
        // a dash the name stands alone.
        let name = before.dropLast()
        let apart = name.lastIndex(where: { token in
            if case .quote = token.kind { return true }
            return token.kind == .punctuation && TextScan.isDash(token.mark)
        })
        return Mention.speakerName(name[(apart.map { $0 + 1 } ?? name.startIndex)...], in: passage)
    }

    /// The subject of a clause that a colon closes right before the quotation: the clause opens
    /// with it (after a conjunction, "And he vowed"), and the rest of the clause, a few words,
    /// names no one; `clauseSubject` reads one that names others after its verb ("Kaine has adopted
    /// the stance common among some Catholics in public office:"), and the sieves before read a
    /// verb of saying in it.
    static func clauseColon(_ before: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard before.last?.mark == ":" else { return nil }
        return subjectOpening(before.dropLast(), in: passage, passiveSpeech: true)?.0
    }

    /// "Donald Trump has delivered an impassioned defense of “New York values,”", "Clinton talked
    /// up her “50-state strategy,”": a clause that opens with someone and names no one else before
    /// the quotation gives the words to its subject, whatever its verb. Names after its verb are
    /// whom the subject speaks of ("Corey Lewandowski, Donald Trump’s fired campaign manager,
    /// ripped FBI Director James Comey for acting as “the judge and the jury”"), unless a verb of
    /// saying, a clause of their own or a possessive could make the words theirs ("for calling …",
    /// "with Clinton who is looking to bring “…”", "Clinton's “…”"), or the quotation is a title,
    /// naming a work rather than quoting anyone.
    static func clauseSubject(_ before: ArraySlice<Token>, quote: Int, in passage: Passage) -> (Mention, pastNames: Bool)? {
        subjectOpening(before, in: passage, passiveSpeech: false, namesAllowed: { !passage.quoteIsTitle(quote) })
    }

    /// "Laurence Tribe, a critic at Harvard, likened": past words describing the name, set off by
    /// commas and opening as an apposition giving a role does, where the clause goes on.
    private static func pastApposition(_ clause: ArraySlice<Token>, _ name: (Mention, end: Int), in passage: Passage) -> (Mention, end: Int) {
        let open = name.end
        guard open + 1 < clause.endIndex, clause[open].mark == ",", clause[open + 1].kind == .word,
              AttributionLexicon.appositionOpenings.contains(passage.lower(of: clause[open + 1])),
              let close = clause[(open + 1)..<min(clause.endIndex, open + 9)].firstIndex(where: { $0.kind != .word }), clause[close].mark == ","
        else { return name }
        return (name.0, close + 1)
    }

    /// "Another critic, Laurence H. Tribe, likened": words describing someone opening the clause,
    /// then their name between commas (`nameBetweenCommas`), and where the clause goes on.
    private static func nameAfterDescription(_ clause: ArraySlice<Token>, from: Int, in passage: Passage) -> (Mention, end: Int)? {
        guard let open = clause[from..<min(clause.endIndex, from + 7)].firstIndex(where: { $0.mark == "," }), open > from,
              let close = clause[(open + 1)..<min(clause.endIndex, open + 8)].firstIndex(where: { $0.mark == "," }),
              let named = nameBetweenCommas(clause, end: close, in: passage) else { return nil }
        return (named, close + 1)
    }

    /// Whether the word after a subject is shaped like a verb that takes an object: past
    /// ("ripped"), present ("hits"), or an auxiliary ("has"); not a form of "be", whose names after
    /// it are no objects ("was introduced by Gov. Chris Christie as"). Without a tagger this tells
    /// "The Rove ad hits …" and "Former Obama speechwriter Jon Favreau published …", whose subjects
    /// end further on, from a verb.
    private static func takesObject(_ word: Token, in passage: Passage) -> Bool {
        guard !word.wordClass.contains(.progressive) else { return false }
        return word.wordClass.contains(.auxiliary) || passage.endsWith(word, "ed") || passage.endsWith(word, "s")
    }

    /// The subject opening `clause` when the clause's other words, up to `clauseWords` of them,
    /// name no one and quote nothing, or, when `namesAllowed`, name someone only after a verb
    /// (`pastNames` in the result). `namesAllowed` is asked only then: reading the quotation as a
    /// title makes a String of it. Unless `passiveSpeech`, a verb of saying in the passive
    /// says the subject heard the words: "Donald Trump was asked by reporters whether “…”".
    private static func subjectOpening(_ clause: ArraySlice<Token>, in passage: Passage, passiveSpeech: Bool,
                                       namesAllowed: () -> Bool = { false }) -> (Mention, pastNames: Bool)? {
        var i = clause.startIndex
        if i < clause.endIndex, clause[i].wordClass.contains(.clauseOpener) { i += 1 }
        // "Betting that will backfire, House Democratic Leader Nancy Pelosi is rallying …", "On
        // Tuesday, …": a few words that name no one, opening on a preposition or a participle,
        // may lead in to the subject.
        if i < clause.endIndex, clause[i].kind == .word,
           clause[i].wordClass.contains(.preposition) || passage.endsWith(clause[i], "ing"),
           let comma = clause[i..<min(clause.endIndex, i + introWords)].firstIndex(where: { $0.mark == "," }), comma > i,
           clause[(i + 1)..<comma].allSatisfy({ token in
               guard token.kind == .word else { return false }
               // A month, even one that is also a first name, is a date here ("In an August speech,").
               return !token.capitalized || token.wordClass.contains(.calendar) || DateWords.months.contains(passage.lower(of: token))
           }) {
            i = comma + 1
        }
        // "What Mr. Trump did was …": a clause opening on a word that is never a name has another
        // subject; a party's word describes the subject ("Republican presidential front-runner Donald Trump").
        guard i < clause.endIndex,
              let (subject, nameEnd) = (!clause[i].wordClass.contains(.notName) || clause[i].wordClass.contains(.affiliation)
                  ? namePhrase(clause, from: i, in: passage).map { pastApposition(clause, $0, in: passage) } : nil)
                  ?? nameAfterDescription(clause, from: i, in: passage),
              case let end = partyAfter(clause, start: nameEnd, in: passage) ?? nameEnd,
              end < clause.endIndex, clause[end].kind == .word,
              !clause[end].capitalized, !clause[end].isSpeechVerb,
              // "Mr. King and Mr. Morial …", "Prime Minister Justin Trudeau and his liberal
              // government require …": two subjects' words are neither one's.
              !clause[i...end].contains(where: { $0.kind == .word && passage.isWord($0, "and") }),
              [.person, .pronoun, .organisation, .role].contains(subject.kind) else { return nil }
        guard isNamed(subject, at: clause[i].utf8.lowerBound, in: passage) else { return nil }
        let rest = clause[end...]
        guard rest.count(where: { $0.kind == .word }) <= clauseWords else { return nil }
        if !passiveSpeech, end + 1 < clause.endIndex, clause[end].wordClass.contains(.progressive),
           clause[end + 1].isSpeechVerb, !passage.endsWith(clause[end + 1], "ing") { return nil }
        if rest.contains(where: { $0.kind != .word && $0.kind != .punctuation }) { return nil }
        // "Dropp is a political scientist and pollster whom one of my colleagues described as
        // “…”", "… faces a lawsuit from students who paid for “…”", "… with activists whose signs
        // read “…”": a relative clause about people has a subject of its own, who may speak.
        if rest.contains(where: { $0.kind == .word && AttributionLexicon.personRelatives.contains(passage.lower(of: $0)) }) { return nil }
        if namesPassively(rest, in: passage) { return nil }
        // "Bernie Sanders is disavowing remarks made by a campaign surrogate who said voters
        // shouldn’t “…”": so has a verb of saying in any relative clause.
        if rest.indices.dropFirst().contains(where: { rest[$0].isSpeechVerb && isRelativePronoun(rest[$0 - 1], in: passage) }) { return nil }
        let names = rest.indices.filter { isNameWord(rest[$0], in: passage) }
        if names.isEmpty { return (subject, false) }
        // Names after the verb are whom the subject speaks of only when the verb is the subject's
        // own and takes them as objects; a pronoun ("He speaks about the attempt by Presidents to
        // …") may be anyone the paragraphs before named, and a verb of saying or quoting brings in
        // someone else's words ("ended her speech by quoting Leonardo da Vinci in Italian:").
        guard subject.kind != .pronoun, takesObject(clause[end], in: passage),
              !rest.contains(where: { $0.isSpeechVerb || $0.wordClass.contains(.quotingVerb) }),
              names.allSatisfy({ endsAsObject(rest, at: $0, in: passage) }), namesAllowed() else { return nil }
        return (subject, true)
    }

    /// The name phrase at `from` and the token after it: a `phrase`, or a full name after words
    /// describing the person, which a phrase does not cross ("Republican presidential front-runner
    /// Donald Trump defended …"). The words must describe the one named: a party's word opens them
    /// ("A group of 67 Latin American artists" names no one), and they end on a noun for what
    /// someone does with no phrase of their own ("Allies of Republican front-runner Donald Trump",
    /// "Republican donors backing Sen. Marco Rubio" are others than the one named). Only a party's
    /// word is looked past: every clause's opening is read here.
    private static func namePhrase(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> (Mention, end: Int)? {
        if let end = phrase(tokens, from: from, in: passage), let mention = Mention.parse(tokens[from..<end], in: passage) { return (mention, end) }
        guard tokens[from].wordClass.contains(.affiliation), let (mention, end) = describedName(tokens, from: from, in: passage) else { return nil }
        var last: Token?
        for token in tokens[from..<end] where token.kind == .word && !token.capitalized {
            guard !token.wordClass.contains(.preposition), !passage.endsWith(token, "ing") else { return nil }
            last = token
        }
        guard let last, isAgentNoun(last, in: passage) else { return nil }
        return (mention, end)
    }

    /// A capitalised word that is no day: a name, or part of one.
    private static func isNameWord(_ token: Token, in passage: Passage) -> Bool {
        token.capitalized && !token.wordClass.contains(.calendar)
    }

    /// Whether the name word at `k` ends as an object: what follows is more of the name,
    /// punctuation, a preposition, "that" or "and". Any other word makes the name the subject of a
    /// clause of its own ("…, but the Austrian Supreme Court overturned it “for lack of
    /// evidence.”", "with Clinton who is looking to bring “…”"), and a possessive makes what
    /// follows the named one's ("Clinton's “…”", "Trump's promise during the debate to “…”"),
    /// unless a preposition right before the quotation closes a phrase about something else
    /// ("credited Clinton's victory to “…”").
    private static func endsAsObject(_ tokens: ArraySlice<Token>, at k: Int, in passage: Passage) -> Bool {
        // A month names no one, whatever follows it ("an article in May 2012 that included").
        if DateWords.months.contains(passage.lower(of: tokens[k])) { return true }
        if passage.isPossessive(tokens[k]) {
            guard let last = tokens.last, last.kind == .word, last.wordClass.contains(.preposition) else { return false }
            return !tokens[(k + 1)...].contains { $0.kind == .word && AttributionLexicon.speechNouns.contains(passage.lower(of: $0)) }
        }
        let next = k + 1
        guard next < tokens.endIndex, tokens[next].kind == .word, !tokens[next].capitalized else { return true }
        return tokens[next].wordClass.contains(.preposition) || ["that", "and", "as"].contains { passage.isWord(tokens[next], $0) }
    }

    /// Whether a subject the context sieves read is someone: a word alone at a sentence's start is
    /// a name only if the article gave it in full ("Sanders delivered a snappy retort:"), not
    /// "Respondents are obliged to disclose:", "Article 33 affirms:", "Purchasers …".
    static func isNamed(_ subject: Mention, at start: Int, in passage: Passage) -> Bool {
        subject.kind != .person || TextScan.hasSpace(subject.name) || passage.isNamedInFull(subject.name, before: start)
    }

    /// Whether the words ending at `link` ("footage of", "no different … from", ", with") show the
    /// person named after them doing what the participle says: not "a supporter of Donald Trump
    /// saying", "a letter from … saying", whose words are the supporter's or the letter's.
    private static func showsSomeone(_ tokens: ArraySlice<Token>, before link: Int, in passage: Passage) -> Bool {
        let before = tokens[link - 1]
        switch passage.lower(of: tokens[link]) {
        case "of": return before.kind == .word && AttributionLexicon.showingNouns.contains(passage.lower(of: before))
        case "from", "with":
            return before.kind != .word || !before.capitalized && !isAgentNoun(before, in: passage) && !before.wordClass.contains(.group)
                && !before.wordClass.contains(.document)
        default: return false
        }
    }

    /// The most words between a clause's subject and a quotation its clause gives them.
    static let clauseWords = 14

    /// The most words of a phrase on a preposition finishing a description before its verb.
    static let descriptionTail = 6

    /// The most words of a phrase leading in to a clause's subject.
    static let introWords = 8

    /// "according to X", "in the words of X", "in X's words": the person the phrase names, else the organisation.
    /// The phrase runs to the first ordinary word after a name ("according to a U.N. Commission of
    /// Inquiry tasked with…"), across an apposition ("…spokesman, Major-General Igor Konashenkov
    /// who said").
    static func accordingTo(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard let start = nameAfterAccording(tokens, in: passage) else { return nil }
        var candidates: [Mention] = []
        var i = start
        while i < tokens.endIndex {
            let token = tokens[i]
            if case .quote = token.kind { break }
            // A person named ends the phrase at a comma: what follows is the sentence's own
            // clause ("According to Peter Schott, the Great Recession is …"), where a role's
            // apposition would name the person ("the ministry's spokesman, Igor Konashenkov").
            if token.mark == ",", candidates.contains(where: { $0.kind == .person }) { break }
            // "in Donald Trump's words": the name without its possessive. Before anything else the
            // possessive names a document's owner ("according to Axelrod’s memoir"), which the
            // rules for documents read.
            if let end = phrase(tokens, from: i, in: passage),
               let m = !passage.isPossessive(tokens[end - 1]) ? issuer(tokens[i..<end], in: passage)
                   : end < tokens.endIndex && passage.isWord(tokens[end], "words") ? owner(tokens, from: i, possessive: end - 1, in: passage) : nil {
                candidates.append(m)
                i = end
                continue
            }
            if !candidates.isEmpty, token.kind == .word, !Mention.isNameLike(token) { break }
            i += 1
        }
        // "According to the newspaper, “…”": someone described, kept as the text's words.
        if candidates.isEmpty, let (description, end) = Mention.definiteDescription(tokens, from: start, in: passage),
           end < tokens.endIndex, tokens[end].kind == .punctuation {
            return description
        }
        return candidates.last { $0.kind == .person } ?? candidates.last
    }

    /// Where the name after "according to" or "in the words of" starts, in one pass: every
    /// sentence around a quotation the sieves before left is read.
    private static func nameAfterAccording(_ tokens: ArraySlice<Token>, in passage: Passage) -> Int? {
        for i in tokens.indices where i + 1 < tokens.endIndex {
            let token = tokens[i]
            if isAccording(token) {
                if passage.isWord(tokens[i + 1], "to") { return i + 2 }
            } else if token.utf8.count == 5, i - 2 >= tokens.startIndex, passage.isWord(token, "words") {
                if passage.isWord(tokens[i + 1], "of"), passage.isWord(tokens[i - 1], "the"), passage.isWord(tokens[i - 2], "in") { return i + 2 }
                if let owner = ownerBeforeWords(tokens, words: i, in: passage) { return owner }
            }
        }
        return nil
    }

    /// The person a sentence introduces words from, whose the quotation after it is, whoever the
    /// sentence's subject: it opens on "The words of" them ("The words of Confederate General
    /// Patrick R. Cleburne who was killed at the battle of Franklin … are becoming true. “…”"), or
    /// ends on "a quote from" them, or from a work of theirs whose title closes it ("as
    /// illustrated by a quote from Fyodor Dostoevsky’s the Brothers Karamazov. ⏎ “…”"). Short of
    /// such a title, not a sentence with a verb of saying of its own, whose subject the words
    /// after it may be ("Paul Ryan said he had not read the words of Donald Trump.", "The words of
    /// Barack Obama drew criticism from Donald Trump, who fired back"), nor someone the words are
    /// only about ("a quote from Donald Trump's running mate Mike Pence", "asked about the quote
    /// from Trump").
    static func wordsOwner(_ sentence: ArraySlice<Token>, in passage: Passage) -> Mention? {
        let saysItself = sentence.indices.contains {
            sentence[$0].isSpeechVerb || sentence[$0].wordClass.contains(.askingVerb) || isPhrasalSpeechVerb(sentence, at: $0, in: passage)
        }
        let isPassedWords = { (k: Int) in k < sentence.endIndex && sentence[k].kind == .word && AttributionLexicon.passedWords.contains(passage.lower(of: sentence[k])) }
        let first = sentence.startIndex
        let opens = first + 2 < sentence.endIndex && passage.isWord(sentence[first], "the") && isPassedWords(first + 1) && passage.isWord(sentence[first + 2], "of")
        guard let link = opens ? first + 2 : sentence.indices.last(where: { k in
            k - 2 >= first && passage.isWord(sentence[k], "from") && isPassedWords(k - 1) && passage.isWord(sentence[k - 2], "a")
        }), link + 1 < sentence.endIndex, sentence[link + 1].capitalized, let phraseEnd = phrase(sentence, from: link + 1, in: passage) else { return nil }
        let from = link + 1
        let named: Mention?
        if let possessive = sentence[from..<phraseEnd].firstIndex(where: { passage.isPossessive($0) }) {
            // A work's title after the possessive, in capitals but for short words, to the end:
            // then the words are the work's, whatever the sentence says of them ("He pointed out
            // how … as illustrated by a quote from …").
            guard opens && !saysItself || !opens && sentence[(possessive + 1)...].allSatisfy({
                $0.kind != .word || $0.capitalized || $0.wordClass.contains(.article) || $0.wordClass.contains(.nameConnector) })
            else { return nil }
            named = owner(sentence, from: from, possessive: possessive, in: passage)
        } else {
            guard !saysItself, opens || sentence[phraseEnd...].allSatisfy({ $0.kind == .punctuation }) else { return nil }
            named = Mention.parse(sentence[from..<phraseEnd], in: passage)
        }
        guard let named, named.kind == .person, isNamed(named, at: sentence[from].utf8.lowerBound, in: passage) else { return nil }
        return named
    }

    /// "in Forbes’ words,", "in Donald Trump's words,": where the name owning "words" at `words`
    /// starts, after "in".
    private static func ownerBeforeWords(_ tokens: ArraySlice<Token>, words: Int, in passage: Passage) -> Int? {
        var end = words - 1
        if tokens[end].mark == "'" || tokens[end].mark == "\u{2019}" { end -= 1 } else if !passage.isPossessive(tokens[end]) { return nil }
        var start = end
        while start - 1 > tokens.startIndex, tokens[start - 1].kind == .word, tokens[start - 1].capitalized { start -= 1 }
        guard start <= end, tokens[start].capitalized, passage.isWord(tokens[start - 1], "in") else { return nil }
        return start
    }

    /// "He then pointed to a sign on the wall, which says, “…”", "the sign, which read “…”": words
    /// a thing the text does not name says, which "which" and a verb of saying right before the
    /// quotation give it, are no person's. A document is someone's ("a statement she released on
    /// Thursday, which said,"), and its words are left to the rules for documents.
    static func isSaidByAThing(_ passage: Passage, quote: Int) -> Bool {
        let before = passage.sentence(around: passage.quoteTokens[quote]).before
        let end = before.suffix(3)
        guard let verb = end.lastIndex(where: { $0.kind == .word }), end[verb].isSpeechVerb, verb - 1 >= end.startIndex,
              passage.isWord(end[verb - 1], "which"), end[(verb + 1)...].allSatisfy({ $0.kind == .punctuation }) else { return false }
        return !before[..<(verb - 1)].contains { $0.kind == .word && AttributionLexicon.documents.contains(passage.lower(of: $0)) }
    }

    /// "Clinton had mocked the complaint, saying anybody who complains … “…”": when the verb
    /// nearest the quotation has no one for subject, the one before it may.
    static func distantVerb(_ before: ArraySlice<Token>, in passage: Passage) -> Mention? {
        var end = before.endIndex
        for _ in 0..<2 {
            guard let verb = before[..<end].indices.last(where: { before[$0].isSpeechVerb }),
                  !isAccording(before[verb]) else { return nil }
            // "Darrell Issa described, “… unable to do their job.” Reading the official website …,
            // one can see they pride themselves on service, “…”": the verb's own quotation, ending
            // on a full stop, closed its sentence (not a show's title further on: "said … on NBC's
            // “Meet the Press.” “…”").
            if let own = before[(verb + 1)...].first(where: { $0.kind != .punctuation }), case .quote(let q) = own.kind,
               passage.quoteEndsSentence(q) { return nil }
            if joinsSubjectsClause(before[(verb + 1)...], in: passage) { return nil }
            // "whether his proposed expansion of child tax credits, which the Tax Foundation
            // estimates would cost as much as $ 170 billion a year, would risk “…”": a verb with a
            // subject of its own in a clause about a thing, closed before the quotation after words
            // of its own, says something else; a verb before the clause may still say it ("He said
            // that the Cruz campaign’s announcement, which some have argued …, was an “insult”").
            // Not "a Foreign Affairs Manual, which stated that …, “…”", whose subject the clause's
            // is, nor "which Comey said, in a hearing on Tuesday, was “…”", set off by commas.
            if let open = before[..<verb].lastIndex(where: { $0.mark == "," }), open + 2 < verb, passage.isWord(before[open + 1], "which"),
               closesAfterWords(before, verb: verb) {
                end = open
                continue
            }
            if let subject = subject(before, verb: verb, in: passage) { return subject }
            // "a sign on the wall, which says", "the University of Chicago’s policies which say":
            // the verb's subject is named, if not as a name.
            if opensRelativeClause(before, at: verb, in: passage)
                || verb > before.startIndex && passage.isWord(before[verb - 1], "which") { return nil }
            end = verb
        }
        return nil
    }

    /// Whether `words` hold a clause joined by ", and" or ", but" that opens, after a phrase of
    /// time or place, on a subject of its own and its verb: "Boos rained down when Trump
    /// mentioned the former secretary of state, and at one point the crowd loudly reprised the
    /// caustic chant “…”" is the crowd's, not Trump's. The subject is a determiner and up to three
    /// lower-case words, opening the clause or after a preposition's few words; the verb is a past
    /// in -ed with an adverb before it or an object after it, as a participle describing the noun
    /// has not ("and the officers involved have been “…”", "and the latest figures released
    /// Friday appeared to back his claim"). Not a list ("Chinese, Japanese, and South Korean
    /// officials about the threat posed").
    private static func joinsSubjectsClause(_ words: ArraySlice<Token>, in passage: Passage) -> Bool {
        for comma in words.indices where words[comma].mark == "," && comma + 2 < words.endIndex {
            let joiner = words[comma + 1]
            guard joiner.kind == .word, passage.isWord(joiner, "and") || passage.isWord(joiner, "but") else { continue }
            let clause = words[(comma + 2)...].prefix { $0.kind == .word }.prefix(10)
            guard let determiner = clause.firstIndex(where: { !$0.wordClass.isDisjoint(with: [.article, .possessiveDeterminer]) }),
                  determiner == clause.startIndex || clause[clause.startIndex].wordClass.contains(.preposition) && determiner <= clause.startIndex + 3
                      && !clause[..<determiner].contains(where: \.capitalized) else { continue }
            var i = determiner + 1
            while i < clause.endIndex, i <= determiner + 3, !clause[i].capitalized, !isAdverb(clause[i], in: passage), !passage.endsWith(clause[i], "ed") { i += 1 }
            let adverb = i < clause.endIndex && isAdverb(clause[i], in: passage)
            if adverb { i += 1 }
            guard i > determiner + 1, i < clause.endIndex, passage.endsWith(clause[i], "ed") else { continue }
            if adverb || i + 1 < clause.endIndex && !clause[i + 1].wordClass.isDisjoint(with: [.article, .possessiveDeterminer, .indefinite]) { return true }
        }
        return false
    }

    /// Whether a comma after the clause's own words follows `verb` before the quotation: a phrase
    /// set off by commas right after the verb is passed over ("which the Tax Foundation
    /// estimates, in a report released Monday, would cost …, would risk “…”"), and after it only
    /// a comma past more of the clause's words closes it ("which Comey said, in a hearing on
    /// Tuesday, was “…”" is not closed).
    private static func closesAfterWords(_ tokens: ArraySlice<Token>, verb: Int) -> Bool {
        var wordsFrom = verb + 1
        var inserted = false
        for comma in tokens[(verb + 1)...].indices where tokens[comma].mark == "," {
            if comma > wordsFrom, !inserted { return true }
            // The comma opening a phrase right after the verb, then the one closing it.
            inserted.toggle()
            wordsFrom = comma + 1
        }
        return false
    }

    /// A clause after a comma closing the sentence, when it is a name and a verb of saying (or the
    /// verb and the name) and nothing after it is quoted: ", she said in an interview.", "… if she
    /// didn't win by a margin larger than that, said David Wasserman, an elections analyst at the
    /// non-partisan Cook Political Report." The last comma that opens such a clause is the one.
    static func closingClause(_ after: ArraySlice<Token>, in passage: Passage) -> Mention? {
        let lastQuote = after.lastIndex(where: \.isQuotation) ?? after.startIndex
        for comma in after[lastQuote...].indices.reversed() where after[comma].mark == "," && comma > after.startIndex && comma + 1 < after.endIndex {
            // ", told the Daily Beast.": a verb first is followed by its subject only for a few verbs.
            let first = after[comma + 1]
            guard !first.isSpeechVerb || first.wordClass.contains(.subjectAfterVerb) else { continue }
            // Only words holding a verb of saying can be one.
            let clause = after[(comma + 1)...]
            guard clause.contains(where: \.isSpeechVerb) else { continue }
            if let named = verbAfter(clause, in: passage) { return named }
        }
        return nil
    }

    /// "“…,” says a separate note from Canadian brokerage TD Securities": a document and "from",
    /// then who issued it, whose words the document's are.
    private static func documentFrom(_ tokens: ArraySlice<Token>, at start: Int, in passage: Passage) -> Mention? {
        guard start < tokens.endIndex, tokens[start].kind == .word,
              tokens[start].wordClass.contains(.article) || tokens[start].wordClass.contains(.indefinite),
              let document = tokens[(start + 1)..<min(tokens.endIndex, start + 6)].firstIndex(where: {
                  $0.wordClass.contains(.document) }),
              tokens[(start + 1)..<document].allSatisfy({ $0.kind == .word && !$0.capitalized }),
              document + 2 < tokens.endIndex, passage.isWord(tokens[document + 1], "from") else { return nil }
        // The issuer is the capitalised words closing the phrase, after any describing them ("from
        // US investment bank and London bullion market maker Goldman Sachs", "from German financial
        // services group Commerzbank,").
        let from = document + 2
        var end = from
        while end < min(tokens.endIndex, from + 14), tokens[end].kind == .word
                || Mention.isAbbreviationStop(tokens, at: end, after: from, in: passage) { end += 1 }
        return issuer(tokens[nameStart(tokens, end: end, floor: from, in: passage)..<end], in: passage)
    }

    /// "reckons Swiss refining and finance group MKS Pamp’s Asian trading desk", "agrees French
    /// investment and bullion market-making bank Societe Generale’s technical analysis team today":
    /// after the verb, words describing an organisation, its name's possessive and the part of it
    /// that speaks or the document it issued, closing the clause. The organisation is the speaker.
    private static func unitsOwner(_ tokens: ArraySlice<Token>, at start: Int, in passage: Passage) -> Mention? {
        let reach = min(tokens.endIndex, start + 10)
        guard let possessive = tokens[start..<reach].firstIndex(where: { $0.kind != .word && $0.mark != "-" || passage.isPossessive($0) }),
              tokens[possessive].kind == .word,
              let unit = tokens[(possessive + 1)..<min(tokens.endIndex, possessive + 5)].firstIndex(where: {
                  $0.kind != .word || AttributionLexicon.speakingUnits.contains(passage.lower(of: $0)) }),
              tokens[unit].kind == .word else { return nil }
        let next = unit + 1
        guard next == tokens.endIndex || tokens[next].kind != .word
                || tokens[next].wordClass.contains(.calendar) || tokens[next].wordClass.contains(.relativeDay) else { return nil }
        // Only words describing the organisation stand before it: after a preposition the
        // possessive is someone else's ("wrote Ross Douthat in the Post’s editorial").
        let first = nameStart(tokens, end: possessive + 1, floor: start, in: passage)
        guard !tokens[start..<first].contains(where: { $0.wordClass.contains(.preposition) }) else { return nil }
        return owner(tokens, from: first, possessive: possessive, in: passage)
    }

    /// "SocGen’s note", "the Kremlin’s statement", "the IMF report": a name before a document
    /// someone issues, possessive or not, is the one who says what it says. `phrase` ends on the
    /// name; the document follows it.
    static func documentsIssuer(_ tokens: ArraySlice<Token>, phrase: Range<Int>, in passage: Passage) -> Mention? {
        // A word or two may describe the document: "says TD’s latest note".
        guard let last = phrase.last else { return nil }
        let described = tokens[phrase.upperBound..<min(tokens.endIndex, phrase.upperBound + 3)].prefix(while: { $0.kind == .word && !$0.capitalized })
        if passage.isPossessive(tokens[last]) {
            guard described.contains(where: { $0.wordClass.contains(.document) }) else { return nil }
            return owner(tokens, from: phrase.lowerBound, possessive: last, in: passage)
        }
        // Without a possessive the name may say only what the document is about or where it was
        // posted ("the Benghazi report", "the Facebook post"): an organisation, and a document
        // it issues in its own name.
        guard tokens[last].capitalized, described.contains(where: { AttributionLexicon.issuedDocuments.contains(passage.lower(of: $0)) }),
              let named = issuer(tokens[phrase], in: passage), named.kind == .organisation || QuoteFinder.isInitials(named.name) else { return nil }
        return named
    }

    /// Whether ", who" or ", which" stands just before position `at`: a relative clause, whose
    /// subject is what the comma follows.
    static func opensRelativeClause(_ tokens: ArraySlice<Token>, at: Int, in passage: Passage) -> Bool {
        at - 2 >= tokens.startIndex && tokens[at - 2].mark == "," && isRelativePronoun(tokens[at - 1], in: passage)
    }

    private static func isRelativePronoun(_ token: Token, in passage: Passage) -> Bool {
        token.kind == .word && ["who", "which"].contains(passage.lower(of: token))
    }

    /// "a tweet this week from President Trump that read, “…”", "a message from her senior policy
    /// advisor, Ann O'Leary, that read:": a document's words are its sender's, named after "from"
    /// in the phrase the relative pronoun at `pronoun` stands for.
    static func documentSender(_ tokens: ArraySlice<Token>, pronoun: Int, in passage: Passage) -> Mention? {
        guard pronoun > tokens.startIndex, opensClauseOnThing(tokens[pronoun], in: passage) else { return nil }
        let end = tokens[pronoun - 1].mark == "," ? pronoun - 1 : pronoun
        let window = tokens[max(tokens.startIndex, end - 12)..<end]
        guard let from = window.lastIndex(where: { $0.kind == .word && passage.isWord($0, "from") }), from > window.startIndex,
              let document = window[..<from].lastIndex(where: { $0.wordClass.contains(.document) }),
              from - document <= 3, window[(document + 1)..<from].allSatisfy({ $0.kind == .word && !$0.capitalized }) else { return nil }
        // Lower-case words and a comma may describe the sender, not a preposition, after which
        // the name is someone else ("a letter from lawyers to James Comey").
        let first = nameStart(tokens, end: end, floor: from + 1, in: passage)
        guard tokens[(from + 1)..<first].allSatisfy({ $0.kind == .word && !$0.capitalized && !$0.wordClass.contains(.preposition) || $0.mark == "," })
        else { return nil }
        return issuer(tokens[first..<end], in: passage)
    }

    /// "Trump dismissed such reports in a statement Friday that derided the CIA as “…”": a
    /// statement the clause's subject speaks "in" (a day after it or not) says the subject's
    /// words, when "that" or "which" at `pronoun` opens a clause on it.
    private static func statementMaker(_ tokens: ArraySlice<Token>, pronoun: Int, in passage: Passage) -> Mention? {
        guard opensClauseOnThing(tokens[pronoun], in: passage) else { return nil }
        let document = tokens[pronoun - 1].wordClass.contains(.calendar) ? pronoun - 2 : pronoun - 1
        guard document - 2 > tokens.startIndex, AttributionLexicon.issuedDocuments.contains(passage.lower(of: tokens[document])),
              tokens[document - 1].wordClass.contains(.indefinite), passage.isWord(tokens[document - 2], "in"),
              // "in" a statement of the verb's, not of a noun after another preposition ("pointed to
              // a line in a statement that called Trump “…”" is someone else's).
              !tokens[..<(document - 2)].contains(where: { $0.wordClass.contains(.preposition) }) else { return nil }
        // The subject opening the clause, past the names it acts on ("Senate Democrats blasted
        // President Trump in a statement that called …" is the Democrats').
        return subjectOpening(tokens[..<(document - 2)], in: passage, passiveSpeech: false, namesAllowed: { true })?.0
    }

    /// "that" or "which", opening a clause on the document before it.
    private static func opensClauseOnThing(_ token: Token, in passage: Passage) -> Bool {
        token.kind == .word && (passage.isWord(token, "that") || passage.isWord(token, "which"))
    }

    /// A person or an organisation named by the words, as the one a document or a part of an
    /// organisation speaks for.
    private static func issuer(_ words: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard !words.isEmpty, let mention = Mention.parse(words, in: passage), mention.kind == .person || mention.kind == .organisation else { return nil }
        return mention
    }

    /// The owner a possessive at `possessive` names, its name starting at `first`: "Societe Generale’s".
    private static func owner(_ tokens: ArraySlice<Token>, from first: Int, possessive: Int, in passage: Passage) -> Mention? {
        issuer((Array(tokens[first..<possessive]) + [passage.withoutPossessive(tokens[possessive])])[...], in: passage)
    }

    /// "according" is listed with the verbs of saying, and has a class of its own to tell it from
    /// them: it names a source, not someone speaking.
    static func isAccording(_ token: Token) -> Bool { token.wordClass.contains(.according) }

    /// The phrase before a verb that does the saying: "Russian Defense Ministry spokesman Major
    /// General Igor Konashenko", skipping an apposition (", the Defense Ministry spokesman,") and
    /// an adverb ("also").
    /// `hearsay`: whether "is said to" gives its subject, as for a sentence before a quotation.
    static func subject(_ tokens: ArraySlice<Token>, verb: Int, in passage: Passage, hearsay: Bool = false) -> Mention? {
        // "Clinton tweeted congratulations to Sanders, adding “…”": a participle after a comma
        // has the sentence's subject.
        if passage.endsWith(tokens[verb], "ing") {
            // "footage of Trump saying during the debate last week, “…”", "no different … from
            // George H.W. Bush calling Ronald Reagan’s policies “…”", "with Donald Trump tweeting
            // that …": who is shown saying it. Not "wrote a letter to … Lynch asking".
            // An adverb may stand between: "with Julian Assange also stating".
            var nameEnd = verb
            if nameEnd - 1 > tokens.startIndex, tokens[nameEnd - 1].kind == .word, isAdverb(tokens[nameEnd - 1], in: passage) { nameEnd -= 1 }
            let start = nameStart(tokens, end: nameEnd, floor: tokens.startIndex + 1, in: passage)
            // Not "the American Federation of Teachers calling her": a full name, after a lower-case word.
            if start < nameEnd, start - 2 >= tokens.startIndex, showsSomeone(tokens, before: start - 1, in: passage),
               let named = Mention.parse(tokens[start..<nameEnd], in: passage), named.kind == .person, isNamed(named, at: tokens[start].utf8.lowerBound, in: passage) {
                return named
            }
            if verb - 1 > tokens.startIndex, tokens[verb - 1].mark == "," {
                // "“…,” Law said, noting that donors feel “…”": the speaker the quotation before has
                // from the verb after it, when no clause comes between ("…,” Donald Trump said
                // Tuesday, as Ryan kept his endorsement, saying" is Ryan's). Words describing
                // someone ("the Republican presidential candidate told CBS") leave it to the
                // sentence's subject, who may be named.
                if let quote = tokens[..<(verb - 1)].lastIndex(where: \.isQuotation),
                   case .quote(let q) = tokens[quote].kind, !passage.quoteEndsSentence(q),
                   !tokens[(quote + 1)..<(verb - 1)].drop(while: { $0.mark == "," }).contains(where: { $0.mark == "," }),
                   case let (earlierBefore, earlierAfter) = passage.sentence(around: passage.quoteTokens[q]),
                   let (said, _) = attributeAfter(passage, quote: q, before: earlierBefore, after: earlierAfter).named,
                   said.kind != .description {
                    return said
                }
                // "Mateen didn't mingle but left …, Nefzi said, adding, “…”", "Burnstill later clarified,
                // noting, “…”": a verb of saying closing the clause before the participle gives it its
                // subject, when the clause is only the subject and the verb (adverbs aside); not a noun
                // spelled as a verb ("Trump brushed off the New York Times reports, saying").
                if verb - 2 > tokens.startIndex, tokens[verb - 2].isSpeechVerb, !isAccording(tokens[verb - 2]),
                   case let clause = tokens[..<(verb - 2)].lastIndex(where: { $0.mark == "," || $0.isQuotation }).map({ $0 + 1 }) ?? tokens.startIndex,
                   clause < verb - 2, tokens[clause..<(verb - 2)].allSatisfy({ token in
                       token.kind == .word ? token.capitalized || token.wordClass.contains(.personPronoun) || isAdverb(token, in: passage)
                           : Mention.isAbbreviated(token, in: passage) || token.mark == "."
                   }),
                   let said = subject(tokens[..<(verb - 1)], verb: verb - 2, in: passage) {
                    return said
                }
                return sentenceSubject(tokens[..<(verb - 1)], in: passage)
            }
            // "Blige sings to Clinton before asking her, “…”", "Lewandowski earlier quashed rumors …
            // by tweeting that “…”": a participle after a preposition of time or manner has the
            // subject of its clause ("…, although Bill Clinton won the spin by declaring himself
            // the “comeback kid”"); a clause that names no one leaves it to an earlier verb
            // ("an account of Clinton telling one agent to “…,” while telling another to, “…”").
            if verb - 1 > tokens.startIndex, tokens[verb - 1].wordClass.contains(.participleLink) {
                let opening = tokens[..<(verb - 1)].lastIndex { token in
                    if case .quote = token.kind { return true }
                    return token.mark == "," || token.mark == "(" || token.kind == .word && token.wordClass.contains(.clauseOpener)
                }
                // "releasing a statement that, while condemning violence, accused": the link opens the
                // clause, as after a comma.
                if let opening, opening + 1 == verb - 1, tokens[opening].mark == "," { return sentenceSubject(tokens[..<opening], in: passage) }
                // The name opening the clause, not any full name in it ("Clinton likely violated
                // at least two Dept. of Defense SAP protocols … by announcing").
                let from = opening.map { $0 + 1 } ?? tokens.startIndex
                guard from < verb - 1, tokens[from].capitalized || tokens[from].wordClass.contains(.personPronoun) else { return nil }
                // "Clinton campaign manager Robby Mook told CBS … by calling out": the person the
                // words describe.
                if let (described, _) = describedName(tokens, from: from, in: passage) { return described }
                guard let end = phrase(tokens, from: from, in: passage), end < verb,
                      let named = Mention.parse(tokens[from..<end], in: passage), [.person, .pronoun, .organisation].contains(named.kind),
                      isNamed(named, at: tokens[from].utf8.lowerBound, in: passage) else { return nil }
                return named
            }
            // "Obama released a statement Thursday night condemning “…”": what the subject issued says
            // it; not past someone named the participle has for subject ("The filing quotes Manafort
            // telling").
            let named = verb > tokens.startIndex && isNameWord(tokens[verb - 1], in: passage)
                && Mention.parse(tokens[(verb - 1)..<verb], in: passage).map { [.person, .organisation].contains($0.kind) && isNamed($0, at: tokens[verb - 1].utf8.lowerBound, in: passage) } == true
            if !named, let document = tokens[max(tokens.startIndex, verb - 5)..<verb].lastIndex(where: {
                $0.wordClass.contains(.document)
            }) {
                // "the newspaper’s editorial telling him …", "Trump's tweet saying …": a document with
                // an owner is not the sentence's subject's.
                if document - 1 >= tokens.startIndex, passage.isPossessive(tokens[document - 1]) { return nil }
                return sentenceSubject(tokens[..<document], in: passage)
            }
        }
        var end = verb
        // "Woodrow Wilson is quoted as saying “…”".
        if end - 3 >= tokens.startIndex, passage.isWord(tokens[end - 1], "as"), passage.isWord(tokens[end - 2], "quoted"),
           ["is", "was", "been"].contains(passage.lower(of: tokens[end - 3])) {
            end -= 3
        }
        // "President Vladimir Putin is said to be amused by …. “…”": the subject's state of mind,
        // passed on, and the sentence after it, theirs (`hearsay`). Not what they are said to do
        // ("Jared Kushner is said to have pushed hard for the firing. “It was Jared’s idea …”",
        // "Mueller is said to be examining the president’s tweets. “…”"), nor within the
        // sentence ("Bo is said to have spent the evening whimpering as Sunny … removed the
        // quills …, at one point pausing to say, “…”" is Sunny's).
        if hearsay, end - 1 >= tokens.startIndex, verb + 3 < tokens.endIndex, passage.isWord(tokens[verb + 1], "to"),
           passage.isWord(tokens[verb + 2], "be"), tokens[verb + 3].kind == .word, passage.endsWith(tokens[verb + 3], "ed"),
           passage.isWord(tokens[verb], "said") || passage.isWord(tokens[verb], "reported"),
           ["is", "was", "are", "were"].contains(passage.lower(of: tokens[end - 1])) {
            end -= 1
        }
        // "Michele quotes Kirby as saying “…”": the one quoted, not the one quoting.
        if end - 2 >= tokens.startIndex, passage.isWord(tokens[end - 1], "as"),
           let quoted = nameBefore(tokens, end: end - 1, relative: false, in: passage),
           let start = tokens[..<(end - 1)].lastIndex(where: { $0.kind == .word && !Mention.isNameLike($0) }),
           tokens[start].wordClass.contains(.quotingVerb) {
            return quoted
        }
        // "He went on to say “…”", "Timmermanns appeared to warn": the subject is who went on, or
        // appeared to (`AttributionLexicon.subjectLendingVerbs`).
        if end - 2 >= tokens.startIndex, tokens[end - 2].kind == .word, passage.isWord(tokens[end - 1], "to"),
           let lead = AttributionLexicon.subjectLendingVerbs[passage.lower(of: tokens[end - 2])] {
            if lead.isEmpty {
                end -= 2
            } else if end - 3 >= tokens.startIndex, tokens[end - 3].kind == .word, lead.contains(passage.lower(of: tokens[end - 3])) {
                end -= 3
            }
        }
        // "allowing a slanderous hack like Harry Reid to declare the war “lost”": the one a verb
        // of letting or asking names right before "to" is the one who is to say it (not "Obama
        // met Vladimir Putin to declare").
        if end - 2 >= tokens.startIndex, tokens[end - 1].kind == .word, passage.isWord(tokens[end - 1], "to"), tokens[end - 2].capitalized,
           case let start = nameStart(tokens, end: end - 1, floor: tokens.startIndex, in: passage),
           tokens[max(tokens.startIndex, start - 5)..<start].contains(where: { $0.kind == .word && AttributionLexicon.lettingVerbs.contains(passage.lower(of: $0)) }),
           let named = Mention.parse(tokens[start..<(end - 1)], in: passage), named.kind == .person {
            return named
        }
        if let start = timePhraseStart(tokens, end: end, in: passage) { end = start }
        if end - 1 >= tokens.startIndex, tokens[end - 1].kind == .word, isAdverb(tokens[end - 1], in: passage) { end -= 1 }
        if end - 1 >= tokens.startIndex, tokens[end - 1].wordClass.contains(.auxiliary) { end -= 1 }
        // "Donald Trump is telling supporters …": "is" before a participle is no passive ("was asked").
        else if end - 1 >= tokens.startIndex, passage.endsWith(tokens[verb], "ing"),
                tokens[end - 1].wordClass.contains(.progressive) { end -= 1 }
        if let start = settingStart(tokens, end: end, in: passage) { end = start }
        // "Sen. Bernie Sanders (I-Vt.) said", "Gov. John Kasich (R-OH), said": a party and a state
        // in brackets stand between the name and its verb.
        if let open = partyBefore(tokens, end: end, in: passage) { end = open }
        // "Senator Cruz said that such calls are common … and accused his fellow candidates of
        // forming a “…”": a second verb after "and" has the first one's subject; so has one after
        // "but" ("declined to address the FBI's report specifically but said"), not "all but".
        if end - 1 > tokens.startIndex,
           passage.isWord(tokens[end - 1], "and") || passage.isWord(tokens[end - 1], "but") && !passage.isWord(tokens[end - 2], "all") {
            // The clause the verb is in opens after the comma or the word opening a clause
            // nearest before it, when a name follows (or, after a comma, a pronoun): "Clinton
            // campaigned in Ohio while Trump held a rally in Michigan and said" is Trump's. A
            // pronoun after such a word may be someone else: "McConnell was quick to embrace the
            // mogul after he clinched the nomination and said".
            // After ", but" a clause joined by "and" is one too: "Donald Trump attacked the judge
            // and Paul Ryan stayed silent for days, but told reporters" is Ryan's.
            let commaBut = tokens[end - 2].mark == "," && end - 3 >= tokens.startIndex && passage.isWord(tokens[end - 1], "but")
            let clauseStart = tokens[..<(end - 2)].lastIndex(where: { $0.mark == "," || $0.wordClass.contains(.clauseOpener) && (commaBut || !passage.isWord($0, "and")) })
                .flatMap { start -> Int? in
                    let next = tokens[start + 1]
                    let opens = tokens[start].mark == "," ? next.capitalized || next.wordClass.contains(.personPronoun) : next.kind == .word && next.capitalized
                    return opens ? start : nil
                }
            // A noun spelled as a verb of saying is no verb after a determiner ("said that such
            // calls are common"); then the clause the verb joins is read below, as when no verb
            // of saying comes before. Nor is one before the clause ("Trump has said little since
            // the shooting, but Clinton spoke to reporters and said"). Nor one in the passive,
            // whose subject heard the words and goes on to speak: "Donald Trump was asked about the
            // wall on Tuesday and said".
            if let first = tokens[..<(end - 1)].lastIndex(where: \.isSpeechVerb), !followsDeterminer(tokens, first), clauseStart.map({ first > $0 }) ?? true,
               !isPassive(tokens, verb: first, in: passage) {
                return subject(tokens, verb: first, in: passage)
            }
            // "Bush thought for a moment and said that …", "he … furrowed his brow and said,": any
            // verb before "and" shares the subject its sentence opens with, or the clause after a
            // comma when it opens on a name or a pronoun ("When Donald Trump attacked the judge,
            // Paul Ryan stood up and said"); not names joined ("he and Cruz shared"). A comma may
            // stand before "but" ("did not mention Trump by name, but told"); before "and" it as
            // often closes a clause of someone else's ("they will call me up …,'' he promises, and
            // say to him").
            let before = commaBut ? tokens[end - 3] : tokens[end - 2]
            // "… angered Sen. Lindsey Graham, who stayed quiet for a day but said": the verb is the
            // relative clause's, whose subject the sentence's is not, unless a comma closed that
            // clause ("One of Grayson’s former supporters who still backs Randolph, former Colorado
            // Rep. Pat Schroeder, lives in his … district and wrote").
            let relative = tokens[..<(end - 1)].lastIndex { isRelativePronoun($0, in: passage) }
            // A name after a preposition is no subject joined: "Carson took the stage Tuesday at the
            // Grand Hotel in Baltimore and called the political system “…”".
            let plain = !before.capitalized && !Mention.isNameLike(before) && !before.wordClass.contains(.personPronoun)
            let afterPreposition = { () -> Bool in
                let start = nameStart(tokens, end: end - 1, floor: tokens.startIndex, in: passage)
                return start > tokens.startIndex && tokens[start - 1].wordClass.contains(.preposition)
            }
            if before.kind == .word, plain || before.capitalized && afterPreposition(),
               relative.map({ tokens[$0..<(end - 1)].contains { $0.mark == "," } }) ?? true {
                if let start = clauseStart { return sentenceSubject(tokens[(start + 1)..<(end - 1)], in: passage) }
                return sentenceSubject(tokens[..<(end - 1)], in: passage)
            }
        }
        if end - 1 > tokens.startIndex, let sender = documentSender(tokens, pronoun: end - 1, in: passage) ?? statementMaker(tokens, pronoun: end - 1, in: passage) {
            return sender
        }
        // "Proverbs 15, which says “…”", "Jim Kouri, who said “…”": what the relative pronoun
        // stands for. Without the comma, only "who" or "which" right before the quotation does ("a
        // senior State Department official who said, “…”"): further back it as often qualifies an object
        // ("told a young woman who suggested that … that “…”"), and "that" after a noun is as
        // often the verb's object ("told reporters that").
        let relative = opensRelativeClause(tokens, at: end, in: passage)
            || end - 1 > tokens.startIndex && isRelativePronoun(tokens[end - 1], in: passage)
                && !tokens[(verb + 1)...].contains(where: { $0.kind == .word })
        if !relative, let someone = describedBeforeParticiple(tokens, end: end, in: passage) { return someone }
        var appositionEnd: Int?
        if relative {
            end -= tokens[end - 2].mark == "," ? 2 : 1
            if let cited = citedPassage(tokens, end: end, in: passage) { return cited }
            // "the University of Chicago’s policies which say “…”": a document's words are its owner's.
            if end - 2 >= tokens.startIndex, tokens[end - 1].wordClass.contains(.document),
               passage.isPossessive(tokens[end - 2]),
               let issuer = documentsIssuer(tokens, phrase: namePhraseStart(tokens, end: end - 1, in: passage)..<(end - 1), in: passage) {
                return issuer
            }
        } else if end - 1 >= tokens.startIndex, tokens[end - 1].mark == "," {
            if let named = nameBetweenCommas(tokens, end: end - 1, in: passage) { return named }
            // "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says": the
            // apposition may hold commas of its own; the subject stands before one of the two
            // commas nearest.
            let window = tokens[max(tokens.startIndex, end - 16)..<(end - 1)]
            guard let open = window.lastIndex(where: { $0.mark == "," }) else { return openingName(tokens, before: end - 1, in: passage) }
            if let earlier = window[..<open].lastIndex(where: { $0.mark == "," }),
               case let nearest = nameBefore(tokens, end: open, relative: false, in: passage), nearest?.kind != .person,
               let farther = nameBefore(tokens, end: earlier, relative: false, in: passage), farther.kind == .person {
                return farther
            }
            appositionEnd = end - 1
            end = open
        }
        // "Stacy Baker of Columbia, South Carolina says": a state after a comma closes the place
        // the person before it is of.
        if !relative, let state = placeBefore(tokens, end: end, in: passage), state - 1 > tokens.startIndex, tokens[state - 1].mark == ",",
           let named = nameBefore(tokens, end: state - 1, relative: false, in: passage), named.kind == .person, TextScan.hasSpace(named.name) {
            return named
        }
        // "One high ranking intelligence official explained that …": someone unnamed, not the
        // official quoted before.
        if end - 1 >= tokens.startIndex, !tokens[end - 1].capitalized,
           let indefinite = tokens[max(tokens.startIndex, end - 8)..<end].lastIndex(where: { $0.wordClass.contains(.indefinite) }),
           let (described, after) = Mention.indefiniteDescription(tokens, from: indefinite, in: passage), after == end {
            return described
        }
        if let named = nameBefore(tokens, end: end, relative: relative, in: passage) { return named }
        if let comma = appositionEnd, let named = openingName(tokens, before: comma, in: passage) { return named }
        // "These and other sources of authority, the lawyers said, “…”": words that describe the
        // subject without naming it, kept as the text's words (`Mention.definiteDescription`),
        // when they end on a noun for people. Not "calling the two lengthy investigative reports
        // “…”", "into the polls saying “…”".
        guard !relative, !passage.endsWith(tokens[verb], "ing") else { return nil }
        let words = tokens[max(tokens.startIndex, end - 6)..<end]
        // "The ad says “…”", "the paper notes": a text says what its words say, kept unnamed too.
        if let the = words.lastIndex(where: { passage.isWord($0, "the") }),
           let (description, after) = Mention.definiteDescription(tokens, from: the, in: passage), after == end,
           namesPeople(tokens[end - 1], in: passage) || !tokens[end - 1].wordClass.isDisjoint(with: [.document, .organisationWord]) {
            return description
        }
        // "One strategist described the imbalance in the race as “…”": someone unnamed
        // (`Mention.indefiniteDescription`) opening the clause; not the object of another word
        // ("The lawyer representing a Trump supporter said").
        guard let article = words.lastIndex(where: { $0.wordClass.contains(.indefinite) }),
              PersonMentions.opensClause(tokens, at: article, in: passage),
              let (someone, after) = Mention.indefiniteDescription(tokens, from: article, in: passage), after == end else { return nil }
        return someone
    }

    /// "One Macedonian government official interviewed by Judicial Watch in Washington D.C.
    /// recently, calls", "a source familiar with the matter said": someone unnamed opening the
    /// clause, then a participle or "familiar" or "close" and a preposition, saying how the text
    /// came by their words, up to the verb at `end`. The description is the subject.
    private static func describedBeforeParticiple(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Mention? {
        guard let indefinite = tokens[max(tokens.startIndex, end - 16)..<end].lastIndex(where: { $0.wordClass.contains(.indefinite) }),
              PersonMentions.opensClause(tokens, at: indefinite, in: passage),
              let (someone, after) = Mention.indefiniteDescription(tokens, from: indefinite, in: passage), after + 1 < end,
              passage.endsWith(tokens[after], "ed") || ["familiar", "close"].contains(where: { passage.isWord(tokens[after], $0) }),
              tokens[after + 1].wordClass.contains(.preposition) else { return nil }
        let rest = tokens[(after + 1)..<end]
        // Words, with the full stops of abbreviations ("D.C.") and the apostrophes of plural
        // possessives ("the Joneses' lawyer"), and no clause or verb of saying of their own.
        guard rest.dropLast().allSatisfy({ token in
                  token.kind == .word ? !token.isSpeechVerb && !isRelativePronoun(token, in: passage) : [".", "\u{2019}", "'"].contains(token.mark)
              }),
              let last = rest.last, last.kind == .word || last.mark == "," else { return nil }
        // "A man identified by police as John Smith told": the phrase names them.
        if rest.indices.dropLast().contains(where: { passage.isWord(rest[$0], "as") && rest[$0 + 1].capitalized }) { return nil }
        return someone
    }

    /// Whether the verb at `verb` is in the passive: a form of "be" before it, an adverb between
    /// them or not ("was asked", "was sharply criticized"), and not a participle in -ing.
    private static func isPassive(_ tokens: ArraySlice<Token>, verb: Int, in passage: Passage) -> Bool {
        guard !passage.endsWith(tokens[verb], "ing") else { return false }
        var k = verb - 1
        if k >= tokens.startIndex, tokens[k].kind == .word, isAdverb(tokens[k], in: passage) { k -= 1 }
        return k >= tokens.startIndex && tokens[k].wordClass.contains(.progressive)
    }

    /// Whether the word before `k` makes it a noun, whatever verb it is spelled as: "such calls",
    /// "the calls", "his calls".
    private static func followsDeterminer(_ tokens: ArraySlice<Token>, _ k: Int) -> Bool {
        k > tokens.startIndex && !tokens[k - 1].wordClass.isDisjoint(with: [.article, .possessiveDeterminer, .determiner])
    }

    /// A noun for who may speak: what someone does, in the plural too ("the lawyers"), or people
    /// who speak as one ("the officials", "the protesters").
    static func namesPeople(_ word: Token, in passage: Passage) -> Bool {
        guard word.wordClass.isDisjoint(with: [.role, .title, .relation, .group]) else { return true }
        let lower = passage.lower(of: word)
        let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
        return AttributionLexicon.describedPeople.contains(singular) || isOccupation(lower) || isOccupation(singular)
    }

    /// "her senior policy adviser, Jake Sullivan, said", "A top strategist, John Weaver, tells": a
    /// first name and a surname alone between two commas, after a noun for what they do, are the
    /// subject; the comma closing them stands at `end`. After a thing ("the Vatican newspaper,
    /// L’Osservatore Romano, said") or a place ("59, Sacramento,") they name no one speaking. The
    /// noun may say whose they are, or where they work: "The leader of the Anti-Defamation League,
    /// Jonathan Greenblatt, warned", "His former business partner at Lenox, Lawrence B. Cummings,
    /// called him".
    private static func nameBetweenCommas(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Mention? {
        let start = nameStart(tokens, end: end, floor: tokens.startIndex, in: passage)
        guard end - start >= 2, start - 2 >= tokens.startIndex, tokens[start - 1].mark == "," else { return nil }
        var noun = start - 2
        if tokens[noun].capitalized {
            var of = noun
            while of > tokens.startIndex, tokens[of].kind == .word, tokens[of].capitalized || tokens[of].wordClass.contains(.article) { of -= 1 }
            if of > tokens.startIndex, tokens[of].kind == .word, passage.isWord(tokens[of], "of") || passage.isWord(tokens[of], "at") { noun = of - 1 }
        } else if noun > tokens.startIndex, !namesPeople(tokens[noun], in: passage),
                  let preposition = tokens[max(tokens.startIndex + 1, noun - 4)..<noun].lastIndex(where: { $0.wordClass.contains(.preposition) }),
                  tokens[preposition..<noun].allSatisfy({ $0.kind == .word }),
                  passage.isWord(tokens[preposition], "on") || tokens[(preposition + 1)...noun].allSatisfy({
                      !$0.capitalized && $0.wordClass.isDisjoint(with: [.article, .possessiveDeterminer, .determiner]) }) {
            // "Another delegate on the Cruz slate, Jim Poolman,", "Rep. Duncan Hunter’s chief of
            // staff, Joe Kasper,": the noun before what they sit on, or before the rest of a
            // title. Not before whom or where they serve, whose name the one between the commas
            // may be ("A spokesman for the senator, Thom Tillis,", "a resident of the city, Cedar Rapids,").
            noun = preposition - 1
        }
        guard !tokens[noun].capitalized, namesPeople(tokens[noun], in: passage),
              let m = Mention.parse(tokens[start..<end], in: passage), m.kind == .person else { return nil }
        // "Trump, speaking with a reporter at the Times, Maggie Haberman, said": after a
        // preposition or a participle the noun is an object, and the name whom the subject speaks to.
        if let determiner = tokens[max(tokens.startIndex, noun - 4)...noun].lastIndex(where: {
               !$0.wordClass.isDisjoint(with: [.article, .indefinite, .possessiveDeterminer]) }),
           determiner > tokens.startIndex, !tokens[determiner..<noun].contains(where: { passage.isPossessive($0) }),
           case let before = tokens[determiner - 1], before.kind == .word,
           before.wordClass.contains(.preposition) || passage.endsWith(before, "ing") { return nil }
        // A first name Folio knows says the words are a name, not a thing ("the Vatican
        // newspaper, L’Osservatore Romano,"); so does someone described as one of many: "A
        // Republican strategist, Harland Dorrinson,".
        guard FirstNames.contains(passage.lower(of: tokens[start])) || describesOneOfMany(tokens, noun: noun, in: passage) else { return nil }
        return m
    }

    /// Whether the words describing someone, ending on `noun`, open on an indefinite ("a",
    /// "another", `AttributionLexicon.indefinites`) within a few words of it, with no preposition
    /// between, after which a name would be whose they are ("A spokesman for the senator, …,").
    private static func describesOneOfMany(_ tokens: ArraySlice<Token>, noun: Int, in passage: Passage) -> Bool {
        guard let opening = tokens[max(tokens.startIndex, noun - 8)..<noun].lastIndex(where: { $0.kind != .word || $0.wordClass.contains(.indefinite) }),
              tokens[opening].wordClass.contains(.indefinite),
              !tokens[opening..<noun].contains(where: { $0.wordClass.contains(.preposition) }) else { return false }
        return Mention.indefiniteDescription(tokens, from: opening, in: passage) != nil
    }

    /// "Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big
    /// Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said": an
    /// apposition too long to read back through ends on the comma at `comma`; the subject is the
    /// person's name that opens the sentence and the comma after it (or after their party) opens it.
    private static func openingName(_ tokens: ArraySlice<Token>, before comma: Int, in passage: Passage) -> Mention? {
        guard var start = tokens.firstIndex(where: { $0.kind != .punctuation }), start < comma, tokens[start].kind == .word else { return nil }
        // "Just last week, J.J. Goldberg, editor at large of The Forward, …, wrote": a few words
        // naming no one and a comma may lead in.
        if !tokens[start].capitalized || !Mention.isNameLike(tokens[start]) || tokens[start].wordClass.contains(.notName),
           let lead = tokens[start..<min(comma, start + introWords)].firstIndex(where: { $0.mark == "," }),
           tokens[(start + 1)..<lead].allSatisfy({ $0.kind == .word && !$0.capitalized }) {
            start = lead + 1
        }
        guard start < comma, let close = phrase(tokens, from: start, in: passage) else { return nil }
        let apposition = partyAfter(tokens, start: close, in: passage) ?? (close < comma && tokens[close].mark == "," ? close + 1 : nil)
        guard let apposition, apposition < comma, tokens[apposition - 1].mark == "," || tokens[apposition - 1].mark == ")",
              let named = Mention.parse(tokens[start..<close], in: passage), named.kind == .person else { return nil }
        return named
    }

    /// Where a politician's party or state in brackets opens ("(R-OH)", "(I-Vt.)", "(D)", "(Tex.)")
    /// when it ends at `end`, a comma after it or not; or, right before `end`, a label of the
    /// name's, a number or initials: "The Protocols of Zion (16) state:". A label before a comma
    /// closes an apposition, and is the organisation's it names: "Filippo Grandi, the United
    /// Nations High Commissioner for Refugees (UNHCR), reacted".
    private static func partyBefore(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Int? {
        var close = end - 1
        if close >= tokens.startIndex, tokens[close].mark == "," { close -= 1 }
        guard close - 2 >= tokens.startIndex, tokens[close].mark == ")",
              let open = tokens[max(tokens.startIndex, close - 6)..<close].lastIndex(where: { $0.mark == "(" }),
              isPartyOrState(tokens, open: open, close: close, in: passage)
                || close == end - 1 && isLabel(tokens, open: open, close: close, in: passage) else { return nil }
        return open
    }

    /// Whether brackets from `open` to `close` hold one word of digits, or of six letters at
    /// most with two capitals or more.
    private static func isLabel(_ tokens: ArraySlice<Token>, open: Int, close: Int, in passage: Passage) -> Bool {
        guard close == open + 2, tokens[open + 1].kind == .word else { return false }
        let word = passage.text(of: tokens[open + 1]).unicodeScalars
        return isNumber(tokens[open + 1], in: passage) || word.count <= 6 && word.allSatisfy(ScalarClass.isLetter) && word.count(where: ScalarClass.isUpper) >= 2
    }

    /// Past a politician's party or state, or a label, in brackets opening at `start`, and a comma
    /// after it, if one is there.
    private static func partyAfter(_ tokens: ArraySlice<Token>, start: Int, in passage: Passage) -> Int? {
        guard start < tokens.endIndex, tokens[start].mark == "(",
              let close = tokens[start..<min(tokens.endIndex, start + 7)].firstIndex(where: { $0.mark == ")" }),
              isPartyOrState(tokens, open: start, close: close, in: passage) || isLabel(tokens, open: start, close: close, in: passage) else { return nil }
        return close + 1 < tokens.endIndex && tokens[close + 1].mark == "," ? close + 2 : close + 1
    }

    /// Whether brackets from `open` to `close` hold a party's letter, alone or before a state's, or
    /// a state alone, as the Washington Post writes a senator's: "Sen. Ted Cruz (Tex.) has said",
    /// "Sen. Lindsey O. Graham (S.C.)", "Gov. John Kasich (Ohio)". A state is abbreviated
    /// (capitalised words of five letters at most, closed by a full stop) or named in full.
    private static func isPartyOrState(_ tokens: ArraySlice<Token>, open: Int, close: Int, in passage: Passage) -> Bool {
        guard open + 1 < close, tokens[open + 1].kind == .word else { return false }
        let party = passage.text(of: tokens[open + 1]).utf8
        guard let letter = party.first else { return false }
        if [UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "I")].contains(letter),
           party.count == 1 || party.dropFirst().first == UInt8(ascii: "-") { return true }
        let inside = tokens[(open + 1)..<close]
        if tokens[close - 1].mark == ".", inside.count <= 6,
           inside.allSatisfy({ $0.mark == "." || $0.kind == .word && $0.capitalized && $0.utf8.count <= 5 }) { return true }
        guard inside.count <= 3, inside.allSatisfy({ $0.kind == .word && $0.capitalized }) else { return false }
        return Places.states.contains(TextFold.fold(passage.text(tokens[open + 1].utf8.lowerBound..<tokens[close - 1].utf8.upperBound)))
    }

    /// "said his son, retired Harrisonburg General District Court Judge Richard Allen Claybrook
    /// Jr.": after a few lower-case words for who the subject is to someone or what they do ("his
    /// son", "the candidate's spokesman", "Rubio’s deputy campaign manager"), a full name in
    /// apposition names them; two names joined ("Romney’s former advisers, Stuart Stevens and
    /// Kevin Madden,") are no one person. Words before the
    /// name are read only as an office the name then carries a title of; a relative pronoun, a
    /// preposition or a participle there starts a clause about someone else ("said the lawyer,
    /// who represents Paul Manafort", "said his spokesman, referring to Hillary Clinton").
    static func namedInApposition(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> Mention? {
        guard from < tokens.endIndex, tokens[from].wordClass.contains(.article) || tokens[from].wordClass.contains(.possessiveDeterminer)
                || tokens[from].capitalized && passage.isPossessive(tokens[from]),
              let comma = tokens[from..<min(tokens.endIndex, from + 5)].firstIndex(where: { $0.mark == "," }), comma > from + 1,
              tokens[(from + 1)..<comma].allSatisfy({ $0.kind == .word && !$0.capitalized }), namesPeople(tokens[comma - 1], in: passage) else { return nil }
        var start = comma + 1
        while start < tokens.endIndex, start < comma + 4, tokens[start].kind == .word, !tokens[start].capitalized {
            guard tokens[start].wordClass.isDisjoint(with: [.notName, .preposition]), !passage.endsWith(tokens[start], "ing") else { return nil }
            start += 1
        }
        guard let end = phrase(tokens, from: start, in: passage), end == tokens.endIndex || tokens[end].kind != .word,
              start == comma + 1 || tokens[start..<end].contains(where: { $0.wordClass.contains(.title) }),
              !tokens[start..<end].contains(where: { passage.isWord($0, "and") }),
              let m = Mention.parse(tokens[start..<end], in: passage), m.kind == .person, TextScan.hasSpace(m.name) else { return nil }
        return m
    }

    /// Where the name phrase ending at `end` starts: back over name-like words, an abbreviation's
    /// stop, a possessive's lone apostrophe (`isPossessiveMark`) and "on" inside an organisation's
    /// name, up to and with an article.
    private static func namePhraseStart(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Int {
        var start = end
        while start - 1 >= tokens.startIndex {
            let token = tokens[start - 1]
            let isAbbreviationStop = Mention.isAbbreviationStop(tokens, at: start - 1, after: tokens.startIndex, in: passage)
            guard Mention.isNameLike(token) || isAbbreviationStop || start < end && isPossessiveMark(tokens, at: start - 1, in: passage)
                    || start - 2 >= tokens.startIndex && start + 1 < end && tokens[start].capitalized && tokens[start + 1].capitalized
                        && Mention.joinsOrganisation(token, after: tokens[start - 2], in: passage) else { break }
            start -= 1
            // "Speaker of the House Paul Ryan said", "Archbishop Aris Shirvanian of the Armenian
            // Patriarchate of Jerusalem told": "the" after the "of" of a title or of a person's
            // full name is inside the phrase (`Mention.parse` reads what it names), which starts
            // with them: not "Friends of Hillary Clinton of the State Department".
            if token.wordClass.contains(.article) {
                guard start - 2 >= tokens.startIndex, passage.isWord(tokens[start - 1], "of") else { break }
                let run = nameStart(tokens, end: start - 1, floor: tokens.startIndex, in: passage)
                let words = tokens[run..<(start - 1)].filter { $0.kind == .word }
                guard let last = words.last, last.wordClass.contains(.title) || Mention.isFullName(words, in: passage) else { break }
                return run
            }
        }
        return start
    }

    /// The name phrase ending at `end`, walking back over name-like words; nil after a
    /// preposition, whose object it is.
    private static func nameBefore(_ tokens: ArraySlice<Token>, end: Int, relative: Bool, in passage: Passage) -> Mention? {
        // "Her countrymen, she said, should not listen to “…”".
        if end - 1 >= tokens.startIndex, tokens[end - 1].wordClass.contains(.personPronoun) {
            return Mention.parse(tokens[(end - 1)..<end], in: passage)
        }
        let start = namePhraseStart(tokens, end: end, in: passage)
        guard start < end else { return nil }
        // "… and the president of the Christian Leadership Conference noted": a name after a
        // preposition is its object, and the subject stands further back; so is one
        // after a preposition the walk took for part of a name ("a majority of Americans said").
        // A relative pronoun stands for the nearest name, object or not ("the mouth of Donald Trump, who proclaimed").
        if !relative, start - 1 >= tokens.startIndex, tokens[start - 1].kind == .word,
           tokens[start - 1].wordClass.contains(.preposition) { return nil }
        if !relative, !tokens[start].capitalized, tokens[start].wordClass.contains(.preposition) { return nil }
        // "The woman who sued Bill Cosby told", "A lawyer representing Paul Manafort tried to
        // argue": a name after a relative clause's verb, or a participle after a noun for people,
        // is their object (not "After the meeting Trump told").
        if !relative, start - 2 >= tokens.startIndex, tokens[start - 1].kind == .word, !tokens[start - 1].capitalized,
           isRelativePronoun(tokens[start - 2], in: passage)
            || passage.endsWith(tokens[start - 1], "ing") && tokens[start - 2].kind == .word && namesPeople(tokens[start - 2], in: passage) { return nil }
        // "Many people in our Country are asking": after "our" or "his" a capital marks a noun, not a name.
        if start - 1 >= tokens.startIndex, tokens[start - 1].kind == .word,
           tokens[start - 1].wordClass.contains(.possessiveDeterminer) { return nil }
        return Mention.parse(tokens[start..<end], in: passage)
    }

    /// "He shared the scripture …: Isaiah 41:10, which says", "He then quoted Proverbs 15, which
    /// says": a book and the chapter and verse of it, or a book of the Bible and a chapter
    /// (`AttributionLexicon.scriptureBooks`), ending at `end`, whose words the quotation is, as a
    /// source is cited. Kept as an organisation, a source that is no person: no "he" or "she"
    /// goes on with it.
    private static func citedPassage(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Mention? {
        guard end - 2 >= tokens.startIndex, isNumber(tokens[end - 1], in: passage) else { return nil }
        let verse = end - 4 >= tokens.startIndex && tokens[end - 2].mark == ":" && isNumber(tokens[end - 3], in: passage)
        let book = tokens[verse ? end - 4 : end - 2]
        guard book.kind == .word, book.capitalized, !book.wordClass.contains(.calendar), !DateWords.months.contains(passage.lower(of: book)),
              verse || AttributionLexicon.scriptureBooks.contains(TextFold.fold(passage.text(of: book))) else { return nil }
        let text = passage.text(book.utf8.lowerBound..<tokens[end - 1].utf8.upperBound)
        return Mention(kind: .organisation, name: text, roles: [], text: text)
    }

    /// A word of digits only: "41", "9".
    private static func isNumber(_ token: Token, in passage: Passage) -> Bool {
        token.kind == .word && passage.text(of: token).unicodeScalars.allSatisfy(ScalarClass.isDigit)
    }

    /// Where the capitalised words ending at `end` start, from `floor` on: an initial's full stop
    /// is inside them ("James B. Comey", "J.M. Berger").
    private static func nameStart(_ tokens: ArraySlice<Token>, end: Int, floor: Int, in passage: Passage) -> Int {
        var start = end
        while start > floor, tokens[start - 1].kind == .word && tokens[start - 1].capitalized
                || Mention.isAbbreviationStop(tokens, at: start - 1, after: tokens.startIndex, in: passage) {
            start -= 1
        }
        return start
    }

    /// Where a place the reader knows no one speaks for (`Places`) starts, when capitalised words
    /// ending at `end` name one.
    private static func placeBefore(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Int? {
        var start = end
        while start - 1 >= tokens.startIndex, tokens[start - 1].kind == .word, tokens[start - 1].capitalized, end - start < 3 { start -= 1 }
        guard start < end else { return nil }
        let words = passage.text(tokens[start].utf8.lowerBound..<tokens[end - 1].utf8.upperBound)
        return Places.names.contains(TextFold.fold(words)) ? start : nil
    }

    /// "said Clinton’s top foreign policy aide Jake Sullivan", "said Idaho nutritional-supplement
    /// executive Frank VanderSloot": a full name after a few words describing the person, which
    /// `phrase` does not cross, and where the phrase ends. The words are those of a noun phrase:
    /// the first word that joins a clause or a prepositional phrase ("said in a statement to
    /// CNN"), or a verb of saying, ends the search.
    static func describedName(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> (mention: Mention, end: Int)? {
        guard from < tokens.endIndex, tokens[from].kind == .word else { return nil }
        var i = from
        var words = 0
        while i < tokens.endIndex, words <= 8 {
            let token = tokens[i]
            let isAbbreviationStop = Mention.isAbbreviationStop(tokens, at: i, after: from, in: passage)
            // "said Kansas City, MO resident Angie Hartney": a place's state after a comma, when
            // the words describing the person go on after it.
            if token.mark == ",", i + 2 < tokens.endIndex, tokens[i + 1].capitalized, tokens[i + 2].kind == .word, !tokens[i + 2].capitalized,
               placeBefore(tokens, end: i, in: passage) != nil {
                i += 1
                continue
            }
            // "said 9/11 widow Terry Strada": a slash between numbers is inside a word.
            let isDateSlash = token.mark == "/" && i > from && i + 1 < tokens.endIndex && isNumber(tokens[i - 1], in: passage) && isNumber(tokens[i + 1], in: passage)
            guard token.kind == .word || isAbbreviationStop || isDateSlash else { break }
            if token.kind == .word {
                // "of" joins a name's parts ("Secretary of State"); the other prepositions end it.
                // "his friend Mahamat Saleh Oumar told": whose, before the words that describe them.
                let owner = i == from && token.wordClass.contains(.possessiveDeterminer)
                guard !token.wordClass.contains(.notName) || token.wordClass.contains(.affiliation) || owner, !token.isSpeechVerb,
                      token.wordClass.contains(.nameConnector) || !token.wordClass.contains(.preposition) else { break }
                words += 1
            }
            i += 1
        }
        // "Republican presidential candidate Donald Trump quickly took to Twitter": opening a
        // sentence, the name ends where its verb begins.
        if i > from, !tokens[i - 1].capitalized, let last = tokens[from..<i].lastIndex(where: \.capitalized),
           tokens[last + 1].kind == .word, !tokens[last + 1].wordClass.contains(.nameConnector) { i = last + 1 }
        guard i > from, tokens[i - 1].capitalized else { return nil }
        // "said consultant Frank Luntz", "said the veteran pollster Frank Luntz": lower-case words
        // describe a person only when the one before the name is a noun for what someone does,
        // not "said the plan would let Frank Luntz".
        if !tokens[from].capitalized, !tokens[from].wordClass.contains(.title) {
            var first = i - 1
            // "said undecided Republican voter Stephanie Hooton of Derry": a connector between
            // capitalised words is inside the name's run.
            while first > from, tokens[first - 1].capitalized || tokens[first - 1].kind != .word
                    || first - 2 > from && tokens[first - 1].wordClass.contains(.nameConnector) && tokens[first - 2].capitalized {
                first -= 1
            }
            // A title opening the name makes a noun before it say whose title it is ("panel
            // Chairman Rep. Jason Chaffetz").
            guard first > from, isAgentNoun(tokens[first - 1], in: passage) || tokens[first].wordClass.contains(.title) && ownsTitle(tokens[first - 1], in: passage) else { return nil }
        }
        guard let mention = Mention.parse(tokens[from..<i], in: passage), mention.kind == .person,
              TextScan.hasSpace(mention.name) else { return nil }
        return (mention, i)
    }

    /// "panel Chairman", "state Sen.": a noun whose title follows it, not "lawyers representing
    /// Sen. …", "friends of Sen. …".
    private static func ownsTitle(_ word: Token, in passage: Passage) -> Bool {
        let lower = passage.lower(of: word)
        return word.kind == .word && !word.wordClass.contains(.nameConnector) && !AttributionLexicon.prepositions.contains(lower)
            && !lower.hasSuffix("ing") && !lower.hasSuffix("s")
    }

    /// A role from the lexicon, or a lower-case noun with an ending for what a person does.
    static func isAgentNoun(_ word: Token, in passage: Passage) -> Bool {
        !word.wordClass.isDisjoint(with: [.role, .title, .relation]) || isOccupation(passage.lower(of: word))
    }

    /// A noun for what a person does: a word of more than four letters with an ending that tells
    /// it ("consultant"), or one listed (`AttributionLexicon.occupations`).
    /// `longerThan`: how many letters a word with such an ending must pass; more keeps out a
    /// thing's noun ("order") where a thing is as likely.
    static func isOccupation(_ lower: String, longerThan letters: Int = 4) -> Bool {
        lower.count > letters && AttributionLexicon.agentNounEndings.contains { lower.hasSuffix($0) } || AttributionLexicon.occupations.contains(lower)
    }

    /// The subject a sentence opens with: "he" or "she" as its first word past those that name
    /// no one ("Later on Sunday, Carson shared …"), else the person `PersonMentions` takes for it.
    private static func sentenceSubject(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        if let first = tokens.firstIndex(where: { $0.kind == .word && !$0.wordClass.contains(.notName) }),
           tokens[first].wordClass.contains(.personPronoun) {
            return Mention.parse(tokens[first...first], in: passage)
        }
        return organisationSubject(tokens, in: passage)
            ?? PersonMentions.subjectOfLastSentence(in: tokens, of: passage, pronoun: "") {
                passage.isNamedInFull($0, before: tokens.first?.utf8.lowerBound ?? passage.range.lowerBound)
            }
            ?? describedSubject(tokens, in: passage)
    }

    /// "The Florida senator sought to calm his supporters, …, saying", "The billionaire
    /// businessman began by talking about …, saying": a role or words describing someone open the
    /// last sentence as its subject, read as after a quotation ("“…,” the Florida senator said"),
    /// so that a role means the one it meant there. The verb must follow them: a phrase after them
    /// makes them only part of the subject ("The senator from Vermont", "The president of the
    /// teachers union"), and a passive one the speaker's object ("The Texas senator was mocked by").
    private static func describedSubject(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard let sentence = Passage.sentencesFromLast(tokens).first, sentence.lowerBound < sentence.upperBound,
              case let start = subjectStart(tokens, sentence, in: passage), start < sentence.upperBound,
              passage.isWord(tokens[start], "the") else { return nil }
        let clause = tokens[start..<sentence.upperBound]
        // "The senator was rallying for … Eric Kingson, who … worked the crowd, praising": the
        // participle is the relative clause's (not "refused to answer questions on who").
        guard !clause.indices.dropFirst().contains(where: { clause[$0 - 1].mark == "," && isRelativePronoun(clause[$0], in: passage) }) else { return nil }
        let isLowerWord = { (k: Int) in k < clause.endIndex && clause[k].kind == .word && !clause[k].capitalized }
        let isVerb = { (k: Int) in
            isLowerWord(k) && clause[k].wordClass.isDisjoint(with: [.preposition, .nameConnector])
                && !(clause[k].wordClass.contains(.progressive) && k + 1 < clause.endIndex && passage.endsWith(clause[k + 1], "ed"))
        }
        if let end = phrase(clause, from: start, in: passage), isVerb(end), !passage.isPossessive(clause[end - 1]),
           let role = Mention.parse(clause[start..<end], in: passage), role.kind == .role {
            return role
        }
        guard let noun = clause.indices.dropFirst().prefix(3).first(where: { k in
                  isLowerWord(k) && isAgentNoun(clause[k], in: passage) && isLowerWord(k + 1) && !isAgentNoun(clause[k + 1], in: passage)
              }), isVerb(noun + 1),
              let (described, end) = Mention.definiteDescription(clause[...noun], from: start, in: passage), end == noun + 1 else { return nil }
        return described
    }

    /// "Ryan’s campaign shrugged off Trump’s comments, telling reporters, “…”", "Last week,
    /// President-elect Trump’s transition team sent the State Department a memo requesting …": an
    /// organisation or a group opening the last sentence, after an opening phrase set off by a
    /// comma, is the subject of the participle or the document the sentence goes on to; not the
    /// person whose it is (`sentenceSubject` would take Ryan).
    private static func organisationSubject(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        guard let sentence = Passage.sentencesFromLast(tokens).first else { return nil }
        let start = subjectStart(tokens, sentence, in: passage)
        // Walked here rather than by `phrase`, which stops at the apostrophe of "Sanders’ campaign".
        var end = start
        while end < sentence.upperBound {
            let token = tokens[end]
            guard token.kind == .word && (token.capitalized || !token.wordClass.isDisjoint(with: [.group, .article]))
                    || end > start && isPossessiveMark(tokens[..<sentence.upperBound], at: end, in: passage) else { break }
            end += 1
        }
        guard end > start, end < sentence.upperBound, tokens[end].kind == .word, !tokens[end].capitalized,
              tokens[end].wordClass.isDisjoint(with: [.preposition, .nameConnector]) else { return nil }
        // Not when the words after it describe a person named next, who is the subject: "Clinton
        // campaign spokesman Brian Fallon responded …, calling", "White House press secretary Josh Earnest".
        var k = end
        while k < min(sentence.upperBound, end + 4), tokens[k].kind == .word, !tokens[k].capitalized {
            if isAgentNoun(tokens[k], in: passage) { return nil }
            k += 1
        }
        guard let mention = Mention.parse(tokens[start..<end], in: passage), mention.kind == .organisation else { return nil }
        return mention
    }

    /// Where the subject of `sentence` starts. "Shortly after Murphy’s conference call ended,
    /// Rubio’s campaign sent out a press release saying": a clause leaning on the main one may
    /// open the sentence, and an adverb lead it in ("Early Tuesday," opens on its own).
    private static func subjectStart(_ tokens: ArraySlice<Token>, _ sentence: Range<Int>, in passage: Passage) -> Int {
        let start = sentence.lowerBound
        let opens = { (word: Token) in
            word.kind == .word && (!word.wordClass.isDisjoint(with: [.preposition, .timeOpener]) || isSubordinator(word, in: passage))
        }
        let lead = !opens(tokens[start]) && start + 1 < sentence.upperBound && isAdverb(tokens[start], in: passage, opensSentence: true) ? start + 1 : start
        guard opens(tokens[lead]), let comma = tokens[sentence].prefix(introWords).firstIndex(where: { $0.mark == "," }) else { return start }
        return comma + 1
    }

    /// "Sanders’ campaign", "Democrats' spokesman": a possessive written with its apostrophe alone
    /// after a capitalised word in s, before a group or a role it owns. Before a name the owner is
    /// an outlet or a place, and the name is the person ("RealClearPolitics’ David Byler").
    private static func isPossessiveMark(_ tokens: ArraySlice<Token>, at i: Int, in passage: Passage) -> Bool {
        guard tokens[i].mark == "'" || tokens[i].mark == "\u{2019}", i - 1 >= tokens.startIndex, i + 1 < tokens.endIndex else { return false }
        let (owner, owned) = (tokens[i - 1], tokens[i + 1])
        return owner.kind == .word && owner.capitalized && passage.endsWith(owner, "s")
            && owned.kind == .word && !owned.capitalized && !owned.wordClass.isDisjoint(with: [.group, .role])
    }

    /// Where a name phrase starting at `from` ends (the first token not part of it).
    static func phrase(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> Int? {
        var i = from
        if i < tokens.endIndex, tokens[i].wordClass.contains(.personPronoun) { return i + 1 }
        while i < tokens.endIndex {
            let token = tokens[i]
            let isAbbreviationStop = Mention.isAbbreviationStop(tokens, at: i, after: from, in: passage)
            guard (Mention.isNameLike(token) && !token.isSpeechVerb) || isAbbreviationStop else { break }
            i += 1
        }
        return i > from ? i : nil
    }

    /// A verb and its particle at `at` that say someone spoke (`AttributionLexicon.phrasalSpeechVerbs`).
    static func isPhrasalSpeechVerb(_ tokens: ArraySlice<Token>, at: Int, in passage: Passage) -> Bool {
        guard at + 1 < tokens.endIndex, tokens[at].wordClass.contains(.phrasalVerb), tokens[at + 1].kind == .word,
              let particles = AttributionLexicon.phrasalSpeechVerbs[passage.lower(of: tokens[at])] else { return false }
        return particles.contains(passage.lower(of: tokens[at + 1]))
    }

    /// Where a time phrase ending at `end` starts: "on Thursday", "later Thursday", "on Tuesday
    /// night", "last week". When someone spoke may stand between them and their verb ("Priebus
    /// later Thursday told Fox News:"); a word must open the phrase, for a day after a name may be
    /// part of it ("Super Tuesday").
    static func timePhraseStart(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Int? {
        let isClass = { (k: Int, wordClass: AttributionLexicon.WordClass) in
            k >= tokens.startIndex && k < tokens.endIndex && tokens[k].wordClass.contains(wordClass)
        }
        var i = end - 1
        if isClass(i, .timeOfDay) { i -= 1 }
        if isClass(i, .calendar) { i -= 1 } else if i == end - 1 { return nil }
        guard isClass(i, .timeOpener), i > tokens.startIndex else { return nil }
        return i
    }

    /// "Donald Trump in his speech on Thursday mentioned", "Sanders in the past has criticized":
    /// where a phrase of when or where ends right before `end` and after a name opening its
    /// clause, which stands between the subject and its verb: "in", "at" or "during", a
    /// determiner and one or two lower-case words.
    private static func settingStart(_ tokens: ArraySlice<Token>, end: Int, in passage: Passage) -> Int? {
        for words in 2...3 {
            let start = end - words - 1
            guard start - 1 >= tokens.startIndex else { return nil }
            guard ["in", "at", "during"].contains(where: { passage.isWord(tokens[start], $0) }),
                  !tokens[start + 1].wordClass.isDisjoint(with: [.article, .possessiveDeterminer]),
                  tokens[(start + 2)..<end].allSatisfy({ $0.kind == .word && !$0.capitalized }),
                  tokens[start - 1].kind == .word, tokens[start - 1].capitalized else { continue }
            // The name opens its clause, after a comma, "that" or a word leaning the clause on
            // another: "Protesters outside Trump Tower in the rain chanted", "The meeting between
            // Trump and Kim in the summer was described" hold no subject.
            let name = nameStart(tokens, end: start, floor: tokens.startIndex, in: passage)
            guard name == tokens.startIndex || tokens[name - 1].mark == "," || isSubordinator(tokens[name - 1], in: passage)
                    || passage.isWord(tokens[name - 1], "that") else { return nil }
            return start
        }
        return nil
    }

    /// A listed adverb, or a word of more than four letters in -ly ("reportedly", "REPORTEDLY")
    /// not written as a name is: capitalised and then in lower case between a subject and its
    /// verb, it is one ("Kelly said:", "Early described it as"). Opening a sentence, a word has a
    /// capital whatever it is ("Shortly after …").
    static func isAdverb(_ word: Token, in passage: Passage, opensSentence: Bool = false) -> Bool {
        if word.wordClass.contains(.adverb) { return true }
        // The ending is read from the bytes, either case; letters are counted only for such a word.
        let bytes = passage.utf8(of: word)
        guard opensSentence || !word.capitalized || bytes.count < 2 || !(0x61...0x7A).contains(bytes[bytes.startIndex + 1]) else { return false }
        guard bytes.count > 4, bytes[bytes.endIndex - 1] | 0x20 == UInt8(ascii: "y"),
              bytes[bytes.endIndex - 2] | 0x20 == UInt8(ascii: "l") else { return false }
        return passage.text(of: word).count > 4
    }
}
