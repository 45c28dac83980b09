/// A parsed query as an FTS5 MATCH expression. The expression is passed to SQLite as a bound
/// parameter; the user's words reach it only through `string`, so no word can be read by FTS5 as
/// an operator or a column name.
enum FTSQuery {
    /// User text as an FTS5 string: in double quotes, each double quote doubled. Scalar by
    /// scalar, since SQLite reads scalars: a quote with a combining mark on it is one `Character`
    /// to Swift but still a quote to FTS5.
    static func string(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append(scalar) }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }

    /// How many FTS5 phrases each term of `query` is, in the expression's order: one, or a
    /// prefix's words (`prefixWords`). The ranking weighs a prefix's words as one phrase, as FTS5
    /// weighs a prefix (`Ranking`).
    static func phrases(_ query: Query, prefixWords: [String: [String]] = [:]) -> [Int] {
        switch query {
        case .term(let term):
            return [term.isPrefix ? max(1, prefixWords[term.text]?.count ?? 1) : 1]
        case .any(let parts):
            return parts.flatMap { phrases($0, prefixWords: prefixWords) }
        case .all(let parts):
            // As `expression` writes them: what to find, then what to leave out.
            return parts.filter { !$0.isExclusion }.flatMap { phrases($0, prefixWords: prefixWords) }
                + parts.compactMap { if case .not(let excluded) = $0 { excluded } else { nil } }.flatMap { phrases($0, prefixWords: prefixWords) }
        case .not(let excluded):
            return phrases(excluded, prefixWords: prefixWords)
        }
    }

    /// The expression; a prefix found in `prefixWords` is any of its words (`PrefixWords`).
    static func expression(_ query: Query, prefixWords: [String: [String]] = [:]) -> String {
        let expression = { (part: Query) in Self.expression(part, prefixWords: prefixWords) }
        switch query {
        case .term(let term):
            var phrase = string(term.text) + (term.isPrefix ? "*" : "")
            if term.isPrefix, let words = prefixWords[term.text], !words.isEmpty {
                phrase = "(" + words.map(string).joined(separator: " OR ") + ")"
            }
            // `tag:` and `is:` were taken out before (`UserFilter.split`).
            return term.field.map { "\($0.column!) : \(phrase)" } ?? phrase
        case .any(let parts):
            return "(" + parts.map(expression).joined(separator: " OR ") + ")"
        case .all(let parts):
            // FTS5's NOT is binary: what to find, NOT what to leave out.
            var found = "(" + parts.filter { !$0.isExclusion }.map(expression).joined(separator: " AND ") + ")"
            for case .not(let excluded) in parts { found = "(\(found) NOT \(expression(excluded)))" }
            return found
        case .not:
            preconditionFailure("Query.parse rejects a query that only excludes words")
        }
    }
}

private extension Query {
    var isExclusion: Bool {
        if case .not = self { true } else { false }
    }
}
