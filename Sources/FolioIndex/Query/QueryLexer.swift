import FolioParse

/// Splits a query into its tokens. Positions are 1-based columns, for messages.
enum QueryLexer {
    enum Token: Equatable {
        case word(String, prefix: Bool)
        case phrase(String)
        case field(Query.Field)
        case open, close, or, and, not, minus
    }

    struct Located: Equatable {
        var token: Token
        var column: Int
    }

    /// Every double quotation mark (straight, curly, low-9, guillemets) opens and closes phrases.
    static let phraseMarks: Set<Character> = Set(QuoteMarks.double.scalars.map(Character.init))

    static func tokens(_ text: String) throws(QueryError) -> [Located] {
        // A control character (a NUL pasted from a scraped page, a stray ESC) separates words as a
        // space does: passed on, a NUL would end the expression early inside SQLite.
        let chars = Array(text).map { $0.unicodeScalars.first?.properties.generalCategory == .control ? " " : $0 }
        var out: [Located] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace { i += 1; continue }
            if c == "(" { out.append(Located(token: .open, column: column)); i += 1; continue }
            if c == ")" { out.append(Located(token: .close, column: column)); i += 1; continue }
            if phraseMarks.contains(c) {
                guard let end = chars[(i + 1)...].firstIndex(where: { phraseMarks.contains($0) }) else {
                    throw QueryError(message: "the phrase opened at column \(column) is not closed")
                }
                out.append(Located(token: .phrase(String(chars[(i + 1)..<end])), column: column))
                i = end + 1
                continue
            }
            // A hyphen inside a word is part of it (the word loop below takes it); one that starts
            // a token excludes what follows.
            if c == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
                out.append(Located(token: .minus, column: column))
                i += 1
                continue
            }
            var end = i
            while end < chars.count, !chars[end].isWhitespace, !"()".contains(chars[end]), !phraseMarks.contains(chars[end]) { end += 1 }
            let word = String(chars[i..<end])
            i = end
            if word.hasSuffix(":"), let field = Query.Field(rawValue: word.dropLast().lowercased()) {
                out.append(Located(token: .field(field), column: column))
                continue
            }
            switch word {
            case "OR": out.append(Located(token: .or, column: column))
            case "AND": out.append(Located(token: .and, column: column))
            case "NOT": out.append(Located(token: .not, column: column))
            default:
                if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
                   word[..<colon].allSatisfy(\.isLetter), Query.Field(rawValue: word[..<colon].lowercased()) != nil {
                    // "title:raqqa": the field, then its word.
                    let field = Query.Field(rawValue: word[..<colon].lowercased())!
                    out.append(Located(token: .field(field), column: column))
                    out.append(Located(token: Self.word(String(word[word.index(after: colon)...])), column: column + word.distance(from: word.startIndex, to: colon) + 1))
                } else {
                    out.append(Located(token: Self.word(word), column: column))
                }
            }
        }
        return out
    }

    private static func word(_ text: String) -> Token {
        text.count > 1 && text.hasSuffix("*") ? .word(String(text.dropLast()), prefix: true) : .word(text, prefix: false)
    }
}
