/// Who a phrase names. "Russian Defense Ministry spokesman Major General Igor Konashenko" names
/// the person Igor Konashenko, who is a spokesman, a major and a general; "the general" names
/// whoever the article last quoted as a general; "Russian Ministry of Defense" is an organisation.
struct Mention: Equatable {
    /// `description`: words that describe a speaker, or the document that speaks, without a listed
    /// role ("the gambling tycoon", "the lawsuit"), kept as the text says them; only a few rules
    /// tell the person of them (`QuoteFinder`).
    enum Kind: Equatable { case person, organisation, pronoun, role, description }

    var kind: Kind
    /// The name without titles; for a role or a pronoun, the noun or pronoun itself.
    var name: String
    var roles: Set<String>
    /// The words as the text has them.
    var text: String

    /// Read from the words as written too: "The Hill" is named "Hill".
    var isOutlet: Bool { AttributionLexicon.outlets.contains(TextFold.fold(name)) || AttributionLexicon.outlets.contains(TextFold.fold(text)) }

    /// "a former senior law enforcement official": someone the text introduces without naming.
    var isIndefinite: Bool {
        text.split(separator: " ", maxSplits: 1).first.map { AttributionLexicon.indefinites.contains($0.lowercased()) } ?? false
    }

    /// "the ad’s narrator", "his colleague": someone described by whose they are, who is someone
    /// else than the one they belong to.
    var isOwned: Bool {
        text.spaceSeparated().dropLast().contains { word in
            AttributionLexicon.possessiveDeterminers.contains(word.lowercased()) || Passage.apostropheSLength(word.utf8) > 0
        }
    }

    /// The word whose possessive the description's words hold, without its "’s": "senator" of
    /// "the Texas senator’s campaign manager", "Germany" of "Germany’s top diplomat".
    var possessor: String? {
        guard let word = text.spaceSeparated().first(where: { Passage.apostropheSLength($0.utf8) > 0 }) else { return nil }
        return String(decoding: word.utf8.dropLast(Passage.apostropheSLength(word.utf8)), as: UTF8.self)
    }

    /// "the crowd", "the two lawmakers", "the team": a description of more than one person, whose
    /// words are no one's of those quoted around them.
    var describesMany: Bool {
        kind == .description && (AttributionLexicon.crowds.contains(name) || AttributionLexicon.groupNouns.contains(name) || Self.isPlural(name))
    }

    /// "the gambling tycoon", "the real estate developer": one person described by what they do,
    /// which news writes for someone it has just named. Not whose they are ("his colleague", "the
    /// grieving mother"), not people the text may never name ("the source", "the woman"), not an
    /// organisation or a document.
    var describesOneByOccupation: Bool {
        kind == .description && !isOwned && !describesMany && SentenceSieves.isOccupation(name) && !AttributionLexicon.relations.contains(name)
            && !AttributionLexicon.describedPeople.contains(name) && !AttributionLexicon.organisationWords.contains(name)
            && !AttributionLexicon.documents.contains(name) && !AttributionLexicon.organisationRoles.contains(name)
    }

    /// The words as the reader is shown them, without the word joining their clause to the one
    /// before, which the rules read the phrase with: "Donald Trump" of "… and Donald Trump says".
    static func shown(_ text: String) -> String {
        guard let space = text.utf8.firstIndex(of: 0x20), case let first = text[..<space],
              AttributionLexicon.coordinators.contains(where: { first == $0 }) else { return text }
        return String(text[text.utf8.index(after: space)...])
    }

    typealias Token = Passage.Token

    /// Whether words are a person's full name: a listed first name and a surname after it, or two
    /// words or more after a title ("Archbishop Aris Shirvanian", whose first name no list holds).
    static func isFullName(_ words: [Token], in passage: Passage) -> Bool {
        guard let given = words.firstIndex(where: { !$0.wordClass.contains(.title) }), given + 1 < words.count else { return false }
        return given > 0 || FirstNames.contains(passage.lower(of: words[given]))
    }

