/// Rules that tell what a line is from its shape alone. They look at short lines only (the
/// callers check the word count first), so none of them costs anything on a long paragraph.
enum LineShape {
    /// `shape` is the key as `CommentLexicon.shape` writes it.
    static func isFurniture(key: String, shape: String, words: Int) -> Bool {
        guard words <= PageFurniture.mostWords else { return false }
        if key.utf8.count <= PageFurniture.longestLine, PageFurniture.lines.contains(key) { return true }
        if CommentLexicon.opensSection(shape: shape, words: words) { return true }
        if let last = key.utf8.last, PageFurniture.suffixLastBytes.contains(last),
           PageFurniture.suffixes.contains(where: { words <= $0.maxWords && key.ends(withBytes: $0.suffix) }) { return true }
        guard let first = key.utf8.first else { return false }
        if isLinkOrPlaylistEntry(key: key, words: words) || isVideoTitle(key: key) { return true }
        if PageFurniture.prefixesByFirstByte[Int(first)].contains(where: { words <= $0.maxWords && key.starts(withBytes: $0.prefix) }) { return true }
        guard PageFurniture.feedFooterFirstBytes.contains(first) else { return false }
        return PageFurniture.feedFooters.contains(where: { footer in
            guard key.starts(withBytes: footer.prefix), let infix = key.firstRange(of: footer.infix) else { return false }
            return key[infix.upperBound...].spaceSeparated().count <= footer.siteWords
        })
    }

    /// A paragraph a site prints under every article (`PageFurniture.paragraphOpenings`), of any
    /// length. Every paragraph is asked: only one whose first three letters open one of them
    /// has its opening folded and compared, so most cost a three-byte look.
    static func isFurnitureParagraph(_ text: String) -> Bool {
        guard PageFurniture.paragraphStarts.contains(PageFurniture.start(text)) else { return false }
        let opening = TextFold.fold(text.prefix(PageFurniture.longestParagraphOpening + 8))
        guard PageFurniture.paragraphOpenings.contains(where: { opening.starts(withBytes: $0) }) else { return false }
        return TextScan.wordCount(text, limit: PageFurniture.paragraphWords + 1) <= PageFurniture.paragraphWords
    }

