import Foundation
import GRDB

/// A search as SQL: the FTS5 expression of what it matches, if anything, and the conditions on
/// an article's id that the user's data adds (`UserFilter`), every user word a bound argument.
/// Each query of `Search` reads its WHERE clause from here, over the full-text table or, for a
/// search of tags alone, over the articles.
struct SearchPlan {
    let query: Query
    /// What FTS5 matches; nil for a search of the user's marks alone (`tag:dresden`).
    let match: String?
    /// How many of the match's phrases each of its terms is (`FTSQuery.phrases`), as the ranking
    /// reads it: "1,3" for `raqqa presid*` searched as three words; empty when each is one.
    let phraseGroups: String
    private let conditions: [(sql: String, arguments: StatementArguments)]

    /// `prefixWords` gives, of the prefixes typed in the query, those to be searched as the words
    /// they start, with their words (`PrefixWords`).
    init(_ text: String, userData: UserData?, prefixWords: (Set<String>) throws -> [String: [String]]) throws {
        query = try Query.parse(try Self.expanded(text, userData))
        var (fts, filters) = try UserFilter.split(query)
        let prefixes = Set((fts?.terms(excluded: true) ?? []).filter(\.isPrefix).map(\.text))
        let words = prefixes.isEmpty ? [:] : try prefixWords(prefixes)
        let expression = { (query: Query) in FTSQuery.compiled(query, prefixWords: words) }
        var conditions: [(String, StatementArguments)] = []
        // Words only left out (`tag:done -war`) leave FTS5 nothing to match: they are a condition.
        if let only = fts, only.exclusions.count == only.parts.count {
            conditions.append(("NOT IN (SELECT rowid FROM search WHERE search MATCH ?)", [expression(.any(only.exclusions)).expression]))
            fts = nil
        }
        if !filters.isEmpty {
            guard let userData else { throw QueryError(message: "tag:, note: and is: read the user's data, which this search was not given") }
            for filter in filters {
                let sources: [String]
                switch filter.kind {
                case .tag(let tag, let prefix): sources = try userData.sources(tagged: tag, prefix: prefix)
                case .note(let words): sources = try userData.sources(noting: words)
                case .tagged: sources = try userData.sources(tagged: nil)
                case .read: sources = try userData.readSources()
                }
                let within = "IN (SELECT id FROM articles WHERE source IN (SELECT value FROM json_each(?)))"
                conditions.append((filter.excluded ? "NOT " + within : within, [UserData.json(sources.flatMap(UserData.named))]))
            }
        }
        let compiled = fts.map(expression)
        match = compiled?.expression
        let counts = compiled?.phrases ?? []
        phraseGroups = counts.allSatisfy { $0 == 1 } ? "" : counts.map(String.init).joined(separator: ",")
        self.conditions = conditions
    }

    /// `@NAME` is the search kept by that name (`UserData.save`), in parentheses among the
    /// other words (`@dresden Clinton`).
    static func expanded(_ text: String, _ userData: UserData?) throws -> String {
        guard text.contains("@") else { return text }
        return try text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard word.hasPrefix("@"), word.count > 1 else { return String(word) }
            guard let saved = try userData?.savedSearch(String(word)) else { throw QueryError(message: "no search is kept as \(word)") }
            return "(\(saved))"
        }.joined(separator: " ")
    }

    /// The conditions on the article id `column`, each after AND.
    private func filtering(_ column: String) -> (String, StatementArguments) {
        conditions.reduce(into: ("", StatementArguments())) { out, condition in
            out.0 += " AND \(column) \(condition.sql)"
            out.1 += condition.arguments
        }
    }

    /// The WHERE clause over `search` for a plan that matches words: the match, without the rows
    /// of articles gone since they were indexed (`Schema`), with the user's conditions.
    func onSearch(_ match: String) -> (String, StatementArguments) {
        let (filters, arguments) = filtering("search.rowid")
        return ("search MATCH ? AND search.rowid NOT IN (SELECT id FROM forgotten)" + filters, [match] + arguments)
    }

    /// The WHERE clause over `articles` (its `id`): the plan's match as a condition, if any, and
    /// the user's conditions.
    var onArticles: (String, StatementArguments) {
        var (sql, arguments) = filtering("id")
        if let match {
            let (inner, innerArguments) = onSearch(match)
            sql = " AND id IN (SELECT rowid FROM search WHERE \(inner))" + sql
            arguments = innerArguments + arguments
        }
        return ("1" + sql, arguments)
    }
}

private extension Query {
    var exclusions: [Query] { parts.compactMap { if case .not(let part) = $0 { part } else { nil } } }
}