    /// Parses the tokens of a noun phrase of `passage`; nil when they name no one.
    static func parse(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        // Positions of the words; punctuation (the full stop of "Gen.") is kept only in the surface.
        var words = tokens.indices.filter { tokens[$0].kind == .word }
        guard let only = words.first else { return nil }
        if words.count == 1, tokens[only].wordClass.contains(.personPronoun) {
            // "He’s" is "he".
            return Mention(kind: .pronoun, name: passage.lower(of: passage.withoutPossessive(tokens[only])), roles: [], text: surface(tokens, in: passage))
        }
        if tokens[only].wordClass.contains(.article) { words.removeFirst() }
        // "said Timmermans Friday": a day after a name says when, and is no part of it.
        while words.count > 1, let day = words.last, tokens[day].wordClass.contains(.calendar) { words.removeLast() }
        guard let last = words.last else { return nil }
        // "Sources say", "Officials said": a group noun opening a sentence is no name.
        if words.count == 1, tokens[last].wordClass.contains(.group) { return nil }
        if !words.contains(where: { tokens[$0].capitalized }) {
            guard tokens[last].wordClass.contains(.role) else { return nil }
            let role = passage.lower(of: tokens[last])
            return Mention(kind: .role, name: role, roles: [role], text: surface(tokens, in: passage))
        }
        // "Phil Musser of the firm IMGE", "Archbishop Aris Shirvanian of the Armenian Patriarchate
        // of Jerusalem": after a person's full name, "of" and words in lower case, or "the" and
        // a name, saying where they work are no part of the name (nor is what follows, read
        // below when in capitals: "Jeff Collins of Rocky Mount"). "Mr. Nevins of Showtime": nor
        // after a courtesy title and a surname, where the name after "of" is capitalised.
        if let of = words.firstIndex(where: { passage.isWord(tokens[$0], "of") }), of >= 2,
           case let courtesy = of == 2 && of + 1 < words.count && AttributionLexicon.courtesyTitles.contains(passage.lower(of: tokens[words[0]])),
           courtesy || words[(of + 1)...].contains(where: { !tokens[$0].capitalized && !tokens[$0].wordClass.contains(.article) })
            || of + 2 < words.count && tokens[words[of + 1]].wordClass.contains(.article) && tokens[words[of + 2]].capitalized,
           words[..<of].allSatisfy({ tokens[$0].capitalized && !tokens[$0].wordClass.contains(.organisationWord) }),
           courtesy || isFullName(words[..<of].map { tokens[$0] }, in: passage) {
            words.removeSubrange(of...)
        }
        // The name is the run of capitalised words at the end, after the last title.
        var start = words.count
        var k = words.count - 1
        // "As Page told Strzok": a capitalised word that names no one ends the phrase, and the
        // words the text used for the speaker start after it.
        var phrase = tokens.startIndex
        while k >= 0 {
            let word = tokens[words[k]]
            if word.capitalized {
                // "the Republican National Committee", "the Democratic Party of Virginia": a party's
                // word is part of an organisation's name, where it only describes a person ("the
                // Republican nominee") and names no one alone.
                if word.wordClass.contains(.notName),
                   !word.wordClass.contains(.affiliation) || !words[(k + 1)...].contains(where: { tokens[$0].wordClass.contains(.organisationWord) }) {
                    phrase = words[k] + 1
                    break
                }
                if start < words.count, isTitle(word) {
                    // "Secretary of State Rex Tillerson": the title's own "of State" is not the name,
                    // nor "of the House" ("Speaker of the House Newt Gingrich"). The person's name
                    // starts at a first name where one follows ("Director of National Intelligence
                    // James Clapper").
                    if k + 2 < words.count, tokens[words[k + 1]].wordClass.contains(.nameConnector) {
                        var object = k + 2
                        if tokens[words[object]].wordClass.contains(.article) { object += 1 }
                        // The nearest listed first name before the surname ("Mayor of San Antonio
                        // Ron Nirenberg"), else the last two words, a first name and a surname
                        // ("Director of the Office of Management and Budget Mick Mulvaney"); never
                        // the object's first word, nor a word in lower case.
                        let isFirstName = { (w: Int) in FirstNames.contains(passage.lower(of: tokens[words[w]])) }
                        var name = ((object + 1)..<max(object + 1, words.count - 1)).last(where: isFirstName) ?? max(object + 1, words.count - 2)
                        while name < words.count, !tokens[words[name]].capitalized { name += 1 }
                        start = max(start, name)
                    }
                    break
                }
                start = k
            } else if word.wordClass.contains(.article), start == k + 1, k > 1,
                      passage.isWord(tokens[words[k - 1]], "of"), tokens[words[k - 2]].capitalized {
                // "… of the Galen Institute": "the" after "of" stays inside the name.
                start = k
            } else if passage.isWord(word, "of"), start == k + 1, k > 0, !tokens[words[k - 1]].capitalized,
                      !tokens[words[k - 1]].wordClass.isDisjoint(with: [.title, .role]) {
                // "The former secretary of State": the words after "of" finish the title, and
                // name no one.
                start = words.count
                break
            } else if !(start == k + 1 && start < words.count && k > 0 && tokens[words[k - 1]].capitalized
                        && (word.wordClass.contains(.nameConnector) || joinsOrganisation(word, after: tokens[words[k - 1]], in: passage) && words.count - start >= 2)) {
                break
            }
            k -= 1
        }
        // "Kremlin sources", "FBI officials", "the Trump transition team": a group speaking as
        // one, named with what it belongs to or whose it is.
        if start == words.count, words.count >= 2, tokens[last].wordClass.contains(.group) {
            var first = words.count - 1
            // A title is no part of it: "New Hampshire Sen. Kelly Ayotte’s campaign" is Kelly Ayotte's.
            while first > 0, tokens[words[first - 1]].capitalized || tokens[words[first - 1]].wordClass.contains(.group),
                  tokens[words[first - 1]].wordClass.isDisjoint(with: [.notName, .titled]) { first -= 1 }
            guard words[first...].contains(where: { tokens[$0].capitalized }) else { return nil }
            return Mention(kind: .organisation, name: surface(tokens[words[first]...last], in: passage), roles: [],
                           text: surface(tokens[phrase...], in: passage))
        }
        // "the Florida senator", "the Republican nominee": a state or a party before a role says
        // which one it is; the role is still who speaks.
        if start == words.count, let role = qualifiedRole(tokens, words: words, in: passage) { return role }
        guard start < words.count else { return nil }
        var nameTokens = tokens[words[start]...words[words.count - 1]]
        // "Mrs. Reagan’s friend said": a possessive name modifies the speaker, it is not one; a
        // person's name after it is ("Commentary’s Noah Rothman tweeted"), which a headline's
        // capitals are not ("EU Commissioner’s Dire Warning:").
        // After an outlet's or an organisation's possessive, two capitalised words are its
        // reporter or officer ("NPR’s Joel Rose reported").
        if let possessive = nameTokens.lastIndex(where: passage.isPossessive) {
            let after = nameTokens[(possessive + 1)...]
            let owner = passage.withoutPossessive(nameTokens[possessive])
            let ownerName = { TextFold.fold(surface(nameTokens[..<possessive] + [owner], in: passage)) }
            let ownerIsOrganisation = AttributionLexicon.organisationWords.contains(passage.lower(of: owner))
                || AttributionLexicon.outlets.contains(ownerName())
            // After a place's, someone from there or an organisation of it: "North Carolina’s Ada
            // Fisher", "Iowa’s Des Moines Register".
            guard let first = after.first, after.count >= 2, after.allSatisfy({ $0.kind != .word || $0.capitalized }),
                  ownerIsOrganisation || FirstNames.contains(passage.lower(of: first)) || Places.names.contains(ownerName()) else { return nil }
            nameTokens = after
        }
        let roles = Set(words[..<start].flatMap { titleParts(tokens[$0], in: passage) }.filter {
            AttributionLexicon.titles.contains($0) || AttributionLexicon.roles.contains($0)
        })
        // "The Senator said": a title alone is a role, resolved to whoever holds it; not after
        // "Mr." or "Ms.", which only a name follows ("Mr. King said" is no king).
        let afterHonorific = start > 0 && CommentLexicon.honorifics.contains(passage.lower(of: tokens[words[start - 1]]))
        // A title that is also a surname, capitalised alone with no article, is the surname when
        // the text gave it after a first name: "“…,” King said" after "Congressman Pete King",
        // not after "Saudi Arabia’s King Salman".
        let aloneAsName = words.count == 1 && !tokens[only].wordClass.contains(.article) && tokens[last].capitalized
            && AttributionLexicon.titleSurnames.contains(passage.lower(of: tokens[last]))
            && passage.writesAfterFirstName(passage.text(of: tokens[last]), before: tokens[last].utf8.lowerBound)
        if !afterHonorific, !aloneAsName, nameTokens.allSatisfy({ $0.kind != .word || !$0.wordClass.isDisjoint(with: [.titled, .role]) }) {
            let lower = passage.lower(of: tokens[last])
            let role = AttributionLexicon.titleAbbreviations[lower] ?? lower
            return Mention(kind: .role, name: role, roles: [role], text: surface(tokens, in: passage))
        }
        // "Pollster Ann Selzer", "Consultant Frank Luntz": a noun for what someone does opening a
        // sentence before a first name is no part of the name.
        let nameWords = nameTokens.indices.filter { nameTokens[$0].kind == .word }
        if nameWords.count >= 3, SentenceSieves.isOccupation(passage.lower(of: nameTokens[nameWords[0]])),
           FirstNames.contains(passage.lower(of: nameTokens[nameWords[1]])) {
            nameTokens = nameTokens[nameWords[1]...]
        }
        var name = surface(nameTokens, in: passage)
        // "Texas", "Kansas City": a place names no one who speaks.
        guard !Places.names.contains(TextFold.fold(name)) else { return nil }
        var isOrganisation = nameTokens.contains { $0.wordClass.contains(.organisationWord) }
            || AttributionLexicon.outlets.contains(TextFold.fold(name))
        // "Jeff Collins of Rocky Mount", "Grace-Marie Turner of the Galen Institute": after a
        // person's full name, "of" says where they are from or work. Before it, an organisation
        // ("Ministry of Defense") or a single word is part of one name, unless a place follows
        // ("Butterfield of North Carolina"). "for" says whom they work for only after a full
        // name ("Cameron Easley for Morning Consult"), not after a group's ("Concerned Women for
        // America", "Hillary for America").
        let connector = nameTokens.indices.first { k in
            guard nameTokens[k].kind == .word else { return false }
            switch passage.lower(of: nameTokens[k]) {
            case "of": return true
            case "for":
                let before = nameTokens[..<k].filter { $0.kind == .word }
                guard let first = before.first, let last = before.last, before.count >= 2 else { return false }
                return FirstNames.contains(passage.lower(of: first)) || !isPlural(passage.lower(of: last))
            default: return false
            }
        }
        if let of = connector,
           nameTokens[..<of].count(where: { $0.kind == .word }) >= 2
            || passage.isWord(nameTokens[of], "of") && Places.names.contains(TextFold.fold(surface(nameTokens[(of + 1)...], in: passage))),
           !nameTokens[..<of].contains(where: { $0.wordClass.contains(.organisationWord) }) {
            name = surface(nameTokens[..<of], in: passage)
            isOrganisation = false
        }
        // "he and Cruz shared “…”": the second of two who say it together is not the speaker
        // alone. After a clause ("But it's not, and Dayton says") "and" joins no names.
        if let first = words.first, ["and", "or"].contains(passage.lower(of: tokens[first])), first > passage.tokens.startIndex,
           case let before = passage.tokens[first - 1], before.kind == .word,
           before.capitalized || before.wordClass.contains(.personPronoun) {
            return nil
        }
        // "a spokesman for Trump said": a person after one who speaks for someone is whom they
        // speak for, not the speaker; an organisation ("a spokesman for the ministry", "for Platte
        // River Networks") speaks through them.
        // The classes are asked first: a word's String is made only before a preposition.
        if !isOrganisation, start >= 2, tokens[words[start - 1]].wordClass.contains(.preposition), !tokens[words[start - 2]].capitalized,
           case let role = passage.lower(of: tokens[words[start - 2]]), AttributionLexicon.proxyRoles.contains(role),
           FirstNames.contains(passage.lower(of: nameTokens[nameTokens.startIndex]))
            || !TextScan.hasSpace(name) && passage.isNamedInFull(name, before: tokens[words[start]].utf8.lowerBound) {
            return Mention(kind: .role, name: role, roles: [role], text: surface(tokens[phrase...], in: passage))
        }
        return Mention(kind: isOrganisation ? .organisation : .person, name: name, roles: roles, text: surface(tokens[phrase...], in: passage))
    }

