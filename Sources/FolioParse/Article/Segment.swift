/// A paragraph as the page laid it out: one line, or several hard-wrapped lines of one sentence.
/// Scraped text marks paragraphs sometimes with blank lines and sometimes with single line ends
/// (003 puts a caption and the next paragraph on consecutive lines), so a single line end only
/// joins two lines when the first stops mid-sentence and the second goes on in lower case.
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
    /// Words in the text, counted only until they pass `shortLine`: every rule that counts words
    /// judges short lines, and a long paragraph is not counted to its end.
    var words: Int
    /// The text folded (`TextFold`), for a line of at most `shortLine` words: the comment section
    /// and the body classifier both compare short lines with lists of page furniture, and would
    /// otherwise fold the same line twice.
    var key: String?

    /// The most words a line may have to be judged by its shape; longer ones are paragraphs.
    static let shortLine = 25
}

enum Segmenter {
    /// `text` is `bytes` as a String.
    static func segments(of bytes: [UInt8], text: String) -> [Segment] {
        var result: [Segment] = []
        var blanks = 0
        var previousLineWasText = false
        for line in LineScanner.lines(in: bytes) {
            let trimmed = Whitespace.trim(bytes, line.start..<line.end)
            if trimmed.isEmpty {
                blanks += 1
                previousLineWasText = false
                continue
            }
            if previousLineWasText, var last = result.last,
               continuesSentence(bytes, previous: last.range, next: trimmed) {
                last.range = last.range.lowerBound..<trimmed.upperBound
                last.text += " " + text.slice(utf8: trimmed)
                last.lineCount += 1
                last.words = TextScan.wordCount(last.text, limit: Segment.shortLine)
                result[result.count - 1] = last
            } else {
                let lineText = text.slice(utf8: trimmed)
                result.append(Segment(
                    range: trimmed,
                    text: lineText,
                    blankLinesBefore: blanks,
                    indent: trimmed.lowerBound - line.start,
                    lineCount: 1,
                    words: TextScan.wordCount(lineText, limit: Segment.shortLine)))
            }
            blanks = 0
            previousLineWasText = true
        }
        for i in result.indices where result[i].words <= Segment.shortLine { result[i].key = TextFold.fold(result[i].text) }
        return result
    }

    /// A line break inside a sentence: the line before ends without closing punctuation and the
    /// next begins with a lower-case letter ("…their allies deserve Sanaa,⏎ a courthouse of…").
    static func continuesSentence(_ bytes: [UInt8], previous: Range<Int>, next: Range<Int>) -> Bool {
        guard let first = TextScan.firstScalar(bytes, next), ScalarClass.isLower(first),
              let last = TextScan.lastScalar(bytes, previous) else { return false }
        return !TextScan.closesSentence(last)
    }
}
