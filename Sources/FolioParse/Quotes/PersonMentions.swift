import Foundation

/// The people a text names, for a "he" or "she" that no one quoted before can be meant by:
/// "Secretary of State Rex Tillerson … ⏎ “Ungoverned spaces …,” he said." A reader takes the
/// pronoun for the subject of the last sentence that names someone, in the quotation's paragraph
/// or the one before it: the first person that sentence names, not the last ("Trump said he would
/// meet EPA chief Scott Pruitt … ⏎ “…,” he said" is Trump's), and no one named in a sentence
/// whose subject is the pronoun itself.
enum PersonMentions {
    typealias Token = Passage.Token

    /// A person is a name of two words or more ("Rex Tillerson"), or one word that is the
    /// surname of a person already quoted or named in full (`surnames` answers for a word).
    /// `pronoun` is "he" or "she", folded: a first name of the other sex rules a person out.
    /// With `owners` false, a person whose possessive opens the clause is none.
    static func subjectOfLastSentence(in tokens: ArraySlice<Token>, of passage: Passage, pronoun: String, owners: Bool = true, surnames: (String) -> Bool) -> Mention? {
        for sentence in Passage.sentencesFromLast(tokens) {
            if let first = firstPerson(in: tokens[sentence], of: passage, pronoun: pronoun, owners: owners, surnames: surnames) { return first }
        }
        return nil
    }

    /// The sentence's first full name, else its first known surname: "the Trump campaign" is no
    /// subject beside "campaign manager Kellyanne Conway". A known surname opening the sentence
    /// comes first, and a sentence opening on the pronoun names no one, unless a name further in
    /// is followed by a verb of saying. Last comes a person whose possessive opens the clause
    /// ("Mr. Trump’s answer Sunday … ⏎ “…,” he said"; "In Tillerson’s telling,").
    private static func firstPerson(in tokens: ArraySlice<Token>, of passage: Passage, pronoun: String, owners: Bool, surnames: (String) -> Bool) -> Mention? {
        if describesItsSubject(tokens, in: passage) { return nil }
        var surname: Mention?
        var owner: Mention?
        // "Where, Wallace asked, does Mr. Trump stand on climate change? ⏎ “…,” he said.": the one
        // who asks is not the one who answers when the sentence names someone else, wherever
        // they stand in it. Alone, they may answer their own question ("So how do we defend
        // ourselves from this evil, Francis asked. “The most radical antidote …”").
        var asker: Mention?
        // "Reid raised the example of Obama …, just as President Abraham Lincoln did": a known
        // surname opening the sentence is its subject, whatever full name comes after it, unless
        // that name says something itself ("Clarkston has …, Mayor Ted Terry noted").
        var surnameOpens = false
        // "He declared that … Donald Trump would have a path", "When he took the stage after Mr.
        // Vander Plaats's introduction, …, he said": a sentence whose subject is the pronoun
        // itself is about whom the sentences before name, not anyone it names, unless they say
        // something. Not "As he shook hands …, Sanders reiterated", whose subject is Sanders.
        let isPronoun = { (k: Int) in k < tokens.endIndex && passage.isWord(tokens[k], pronoun) }
        let pronounOpens = !pronoun.isEmpty && tokens.first?.kind == .word
            && (isPronoun(tokens.startIndex) || tokens[tokens.startIndex].wordClass.contains(.clauseOpener) && isPronoun(tokens.startIndex + 1)
                && tokens.indices.contains { tokens[$0].mark == "," && isPronoun($0 + 1) })
        let yieldsTo = { (end: Int) in !surnameOpens && !pronounOpens || end < tokens.endIndex && tokens[end].isSpeechVerb }
        var i = tokens.startIndex
        while i < tokens.endIndex {
            // "Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said": a
            // sentence may open with words describing the person it names. The word before the
            // name must be a noun for what someone does: "Florida lawmakers attacked Hillary
            // Clinton" names her as the one attacked. After a comma a description is as often
            // an object's ("criticized Tulsa, Okla., police officer Betty Shelby").
            let startsSentence = i == tokens.startIndex || tokens[i - 1].sentence != tokens[i].sentence
                || tokens[i - 1].wordClass.contains(.clauseOpener)
                || closesOpeningPhrase(tokens, comma: i - 1, in: passage)
            if startsSentence, isDescription(tokens[i], in: passage),
               let (mention, end) = SentenceSieves.describedName(tokens, from: i, in: passage), agrees(mention.name, pronoun) {
                var first = end - 1
                while first > i, tokens[first - 1].capitalized || tokens[first - 1].kind != .word { first -= 1 }
                if first > i, SentenceSieves.isAgentNoun(tokens[first - 1], in: passage), yieldsTo(end) { return mention }
            }
            // "Like Corker, Menendez also rejected": a word that names no one is not where a name starts.
            // A party may open a name's phrase ("Democratic Sen. Claire McCaskill").
            guard tokens[i].kind == .word, Mention.isNameLike(tokens[i]),
                  !tokens[i].wordClass.contains(.notName) || tokens[i].wordClass.contains(.affiliation) else { i += 1; continue }
            // Across an abbreviation's stop: "GOP Rep. Jeff Collins" is one name.
            let end = SentenceSieves.phrase(tokens, from: i, in: passage) ?? i + 1
            if asker == nil, end < tokens.endIndex, tokens[end].wordClass.contains(.askingVerb),
               let mention = person(tokens[i..<end], of: passage, pronoun: pronoun) {
                asker = mention
                i = end
                continue
            }
            // "a financially troubled Texas company, Diamond Shamrock,": a name set off by commas
            // after a noun for an organisation, with its article, is the organisation's, never
            // "he" or "she". Not someone's role in it ("the head of the union, Richard Trumka,",
            // "a spokesman for the company, John Smith,"), nor the subject after an opening phrase
            // ("Noting that … opposition from the media, Schlafly put").
            if end < tokens.endIndex, tokens[end].mark == ",", i - 2 >= tokens.startIndex, tokens[i - 1].mark == ",",
               tokens[i - 2].kind == .word, !tokens[i - 2].capitalized, tokens[i - 2].wordClass.contains(.organisationWord),
               let article = tokens[max(tokens.startIndex, i - 7)..<(i - 2)].indices.reversed()
                   .prefix(while: { tokens[$0].kind == .word }).first(where: { !tokens[$0].wordClass.isDisjoint(with: [.article, .indefinite]) }),
               article == tokens.startIndex || !["of", "for", "at"].contains(where: { passage.isWord(tokens[article - 1], $0) }) {
                i = end
                continue
            }
            let opens = opensClause(tokens, at: i, in: passage) || asker != nil || isInvertedSubject(tokens, i, to: end, in: passage)
            if opens, let mention = person(tokens[i..<end], of: passage, pronoun: pronoun) {
                // "President Obama": a title makes one word a person's name.
                if TextScan.hasSpace(mention.name) || !mention.roles.isDisjoint(with: AttributionLexicon.titles) {
                    if yieldsTo(end) { return mention }
                } else if let named = roleOwned(tokens, after: end, in: passage) {
                    if let ownedEnd = SentenceSieves.phrase(tokens, from: named, in: passage),
                       let owned = person(tokens[named..<ownedEnd], of: passage, pronoun: pronoun), yieldsTo(ownedEnd) { return owned }
                } else if surname == nil, surnames(mention.name) {
                    surname = mention
                    // One word, neither a possessive ("Sanders' policy director, Warren Gunnels,")
                    // nor whose people the next word names ("Trump supporters packed the arena").
                    surnameOpens = i == tokens.startIndex && end == i + 1 && end < tokens.endIndex && !tokens[end].capitalized
                        && !["'", "\u{2019}"].contains(tokens[end].mark) && !SentenceSieves.namesPeople(tokens[end], in: passage)
                }
            } else if owners, owner == nil, opens || (i - 1 >= tokens.startIndex && passage.isWord(tokens[i - 1], "in")),
                      passage.isPossessive(tokens[end - 1]) {
                var phrase = Array(tokens[i..<end])
                phrase[phrase.count - 1] = passage.withoutPossessive(phrase[phrase.count - 1])
                if let mention = person(phrase[...], of: passage, pronoun: pronoun), TextScan.hasSpace(mention.name) || surnames(mention.name) {
                    owner = mention
                }
            }
            i = end
        }
        if pronounOpens { return nil }
        return surname ?? asker.flatMap { TextScan.hasSpace($0.name) || surnames($0.name) ? $0 : nil } ?? owner
    }