    /// A role word after capitalised words that are a state or parties and nothing else: the
    /// capitals say which one the role is, and name no one ("the Florida senator").
    private static func qualifiedRole(_ tokens: ArraySlice<Token>, words: [Int], in passage: Passage) -> Mention? {
        guard let last = words.last, let first = words.first, words.count >= 2, !tokens[last].capitalized,
              !tokens[last].wordClass.isDisjoint(with: [.role, .titled]) else { return nil }
        let qualifiers = words.dropLast()
        guard qualifiers.allSatisfy({ tokens[$0].capitalized }),
              qualifiers.allSatisfy({ tokens[$0].wordClass.contains(.affiliation) })
                || Places.names.contains(TextFold.fold(surface(tokens[first..<last], in: passage))) else { return nil }
        let lower = passage.lower(of: tokens[last])
        let role = AttributionLexicon.titleAbbreviations[lower] ?? lower
        return Mention(kind: .role, name: role, roles: [role], text: surface(tokens, in: passage))
    }

    /// "Panel on Climate Change", "Council on Foreign Relations": "on" joins an organisation's
    /// name to what it is about, of two words or more (not "The Obama administration on Iran");
    /// after anyone else's it says where or when ("Sanders on NBC's Saturday Night Live").
    static func joinsOrganisation(_ word: Token, after before: Token, in passage: Passage) -> Bool {
        before.wordClass.contains(.organisationWord) && passage.isWord(word, "on")
    }

