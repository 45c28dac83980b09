import FolioParse

/// What a search typed so far asks for: the word still being typed is a prefix (`konash` finds
/// Konashenkov before the word is finished), once it has three letters (fewer begin too many of
/// the index's words); a phrase, a word followed by a space, and the name of a kept search
/// (`@dresden`) stay as typed.
enum AsYouType {
    static func query(_ text: String) -> String {
        guard let last = text.last, last.isLetter || last.isNumber else { return text }
        let word = text.reversed().prefix { $0.isLetter || $0.isNumber }
        let before = text.dropLast(word.count).last
        // Inside an open phrase (any double quotation mark, as the query language reads them) the
        // words stay as typed.
        let isMark = { (c: Character) in c.unicodeScalars.count == 1 && QuoteMarks.double.contains(c.unicodeScalars.first!) }
        guard word.count >= 3, before.map({ !isMark($0) }) ?? true, before != "-", before != "@",
              text.filter(isMark).count % 2 == 0 else { return text }
        return text + "*"
    }
}
