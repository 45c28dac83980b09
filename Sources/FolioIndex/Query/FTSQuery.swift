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

    /// The expression, and how many FTS5 phrases each of its terms is, in the expression's order:
    /// one, or a prefix's words when `prefixWords` has them (`PrefixWords`), searched as any of
    /// them. The ranking weighs a prefix's words as one phrase, as bm25 weighs a prefix (`Ranking`).
    static func compiled(_ query: Query, prefixWords: [String: [String]] = [:]) -> (expression: String, phrases: [Int]) {
        var phrases: [Int] = []
        let expression = write(query, prefixWords, &phrases)
        return (expression, phrases)
    }

    static func expression(_ query: Query) -> String { compiled(query).expression }

    /// Writes the expression of `query`, counting each term's phrases as it writes it.
    private static func write(_ query: Query, _ prefixWords: [String: [String]], _ phrases: inout [Int]) -> String {
        switch query {
        case .term(let term):
            var phrase = string(term.text) + (term.isPrefix ? "*" : "")
            if term.isPrefix, let words = prefixWords[term.text], !words.isEmpty {
                phrase = "(" + words.map(string).joined(separator: " OR ") + ")"
                phrases.append(words.count)
            } else {
                phrases.append(1)
            }
            // `tag:` and `is:` were taken out before (`UserFilter.split`).
            return term.field.map { "\($0.column!) : \(phrase)" } ?? phrase
        case .any(let parts):
            return "(" + parts.map { write($0, prefixWords, &phrases) }.joined(separator: " OR ") + ")"
        case .all(let parts):
            // FTS5's NOT is binary: what to find, NOT what to leave out.
            var found = "(" + parts.filter { !$0.isExclusion }.map { write($0, prefixWords, &phrases) }.joined(separator: " AND ") + ")"
            for case .not(let excluded) in parts { found = "(\(found) NOT \(write(excluded, prefixWords, &phrases)))" }
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
