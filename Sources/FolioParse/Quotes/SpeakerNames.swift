/// One canonical name per speaker. Articles name people several ways ("Major General Igor
/// Konashenko", "Gen. Igor Konashenkov", "Konashenkov") and misspell them; the canonical name is
/// the fullest form given, titles already stripped by `Mention`.
public enum SpeakerNames {
    /// Where names are grouped. In one article a surname alone written a letter off is the
    /// person the article names in full ("Konashenko asked" after "Igor Konashenkov"); across a
    /// corpus's articles it is as likely someone else ("Scalia" is not "Dante Scala"), so there
    /// two names may differ by a letter only when both give a first name, and the first names agree.
    public enum Scope: Sendable { case article, corpus }

    /// Changes whenever the same names may be grouped otherwise: an index grouped by another
    /// version groups its speakers again (not its articles, whose parse has not changed).
    public static let version = 2

    /// Maps every name to its canonical form; `names` has a name once for each quotation under
    /// it. Each name joins the first group (in sorted order) holding the same speaker and no one
    /// it differs from: "Clinton" may join "Bill Clinton", but "Hillary Clinton" then does not
    /// join them through it. A surname alone that two groups could take joins the one quoted
    /// `dominance` times as often as any other ("Trump" with "Donald J. Trump" rather than
    /// "Melania Trump"), else neither. Only names whose surnames share a spelling with one letter
    /// dropped are compared, so a corpus of many thousand speakers is grouped in linear time.
    public static func canonical(_ names: [String], scope: Scope) -> [String: String] {
        // Most articles name one speaker or none.
        if let first = names.first, names.allSatisfy({ $0 == first }) { return [first: first] }
        var quotes: [String: Int] = [:]
        for name in names { quotes[name, default: 0] += 1 }
        return canonical(quotes: quotes, scope: scope)
    }

    /// The same, for names with how many quotations each has (the index's counts).
    public static func canonical(quotes: [String: Int], scope: Scope) -> [String: String] {
        let distinct = quotes.keys.sorted()
        var groups: [[Int]] = []
        var weight: [Int] = []
        var groupOf: [Int] = []
        var parsed: [Name] = []
        // An article names a handful of speakers: comparing each with all before it costs less
        // than hashing their spellings. The index pays off on a corpus's thousands.
        let indexed = distinct.count > 24
        var index = SurnameIndex(names: indexed ? distinct.count : 0)
        var lastCompared: [Int] = []
        for text in distinct {
            let name = Name(text)
            let n = parsed.count
            // "former senior law enforcement official" describes someone unnamed: only the same
            // words are the same speaker.
            let isName = name.isName
            let keys = isName && indexed ? name.words.last.map(Self.nearSpellings) ?? [] : []
            var candidates: Set<Int> = []
            let compare = { (earlier: Int) in
                guard lastCompared[earlier] != n else { return }
                lastCompared[earlier] = n
                if sameSpeaker(parsed[earlier], name, scope) { candidates.insert(groupOf[earlier]) }
            }
            if indexed {
                index.forEachName(sharing: keys, compare)
            } else if isName {
                for earlier in 0..<n where parsed[earlier].isName { compare(earlier) }
            }
            // A group with someone this name is not ("Bill Clinton" for "Hillary Clinton") is not its;
            // a member's surname a letter off is the group's misspelling, not someone else.
            let fitting = candidates.filter { g in
                groups[g].allSatisfy { member in
                    parsed[member].words.count < 2 || sameSpeaker(parsed[member], name, .article)
                }
            }
            var group = fitting.min()
            if name.words.count < 2, fitting.count > 1 {
                let heaviest = fitting.sorted { weight[$0] > weight[$1] }
                group = weight[heaviest[0]] >= dominance * weight[heaviest[1]] ? heaviest[0] : nil
            }
            if let group {
                groups[group].append(n)
                groupOf.append(group)
                weight[group] += quotes[text]!
            } else {
                groupOf.append(groups.count)
                groups.append([n])
                weight.append(quotes[text]!)
            }
            index.add(n, keys: keys)
            parsed.append(name)
            lastCompared.append(-1)
        }
        var result: [String: String] = [:]
        for members in groups {
            let group = members.map { distinct[$0] }
            // The fullest form; between equally full ones the one written as a name is written
            // ("Donald J. Trump", not a headline's "DONALD J. Trump"), then the spelling most
            // quotations have ("Timmermans" three times, not "Timmermanns" once), then the longer
            // one, because scraped text drops letters more often than it adds them.
            let best = group.max { a, b in
                let (wa, wb) = (TextScan.wordCount(a), TextScan.wordCount(b))
                if wa != wb { return wa < wb }
                let (ca, cb) = (shoutedWords(a), shoutedWords(b))
                if ca != cb { return ca > cb }
                let (qa, qb) = (quotes[a]!, quotes[b]!)
                if qa != qb { return qa < qb }
                return a.count != b.count ? a.count < b.count : a > b
            }!
            for name in group { result[name] = best }
        }
        return result
    }

    /// Words of two letters or more in capitals only ("DONALD", "TRUMP"); initials and "U.N." are not.
    private static func shoutedWords(_ name: String) -> Int {
        name.spaceSeparated().count { word in
            word.unicodeScalars.count(where: ScalarClass.isLetter) >= 2 && !word.utf8.contains(0x2E)
                && !word.unicodeScalars.contains(where: ScalarClass.isLower)
        }
    }