    /// "In a statement issued Tuesday morning, presidential nominee Hillary Clinton was …": the
    /// first comma of a sentence opening on a preposition closes a phrase of when or where, and
    /// the subject follows it.
    private static func closesOpeningPhrase(_ tokens: ArraySlice<Token>, comma: Int, in passage: Passage) -> Bool {
        guard tokens[comma].mark == ",", let first = tokens.firstIndex(where: { $0.sentence == tokens[comma].sentence }),
              tokens[first].wordClass.contains(.preposition) else { return false }
        return !tokens[first..<comma].contains { $0.mark == "," }
    }

    /// "The Republican vice presidential nominee was speaking Friday …, hours after Trump
    /// unleashed a flurry of tweets": a sentence opening on a person described, not named, before
    /// its verb speaks of someone named before it; a name further in is someone else. Not an
    /// organisation ("The organization has already raised …, Law said").
    private static func describesItsSubject(_ tokens: ArraySlice<Token>, in passage: Passage) -> Bool {
        // Read only after "the": most sentences open otherwise, and the check is made of every one.
        guard let first = tokens.first, first.kind == .word, first.wordClass.contains(.article),
              let (described, end) = Mention.definiteDescription(tokens, from: tokens.startIndex, in: passage), end < tokens.endIndex,
              SentenceSieves.isAgentNoun(tokens[end - 1], in: passage), !AttributionLexicon.organisationRoles.contains(described.name) else { return false }
        let next = tokens[end]
        return next.kind == .word && !next.capitalized && !next.wordClass.contains(.preposition)
    }

