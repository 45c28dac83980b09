/// Scraped comments lose their threading; what the flattened text keeps of it is taken as
/// evidence, strongest first:
/// - a reply label naming the parent's author ("Reply to TMS", "Antwort auf #1 von ThomasMelber",
///   "In reply to Thanks. I considered by Jason B", which also quotes the parent's opening);
/// - the thread's indentation, where the scrape kept it;
/// - an opening that addresses an earlier commenter ("@Nossi:", "hallo Robert,", "Zitat Nossi:",
///   "michaelbrandi said:", the bare name);
/// - a passage in quote marks, near the start, that stands in an earlier comment (“300 pupils
///   who had been taken …”).
/// A named author's nearest earlier comment is the parent. Nothing else is taken as evidence: a
/// wrong thread misleads more than a flat one.
enum ReplyInference {
    /// What the comment section showed beside each comment, in comment order.
    struct Evidence {
        var cues: [CommentLine.ReplyCue?] = []
        var indents: [Int] = []
    }

    /// How far into a comment an address is looked for, in characters.
    static let addressLength = 80

    /// Fewer quoted words than this are too common to identify a comment.
    static let minimumWords = 4

    /// How many comments back a quotation is looked for: a reply quotes what it answers, which
    /// stands near it, and a thread of fifty thousand comments is not searched fifty thousand times.
    static let quoteReach = 200

    static func link(_ comments: inout [Comment], evidence: Evidence = Evidence()) {
        guard comments.count > 1 else { return }
        let folded = comments.map { TextFold.fold($0.text) }
        let dates = comments.map { $0.date.map(TextFold.fold) }
        var names = AuthorIndex()
        var shallower: [Int] = []  // earlier comments, each indented less than the one after it
        let indented = Set(evidence.indents).count > 1
        /// Whether a passage the reply quotes is comment j's words or its date ("Ihre Nachricht
        /// von “8. April 2019 @ 21:23”").
        func quotes(_ passages: [String], _ j: Int) -> Bool {
            passages.contains { folded[j].contains($0) || dates[j] == $0 }
        }
        for i in comments.indices {
            defer { names.add(comments[i].author, at: i) }
            if indented {
                while let last = shallower.last, evidence.indents[last] >= evidence.indents[i] { shallower.removeLast() }
                defer { shallower.append(i) }
                if i < evidence.cues.count, evidence.cues[i] == nil, let parent = shallower.last {
                    (comments[i].parent, comments[i].replyEvidence) = (parent, .indented)
                    continue
                }
            }
            guard i > 0 else { continue }
            if i < evidence.cues.count, let cue = evidence.cues[i] {
                let theirs = names.comments(of: TextFold.fold(cue.author))
                let opening = cue.opening.map(TextFold.fold).flatMap { $0.hasPrefix("#") ? nil : $0 }
                if let parent = theirs.last(where: { j in opening.map { folded[j].hasPrefix($0) } ?? true }) ?? theirs.last {
                    (comments[i].parent, comments[i].replyEvidence) = (parent, .replyLabel)
                }
                continue
            }
            guard let opening = comments[i].paragraphs.first else { continue }
            let quoted = quotations(comments[i].paragraphs.prefix(3))
            if let named = addressed(opening, names: names, own: comments[i].author.map(TextFold.fold)) {
                // Of the named author's comments, the one this reply quotes, else the latest.
                let theirs = names.comments(of: named)
                let parent = theirs.suffix(quoteReach).last { quotes(quoted, $0) } ?? theirs.last!
                (comments[i].parent, comments[i].replyEvidence) = (parent, .addressesAuthor)
            } else if !quoted.isEmpty, let parent = (max(0, i - quoteReach)..<i).reversed().first(where: { quotes(quoted, $0) }) {
                (comments[i].parent, comments[i].replyEvidence) = (parent, .quotesParent)
            }
        }
    }

    /// The earlier comments by each author, so that a name is found without a walk back
    /// through the thread.
    struct AuthorIndex {
        /// Folded name to comment indices, in order.
        private var byName: [String: [Int]] = [:]
        /// A name's last word of four letters or more ("holzherr") to the full names that end in it.
        private var byLastWord: [String: [String]] = [:]
        /// Each folded name as its author writes it.
        private(set) var written: [String: String] = [:]

