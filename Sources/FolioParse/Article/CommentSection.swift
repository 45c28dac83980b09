/// Finds the reader comments a scraper kept below an article and splits them into comments.
/// Most comment systems print a header with every comment, a name and a date (`CommentHeader`),
/// under a section header ("33 Comments", "6 thoughts on …", "Kommentare"): the section starts at
/// that header when comment headers follow it, and each header opens a comment. Pages whose
/// comments have no dates keep two older layouts: a comment widget's labels ("Notify of", "View
/// all comments") followed by comments opened by a name line or set apart by two blank lines
/// (wpDiscuz, Disqus), and an indented numbered list that runs to the end of the page.
enum CommentSection {
    enum Layout { case headed, widget, numbered }

    struct Location {
        /// Segments before this index are the article body.
        var bodyEnd: Int
        /// The first segment of the comments proper; furniture in between is boilerplate.
        var commentsStart: Int
        var layout: Layout
    }

    /// How far after a section header the first comment header may stand, in lines, and how
    /// many long lines (a comment policy, a privacy notice) may stand between them.
    static let headerReach = 30
    static let longLinesBeforeHeader = 2

    static func locate(_ segments: [Segment]) -> Location? {
        let openers = segments.indices.filter { $0 > 0 && isOpener(segments[$0]) }
        if let first = openers.first {
            // Each line near a section header is classified once, however many headers share it.
            let reach = first..<min(segments.count, openers.last! + 1 + headerReach)
            let lines = segments[reach].map(CommentLine.classify)
            for opener in openers {
                if let header = firstHeader(segments[reach], lines, after: opener) {
                    return Location(bodyEnd: opener, commentsStart: header, layout: .headed)
                }
            }
            var start = first
            while start < segments.count, isOpener(segments[start]) || isFurniture(segments[start]) { start += 1 }
            return Location(bodyEnd: first, commentsStart: start, layout: .widget)
        }
        if let first = segments.indices.first(where: { startsNumberedList(segments, at: $0) }), first > 0 {
            return Location(bodyEnd: first, commentsStart: first, layout: .numbered)
        }
        return nil
    }

    /// The index of the first comment header within reach of a section header, if one is there.
    /// `lines` classifies `segments`, whose indices are the article's.
    private static func firstHeader(_ segments: ArraySlice<Segment>, _ lines: [CommentLine], after opener: Int) -> Int? {
        var longLines = 0
        for i in (opener + 1)..<min(segments.endIndex, opener + 1 + headerReach) {
            let offset = i - segments.startIndex
            if CommentHeader.at(offset, lines: lines, segments: segments) != nil { return i }
            if segments[i].key == nil { longLines += 1 }
            if longLines > longLinesBeforeHeader { return nil }
        }
        return nil
    }

    private static func isOpener(_ segment: Segment) -> Bool {
        guard segment.words <= CommentLine.mostWords, let shape = segment.shape else { return false }
        return CommentLexicon.opensSection(shape: shape, words: segment.words)
    }

    private static func isFurniture(_ segment: Segment) -> Bool {
        guard segment.words <= 12, let key = segment.key, let shape = segment.shape else { return false }
        return LineShape.isFurniture(key: key, shape: shape, words: segment.words)
    }

    /// "  1. text…" indented deeper than the text before it, numbered from one, and nothing but
    /// further items or indented lines after it: a list in the article body is followed by more
    /// body, and a document indented throughout (a licence) is not a page with comments.
    private static func startsNumberedList(_ segments: [Segment], at i: Int) -> Bool {
        guard i > 0, segments[i].indent > segments[i - 1].indent,
              itemNumber(segments[i].text)?.number == 1 else { return false }
        var expected = 2
        for j in (i + 1)..<segments.count {
            if let item = itemNumber(segments[j].text), item.number == expected {
                expected += 1
            } else if segments[j].indent == 0 {
                return false
            }
        }
        return true
    }

    /// The number of a list item "12. text" and the byte length of its marker.
    static func itemNumber(_ text: String) -> (number: Int, markerLength: Int)? {
        var number = 0
        var length = 0
        for b in text.utf8 {
            if b >= 0x30, b <= 0x39, length < 4 {
                number = number * 10 + Int(b - 0x30)
                length += 1
            } else {
                break
            }
        }
        let bytes = Array(text.utf8.prefix(length + 2))
        guard length > 0, bytes.count == length + 2, bytes[length] == UInt8(ascii: "."), bytes[length + 1] == 0x20 else { return nil }
        return (number, length + 2)
    }

