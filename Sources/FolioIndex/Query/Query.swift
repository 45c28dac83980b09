/// A search as the user typed it, parsed: words are ANDed, `"exact phrase"`, `prefix*`, `OR`,
/// `-word` and `NOT word`, parentheses, and the fields `title:`, `quote:`, `speaker:`,
/// `comment:`, `author:`, `site:` and `type:`, and the user's own `tag:`, `note:` and `is:` (read,
/// unread, tagged; `UserFilter`). Curly quotes typed or pasted are phrase quotes too.
public indirect enum Query: Equatable, Sendable {
    case term(Term)
    case all([Query])
    case any([Query])
    case not(Query)

    /// A word or a phrase, perhaps a prefix, perhaps in one field.
    public struct Term: Equatable, Sendable {
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var field: Field?
    }

    /// The terms a query looks for, when every one of them is a `speaker:` term: what a result
    /// shows that speaker's words for, rather than the names field the terms matched.
    var speakerTerms: [Term]? {
        let terms = terms(excluded: false)
        return !terms.isEmpty && terms.allSatisfy { $0.field == .speaker } ? terms : nil
    }

    /// Whether a term, wanted or excluded, is limited to a field: FTS5 narrows a column filter
    /// inside another, so such a query's title hits cannot be asked as `title : (…)`.
    var limitsAField: Bool { terms(excluded: true).contains { $0.field != nil } }

    /// What the query ANDs together: its parts, or itself alone.
    var parts: [Query] { if case .all(let parts) = self { parts } else { [self] } }

    /// The terms the query looks for, in the order typed, without those it excludes: what a
    /// result lights.
    public var wantedTerms: [Term] { terms(excluded: false) }

    /// The query's terms, with those it excludes or without.
    func terms(excluded: Bool) -> [Term] {
        var terms: [Term] = []
        func walk(_ q: Query) {
            switch q {
            case .term(let term): terms.append(term)
            case .all(let parts), .any(let parts): parts.forEach(walk)
            case .not(let part): if excluded { walk(part) }
            }
        }
        walk(self)
        return terms
    }

    /// The parts of an article a search can be limited to, and what the user marked it with.
    public enum Field: String, CaseIterable, Sendable {
        case title, quote, speaker, comment, author, site, type, tag, note, `is`

        /// The FTS5 column the field searches; none for what the user's data answers.
        var column: String? {
            switch self {
            case .title: "title"
            case .quote: "quotes"
            case .speaker: "speakers"
            case .comment: "comments"
            case .author: "authors"
            case .site: "site"
            case .type: "type"
            case .tag, .note, .is: nil
            }
        }

        /// The user's data answers it (`UserFilter`), not the full-text index.
        var isUserData: Bool { column == nil }
    }

    /// Parses a query; a malformed one throws a `QueryError` that says what is wrong and where.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(tokens: try QueryLexer.tokens(text))
        return try parser.parse()
    }
}

/// What is wrong with a query, in words for the status line.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
