/// Decides what each paragraph of the article body is: title, heading, paragraph, caption or
/// boilerplate. Rules look at a line's shape, at repetition (a line printed three times under three
/// images is an image title, not news; a line printed on many pages of the corpus is furniture,
/// `RepeatedLines`), and at the furniture phrases in `PageFurniture`.
struct BodyClassifier {
    struct Result {
        var title: String
        var kinds: [Block.Kind]
        /// Per segment, the text to show when it is not all of the segment (HTML tags left out),
        /// and its bytes in the article.
        var texts: [String?]
        var ranges: [Range<Int>?]
    }

    static func classify(_ segments: ArraySlice<Segment>, metadataTitle: String?, repeated: Set<String> = []) -> Result {
        var kinds = [Block.Kind](repeating: .paragraph, count: segments.count)
        var texts = [String?](repeating: nil, count: segments.count)
        var ranges = [Range<Int>?](repeating: nil, count: segments.count)
        var keys = [String?](repeating: nil, count: segments.count)
        // Fields are read in place: a copy of a segment retains its strings.
        let base = segments.startIndex

        // Shape of each line on its own.
        for i in kinds.indices {
            let text = segments[base + i].text
            let words = segments[base + i].words
            if LineShape.isFurnitureParagraph(text) {
                kinds[i] = .boilerplate
                continue
            }
            guard let key = segments[base + i].key else { continue }
            keys[i] = key
            if let element = LineShape.htmlElement(text) {
                texts[i] = element.text
                let start = segments[base + i].range.lowerBound
                ranges[i] = (start + element.inner.lowerBound)..<(start + element.inner.upperBound)
                kinds[i] = element.isCaption ? .caption : (element.text.isEmpty ? .boilerplate : .paragraph)
            } else if let shape = segments[base + i].shape, LineShape.isFurniture(key: key, shape: shape, words: words) || repeated.contains(key) {
                kinds[i] = .boilerplate
            } else if LineShape.isPhotoCredit(key: key) {
                kinds[i] = .caption
            } else if segments[base + i].lineCount == 1, LineShape.isBracketedAside(text, words: words) {
                kinds[i] = .boilerplate
            }
        }

        markListsAfterLabels(&kinds, keys: keys, segments)

        // The page header: what comes before the first full sentence. Donation amounts and
        // archive dates there are widgets; further down they are the article's own content.
        let headerEnd = kinds.indices.first { kinds[$0] == .paragraph && segments[base + $0].words >= headerSentenceWords } ?? kinds.count
        for i in 0..<headerEnd where kinds[i] == .paragraph {
            if LineShape.isAmount(segments[base + i].text) || keys[i].map(LineShape.isDateOnly) == true { kinds[i] = .boilerplate }
        }

        // The title: the source's own, else the first line that is not furniture. A page may
        // print its navigation above it, a section's name or a trail of them, which is furniture
        // when the line after could be a headline: "Accueil ⏎ Economie ⏎ Glyphosate: …", not
        // "Brexit ⏎ Britain voted on Thursday to leave …." nor "Brexit ⏎ By John Smith".
        var title = metadataTitle ?? ""
        var titleKey = title.isEmpty ? nil : TextFold.fold(title)
        var first = kinds.firstIndex(where: { $0 != .boilerplate })
        if titleKey == nil, let start = first {
            var after: Int? = start
            while let i = after, kinds[i] == .paragraph, LineShape.isNavigation(segments[base + i].text, words: segments[base + i].words) {
                after = kinds[(i + 1)...].firstIndex(where: { $0 != .boilerplate })
            }
            if let t = after, t > start, kinds[t] == .paragraph, mayBeHeadline(segments[base + t]) {
                for i in start..<t where kinds[i] == .paragraph { kinds[i] = .boilerplate }
                first = t
            }
        }
        if let t = first {
            if titleKey == nil, kinds[t] == .paragraph, segments[base + t].words <= Segment.shortLine {
                title = segments[base + t].text
                titleKey = keys[t]
                kinds[t] = .title
            } else if keys[t] != nil, keys[t] == titleKey {
                kinds[t] = .title
            }
        }

        markRepeatedAroundFurniture(&kinds, keys: keys, titleKey: titleKey, segments)

        for i in kinds.indices where kinds[i] == .paragraph {
            // A video's description runs as long as a paragraph: what stands before it tells. One
            // that quotes someone is read as text, so that its quotations are found.
            if i > 0, keys[i - 1].map(LineShape.isVideoTitle) == true, !mayQuote(segments[base + i].text) {
                kinds[i] = .caption
                continue
            }
            guard let key = keys[i] else { continue }
            if key == titleKey {
                kinds[i] = .caption  // the title printed again under an image
            } else if isLoneAltText(segments, i) || isLoneTitledName(segments, i) || isNameSlugOfNext(segments, i) {
                kinds[i] = .caption
            } else if standsAlone(segments, i), LineShape.isHeadline(segments[base + i].text, words: segments[base + i].words) {
                kinds[i] = .heading
            }
        }
        return Result(title: title, kinds: kinds, texts: texts, ranges: ranges)
    }

    /// A line that may be a headline: short, ending on no full stop or colon, and no byline.
    /// Looser than `LineShape.isHeadline`, which judges lines amid the text: a page's own headline
    /// may ask a question ("Is indie game dev even viable as a business in 2025?").
    private static func mayBeHeadline(_ segment: Segment) -> Bool {
        guard segment.words <= Segment.shortLine, let last = segment.text.unicodeScalars.last else { return false }
        return !".:\u{2026}".unicodeScalars.contains(last) && !CommentLexicon.opensWithByline(segment.text)
    }