    /// Where the full name starts that a name ending at `end` says whose it is: "Rubio press
    /// secretary Brooke Sammon", "Clinton spokesman Brian Fallon". The one named is the subject.
    private static func roleOwned(_ tokens: ArraySlice<Token>, after end: Int, in passage: Passage) -> Int? {
        var i = end
        // A full name follows: not "Trump went after Bush", "Gowdy earlier Thursday said". A verb
        // of saying or asking between is the name's own ("Schoen told host Sean Hannity").
        while i < min(tokens.endIndex, end + 3), tokens[i].kind == .word, !tokens[i].capitalized,
              !tokens[i].isSpeechVerb, !tokens[i].wordClass.contains(.askingVerb) {
            if SentenceSieves.isAgentNoun(tokens[i], in: passage) {
                let named = i + 2 < tokens.endIndex && tokens[(i + 1)...(i + 2)].allSatisfy { $0.kind == .word && $0.capitalized }
                return named ? i + 1 : nil
            }
            i += 1
        }
        return nil
    }

    /// A word that may open a description of a person rather than their name: lower case
    /// ("front-runner"), a party ("Democratic") or a place ("Florida businessman").
    private static func isDescription(_ token: Token, in passage: Passage) -> Bool {
        guard token.kind == .word else { return false }
        if !token.capitalized { return !token.wordClass.contains(.article) }
        return token.wordClass.contains(.affiliation) || Places.names.contains(TextFold.fold(passage.text(of: token)))
    }

    /// The person a name phrase names, if the pronoun can mean them.
    private static func person(_ phrase: ArraySlice<Token>, of passage: Passage, pronoun: String) -> Mention? {
        // "CIA", "NRA": initials are an organisation's, never "he" or "she".
        guard let mention = Mention.parse(phrase, in: passage), mention.kind == .person, !QuoteFinder.isInitials(mention.name),
              !mention.name.utf8.split(separator: 0x20).contains(where: { $0.elementsEqual("and".utf8) }),
              phrase.contains(where: \.capitalized), agrees(mention.name, pronoun) else { return nil }
        return mention
    }

    /// The role a paragraph's first clause has for subject, a person described, not named: "the
    /// former Mexican president", "Instead, the Vermont senator": "the" and a role within the five
    /// words after it, after a conjunction or an opening word set off by a comma. The role in lower case.
    static func openingRole(_ passage: Passage) -> String? {
        let tokens = passage.tokens
        var i = tokens.startIndex
        if i < tokens.endIndex, tokens[i].wordClass.contains(.clauseOpener) { i += 1 }
        if i + 1 < tokens.endIndex, tokens[i].kind == .word, tokens[i + 1].mark == "," { i += 2 }
        guard i < tokens.endIndex, tokens[i].kind == .word, passage.isWord(tokens[i], "the") else { return nil }
        for j in (i + 1)..<min(tokens.endIndex, i + 6) {
            let token = tokens[j]
            guard token.kind == .word, !token.isSpeechVerb, !token.wordClass.contains(.notName) || token.wordClass.contains(.affiliation) else { return nil }
            let lower = passage.lower(of: token)
            if !token.wordClass.isDisjoint(with: [.role, .title]), !AttributionLexicon.organisationRoles.contains(lower) { return lower }
        }
        return nil
    }

    /// A subject stands at the start of its sentence or clause: after a mark ("…, campaign manager
    /// Kellyanne Conway,") or a conjunction, not after a verb or a preposition ("told Fox News’
    /// Chris Wallace", "to battle the Islamic State").
    static func opensClause(_ tokens: ArraySlice<Token>, at i: Int, in passage: Passage) -> Bool {
        guard i > tokens.startIndex else { return true }
        let before = tokens[i - 1]
        // Not after "&", which joins the names of a firm ("Moore & Van Allen").
        if before.kind == .punctuation { return before.mark != "\u{2019}" && before.mark != "'" && before.mark != "&" }
        // "“What we should avoid today is …,” Steinmeier told Bild": after a quotation, its speaker.
        if case .quote = before.kind { return true }
        return before.kind == .word && before.wordClass.contains(.clauseOpener)
    }

    /// "…, said Wilcox, an Orlando Republican": a verb of saying put after what was said stands
    /// before its subject, which ends the clause or goes on with a preposition ("said Larry Levitt
    /// of the nonpartisan Kaiser Family Foundation"). "Clinton, campaigning in Wisconsin, said
    /// Trump is …" names the one spoken of.
    private static func isInvertedSubject(_ tokens: ArraySlice<Token>, _ i: Int, to end: Int, in passage: Passage) -> Bool {
        guard i - 2 >= tokens.startIndex, tokens[i - 2].kind != .word, tokens[i - 1].kind == .word,
              tokens[i - 1].wordClass.contains(.subjectAfterVerb) else { return false }
        // The phrase may run on through lower-case words a name can hold ("of the"): the name
        // ends at its last capitalised word.
        var after = end
        while after - 1 > i, !tokens[after - 1].capitalized { after -= 1 }
        return after == tokens.endIndex || tokens[after].kind == .punctuation
            || tokens[after].wordClass.contains(.preposition)
    }

