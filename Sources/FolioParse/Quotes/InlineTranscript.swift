import Foundation

/// An interview whose line breaks the scrape lost: one paragraph of turns, each opened by its
/// speaker's label ("… the Canadian Human Rights Code” Rambukkana: …[Peterson] lectures about … —
/// Shepherd: I’m familiar. I follow him. …"). A paragraph is read so when it holds at least
/// `minimumTurns` labels of at least two speakers, one of whom speaks twice, each label a name of
/// one or two capitalised words at the paragraph's start or after the end of a sentence, a
/// closing mark or a dash.
enum InlineTranscript {
    struct Turn: Equatable {
        var speaker: String
        /// The turn's words, after its label and up to the next.
        var range: Range<Int>
    }

    static let minimumTurns = 3

    static func turns(in bytes: [UInt8], _ range: Range<Int>) -> [Turn] {
        // Most paragraphs hold no colon three times, and cost only this count, made by memchr.
        let colons = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var at = range.lowerBound
            while count < minimumTurns, at < range.upperBound, let hit = memchr(buffer.baseAddress! + at, 0x3A, range.upperBound - at) {
                count += 1
                at = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
        guard colons >= minimumTurns else { return [] }
        var labels: [(speaker: String, start: Int, textStart: Int)] = []
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            // "Shepherd: But", and "Shepherd:Like" where the scrape lost the space.
            let opens = bytes[i + 1] == 0x20 ? 2 : (0x41...0x5A).contains(bytes[i + 1]) ? 1 : 0
            if bytes[i] == UInt8(ascii: ":"), opens > 0, let (name, start) = label(endingAt: i, in: bytes, from: range.lowerBound) {
                labels.append((name, start, i + opens))
            }
            i += 1
        }
        // Two speakers at least, and one of them back again: "Source: … Photo: … Video: …" is a
        // list of credits, not a conversation.
        let speakers = Set(labels.map(\.speaker))
        guard labels.count >= minimumTurns, speakers.count >= 2, speakers.count < labels.count else { return [] }
        return labels.indices.compactMap { k in
            var end = k + 1 < labels.count ? labels[k + 1].start : range.upperBound
            // The space and dash that led to the next label ("… trans rights — Shepherd:").
            while let last = TextScan.lastScalar(bytes, labels[k].textStart..<end), last == " " || TextScan.isDash(last) {
                end -= String(last).utf8.count
            }
            return end > labels[k].textStart ? Turn(speaker: labels[k].speaker, range: labels[k].textStart..<end) : nil
        }
    }

    /// The label whose colon is at `colon`: one or two capitalised words, standing at `floor` or
    /// after ". ", "? ", "! ", a closing quotation mark (`QuoteMarks`) or a dash and a space.
    private static func label(endingAt colon: Int, in bytes: [UInt8], from floor: Int) -> (String, Int)? {
        var start = colon
        var words = 0
        while words < 2 {
            var j = start
            while j > floor, isLetter(bytes[j - 1]) { j -= 1 }
            guard j < start, (0x41...0x5A).contains(bytes[j]) else { return nil }
            words += 1
            start = j
            // Another capitalised word before, after one space.
            guard start - 2 >= floor, bytes[start - 1] == 0x20, isLetter(bytes[start - 2]) else { break }
            var k = start - 1
            while k > floor, isLetter(bytes[k - 1]) { k -= 1 }
            guard (0x41...0x5A).contains(bytes[k]) else { break }
            start -= 1
        }
        let name = String(decoding: bytes[start..<colon], as: UTF8.self)
        guard !AttributionLexicon.notNames.contains(TextFold.fold(name)), !AttributionLexicon.notSpeakers.contains(TextFold.fold(name)) else { return nil }
        if start == floor { return (name, start) }
        guard start - 2 >= floor, bytes[start - 1] == 0x20, let before = TextScan.lastScalar(bytes, floor..<(start - 1)) else { return nil }
        // A hyphen does not: it joins words ("pro-Trump: …").
        let opensTurn = [".", "?", "!"].contains(before) || (before != "-" && TextScan.isDash(before)) || QuoteMarks.closing.contains(before)
        return opensTurn ? (name, start) : nil
    }

    /// An ASCII letter; apostrophes and hyphens join a name's parts.
    private static func isLetter(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
    }
}
