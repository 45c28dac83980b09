/// Recursive descent over the query's tokens:
///
///     query   := either
///     either  := both ("OR" both)*
///     both    := unary (["AND"] unary)*
///     unary   := ("NOT" | "-") unary | primary
///     primary := "(" either ")" | [field] (word | phrase | "(" either ")")
struct QueryParser {
    typealias Token = QueryLexer.Token
    let tokens: [QueryLexer.Located]
    private var position = 0

    init(tokens: [QueryLexer.Located]) { self.tokens = tokens }

    mutating func parse() throws(QueryError) -> Query {
        guard !tokens.isEmpty else { throw QueryError(message: "the query is empty") }
        let query = try either(field: nil)
        if position < tokens.count {
            let extra = tokens[position]
            throw QueryError(message: extra.token == .close
                ? "the ) at column \(extra.column) closes no parenthesis"
                : "unexpected \(describe(extra.token)) at column \(extra.column)")
        }
        try Self.checkSomethingToFind(query)
        return query
    }

    private var current: QueryLexer.Located? { position < tokens.count ? tokens[position] : nil }

    private mutating func either(field: Query.Field?) throws(QueryError) -> Query {
        var parts = [try both(field: field)]
        while current?.token == .or {
            let or = current!
            position += 1
            guard let next = current, next.token != .close, next.token != .or else {
                throw QueryError(message: "OR at column \(or.column) needs something to search for after it")
            }
            parts.append(try both(field: field))
        }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    private mutating func both(field: Query.Field?) throws(QueryError) -> Query {
        var parts: [Query] = []
        while let token = current, token.token != .or, token.token != .close {
            if token.token == .and {
                guard !parts.isEmpty else { throw QueryError(message: "AND at column \(token.column) needs something to search for before it") }
                position += 1
                guard let next = current, next.token != .or, next.token != .close, next.token != .and else {
                    throw QueryError(message: "AND at column \(token.column) needs something to search for after it")
                }
                continue
            }
            parts.append(try unary(field: field))
        }
        guard !parts.isEmpty else {
            if let token = current, token.token == .or {
                throw QueryError(message: "OR at column \(token.column) needs something to search for before it")
            }
            throw QueryError(message: "nothing to search for before the end of the query")
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func unary(field: Query.Field?) throws(QueryError) -> Query {
        let token = current!
        if token.token == .not || token.token == .minus {
            position += 1
            guard let next = current, next.token != .or, next.token != .close else {
                throw QueryError(message: "\(token.token == .not ? "NOT" : "-") at column \(token.column) needs a word after it")
            }
            // NOT NOT word is the word.
            let inner = try unary(field: field)
            if case .not(let twice) = inner { return twice }
            return .not(inner)
        }
        return try primary(field: field)
    }

    private mutating func primary(field: Query.Field?) throws(QueryError) -> Query {
        let token = current!
        position += 1
        switch token.token {
        case .open:
            guard let next = current, next.token != .close else {
                throw QueryError(message: current == nil ? "the ( at column \(token.column) is not closed" : "the ( at column \(token.column) holds nothing to search for")
            }
            let inner = try either(field: field)
            guard current?.token == .close else { throw QueryError(message: "the ( at column \(token.column) is not closed") }
            position += 1
            return inner
        case .field(let f):
            guard let next = current, [.open].contains(next.token) || next.isTerm else {
                throw QueryError(message: "\(f.rawValue): at column \(token.column) needs a word, a phrase or a group after it")
            }
            return try primary(field: f)
        case .word(let text, let prefix):
            return .term(Query.Term(text: text, isPhrase: false, isPrefix: prefix, field: field))
        case .phrase(let text):
            return .term(Query.Term(text: text, isPhrase: true, isPrefix: false, field: field))
        case .close, .or, .and, .not, .minus:
            throw QueryError(message: "unexpected \(describe(token.token)) at column \(token.column)")
        }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let w, _): "“\(w)”"
        case .phrase(let p): "“\(p)”"
        case .field(let f): "\(f.rawValue):"
        case .open: "("
        case .close: ")"
        case .or: "OR"
        case .and: "AND"
        case .not: "NOT"
        case .minus: "-"
        }
    }

    /// Every part of the query must find something of its own: "-word" alone, or "a OR -b",
    /// could only list the whole corpus.
    static func checkSomethingToFind(_ query: Query) throws(QueryError) {
        switch query {
        case .term(let term):
            guard term.text.contains(where: { $0.isLetter || $0.isNumber }) else {
                throw QueryError(message: "“\(term.text)” has no letters or digits to search for")
            }
        case .not:
            throw QueryError(message: "a query cannot only exclude words: add a word to search for")
        case .all(let parts):
            guard parts.contains(where: { if case .not = $0 { false } else { true } }) else {
                throw QueryError(message: "a query cannot only exclude words: add a word to search for")
            }
            for part in parts {
                if case .not(let inner) = part { try checkSomethingToFind(inner) } else { try checkSomethingToFind(part) }
            }
        case .any(let parts):
            for part in parts { try checkSomethingToFind(part) }
        }
    }
}

private extension QueryLexer.Located {
    var isTerm: Bool {
        switch token {
        case .word, .phrase: true
        default: false
        }
    }
}