    /// Whether a word names many: "Americans", "Women". A group's name ends so before "for"
    /// ("Young Americans for Liberty"), a person's does not. A word in -ss is one ("the boss",
    /// "the actress", "the witness").
    private static func isPlural(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss") || ["women", "men", "people", "children"].contains(word)
    }

    /// "a former senior law enforcement official", "one Macedonian government official": someone
    /// the text does not name, as an indefinite word and a few more ending on a role. Where the
    /// description ends, with the mention.
    static func indefiniteDescription(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> (mention: Mention, end: Int)? {
        guard from < tokens.endIndex, tokens[from].kind == .word,
              tokens[from].wordClass.contains(.indefinite) else { return nil }
        var i = from + 1
        while i < tokens.endIndex, i <= from + 8 {
            // "a U.S. intelligence official": the full stop of an abbreviation stays inside.
            if isAbbreviationStop(tokens, at: i, after: from, in: passage) { i += 1; continue }
            // "said a Nevada Democrat": a party's member is described, not a word that names no one.
            guard tokens[i].kind == .word, !tokens[i].isSpeechVerb,
                  !tokens[i].wordClass.contains(.notName) || tokens[i].wordClass.contains(.affiliation) else { break }
            // A description is a noun phrase: "a nod to the front-runner" is none.
            guard !tokens[i].wordClass.contains(.preposition) else { break }
            let lower = passage.lower(of: tokens[i])
            let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
            // "one P&G Amiens employee", "a narrator", "a friend": a noun for what someone does or
            // is to another ends it too, as its last word ("one former senior agency official"),
            // a clause about them after it ("said one former executive who requested anonymity").
            let isHead = { i + 1 == tokens.endIndex || tokens[i + 1].kind != .word || tokens[i + 1].isSpeechVerb
                || tokens[i + 1].wordClass.contains(.preposition) || passage.isWord(tokens[i + 1], "who") }
            if tokens[i].wordClass.contains(.role) && !AttributionLexicon.organisationRoles.contains(lower)
                || tokens[i].wordClass.contains(.relation) || SentenceSieves.isOccupation(singular) && isHead()
                || AttributionLexicon.describedPeople.contains(singular) {
                return (Mention(kind: .role, name: lower, roles: [lower], text: surface(tokens[from...i], in: passage)), i + 1)
            }
            i += 1
        }
        return nil
    }

    /// "the gambling tycoon", "the newspaper": "the" (or a possessive, `possessiveDescription`)
    /// and one to three lower-case words, which describe someone without naming them: a
    /// `description`, the text's words for whoever speaks.
    /// Who it is, the words alone do not say ("the loving father" was not the father last named):
    /// it is resolved only to someone the text gave the same noun, or, for an epithet or words
    /// that go on, to the person last quoted, and one who speaks for a described owner is shown
    /// as these words (`QuoteFinder`). A name may
    /// stand among them when they end on a noun for what someone does ("the senior Cruz adviser",
    /// "the Trump campaign spokesman"): a name after that noun, or at the end, is the person's or
    /// the organisation's own ("the White House"). `end` is the token after them.
    static func definiteDescription(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> (mention: Mention, end: Int)? {
        guard from < tokens.endIndex, tokens[from].kind == .word else { return nil }
        if !passage.isWord(tokens[from], "the") { return possessiveDescription(tokens, from: from, in: passage) }
        // "the Republican presidential candidate": a party's word describes, though it names no one.
        let describes = { (token: Token) in
            token.kind == .word && !SentenceSieves.isAdverb(token, in: passage)
                && token.wordClass.subtracting(token.wordClass.contains(.affiliation) ? .notName : []).isDisjoint(with: notDescribing)
        }
        var i = from + 1
        while i < tokens.endIndex, i <= from + 3, describes(tokens[i]), !tokens[i].capitalized { i += 1 }
        if i < tokens.endIndex, tokens[i].capitalized, describes(tokens[i]) {
            var end = i
            while end < tokens.endIndex, end <= from + 4, describes(tokens[end]) { end += 1 }
            // "the Wisconsin Republican": a party's member is described by their party's word.
            let head = tokens[end - 1]
            if !head.capitalized && SentenceSieves.isAgentNoun(head, in: passage) || head.wordClass.contains(.affiliation),
               end == tokens.endIndex || !tokens[end].capitalized, !AttributionLexicon.organisationRoles.contains(passage.lower(of: head)) {
                i = end
            }
        }
        guard i > from + 1 else { return nil }
        let noun = passage.lower(of: tokens[i - 1])
        return (Mention(kind: .description, name: noun, roles: [], text: surface(tokens[from..<i], in: passage)), i)
    }

    /// Words that end a description: a verb of saying, a word naming no one, a pronoun, an
    /// article or an auxiliary start what the sentence goes on to say.
    private static let notDescribing: AttributionLexicon.WordClass = [.speechVerb, .notName, .nameConnector, .personPronoun, .article, .auxiliary, .according]

    /// "Obama's former campaign strategist": a name's possessive stands for "the", before lower-case
    /// words ending on a noun for what someone does; a noun for a thing ("Obama's statement") is
    /// not someone, and its issuer is read elsewhere (`documentsIssuer`).
    private static func possessiveDescription(_ tokens: ArraySlice<Token>, from: Int, in passage: Passage) -> (mention: Mention, end: Int)? {
        guard tokens[from].capitalized && passage.isPossessive(tokens[from]) && !tokens[from].wordClass.contains(.notName)
            || tokens[from].wordClass.contains(.possessiveDeterminer) else { return nil }
        var i = from + 1
        while i < tokens.endIndex, i <= from + 4, tokens[i].kind == .word, !tokens[i].capitalized,
              tokens[i].wordClass.isDisjoint(with: notDescribing), !SentenceSieves.isAdverb(tokens[i], in: passage) { i += 1 }
        guard i > from + 1, SentenceSieves.isAgentNoun(tokens[i - 1], in: passage) else { return nil }
        return (Mention(kind: .description, name: passage.lower(of: tokens[i - 1]), roles: [], text: surface(tokens[from..<i], in: passage)), i)
    }

    /// Whether token `i` is the full stop of an abbreviated word before it (`isAbbreviated`), past
    /// `floor`: "Gen." and "J." go on the name they open.
    static func isAbbreviationStop(_ tokens: ArraySlice<Token>, at i: Int, after floor: Int, in passage: Passage) -> Bool {
        tokens[i].mark == "." && i > floor && isAbbreviated(tokens[i - 1], in: passage)
    }

    /// A word whose full stop is part of it: a title (Gen.), an initial (J.), or letters with dots (U.N.).
    static func isAbbreviated(_ word: Token, in passage: Passage) -> Bool {
        guard word.kind == .word else { return false }
        let text = passage.text(of: word)
        return isTitle(word) || text.utf8.contains(UInt8(ascii: ".")) || (word.capitalized && text.count == 1)
            || AttributionLexicon.abbreviations.contains(text.lowercased())
    }

    static func isTitle(_ word: Token) -> Bool { word.wordClass.contains(.titled) }

    /// The phrase as written: words spaced, full stops and commas kept in place.
    static func surface(_ tokens: ArraySlice<Token>, in passage: Passage) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tokens.reduce(0) { $0 + $1.utf8.count + 1 })
        var end: Int?
        for token in tokens {
            // Words are set apart as the text sets them: not "9/11" ("said 9/11 widow Terry Strada").
            if token.kind == .word, let end, end != token.utf8.lowerBound { out.append(0x20) }
            out += passage.utf8(of: token)
            end = token.utf8.upperBound
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A name a line may introduce as a speaker: one to three words naming a person or an
    /// organisation, not a label such as "Related" or "Breaking".
    static func speakerName(_ tokens: ArraySlice<Token>, in passage: Passage) -> Mention? {
        let words = tokens.filter { $0.kind == .word }
        guard (1...3).contains(words.count), !words.contains(where: \.isSpeechVerb),
              tokens.allSatisfy({ ($0.kind == .word && ($0.capitalized || $0.wordClass.contains(.nameConnector))) || $0.mark == "." }),
              !AttributionLexicon.notSpeakers.contains(TextFold.fold(surface(tokens, in: passage))),
              let mention = parse(tokens, in: passage), mention.kind == .person || mention.kind == .organisation else { return nil }
        return mention
    }

    /// Can a phrase of this token be part of a name phrase: "spokesman Major General Igor"?
    static func isNameLike(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        return token.capitalized || !token.wordClass.isDisjoint(with: [.nameConnector, .title, .role, .article, .group])
    }

    /// The lower-cased parts of a title written with a hyphen or a full stop: Major-General, Gen.
    static func titleParts(_ word: Token, in passage: Passage) -> [String] {
        passage.lower(of: word).utf8.split(separator: UInt8(ascii: "-")).map { String(Substring($0)) }
    }
}

extension Passage.Token {
    var isSpeechVerb: Bool { wordClass.contains(.speechVerb) }
    /// A whole quotation standing as one token.
    var isQuotation: Bool { if case .quote = kind { true } else { false } }
}