    /// Whether a name can be meant by the pronoun: "He" is not Barbara Bush. A name of one word
    /// is read as a surname, which tells nothing: "Bradley criticized … She also argued".
    static func agrees(_ name: String, _ pronoun: String) -> Bool {
        guard TextScan.hasSpace(name), let first = name.spaceSeparated().first.map({ TextFold.fold($0) }) else { return true }
        switch pronoun {
        case "he": return !FirstNames.female.contains(first)
        case "she": return !FirstNames.male.contains(first)
        default: return true
        }
    }

    /// Titles that tell a person's sex, as the pronoun `agrees` reads: "Mrs. Bush" is a "she".
    static let titleSexes: [String: String] = ["mr.": "he", "mr": "he", "mrs.": "she", "mrs": "she", "ms.": "she", "ms": "she", "miss": "she"]

    /// How far back the text is searched for a surname's full name, in bytes.
    static let fullNameReach = 20_000

    /// How far before a quotation the text is read for the role it gave someone: a few
    /// paragraphs, where "the spokesman said" finds whom it means.
    static let roleReach = 4_000

    /// Whether the text before `end` gives the person of `name` (a surname, or a full name where
    /// others share the surname) one of `roles`: before the name, with only capitalised words
    /// between ("Obama adviser David Axelrod", "campaign manager, David Plouffe"), but not in a
    /// headline, where the role is capitalised as every word is ("Former Clinton Pollster Slams
    /// Clinton"); or after it, in an apposition set off by a comma ("Hope Hicks, a spokeswoman for
    /// the Trump campaign", "Brian Fallon, chief spokesman for the campaign"), not past its
    /// closing comma ("Donald Trump, a New York billionaire, mocked the columnist") nor in a clause
    /// of its own ("her husband, Tom, were greeted by an organizer", "Donald Trump, who fired his
    /// spokesman"). Not "Trump’s campaign manager" nor "a spokesman for Trump", whose role is
    /// someone else's.
    static func givesRole(_ roles: [String], to name: String, in bytes: [UInt8], before end: Int) -> Bool {
        let window = bytes[max(0, end - roleReach)..<end]
        let roleRanges = roles.flatMap { wholeWords(Array($0.utf8), in: window, anyCase: true) }
        guard !roleRanges.isEmpty else { return false }
        for named in wholeWords(Array(name.utf8), in: window, anyCase: false) {
            for role in roleRanges {
                if role.upperBound <= named.lowerBound, named.lowerBound - role.upperBound <= 40 {
                    let between = window[role.upperBound..<named.lowerBound]
                    if !between.contains(0x0A), between.split(separator: 0x20).allSatisfy({ word in
                        word.first == UInt8(ascii: ",") || String(decoding: word, as: UTF8.self).first?.isUppercase == true
                    }), !(0x41...0x5A).contains(window[role.lowerBound]) || !isTitleCaseLine(around: role.lowerBound, in: window) { return true }
                } else if named.upperBound <= role.lowerBound, role.lowerBound - named.upperBound <= 40 {
                    let between = window[named.upperBound..<role.lowerBound]
                    guard between.first == UInt8(ascii: ","), !between.dropFirst().contains(where: { $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == UInt8(ascii: ".") })
                    else { continue }
                    guard let opening = between.dropFirst().split(separator: 0x20).first.map({ String(decoding: $0, as: UTF8.self) }) else { return true }
                    let lower = opening.lowercased()
                    if opening.first?.isUppercase == true || AttributionLexicon.appositionOpenings.contains(lower) || roles.contains(lower) { return true }
                }
            }
        }
        return false
    }

    /// Whether the line of `window` holding position `i` is written in title case, as a headline.
    private static func isTitleCaseLine(around i: Int, in window: ArraySlice<UInt8>) -> Bool {
        let start = window[..<i].lastIndex(of: 0x0A).map { $0 + 1 } ?? window.startIndex
        let end = window[i...].firstIndex(of: 0x0A) ?? window.endIndex
        return LineShape.isTitleCase(String(decoding: window[start..<end], as: UTF8.self))
    }

