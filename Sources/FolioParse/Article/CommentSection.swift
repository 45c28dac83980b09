/// Finds the reader comments a scraper kept below an article and splits them into comments.
/// Two layouts are common: a comment widget's labels ("Notify of", "View all comments") followed by
/// comments opened by a name line or set apart by two blank lines (wpDiscuz, Disqus), and an
/// indented numbered list that runs to the end of the page (WordPress themes).
enum CommentSection {
    enum Layout { case widget, numbered }

    struct Location {
        /// Segments before this index are the article body.
        var bodyEnd: Int
        /// The first segment of the comments proper; furniture in between is boilerplate.
        var commentsStart: Int
        var layout: Layout
    }

    static func locate(_ segments: [Segment]) -> Location? {
        if let opener = segments.indices.first(where: { isOpener(segments[$0]) }), opener > 0 {
            var start = opener
            while start < segments.count, isOpener(segments[start]) || isFurniture(segments[start]) { start += 1 }
            return Location(bodyEnd: opener, commentsStart: start, layout: .widget)
        }
        if let first = segments.indices.first(where: { startsNumberedList(segments, at: $0) }), first > 0 {
            return Location(bodyEnd: first, commentsStart: first, layout: .numbered)
        }
        return nil
    }

    private static func isOpener(_ segment: Segment) -> Bool {
        guard segment.words <= 5, let key = segment.key else { return false }
        return LineShape.isCommentOpener(key: key)
    }

    private static func isFurniture(_ segment: Segment) -> Bool {
        guard segment.words <= 12, let key = segment.key else { return false }
        return LineShape.isFurniture(key: key, words: segment.words)
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
            switch layout {
            case .numbered:
                if let item = itemNumber(segment.text) {
                    open(at: segment, author: nil)
                    add(segment, text: String(segment.text.utf8.dropFirst(item.markerLength))!)
                } else {
                    add(segment, text: segment.text)
                }
            case .widget:
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
}