        mutating func add(_ author: String?, at index: Int) {
            guard let author else { return }
            let name = TextFold.fold(author)
            if byName[name] == nil, let last = name.spaceSeparated().last, last.count >= 4 {
                byLastWord[String(last), default: []].append(name)
            }
            byName[name, default: []].append(index)
            written[name] = author
        }

        func comments(of name: String) -> [Int] { byName[name] ?? [] }

        /// The latest commenter, of those whose name ends in `word`.
        func name(endingIn word: String) -> String? {
            byLastWord[word]?.max { (byName[$0]?.last ?? -1) < (byName[$1]?.last ?? -1) }
        }
    }

    /// The folded passages in quote marks, of at least `minimumWords` words, in a comment's first
    /// paragraphs: what a reply quotes of the comment it answers.
    private static func quotations(_ paragraphs: ArraySlice<String>) -> [String] {
        var found: [String] = []
        for paragraph in paragraphs {
            let bytes = Array(paragraph.utf8)
            for span in QuoteScanner.spans(in: bytes, 0..<bytes.count) {
                let text = TextFold.fold(String(decoding: bytes[span.inner], as: UTF8.self))
                if TextScan.wordCount(text, limit: minimumWords) >= minimumWords { found.append(text) }
            }
        }
        return found
    }

    /// The earlier commenter the opening line addresses, by folded name. After "@", a greeting
    /// or "Zitat", a name may be shortened to its last word ("@Holzherr"); a bare name at the
    /// start must be someone else's whole name, followed by a colon or a comma or nothing, or a
    /// handle no sentence starts with ("clandestine Vielen Dank", "Sylvia_Plath Beispiele"):
    /// "Fred Durst and no Jacoby Shaddix??" is about a singer, not to the commenter "fred".
    static func addressed(_ opening: String, names: AuthorIndex, own: String?) -> String? {
        // An address stands in the first words; a long paragraph is not folded to its end.
        var words = TextFold.fold(opening.prefix(addressLength)).spaceSeparated().map { String($0) }
        guard !words.isEmpty else { return nil }
        var cued = false
        if words[0].hasPrefix("@") {
            cued = true
            words[0].removeFirst()
            if words[0].isEmpty { words.removeFirst() }
        } else if CommentLexicon.addressWords.contains(String(words[0].trimmingCharacters(",:"))) {
            cued = true
            words.removeFirst()
        } else if words.count >= 2, ["said:", "wrote:", "schrieb:", "escribió:"].contains(words[words.count - 1]) {
            cued = true
            words.removeLast()
        }
        while let first = words.first, CommentLexicon.honorifics.contains(first) { words.removeFirst() }
        guard let first = words.first else { return nil }
        let rest = words.joined(separator: " ")
        var found: String?
        func consider(_ name: String) {
            guard let latest = names.comments(of: name).last else { return }
            if let current = found, names.comments(of: current).last! > latest { return }
            found = name
        }
        // Whole names of one to four words, each ended where a word ends.
        for count in 1...min(4, words.count) {
            let name = String(words[..<count].joined(separator: " ").trimmingCharacters(",:;!?"))
            guard name.utf8.count >= 3, !names.comments(of: name).isEmpty else { continue }
            let after = rest.dropFirst(name.count)
            if let next = after.unicodeScalars.first, ScalarClass.isWord(next) { continue }
            if cued {
                consider(name)
                continue
            }
            // A bare name is someone else's, written as its owner writes it: "Fred Durst" is not "fred".
            guard name != own, let written = names.written[name], opening.hasPrefix(written) else { continue }
            let mark = after.trimmingCharacters(" ").unicodeScalars.first
            if mark == nil || mark == ":" || mark == "," || isHandle(written) { consider(name) }
        }
        // "@Holzherr/weiter unten": the word up to the first mark that no name has.
        let head = String(first.unicodeScalars.prefix { ScalarClass.isWord($0) || "_-.".unicodeScalars.contains($0) }).trimmingCharacters(".")
        if cued, head.count >= 4, let name = names.name(endingIn: String(head)) { consider(name) }
        return found
    }

    /// A name no sentence opens with: one word in lower case, or with a digit or an underscore.
    private static func isHandle(_ name: String) -> Bool {
        guard !TextScan.hasSpace(name), let first = name.unicodeScalars.first else { return false }
        return ScalarClass.isLower(first) || name.unicodeScalars.contains { $0 == "_" || ScalarClass.isDigit($0) }
    }
}
