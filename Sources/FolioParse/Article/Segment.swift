/// A paragraph as the page laid it out: one line, or several hard-wrapped lines of one sentence.
/// Scraped text marks paragraphs sometimes with blank lines and sometimes with single line ends
/// (003 puts a caption and the next paragraph on consecutive lines), so a single line end only
/// joins two lines when the first stops mid-sentence and the second goes on in lower case. A page
/// dumped one block a line breaks that rule in its comments (a commenter's name over a comment
/// that starts in lower case), so the comment section is found among the lines before they join.
struct Segment: Sendable {
    /// The trimmed byte range in the article text.
    var range: Range<Int>
    /// The text, hard-wrapped lines joined by one space.
    var text: String
    /// Blank lines between this segment and the one before (or the start of the text).
    var blankLinesBefore: Int
    /// Leading white space of the first line, in bytes: comment lists are indented.
    var indent: Int
    var lineCount: Int
    /// The line goes on the sentence of the line before it.
    var continuesPrevious = false
    /// Words in the text, counted only until they pass `shortLine`: every rule that counts words
    /// judges short lines, and a long paragraph is not counted to its end.
    var words: Int
    /// The text folded (`TextFold`), for a line of at most `shortLine` words: the comment section
    /// and the body classifier both compare short lines with lists of page furniture, and would
    /// otherwise fold the same line twice.
    var key: String?
    /// The key with digit runs made `#` (`CommentLexicon.shape`), for the lists of labels that
    /// hold counts ("33 Comments").
    var shape: String?

    mutating func fold() {
        key = TextFold.fold(text)
        shape = key.map(CommentLexicon.shape)
    }

    /// The most words a line may have to be judged by its shape; longer ones are paragraphs.
    static let shortLine = 25
}

enum Segmenter {
    /// The text's lines that are not blank, one segment each. `text` is `bytes` as a String.
    static func lines(of bytes: [UInt8], text: String) -> [Segment] {
        var result: [Segment] = []
        var blanks = 0
        for line in LineScanner.lines(in: bytes) {
            let trimmed = Whitespace.trim(bytes, line.start..<line.end)
            if trimmed.isEmpty {
                blanks += 1
                continue
            }
            let lineText = text.slice(utf8: trimmed)
            var segment = Segment(
                range: trimmed,
                text: lineText,
                blankLinesBefore: blanks,
                indent: trimmed.lowerBound - line.start,
                lineCount: 1,
                words: TextScan.wordCount(lineText, limit: Segment.shortLine))
            if blanks == 0, let previous = result.last?.range {
                segment.continuesPrevious = continuesSentence(bytes, previous: previous, next: trimmed) && (result.count > 1 || !isDatedByline(bytes, trimmed))
            }
            if segment.words <= Segment.shortLine { segment.fold() }
            result.append(segment)
            blanks = 0
        }
        return result
    }

    /// The lines as paragraphs: each line that goes on the sentence before it joined to it.
    static func paragraphs(_ lines: ArraySlice<Segment>) -> ArraySlice<Segment> {
        // Most texts have no such line, and are their own paragraphs without a copy.
        guard lines.contains(where: \.continuesPrevious) else { return lines }
        var result: [Segment] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            guard line.continuesPrevious, var last = result.last else {
                result.append(line)
                continue
            }
            last.range = last.range.lowerBound..<line.range.upperBound
            last.text += " " + line.text
            last.lineCount += 1
            last.words = TextScan.wordCount(last.text, limit: Segment.shortLine)
            if last.words <= Segment.shortLine { last.fold() } else { (last.key, last.shape) = (nil, nil) }
            result[result.count - 1] = last
        }
        return result[...]
    }

    /// A byline and its date under the text's first line, which start in lower case but go on
    /// no sentence: "Hit Parader’s Top 100 Metal Vocalists of All Time ⏎ by oz on December 4,
    /// 2006", not a headline's second line ("Trump travel ban blocked ⏎ by federal judge in Seattle").
    private static func isDatedByline(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        // Read from the bytes: the line's String, kept for this rare question, was retained for every line.
        let text = String(decoding: bytes[line], as: UTF8.self)
        return CommentLexicon.opensWithByline(text) && DateLine.find(text) != nil
    }

    /// A line break inside a sentence: the line before ends without closing punctuation and the
    /// next begins with a lower-case letter ("…their allies deserve Sanaa,⏎ a courthouse of…").
    static func continuesSentence(_ bytes: [UInt8], previous: Range<Int>, next: Range<Int>) -> Bool {
        guard let first = TextScan.firstScalar(bytes, next), ScalarClass.isLower(first),
              let last = TextScan.lastScalar(bytes, previous) else { return false }
        return !TextScan.closesSentence(last)
    }
}