    struct Split {
        var comments: [Comment] = []
        /// Block kinds for the section's segments, in order.
        var kinds: [Block.Kind] = []
    }

    static func split(_ segments: ArraySlice<Segment>, layout: Layout) -> Split {
        if layout == .headed { return splitHeaded(segments) }
        var split = Split()
        var current: Comment?
        var awaitingBody = false  // a name line has opened `current` and no paragraph followed yet

        func finish() {
            if let c = current, !c.paragraphs.isEmpty { split.comments.append(c) }
            current = nil
        }
        func open(at segment: Segment, author: String?) {
            finish()
            current = Comment(index: split.comments.count, author: author, paragraphs: [], range: segment.range, parent: nil)
        }
        func add(_ segment: Segment, text: String) {
            guard var c = current else { return }
            c.paragraphs.append(text)
            c.range = c.range.lowerBound..<segment.range.upperBound
            current = c
        }

        for (offset, segment) in segments.enumerated() {
            let index = segments.startIndex + offset
            if isFurniture(segment) {
                finish()
                split.kinds.append(.boilerplate)
                continue
            }
            split.kinds.append(.comment)
            if layout == .numbered {
                if let item = itemNumber(segment.text) {
                    open(at: segment, author: nil)
                    add(segment, text: String(segment.text.utf8.dropFirst(item.markerLength))!)
                } else {
                    add(segment, text: segment.text)
                }
            } else {
                let next = index + 1 < segments.endIndex ? segments[index + 1] : nil
                if !awaitingBody, LineShape.isNameLine(segment.text, words: segment.words),
                   let body = next, body.blankLinesBefore > 0,
                   !LineShape.isNameLine(body.text, words: body.words) {
                    open(at: segment, author: segment.text)
                    awaitingBody = true
                    continue
                }
                if current == nil || (!awaitingBody && segment.blankLinesBefore >= 2) {
                    open(at: segment, author: nil)
                }
                add(segment, text: segment.text)
                awaitingBody = false
            }
        }
        finish()
        ReplyInference.link(&split.comments)
        return split
    }

    /// Each header opens a comment, which takes the text lines up to the next header. Labels,
    /// counters and badges are boilerplate; a section or form header ends the comment, and text
    /// after it belongs to no comment (a comment policy, another page's comments in a sidebar).
    private static func splitHeaded(_ segments: ArraySlice<Segment>) -> Split {
        var split = Split()
        let lines = segments.map(CommentLine.classify)
        var threads = ReplyInference.Evidence()
        var current: Comment?
        var cue: CommentLine.ReplyCue?
        var indent = 0

        func finish() {
            if let c = current, !c.paragraphs.isEmpty {
                split.comments.append(c)
                threads.cues.append(cue)
                threads.indents.append(indent)
            }
            current = nil
        }

        var i = 0
        while i < lines.count {
            let segment = segments[segments.startIndex + i]
            if let header = CommentHeader.at(i, lines: lines, segments: segments) {
                finish()
                current = Comment(index: split.comments.count, author: header.author, date: header.date, paragraphs: [], range: segment.range, parent: nil)
                (cue, indent) = (header.cue, segment.indent)
                for j in i..<(i + header.length) {
                    if case .cue = lines[j] { split.kinds.append(.boilerplate) } else { split.kinds.append(.comment) }
                }
                i += header.length
                continue
            }
            switch lines[i] {
            case .action, .badge:
                split.kinds.append(.boilerplate)
            case .opener, .closer:
                finish()
                split.kinds.append(.boilerplate)
            case .cue(let label):
                if current != nil, cue == nil { cue = label }
                split.kinds.append(.boilerplate)
            case .dated(nil, let date) where current != nil:
                // A date after the text (wpDiscuz prints it below the votes).
                if current?.date == nil { current?.date = date }
                split.kinds.append(.comment)
            default:
                if var c = current {
                    c.paragraphs.append(segment.text)
                    c.range = c.range.lowerBound..<segment.range.upperBound
                    current = c
                    split.kinds.append(.comment)
                } else {
                    split.kinds.append(.boilerplate)
                }
            }
            i += 1
        }
        finish()
        ReplyInference.link(&split.comments, evidence: threads)
        return split
    }
}