    /// A video player's title line, its button and length run together ("Trump denies CIA's
    /// assessment that Russia tried to help him win election  Play Video2:37"). The line after it
    /// describes the video: a caption.
    static func isVideoTitle(key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            guard let length = lengthStart(bytes), length >= playVideo.count else { return false }
            return bytes[(length - playVideo.count)..<length].elementsEqual(playVideo)
        }
    }

    private static let playVideo = Array(" play video".utf8)

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

    /// Where a video's length ("2:37", "12:30") that ends the line starts.
    private static func lengthStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard n >= 5, isDigit(bytes[n - 1]), isDigit(bytes[n - 2]), bytes[n - 3] == UInt8(ascii: ":"), isDigit(bytes[n - 4]) else { return nil }
        return isDigit(bytes[n - 5]) ? n - 5 : n - 4
    }

    /// Page furniture by its shape: a bare link ("http://www.wels.net/"), an entry of a video
    /// playlist with its length ("Trump under pressure to acknowledge Russian hacking 7:23"), a
    /// site's name with its mark ("Before It's News ©"). An article's own sentence ends on a full
    /// stop, and names a time with am or pm.
    static func isLinkOrPlaylistEntry(key: String, words: Int) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            let n = bytes.count
            if words == 1 {
                return bytes.starts(with: "http://".utf8) || bytes.starts(with: "https://".utf8) || bytes.starts(with: "www.".utf8)
            }
            // A length after a space at the end.
            if (3...20).contains(words), let length = lengthStart(bytes), length > 0, bytes[length - 1] == 0x20 { return true }
            // " ©" or " ®" (two bytes each) at the end.
            return words <= 6 && n >= 3 && bytes[n - 3] == 0x20 && bytes[n - 2] == 0xC2 && (bytes[n - 1] == 0xA9 || bytes[n - 1] == 0xAE)
        }
    }

    /// A donation widget's amount: "2,500 $", "€10".
    static func isAmount(_ text: String) -> Bool {
        var digit = false, currency = false
        for s in text.unicodeScalars {
            switch s {
            case "0"..."9": digit = true
            case "$", "€", "£", "¥", "₽", "₴": currency = true
            case ",", ".", " ", "\u{A0}": continue
            default: return false
            }
        }
        return digit && currency
    }

    /// A line that is only a date ("MARCH 2025", "Sunday, 22 October 2017"): a page's dateline or
    /// archive header, never a sentence of the article.
    static func isDateOnly(key: String) -> Bool {
        var sawMonth = false
        var tokens = 0
        // Split by bytes: the separators are ASCII, and splitting by Characters reads graphemes.
        for bytes in key.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2E }) {
            let token = Substring(bytes)
            tokens += 1
            if PageFurniture.months.contains(String(token)) { sawMonth = true; continue }
            if PageFurniture.weekdays.contains(String(token)) { continue }
            if token.count <= 4, token.allSatisfy(\.isNumber) { continue }
            if token.ends(withBytes: "th") || token.ends(withBytes: "st") || token.ends(withBytes: "nd") || token.ends(withBytes: "rd"),
               token.dropLast(2).allSatisfy(\.isNumber), token.count <= 4 { continue }
            return false
        }
        return sawMonth && tokens <= 5
    }

    /// An image caption or credit: "[Featured Image by Gabriel Chaim/AP Images]", a line closing on
    /// "(Photo: YouTube)" or "(Aamaq News Agency via AP)".
    static func isPhotoCredit(key: String) -> Bool {
        // The first and last bytes rule out most lines before any phrase is compared.
        guard let first = key.utf8.first, let last = key.utf8.last else { return false }
        if PageFurniture.creditFirstBytes.contains(first),
           PageFurniture.creditOpenings.contains(where: { key.starts(withBytes: $0) }) { return true }
        if first == UInt8(ascii: "["), last == UInt8(ascii: "]") {
            return PageFurniture.imageWords.contains { key.contains(bytes: $0) }
        }
        if hasBracketedCredit(key) { return true }
        guard last == UInt8(ascii: ")") else { return false }
        let tail = key.utf8.lastIndex(of: UInt8(ascii: "(")).map { key[key.utf8.index(after: $0)...] } ?? key[...]
        let inner = tail.dropLast().trimmingCharacters(" ")
        // The agency alone, or after "/" or " via ", read in place rather than joined into a String per agency.
        return PageFurniture.photoAgencies.contains { agency in
            guard inner.ends(withBytes: agency) else { return false }
            let before = inner.utf8.dropLast(agency.utf8.count)
            return before.isEmpty || before.last == UInt8(ascii: "/") || before.suffix(5).elementsEqual(" via ".utf8)
        }
    }

    /// The most words of an aside in brackets: the longest headline of a related story seen is
    /// sixteen; a writer's own remark in brackets runs longer ("(Perhaps I’m just writing this so I
    /// can be remembered by history …)", 21).
    static let asideWords = 16

    /// A paragraph wholly inside one pair of brackets is the page speaking, not the story: a link
    /// to a related story ("[Trump denies CIA report that Russia intervened to help him win
    /// election]"), a credit ("(Reporting by David Bailey; Editing by Cynthia Osterman.)"), an
    /// image's description ("(Trendy modern males, aka hipster)"), a stage direction
    /// ("(APPLAUSE)"). One with double quotation marks may report speech and is read as text; a
    /// list's number ("(4) Bill Clinton …") closes its bracket before the line ends.
    static func isBracketedAside(_ text: String, words: Int) -> Bool {
        guard words <= asideWords, let first = text.unicodeScalars.first, let close = asideClosers[first],
              text.unicodeScalars.last == close else { return false }
        let scalars = text.unicodeScalars
        var depth = 0
        for i in scalars.indices {
            let s = scalars[i]
            if QuoteMarks.double.contains(s) { return false }
            if s == first { depth += 1 } else if s == close { depth -= 1 }
            if depth == 0, scalars.index(after: i) != scalars.endIndex { return false }
        }
        return true
    }

    private static let asideClosers: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]"]

    /// Whether a bracket in the line opens a credit ("(Photo: …", "(Screenshot: …"): the credits
    /// are compared only where a bracket stands.
    private static func hasBracketedCredit(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            bytes.indices.contains { i in
                bytes[i] == UInt8(ascii: "(") && PageFurniture.bracketedCredits.contains { bytes[i...].starts(with: $0.utf8) }
            }
        }
    }

    /// Brackets, bars and colons: ( ) [ ] < > | :, which alt text does not have.
    private static func isMarkup(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "|"), UInt8(ascii: ":"): true
        default: false
        }
    }

    /// An image's alt text left as a line of its own: all lower case, no closing punctuation
    /// ("the united states destroys raqqa syria"). Writers start sentences with capitals; alt
    /// text typed into a CMS often does not.
    static func isAltText(_ text: String, words: Int) -> Bool {
        guard (3...15).contains(words), text.unicodeScalars.first.map(ScalarClass.isLower) == true,
              !text.utf8.contains(where: isMarkup) else { return false }
        var letters = false
        for s in text.unicodeScalars {
            if ScalarClass.isUpper(s) { return false }
            if ScalarClass.isLetter(s) { letters = true }
        }
        guard letters, let last = text.unicodeScalars.last else { return false }
        return !TextScan.closesSentence(last) && last != ","
    }

    /// A page's navigation: a section's name alone ("Accueil", "News") or a trail of them
    /// ("Money Basics » Debt", "Home > World"), which headers print above the headline.
    static func isNavigation(_ text: String, words: Int) -> Bool {
        words == 1 || breadcrumbSeparators.contains { text.contains(bytes: $0) }
    }

    private static let breadcrumbSeparators = [" » ", " › ", " > "]

    /// Title case, as headlines are written: four in five of the words of four letters or more
    /// start with a capital ("Bank of America Warns of Imminent Recession"); a sentence quoting
    /// someone does not ("“Nobody knows,” said Senator Rob Portman on Tuesday").
    static func isTitleCase(_ text: String) -> Bool {
        var long = 0, capitalised = 0
        for word in text.spaceSeparated() {
            let letters = word.unicodeScalars.filter(ScalarClass.isLetter)
            guard letters.count >= 4, let first = letters.first else { continue }
            long += 1
            if ScalarClass.isUpper(first) { capitalised += 1 }
        }
        return long > 0 && capitalised * 5 >= long * 4
    }

    /// A headline or subheading: a short line standing alone that starts with a capital and does
    /// not end like a sentence.
    static func isHeadline(_ text: String, words: Int) -> Bool {
        guard (3...25).contains(words),
              let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard ScalarClass.isUpper(first) || ("0"..."9").contains(first) else { return false }
        return !TextScan.closesSentence(last) && last != "," && !TextScan.isDash(last)
    }

    /// Punctuation no title and name holds.
    private static let namelessBytes = ByteSet(Array(",:;!?\"()".utf8))

    /// A person's title and name alone on a line ("German Foreign Minister Frank-Walter
    /// Steinmeier"): the caption of their photo. A heading says something of someone; this only
    /// names them.
    static func isTitledName(_ text: String, words: Int) -> Bool {
        guard (3...8).contains(words), lastWordIsCapitalised(text), !text.utf8.contains(where: { namelessBytes.contains($0) }),
              !text.unicodeScalars.contains(where: { $0 == "“" || $0 == "”" }) else { return false }
        // Split by bytes: `String.split` walks graphemes, a cost paid for every short line.
        let parts = text.utf8.split(separator: 0x20).map { Substring($0) }.map { $0.utf8.last == 0x2E ? $0.dropLast() : $0 }
        // The name's last two words are capitalised: most lines fail here, before a word is folded.
        guard parts.suffix(2).allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUpper) == true }) else { return false }
        let folded = parts.map { TextFold.fold($0) }
        // Two or three names after the title; a headline in capitals goes on ("… Steinmeier Warns NATO").
        guard let title = folded.lastIndex(where: { AttributionLexicon.titles.contains($0) }), (2...3).contains(parts.count - 1 - title) else { return false }
        let name = folded[(title + 1)...]
        guard !name.contains(where: AttributionLexicon.speechVerbs.contains) else { return false }
        return parts.indices.allSatisfy { i in
            parts[i].unicodeScalars.first.map(ScalarClass.isUpper) == true || AttributionLexicon.nameConnectors.contains(folded[i])
        } && name.allSatisfy { !AttributionLexicon.titles.contains($0) && !AttributionLexicon.nameConnectors.contains($0) }
    }

    /// Whether the line's last word opens with a capital: asked first, as most lines end in lower case.
    private static func lastWordIsCapitalised(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return false }
        let start = utf8[..<last].lastIndex(of: 0x20).map(utf8.index(after:)) ?? utf8.startIndex
        return text.unicodeScalars[start...].first.map(ScalarClass.isUpper) == true
    }

    /// A commenter's name on a line of its own ("HighLord Gaz", "Real Anti-Racist Action"):
    /// one to four words, each capitalised, or a single handle such as "jim_22"; no sentence marks.
    static func isNameLine(_ text: String, words: Int) -> Bool {
        guard (1...4).contains(words), text.utf8.count <= 40 else { return false }
        for s in text.unicodeScalars {
            switch s {
            case ".", "!", "?", ":", ";", ",", "\u{2026}", "(", ")", "[", "]", "/": return false
            default: if QuoteMarks.double.contains(s) || s == "\u{2018}" { return false }
            }
        }
        let parts = text.spaceSeparated()
        if parts.allSatisfy({ $0.unicodeScalars.first.map { ScalarClass.isUpper($0) || ("0"..."9").contains($0) } ?? false }) {
            return true
        }
        return parts.count == 1 && text.contains { $0.isNumber || $0 == "_" }
    }

    /// A line that opens with an HTML tag, with every tag left out ("<span>Donald Elam</span>
    /// Wed, 12/03/2025 - 02:42"): what the comment rules read.
    static func withoutTags(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "<"), text.utf8.contains(UInt8(ascii: ">")) else { return text }
        var inner = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { inner.append(c) }
        }
        return String(inner.trimmingCharacters(" "))
    }

    /// An HTML element left in the scrape: the text between its opening tags and its closing ones
    /// (the bytes of `inner`, relative to the line, are what a reader is shown), and whether it
    /// held an image caption. "<figure><img …><figcaption>America has 'Dresdened' Raqqa</figcaption></figure>"
    /// shows "America has 'Dresdened' Raqqa".
    static func htmlElement(_ text: String) -> (text: String, inner: Range<Int>, isCaption: Bool)? {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "<"), let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let tag = String(decoding: bytes[1..<close].prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }, as: UTF8.self).lowercased()
        guard !tag.isEmpty else { return nil }
        // Past the tags that open the line, and before those that close it, spaces trimmed.
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "<"), let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) {
            start = end + 1
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        }
        var end = bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: ">"), let open = bytes[start..<end].lastIndex(of: UInt8(ascii: "<")) {
            end = open
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        }
        let captionTags: Set<String> = ["figcaption", "caption", "figure", "img", "picture"]
        return (String(decoding: bytes[start..<end], as: UTF8.self), start..<end, captionTags.contains(tag))
    }
}

extension StringProtocol {
    /// Drops the given characters from both ends (Foundation-free, so FolioParse stays light).
    func trimmingCharacters(_ set: String) -> Substring {
        var s = self[...]
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return Substring(s)
    }
}