    /// Whether the text before `end` (as far back as `fullNameReach`) writes the name ending on
    /// `surname` right after `owner` and a comma or its possessive: "the Foreign Minister of NATO
    /// member Germany, Frank-Walter Steinmeier", "Germany’s Frank-Walter Steinmeier". The text
    /// then says the person is the owner's. The name is up to three capitalised words.
    static func namesAsOwners(_ surname: String, _ owner: String, in bytes: [UInt8], before end: Int) -> Bool {
        let text = bytes[max(0, end - fullNameReach)..<end]
        let owner = Array(owner.utf8)
        guard let head = owner.first else { return false }
        var i = text.startIndex
        while i + owner.count < text.endIndex {
            defer { i += 1 }
            guard text[i] == head, i == text.startIndex || !isLetter(text[i - 1]), text[i..<(i + owner.count)].elementsEqual(owner) else { continue }
            // The owner's word: "Germany," or "Germany’s", the possessive measured as everywhere.
            let word = text[i...].prefix { $0 != 0x20 && $0 != 0x0A }
            let joined = word.count == owner.count + 1 && word.last == UInt8(ascii: ",")
                || Passage.apostropheSLength(word) == word.count - owner.count && word.count > owner.count
            guard joined, word.endIndex < text.endIndex, text[word.endIndex] == 0x20 else { continue }
            for name in text[(word.endIndex + 1)...].prefix(80).split(separator: 0x20, maxSplits: 3).prefix(3) {
                guard let first = name.first, (0x41...0x5A).contains(first) else { break }
                let letters = name.prefix { isLetter($0) || $0 == UInt8(ascii: "-") }
                if letters.elementsEqual(surname.utf8) { return true }
                guard letters.count == name.count else { break }
            }
        }
        return false
    }

    /// The ranges of `word` standing whole in `text`, letters in any case with `anyCase` (the
    /// lists are lower-case ASCII).
    private static func wholeWords(_ word: [UInt8], in text: ArraySlice<UInt8>, anyCase: Bool) -> [Range<Int>] {
        guard let head = word.first, text.count >= word.count else { return [] }
        var found: [Range<Int>] = []
        var i = text.startIndex
        while i + word.count <= text.endIndex {
            defer { i += 1 }
            guard text[i] == head || anyCase && text[i] | 0x20 == head else { continue }
            guard zip(text[i..<(i + word.count)], word).allSatisfy({ $0 == $1 || anyCase && $0 | 0x20 == $1 }) else { continue }
            let after = i + word.count
            if i > text.startIndex, isLetter(text[i - 1]) { continue }
            if after < text.endIndex, isLetter(text[after]) { continue }
            found.append(i..<after)
        }
        return found
    }