    /// "Read more:", "Related:" (`PageFurniture.listLabels`) head a list of other stories, and the
    /// headlines after one are its entries ("The Prepper’s Blueprint: A Step-By-Step Guide To
    /// Prepare For Any Disaster"): short, in title case, ending no sentence. The first line of
    /// another shape ends the list ("“Nobody knows,” said Senator Rob Portman on Tuesday!").
    private static func markListsAfterLabels(_ kinds: inout [Block.Kind], keys: [String?], _ segments: ArraySlice<Segment>) {
        let base = segments.startIndex
        var i = 0
        while i < kinds.count {
            defer { i += 1 }
            guard kinds[i] == .boilerplate, let key = keys[i], PageFurniture.listLabels.contains(key) else { continue }
            var j = i + 1
            while j < kinds.count, kinds[j] != .title, segments[base + j].words <= listEntryWords, !endsSentence(segments[base + j].text),
                  LineShape.isTitleCase(segments[base + j].text) {
                kinds[j] = .boilerplate
                j += 1
            }
            i = j - 1
        }
    }

    /// The most words of an entry in a list of other stories.
    static let listEntryWords = 25

    /// Whether a line ends on a full stop, past its closing marks: a headline ends on none, or on
    /// a question or a quotation.
    private static func endsSentence(_ text: String) -> Bool {
        text.unicodeScalars.reversed().first { !QuoteMarks.closing.contains($0) && !$0.properties.isWhitespace } == "."
    }

    /// A video's or an image's title printed on both sides of its player's label ("Can Congress
    /// put aside differences in the new year?" / "Play VIDEO" / the same line): the copies are
    /// furniture, as the label is. The page's title printed so is a caption (below).
    private static func markRepeatedAroundFurniture(_ kinds: inout [Block.Kind], keys: [String?], titleKey: String?, _ segments: ArraySlice<Segment>) {
        let base = segments.startIndex
        for i in kinds.indices where kinds[i] == .boilerplate {
            guard i > 0, i + 1 < kinds.count, let key = keys[i - 1], key == keys[i + 1], key != titleKey,
                  segments[base + (i - 1)].words <= listEntryWords else { continue }
            kinds[i - 1] = .boilerplate
            kinds[i + 1] = .boilerplate
        }
    }

    /// A paragraph this long is a sentence of the article, which ends the page header.
    static let headerSentenceWords = 8

    /// Alt text stands alone between ordinary sentences: one ends before it and another starts
    /// with a capital after it. Lower-case lines next to lower-case lines are a poem or a list.
    private static func isLoneAltText(_ segments: ArraySlice<Segment>, _ i: Int) -> Bool {
        let index = segments.startIndex + i
        guard LineShape.isAltText(segments[index].text, words: segments[index].words) else { return false }
        guard index > segments.startIndex, let previous = segments[index - 1].text.unicodeScalars.last,
              TextScan.closesSentence(previous) else { return false }
        guard index + 1 < segments.endIndex else { return true }
        return segments[index + 1].text.unicodeScalars.first.map(ScalarClass.isUpper) == true
    }

    private static func mayQuote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { QuoteScanner.mayOpen(in: $0, 0..<$0.count) }
    }

    /// A title and a name between two paragraphs, the one before it ending a sentence.
    private static func isLoneTitledName(_ segments: ArraySlice<Segment>, _ i: Int) -> Bool {
        let index = segments.startIndex + i
        guard index > segments.startIndex, standsAlone(segments, i),
              LineShape.isTitledName(segments[index].text, words: segments[index].words),
              let previous = segments[index - 1].text.unicodeScalars.last else { return false }
        return TextScan.closesSentence(previous)
    }

    /// An author's photo above their note, left as the image's file name: "Jim-Kouri" before
    /// "Jim Kouri, CPP, is founder and CEO of …". The line is one word of capitalised parts
    /// joined by hyphens, and the next paragraph opens with those parts.
    private static func isNameSlugOfNext(_ segments: ArraySlice<Segment>, _ i: Int) -> Bool {
        let index = segments.startIndex + i
        guard segments[index].words == 1, index + 1 < segments.endIndex else { return false }
        let parts = segments[index].text.split(separator: "-")
        guard parts.count >= 2, parts.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUpper) == true }) else { return false }
        return segments[index + 1].text.hasPrefix(parts.joined(separator: " "))
    }

    /// Blank lines (or the text's edges) on both sides: a heading is set apart from its paragraphs.
    private static func standsAlone(_ segments: ArraySlice<Segment>, _ i: Int) -> Bool {
        let index = segments.startIndex + i
        let before = i == 0 || segments[index].blankLinesBefore > 0
        let after = index + 1 >= segments.endIndex || segments[index + 1].blankLinesBefore > 0
        return before && after && segments[index].lineCount == 1
    }

    /// A listing of separate stories (003) shows several long headlines, each over a short teaser;
    /// an article's subheadings are short or head long sections, and most of its headings are not
    /// of that kind. Returns the headlines, the page's title first, or none.
    static func stories(title: String, segments: ArraySlice<Segment>, kinds: [Block.Kind]) -> [String] {
        let headings = kinds.indices.filter { kinds[$0] == .heading }
        var teasers = 0
        for (n, h) in headings.enumerated() {
            let text = segments[segments.startIndex + h].text
            guard segments[segments.startIndex + h].words >= 8, text.first?.isLetter == true else { continue }
            let end = n + 1 < headings.count ? headings[n + 1] : kinds.count
            let words = (h + 1..<end).filter { kinds[$0] == .paragraph }
                .reduce(0) { $0 + TextScan.wordCount(segments[segments.startIndex + $1].text, limit: 301) }
            if (30...300).contains(words) { teasers += 1 }
        }
        guard teasers >= 3, teasers * 2 >= headings.count else { return [] }
        return [title] + headings.map { segments[segments.startIndex + $0].text }
    }
}