    /// How many times as often a group must be quoted as any other to take a surname alone that
    /// could be either's.
    static let dominance = 4

    /// Same surname (one typo allowed, not in the first letter, within an article) and no first
    /// names that differ; or, for organisations, one name the end of the other ("Ministry of
    /// Defense", "Russian Ministry of Defense").
    public static func sameSpeaker(_ a: String, _ b: String, scope: Scope = .article) -> Bool { sameSpeaker(Name(a), Name(b), scope) }

    private static func sameSpeaker(_ a: Name, _ b: Name, _ scope: Scope) -> Bool {
        let (wa, wb) = (a.words, b.words)
        guard let la = wa.last, let lb = wb.last else { return false }
        // "Donald Trump Jr" is not his father; "Bozell" may be "Brent Bozell III".
        if wa.count >= 2, wb.count >= 2, a.generation != b.generation { return false }
        if wa == wb { return true }
        if a.isOrganisation || b.isOrganisation {
            return wa.count < wb.count ? wb.suffix(wa.count).elementsEqual(wa) : wa.suffix(wb.count).elementsEqual(wb)
        }
        // A misspelling keeps the first letter: "Konashenko" is "Konashenkov", "Levin" is not "Kevin".
        guard la == lb || (oneEditApart(la, lb) && min(la.count, lb.count) >= 5 && la.first == lb.first) else { return false }
        if wa.count >= 2, wb.count >= 2 { return oneEditApart(wa[0], wb[0]) }
        return la == lb || scope == .article
    }

    /// A name as the comparisons read it, worked out once per name.
    private struct Name {
        /// The words without a generation after the surname: "brent bozell" of "Brent Bozell III".
        let words: [String]
        /// "jr", "sr", "ii", "iii", "iv", which tell father from son of one name.
        let generation: String?
        let isOrganisation: Bool
        /// Written with a capital, as a name is; a description ("former senior law enforcement
        /// official") matches only itself.
        let isName: Bool

        init(_ text: String) {
            var words = SpeakerNames.words(text)
            // Bytes, not Characters: this is read for every name of every article.
            let last = words.count >= 2 ? String(decoding: words[words.count - 1].utf8.filter { $0 != 0x2E }, as: UTF8.self) : ""
            generation = SpeakerNames.generations.contains(last) ? last : nil
            if generation != nil { words.removeLast() }
            self.words = words
            isOrganisation = words.contains { AttributionLexicon.organisationWords.contains($0) }
            isName = text.unicodeScalars.contains(where: ScalarClass.isUpper)
        }
    }

    /// Words after a surname that tell one bearer of a family's name from another: "Jr.", "III".
    private static let generations: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// The names seen so far by the near spellings of their surnames, each spelling's names
    /// chained through two flat arrays rather than an array per spelling.
    private struct SurnameIndex {
        private var latest: [UInt64: Int] = [:]
        private var names: [Int] = []
        private var previous: [Int] = []

        /// Room for this many names of ordinary length, so that the index is not grown name by name.
        init(names count: Int) {
            latest.reserveCapacity(count * 10)
            names.reserveCapacity(count * 10)
            previous.reserveCapacity(count * 10)
        }

        mutating func add(_ name: Int, keys: [UInt64]) {
            for key in keys {
                names.append(name)
                previous.append(latest[key] ?? -1)
                latest[key] = names.count - 1
            }
        }

        func forEachName(sharing keys: [UInt64], _ body: (Int) -> Void) {
            for key in keys {
                var entry = latest[key] ?? -1
                while entry >= 0 {
                    body(names[entry])
                    entry = previous[entry]
                }
            }
        }
    }

    /// Hashes of a word and of the word with each one letter left out: two words one edit apart
    /// always share one (the longer without its extra letter, or both without the letter that
    /// differs). A hash shared by chance only adds a name to compare.
    private static func nearSpellings(_ word: String) -> [UInt64] {
        let scalars = Array(word.unicodeScalars)
        return (-1..<scalars.count).map { left in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for (i, scalar) in scalars.enumerated() where i != left { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01B3 }
            return hash
        }
    }

    /// The words of a name, folded as the index folds words (`TextWords`): "Konashenkó" is typed
    /// for "Konashenko". An apostrophe stays inside a word, so "O’Reilly" is one surname.
    private static func words(_ name: String) -> [String] {
        // `TextFold` has already lower-cased an ASCII word, which is all `TextWords.fold` would do to it.
        TextFold.fold(name).spaceSeparated().compactMap { word in
            word == "the" ? nil : word.isASCII ? String(word) : TextWords.fold(String(word))
        }
    }

    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // Most names are ASCII, whose bytes are its scalars: read in place, with no array made of either.
        if a.isASCII, b.isASCII {
            var (a, b) = (a, b)
            return a.withUTF8 { x in b.withUTF8 { y in oneEditApart(x, y) } }
        }
        return oneEditApart(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// Over buffers and arrays, whose indices start at 0.
    private static func oneEditApart<Scalars: RandomAccessCollection>(_ x: Scalars, _ y: Scalars) -> Bool
    where Scalars.Element: Equatable, Scalars.Index == Int {
        precondition(x.startIndex == 0 && y.startIndex == 0)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        return x[min(i + 1, x.count)...].elementsEqual(y[min(i + 1, y.count)...])
            || x[i...].elementsEqual(y[min(i + 1, y.count)...])
            || x[min(i + 1, x.count)...].elementsEqual(y[i...])
    }
}