    /// Whether the text before `end` writes `name` as part of a full name: after a capitalised
    /// word or an initial ("Secretary of State Rex Tillerson … Tillerson tied the new policy…",
    /// "David J. Toscano … Toscano said"), or before a capitalised word, as a first name is
    /// ("Kevin Palau … Kevin, president of Luis Palau Ministries, said").
    static func isNamedInFull(_ name: String, in bytes: [UInt8], before end: Int) -> Bool {
        let word = Array(name.utf8)
        guard !word.isEmpty else { return false }
        let floor = max(0, end - fullNameReach)
        var i = floor
        while i + word.count <= end {
            // The next place the first letter stands, found by memchr.
            let next: Int? = bytes.withUnsafeBufferPointer { buffer in
                memchr(buffer.baseAddress! + i, Int32(word[0]), end - word.count + 1 - i).map { buffer.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
            guard let next else { return false }
            i = next
            let after = i + word.count
            if i == floor || !letterEnds(before: i, in: bytes), bytes[i..<after].elementsEqual(word),
               after == end || !letterStarts(at: after, in: bytes, end: end) {
                // The word before, on the same line, across one space of any kind: back to its
                // first letter, which must be a capital.
                let gap = i > floor ? Whitespace.widthEnding(bytes, at: i, start: floor) : 0
                if gap > 0, i - gap - 1 >= floor {
                    var j = i - gap - 1
                    if bytes[j] == UInt8(ascii: "."), j > floor { j -= 1 }
                    let last = j
                    while j > floor, letterEnds(before: j, in: bytes) { j -= 1 }
                    if isLetter(bytes[last]), (0x41...0x5A).contains(bytes[j]) { return true }
                }
                // The word after: a capital after one space, not a day ("Super Tuesday"), nor a verb
                // a title gives a capital ("Guns Are ‘The Ultimate Public Health Crisis’").
                let space = after < end ? Whitespace.width(bytes, at: after, end: end) : 0
                if space > 0, after + space < end, (0x41...0x5A).contains(bytes[after + space]) {
                    var k = after + space
                    while k < end, isLetter(bytes[k]) { k += 1 }
                    let next = TextFold.fold(String(decoding: bytes[(after + space)..<k], as: UTF8.self))
                    if !AttributionLexicon.calendar.contains(next), !AttributionLexicon.progressive.contains(next),
                       !AttributionLexicon.auxiliaries.contains(next) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// Whether a letter starts at byte i: "Ellison—a favorite" ends the name at the dash.
    private static func letterStarts(at i: Int, in bytes: [UInt8], end: Int) -> Bool {
        guard bytes[i] >= 0x80 else { return isLetter(bytes[i]) }
        return bytes.withUnsafeBufferPointer { ScalarClass.isLetter(UTF8Scalars.scalar($0, at: i, end: end).scalar) }
    }

    /// An ASCII letter, or any byte of a non-ASCII character (accented names).
    static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80 }

    /// Whether the word going on at position i goes on: a letter's byte, and not the apostrophe
    /// of a possessive, whose bytes `isLetter` takes for a letter's ("Donald Trump’s recent gains"
    /// writes the name "Trump"); one before a capital is inside a name ("O’Malley").
    static func wordGoesOn<Bytes: RandomAccessCollection<UInt8>>(at i: Int, in bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard i < bytes.endIndex, isLetter(bytes[i]) else { return false }
        // Most letters are ASCII: the apostrophe's bytes are compared only after its first.
        guard bytes[i] == Passage.rightApostrophe[0], bytes[i...].starts(with: Passage.rightApostrophe) else { return true }
        let next = i + Passage.rightApostrophe.count
        return next < bytes.endIndex && (0x41...0x5A).contains(bytes[next])
    }

    /// Whether the byte before position i is part of a letter, read backwards. `isLetter` takes
    /// every byte above ASCII for a letter's, and a no-break space's last byte is one: scraped
    /// text writes "nominee Donald Trump" with one (`Whitespace`), which must end the word before
    /// "Donald" as a space does.
    static func letterEnds<Bytes: RandomAccessCollection<UInt8>>(before i: Int, in bytes: Bytes) -> Bool where Bytes.Index == Int {
        let b = bytes[i - 1]
        return b < 0x80 ? isLetter(b) : Whitespace.widthEnding(bytes, at: i, start: max(0, i - 3)) == 0
    }

    /// Words that make a title another one: "Vice President Joe Biden" is not "the president".
    static let titleQualifiers: Set<String> = ["vice", "deputy", "prime", "former", "ex", "assistant", "acting", "associate"]

    /// The name the text last wrote after `title` capitalised ("Pope Francis", "Senator Ben
    /// Cardin"): one to three capitalised words, before `end`. `qualifier` is the word the
    /// mention puts before the title ("former" in "the former president"), if one of
    /// `titleQualifiers`: the text's must be the same.
    static func titled(_ title: String, qualifier: String?, in bytes: [UInt8], before end: Int) -> String? {
        var word = Array(title.utf8)
        guard let first = word.first, (0x61...0x7A).contains(first) else { return nil }
        word[0] = first - 0x20
        let floor = max(0, end - fullNameReach)
        var i = end - word.count - 2
        while i >= floor {
            if bytes[i] == word[0], i == floor || !letterEnds(before: i, in: bytes), bytes[i..<(i + word.count)].elementsEqual(word),
               bytes[i + word.count] == 0x20, wordBefore(i, in: bytes, floor: floor) == qualifier {
                var names: [String] = []
                var j = i + word.count
                while names.count < 3, j < end, bytes[j] == 0x20, j + 1 < end, (0x41...0x5A).contains(bytes[j + 1]) {
                    var k = j + 1
                    while k < end, wordGoesOn(at: k, in: bytes) || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "-") { k += 1 }
                    names.append(String(decoding: bytes[(j + 1)..<k], as: UTF8.self))
                    j = k
                }
                // A possessive or a trailing full stop ends the name, and is not part of it.
                if let last = names.last, last.hasSuffix(".") { names[names.count - 1] = String(last.dropLast()) }
                if !names.isEmpty, !names.contains(where: \.isEmpty) { return names.joined(separator: " ") }
            }
            i -= 1
        }
        return nil
    }

    /// The surnames the text writes after `first` ("Kevin Palau", "Luis Palau Ministries" gives
    /// "Palau"): the capitalised word after it and one space, or after a middle initial, wherever
    /// it stands in `range` (the whole text unless given); else the one after the first names
    /// listed with it ("Kevin, Andrew, and Luis Palau"), which a surname written right after it
    /// overrides. None when the text also writes it after a capitalised word that may be a name,
    /// as a surname ("Megyn Kelly Is No Different").
    static func surnames(after first: String, in bytes: [UInt8], within range: Range<Int>? = nil) -> Set<String> {
        let word = Array(first.utf8)
        guard let head = word.first else { return [] }
        let range = range ?? 0..<bytes.count
        var found: Set<String> = []
        var listed: Set<String> = []
        return bytes.withUnsafeBufferPointer { buffer in
            var i = range.lowerBound
            // Each place the first letter stands, found by memchr.
            while i + word.count + 2 < range.upperBound, let hit = memchr(buffer.baseAddress! + i, Int32(head), range.upperBound - i - word.count - 2) {
                i = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var after = i + word.count
                guard i == 0 || !isLetter(buffer[i - 1]), buffer[i..<after].elementsEqual(word) else { i += 1; continue }
                if !wordGoesOn(at: after, in: buffer), nameWordEnds(before: i, in: bytes) { return [] }
                let list = endOfFirstNamesListed(after: after, in: buffer)
                if let list { after = list }
                if after + 1 < buffer.count, buffer[after] == 0x20, (0x41...0x5A).contains(buffer[after + 1]) {
                    var start = after + 1
                    // A middle initial stands before the surname: "Donald J. Trump".
                    if start + 3 < buffer.count, buffer[start + 1] == UInt8(ascii: "."), buffer[start + 2] == 0x20,
                       (0x41...0x5A).contains(buffer[start + 3]) { start += 3 }
                    var k = start
                    while wordGoesOn(at: k, in: buffer) || k < buffer.count && buffer[k] == UInt8(ascii: "-") { k += 1 }
                    let surname = String(decoding: buffer[start..<k], as: UTF8.self)
                    if list == nil { found.insert(surname) } else { listed.insert(surname) }
                    i = k
                } else {
                    i += 1
                }
            }
            return found.isEmpty ? listed : found
        }
    }

    /// "Kevin, Andrew, and Luis Palau": where the first names listed after the one ending at
    /// `after` end, the last joined by "and", before the surname they share; nil when no such
    /// list follows. The list must go on with a comma: "between Hillary and Donald Trump" joins
    /// two people, whose surnames differ.
    private static func endOfFirstNamesListed(after: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = after
        for _ in 0..<3 {
            let joins = (i == after ? [", and ", ", "] : [", and ", " and ", ", "]).first { buffer[i...].starts(with: $0.utf8) }
            guard let joins else { return nil }
            i += joins.utf8.count
            var end = i
            while wordGoesOn(at: end, in: buffer) || end < buffer.count && buffer[end] == UInt8(ascii: "-") && wordGoesOn(at: end + 1, in: buffer) { end += 1 }
            guard end > i, FirstNamePlaces.firstName(before: end, in: buffer) != nil else { return nil }
            i = end
            if joins != ", " { return i }
        }
        return nil
    }

    /// Where the text writes each surname one space after a first name ("Hillary Clinton"), in
    /// order, with that first name, kept per surname. The first few surnames asked are found by a
    /// pass over the text for each (memchr to its first letter, cheap for an article that quotes
    /// one or two); past `scansBeforeIndex` one pass indexes every capitalised word after a first
    /// name: a pass for each of hundreds of surnames, asked by each quotation, had made a 200 MB
    /// article of "he said" take 346 s.
    final class FirstNamePlaces {
        private let bytes: [UInt8]
        /// Where a surname stands, the first name before it, and whether that full name opens its
        /// sentence, as a subject does ("Bill Clinton spoke with voters …", not "the daughter of
        /// … Hillary Clinton").
        typealias Place = (at: Int, first: String, opensSentence: Bool)
        private var bySurname: [String: [Place]] = [:]
        private var index: [String: [Place]]?
        static let scansBeforeIndex = 8

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func of(_ surname: String) -> [Place] {
            if let known = bySurname[surname] { return known }
            let places: [Place]
            if bySurname.count < Self.scansBeforeIndex {
                places = Self.scan(for: surname, in: bytes, within: 0..<bytes.count)
            } else {
                if index == nil { index = Self.indexed(bytes) }
                let word = Array(surname.utf8)
                // The word as the index read it.
                let letters = String(decoding: word.prefix(word.indices.first { !PersonMentions.wordGoesOn(at: $0, in: word) } ?? word.count), as: UTF8.self)
                places = bytes.withUnsafeBufferPointer { buffer in (index?[letters] ?? []).filter { Self.word(word, standsAt: $0.at, in: buffer) } }
            }
            bySurname[surname] = places
            return places
        }

        /// Whether bytes `range` give `surname` after a first name ("Ohio Gov. John Kasich …
        /// Kasich resisted:"): a reader knows the person from there on.
        static func writesAfterFirstName(_ surname: String, in bytes: [UInt8], within range: Range<Int>) -> Bool {
            !scan(for: surname, in: bytes, within: range).isEmpty
        }

        /// The places of one surname in bytes `range`: each place its first letter stands, found by memchr.
        private static func scan(for surname: String, in bytes: [UInt8], within range: Range<Int>) -> [Place] {
            let word = Array(surname.utf8)
            guard let head = word.first else { return [] }
            var found: [Place] = []
            bytes.withUnsafeBufferPointer { whole in
                let buffer = UnsafeBufferPointer(rebasing: whole[..<range.upperBound])
                var i = range.lowerBound
                while i + word.count <= buffer.count, let hit = memchr(buffer.baseAddress! + i, Int32(head), buffer.count - i) {
                    i = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard i >= 3, Self.word(word, standsAt: i, in: buffer), case let gap = space(before: i, in: buffer), gap > 0,
                          PersonMentions.isLetter(buffer[i - gap - 1]) else { i += 1; continue }
                    if let first = firstName(before: i - gap, in: buffer) { found.append((i, first, opensSentence(i - gap - first.utf8.count, in: buffer))) }
                    i += word.count
                }
            }
            return found
        }

        /// The places of every capitalised word after a first name, by the word's letters, in one
        /// pass; a word in lower case, no surname, is passed over whole, unread.
        private static func indexed(_ bytes: [UInt8]) -> [String: [Place]] {
            var byWord: [String: [Place]] = [:]
            bytes.withUnsafeBufferPointer { buffer in
                var i = 3
                while i < buffer.count {
                    guard PersonMentions.isLetter(buffer[i]), case let gap = space(before: i, in: buffer), gap > 0,
                          PersonMentions.isLetter(buffer[i - gap - 1]) else { i += 1; continue }
                    var end = i
                    while PersonMentions.wordGoesOn(at: end, in: buffer) { end += 1 }
                    if (0x41...0x5A).contains(buffer[i]) || buffer[i] >= 0x80, let first = firstName(before: i - gap, in: buffer) {
                        byWord[String(decoding: buffer[i..<end], as: UTF8.self), default: []].append((i, first, opensSentence(i - gap - first.utf8.count, in: buffer)))
                    }
                    // An apostrophe opening a word ("talking back at ’em") is a letter's byte
                    // that goes on no word: the scan steps past it rather than stand there.
                    i = max(end, i + 1)
                }
            }
            return byWord
        }

        /// Whether `word` is written at `i` whole: no letter goes on after it.
        private static func word(_ word: [UInt8], standsAt i: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            let after = i + word.count
            return after <= buffer.count && buffer[i..<after].elementsEqual(word) && !PersonMentions.wordGoesOn(at: after, in: buffer)
        }

        /// Whether the name whose first name is at `start` opens a sentence, titles before it
        /// included ("Former President Bill Clinton campaigned"): the text's or a line's start, an
        /// opening bracket ("(John Schlafly defended his mother"), or after a sentence's end, a
        /// closing mark after it too (".” Bill Clinton"). A title's stop ends no sentence ("the
        /// grandnephew of Sen. Ted Kennedy").
        private static func opensSentence(_ start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            var start = start
            while true {
                guard start > 0, buffer[start - 1] != 0x0A, buffer[start - 1] != UInt8(ascii: "(") else { return true }
                guard start >= 2, buffer[start - 1] == 0x20 else { return false }
                // The word before, and whether it ends on a stop.
                var k = start - 2
                while k > 0, [0x22, 0x27].contains(buffer[k]) || k >= 2 && buffer[k - 2] == 0xE2 && buffer[k - 1] == 0x80 && [0x9D, 0x99].contains(buffer[k]) {
                    k -= buffer[k] < 0x80 ? 1 : 3
                }
                let ends = [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(buffer[k])
                var wordStart = k
                while wordStart > 0, buffer[wordStart - 1] != 0x20, buffer[wordStart - 1] != 0x0A { wordStart -= 1 }
                let capitalised = (0x41...0x5A).contains(buffer[wordStart])
                // "Sen.", "Gov.", "U.S.": a short capitalised word with a stop is a title's.
                let abbreviation = capitalised && buffer[k] == UInt8(ascii: ".") && k - wordStart <= 4
                if ends && !abbreviation { return true }
                guard capitalised else { return false }
                start = wordStart
            }
        }

        /// The space between a first name and the word at `i`: a space, or a no-break space
        /// ("Hugh\u{A0}Hewitt"), in bytes; 0 when there is none.
        private static func space(before i: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
            buffer[i - 1] == 0x20 ? 1 : buffer[i - 1] == 0xA0 && buffer[i - 2] == 0xC2 ? 2 : 0
        }

        /// The first name ending at position `end`: capitalised, and one of its parts listed
        /// (`FirstNames`), for it may be joined ("Frank-Walter Steinmeier").
        static func firstName(before end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> String? {
            var j = end - 1
            while j > 0, PersonMentions.letterEnds(before: j, in: buffer) || buffer[j - 1] == UInt8(ascii: "-") && j >= 2 && PersonMentions.isLetter(buffer[j - 2]) { j -= 1 }
            guard (0x41...0x5A).contains(buffer[j]) else { return nil }
            let first = String(decoding: buffer[j..<end], as: UTF8.self)
            let folded = TextFold.fold(first)
            // Split only when joined: a Character split costs more than the rest of the question.
            guard folded.utf8.contains(UInt8(ascii: "-")) else { return FirstNames.contains(folded) ? first : nil }
            return folded.split(separator: "-").contains(where: { FirstNames.contains(String($0)) }) ? first : nil
        }
    }

    /// Whether a capitalised word of two letters or more that may be a name ends one space before
    /// position i; a word that is never one opens a sentence there ("In Donald Trump’s world",
    /// "When Donald …").
    private static func nameWordEnds(before i: Int, in bytes: [UInt8]) -> Bool {
        guard i >= 3, bytes[i - 1] == 0x20, isLetter(bytes[i - 2]) else { return false }
        var j = i - 2
        while j > 0, letterEnds(before: j, in: bytes) { j -= 1 }
        guard (0x41...0x5A).contains(bytes[j]), i - 1 - j >= 2 else { return false }
        return !AttributionLexicon.notNames.contains(String(decoding: bytes[j..<(i - 1)], as: UTF8.self).lowercased())
    }

    /// The qualifier standing before position i, folded, if the word there is one.
    private static func wordBefore(_ i: Int, in bytes: [UInt8], floor: Int) -> String? {
        guard i - 1 > floor, bytes[i - 1] == 0x20 else { return nil }
        var j = i - 1
        while j > floor, letterEnds(before: j, in: bytes) { j -= 1 }
        let word = TextFold.fold(String(decoding: bytes[j..<(i - 1)], as: UTF8.self))
        return titleQualifiers.contains(word) ? word : nil
    }
}
