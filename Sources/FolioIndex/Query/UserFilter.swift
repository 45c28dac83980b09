/// A part of a query that the user's data answers rather than the full-text index: `tag:NAME`
/// (a prefix while it is typed, `tag:dres*`), `note:WORDS` (a note holding them), `is:tagged`,
/// `is:read`, `is:unread`, each perhaps excluded (`-tag:done`). They join the rest of a query
/// with AND (`tag:dresden speaker:konashenkov`); anywhere else, inside OR, they are refused
/// with a message.
struct UserFilter: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case tag(String, prefix: Bool)
        /// A note holding these words.
        case note(String)
        case tagged
        case read
    }

    var kind: Kind
    var excluded: Bool

    /// `query` split into what FTS5 matches (nil when nothing is left for it) and the filters.
    static func split(_ query: Query) throws(QueryError) -> (Query?, [UserFilter]) {
        var kept: [Query] = []
        var filters: [UserFilter] = []
        for part in query.parts {
            switch part {
            case .term(let term) where term.field?.isUserData == true:
                filters.append(try filter(term, excluded: false))
            case .not(.term(let term)) where term.field?.isUserData == true:
                filters.append(try filter(term, excluded: true))
            default:
                if part.holdsUserField {
                    throw QueryError(message: "tag:, note: and is: go with the rest of a search by AND (or after - and NOT), not inside OR")
                }
                kept.append(part)
            }
        }
        return (kept.isEmpty ? nil : kept.count == 1 ? kept[0] : .all(kept), filters)
    }

    private static func filter(_ term: Query.Term, excluded: Bool) throws(QueryError) -> UserFilter {
        if term.field == .note { return UserFilter(kind: .note(term.text), excluded: excluded) }
        guard term.field == .is else { return UserFilter(kind: .tag(term.text, prefix: term.isPrefix), excluded: excluded) }
        switch term.text.lowercased() {
        case "tagged": return UserFilter(kind: .tagged, excluded: excluded)
        case "read": return UserFilter(kind: .read, excluded: excluded)
        case "unread": return UserFilter(kind: .read, excluded: !excluded)
        default: throw QueryError(message: "is: takes read, unread or tagged, not “\(term.text)”")
        }
    }
}

private extension Query {
    var holdsUserField: Bool {
        switch self {
        case .term(let term): term.field?.isUserData == true
        case .all(let parts), .any(let parts): parts.contains { $0.holdsUserField }
        case .not(let part): part.holdsUserField
        }
    }
}
