import FolioParse
import GRDB

/// One line of the library: what the index knows of an article without parsing it.
public struct LibraryRow: Sendable, Equatable {
    public var id: Int64
    public var source: String
    public var file: String
    public var title: String
    public var site: String?
    public var date: String?
    public var type: String?
    public var words: Int
    public var quotes: Int
    public var comments: Int
    /// What the user marked it with (`UserData`).
    public var marks = UserData.Marks()
}

/// The orders the library can be listed in; `corpus` is path, then row. Each is read in order
/// from an index of its own (`Schema`), so a first screen of a million articles is a few rows
/// read, not a sort; ties go in the order the articles were indexed (their ids), which an
/// index's rowid gives without reading the table. Undated articles come last: SQLite sorts
/// NULL first, so last when descending.
public enum LibraryOrder: String, Sendable, CaseIterable {
    case corpus, title, date, words, quotes, comments

    var sql: String {
        switch self {
        case .corpus: "file, id"
        case .title: "title COLLATE NOCASE, id"
        case .date: "date DESC, id"
        case .words: "words DESC, id"
        case .quotes: "quotes DESC, id"
        case .comments: "comments DESC, id"
        }
    }
}

/// A speaker with how often the corpus quotes them.
public struct SpeakerRow: Sendable, Equatable {
    public var name: String
    public var quotes: Int
    public var articles: Int
}

/// Some of the speakers, from position `start` in the list of all `total`: a corpus of millions
/// of articles names a hundred thousand, more than a screen needs at once.
public struct SpeakerPage: Sendable, Equatable {
    public var total: Int
    public var start: Int
    public var rows: [SpeakerRow]
}

/// One quotation by a speaker, with the article it is in.
public struct SpeakerQuote: Sendable, Equatable {
    public var source: String
    public var title: String
    public var text: String
    public var kind: String
    /// The quote's first byte in the article's text, where the reader opens.
    public var start: Int
}

extension CorpusIndex {
    /// The article `source` as the user's data knows it: its source and the hash of its bytes
    /// when it was indexed.
    public func identity(of source: String) throws -> UserData.Article? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM articles WHERE source = ? LIMIT 1", arguments: [source]).map { UserData.Article(source: source, hash: $0) }
        }
    }

    /// Every article's id in `order` (the first `limit` of them, all with -1): eight bytes an
    /// article, so a list of a million scrolls anywhere at once while its rows are read a
    /// screenful at a time (`rows`).
    public func articleIDs(order: LibraryOrder, limit: Int = -1) throws -> [Int64] {
        try pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM articles ORDER BY \(order.sql) LIMIT ?", arguments: [limit]) }
    }

    /// The rows of these articles, in the order of `ids`, with what the user marked them with;
    /// ids no longer in the index are left out.
    public func rows(_ ids: [Int64]) throws -> [LibraryRow] {
        guard !ids.isEmpty else { return [] }
        var rows = try pool.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT id, source, file, title, site, date, type, words, quotes, comments FROM articles WHERE id = ?
                """)
            return try ids.compactMap { id in
                try Row.fetchOne(statement, arguments: [id]).map { row in
                    LibraryRow(id: row["id"], source: row["source"], file: row["file"], title: row["title"], site: row["site"],
                               date: row["date"], type: row["type"], words: row["words"], quotes: row["quotes"], comments: row["comments"])
                }
            }
        }
        guard let marks = try userData?.marks(of: rows.map(\.source)) else { return rows }
        for i in rows.indices { rows[i].marks = marks[rows[i].source] ?? UserData.Marks() }
        return rows
    }

    /// Every named speaker, the most quoted first: one a person across the corpus, grouped as
    /// `folio quotes` groups them (`SpeakerNames`), so that the reader's `S` and the command line
    /// agree ("Konashenkov" in one article and "Igor Konashenkov" in another are one row).
    /// `limit` of them from position `start` (all with -1); `byName` in the order of their names.
    /// `matching` keeps those with a word starting with each of its words, compared as the index
    /// compares words (`TextWords`): "konash" finds Igor Konashenkov, "igor k" too.
    public func speakers(from start: Int = 0, limit: Int = -1, matching filter: String = "", byName: Bool = false) throws -> SpeakerPage {
        let order = byName ? "name COLLATE NOCASE, name" : "quotes DESC, name"
        let wanted = TextWords.folded(filter)
        // Each word of the filter starts a word of the name: its folded words, each after a space.
        let condition = wanted.isEmpty ? "1" : Array(repeating: "words LIKE ? ESCAPE '\\'", count: wanted.count).joined(separator: " AND ")
        let patterns = StatementArguments(wanted.map { "% " + Self.likeEscaped($0) + "%" })
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM people WHERE \(condition)", arguments: patterns) ?? 0
            let rows = try Row.fetchAll(db, sql: "SELECT name, quotes, articles FROM people WHERE \(condition) ORDER BY \(order) LIMIT ? OFFSET ?",
                                        arguments: patterns + [limit, start]).map {
                SpeakerRow(name: $0[0], quotes: $0[1], articles: $0[2])
            }
            return SpeakerPage(total: total, start: start, rows: rows)
        }
    }

    /// A name's words as the speakers filter reads them (`people.words`): folded as the index
    /// folds words, each after a space (" igor konashenkov"), so "a word starting with" is
    /// `LIKE '% konash%'`.
    static func speakerWords(_ name: String) -> String {
        TextWords.folded(name).map { " " + $0 }.joined()
    }

    /// A word to find with LIKE, its wildcards and the escape character taken literally. Folded
    /// words hold none today (`TextWords` cuts at them); the escape keeps that from mattering.
    static func likeEscaped(_ word: String) -> String {
        word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// A speaker's quotations across the corpus, under every name `speakers` groups as theirs,
    /// in corpus order.
    public func quotes(of speaker: String) throws -> [SpeakerQuote] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.source, a.title, q.text, q.kind, q.start FROM quotes q JOIN articles a ON a.id = q.article
                WHERE q.speaker IN (SELECT name FROM speakers WHERE person = ?) ORDER BY a.file, a.id, q.start
                """, arguments: [speaker]).map {
                SpeakerQuote(source: $0["source"], title: $0["title"], text: $0["text"], kind: $0["kind"], start: $0["start"])
            }
        }
    }
}
