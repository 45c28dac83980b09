import Foundation
import GRDB

/// What a reader decides about articles and their quotations — tags, notes, which were read —
/// and the searches they keep by name, in a database of its own under `$XDG_DATA_HOME/folio/`
/// (else `~/.local/share/folio/`), never in an index: an index is a cache, deleted or made again
/// at will, and this is the user's work. An article is known by its file's absolute path (with
/// `#ROW`, `kept`) and the hash of its bytes when it was marked, so that a corpus moved elsewhere
/// can be found again by its articles' bytes. Every change is
/// one transaction in WAL mode with full sync: a `kill -9` leaves every earlier change in place.
public final class UserData: Sendable {
    public let path: String
    private let queue: DatabaseQueue

    /// Where a user's data lives, as the XDG base directories place it.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return "\(data)/folio/folio.sqlite"
    }

    public init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        SQLiteSetup.once
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a tag the user saw saved survives a power cut, not only a crash.
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        try queue.write { db in
            // The key's columns first: with a column between them, SQLite 3.40's integrity_check
            // reports every row's NULL in a column that holds none.
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS tags(
                    source TEXT NOT NULL,
                    quote INTEGER NOT NULL,
                    tag TEXT NOT NULL COLLATE NOCASE,
                    hash TEXT NOT NULL,
                    PRIMARY KEY (source, quote, tag)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS tags_by_tag ON tags(tag);
                CREATE TABLE IF NOT EXISTS reads(
                    source TEXT PRIMARY KEY,
                    hash TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS searches(
                    name TEXT PRIMARY KEY COLLATE NOCASE,
                    query TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS notes(
                    source TEXT NOT NULL,
                    quote INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (source, quote)
                ) WITHOUT ROWID;
                """)
        }
    }

    /// An article as the user's data knows it.
    public struct Article: Sendable, Equatable {
        public var source: String
        public var hash: String
        public init(source: String, hash: String) { (self.source, self.hash) = (source, hash) }
    }

    /// Tags `article`, or its quotation starting at byte `quote` of its text, with `tag`, cut
    /// of the spaces around it; returns the tag as kept (`cleanedTag`, the spelling of a tag in
    /// use), nil for an empty one.
    @discardableResult
    public func tag(_ article: Article, _ tag: String, quote: Int? = nil) throws -> String? {
        let tag = Self.cleanedTag(tag)
        guard !tag.isEmpty else { return nil }
        return try queue.write { db in
            // A tag in use keeps the spelling it was first given: "HOAX" is "hoax".
            let spelled = try String.fetchOne(db, sql: "SELECT tag FROM tags WHERE tag = ? LIMIT 1", arguments: [tag]) ?? tag
            try db.execute(sql: "INSERT OR REPLACE INTO tags(source, quote, tag, hash) VALUES (?, ?, ?, ?)",
                           arguments: [Self.kept(article.source), quote ?? Self.wholeArticle, spelled, article.hash])
            return spelled
        }
    }

    /// Takes `tag` off the article `source` (or its quotation); false when it was not on it.
    @discardableResult
    public func untag(_ source: String, _ tag: String, quote: Int? = nil) throws -> Bool {
        try queue.write { db in
            // A tag kept before `"` was taken out of tags is taken off as it is spelled.
            try db.execute(sql: "DELETE FROM tags WHERE source = ? AND quote = ? AND tag IN (?, ?)",
                           arguments: [Self.kept(source), quote ?? Self.wholeArticle, Self.cleanedTag(tag), Self.cleaned(tag)])
            return db.changesCount > 0
        }
    }

    /// Where a tag on an article, not one of its quotations, is kept.
    private static let wholeArticle = -1

    /// The tags on each of `sources` that has any (on the article, not its quotations), in the
    /// order of their names.
    public func tags(of sources: [String]) throws -> [String: [String]] {
        guard !sources.isEmpty else { return [:] }
        return try queue.read { try Self.tags($0, of: Self.asKept(sources)) }
    }

    private static func tags(_ db: Database, of asked: [String: [String]]) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT source, tag FROM tags WHERE source IN (SELECT value FROM json_each(?)) AND quote = ? ORDER BY tag",
                                    arguments: [json(Array(asked.keys)), wholeArticle]) {
            for source in asked[row["source"]] ?? [] { out[source, default: []].append(row["tag"]) }
        }
        return out
    }

    /// The tags on the quotations of `source`, by each one's first byte in the article's text.
    public func quoteTags(of source: String) throws -> [Int: [String]] {
        try queue.read { db in
            var out: [Int: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT quote, tag FROM tags WHERE source = ? AND quote != ? ORDER BY tag",
                                        arguments: [Self.kept(source), Self.wholeArticle]) {
                out[row["quote"], default: []].append(row["tag"])
            }
            return out
        }
    }

    /// Every tag in use, the most used first: what a tag prompt offers.
    public func allTags() throws -> [String] {
        try queue.read { try String.fetchAll($0, sql: "SELECT tag FROM tags GROUP BY tag ORDER BY count(*) DESC, tag") }
    }

    /// The sources tagged `tag`, or a tag starting with it (`prefix`), or any tag (nil), on the
    /// article or one of its quotations. Tags compare without regard to case, as the words of a
    /// search do.
    public func sources(tagged tag: String?, prefix: Bool = false) throws -> [String] {
        try queue.read { db in
            guard let tag else { return try String.fetchAll(db, sql: "SELECT DISTINCT source FROM tags") }
            let wanted = Self.cleanedTag(tag)
            guard prefix else { return try String.fetchAll(db, sql: "SELECT DISTINCT source FROM tags WHERE tag = ?", arguments: [wanted]) }
            return try String.fetchAll(db, sql: "SELECT DISTINCT source FROM tags WHERE tag LIKE ? ESCAPE '\\'", arguments: [CorpusIndex.likeEscaped(wanted) + "%"])
        }
    }

    /// Keeps `text` as the note on `article`, in place of any before; an empty one takes it away.
    /// Its lines are kept, each without the spaces at its end, and no blank lines around them.
    /// False when there was nothing to take away.
    @discardableResult
    public func setNote(_ article: Article, _ text: String, quote: Int? = nil) throws -> Bool {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0).replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
        let text = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
        return try queue.write { db in
            if text.isEmpty {
                try db.execute(sql: "DELETE FROM notes WHERE source = ? AND quote = ?", arguments: [Self.kept(article.source), quote ?? Self.wholeArticle])
                return db.changesCount > 0
            }
            try db.execute(sql: "INSERT OR REPLACE INTO notes(source, quote, hash, text) VALUES (?, ?, ?, ?)",
                           arguments: [Self.kept(article.source), quote ?? Self.wholeArticle, article.hash, text])
            return true
        }
    }

    /// The notes on the quotations of `source`, by each one's first byte in the article's text.
    public func quoteNotes(of source: String) throws -> [Int: String] {
        try queue.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT quote, text FROM notes WHERE source = ? AND quote != ?", arguments: [Self.kept(source), Self.wholeArticle])
                .map { ($0["quote"], $0["text"]) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The notes on each of `sources` that has one (on the article, not its quotations).
    public func notes(of sources: [String]) throws -> [String: String] {
        guard !sources.isEmpty else { return [:] }
        return try queue.read { try Self.notes($0, of: Self.asKept(sources)) }
    }

    private static func notes(_ db: Database, of asked: [String: [String]]) throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT source, text FROM notes WHERE source IN (SELECT value FROM json_each(?)) AND quote = ?",
                                    arguments: [json(Array(asked.keys)), wholeArticle]) {
            for source in asked[row["source"]] ?? [] { out[source] = row["text"] }
        }
        return out
    }

    /// The sources whose note, or a quotation's, holds `word`, without regard to case.
    public func sources(noting word: String) throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT source FROM notes WHERE text LIKE ? ESCAPE '\\'", arguments: ["%" + CorpusIndex.likeEscaped(Self.cleaned(word)) + "%"])
        }
    }

    /// A search kept by a name: `@NAME` searches it again (`SearchPlan`).
    public struct SavedSearch: Sendable, Equatable {
        public var name: String
        public var query: String
    }

    /// Keeps `query` as `name`, in place of a search of that name; returns the name as `@NAME`
    /// reads it (`searchName`) and the query it replaced, if any.
    @discardableResult
    public func save(_ query: String, as name: String) throws -> (name: String, replaced: String?) {
        let name = Self.searchName(name)
        return try queue.write { db in
            let before = try String.fetchOne(db, sql: "SELECT query FROM searches WHERE name = ?", arguments: [name])
            try db.execute(sql: "INSERT OR REPLACE INTO searches(name, query) VALUES (?, ?)", arguments: [name, query])
            return (name, before == query ? nil : before)
        }
    }

    /// The searches kept, by name.
    public func savedSearches() throws -> [SavedSearch] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, query FROM searches ORDER BY name").map { SavedSearch(name: $0["name"], query: $0["query"]) }
        }
    }

    /// The query kept as `name`, with or without its `@`.
    public func savedSearch(_ name: String) throws -> String? {
        try queue.read { try String.fetchOne($0, sql: "SELECT query FROM searches WHERE name = ?", arguments: [Self.searchName(name)]) }
    }

    /// A name as `@NAME` is typed: without the `@`, spaces made hyphens.
    static func searchName(_ name: String) -> String {
        String(cleaned(name).drop { $0 == "@" }).replacingOccurrences(of: " ", with: "-")
    }

    /// Marks `article` read, or unread.
    public func setRead(_ article: Article, _ read: Bool) throws {
        try queue.write { db in
            if read {
                try db.execute(sql: "INSERT OR REPLACE INTO reads(source, hash) VALUES (?, ?)", arguments: [Self.kept(article.source), article.hash])
            } else {
                try db.execute(sql: "DELETE FROM reads WHERE source = ?", arguments: [Self.kept(article.source)])
            }
        }
    }

    /// Which of `sources` have been read.
    public func read(among sources: [String]) throws -> Set<String> {
        guard !sources.isEmpty else { return [] }
        return try queue.read { try Self.read($0, among: Self.asKept(sources)) }
    }

    private static func read(_ db: Database, among asked: [String: [String]]) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT source FROM reads WHERE source IN (SELECT value FROM json_each(?))",
                                arguments: [json(Array(asked.keys))]).flatMap { asked[$0] ?? [] })
    }

    /// What a list shows of an article's marks.
    public struct Marks: Sendable, Equatable {
        public var read = false
        public var tags: [String] = []
        public var note: String?

        public init(read: Bool = false, tags: [String] = [], note: String? = nil) { (self.read, self.tags, self.note) = (read, tags, note) }
    }

    /// The marks of each of `sources`: read, its tags and its note.
    public func marks(of sources: [String]) throws -> [String: Marks] {
        guard !sources.isEmpty else { return [:] }
        // One read for the three: each read is a transaction of its own.
        let (read, tags, notes) = try queue.read { db in
            let asked = Self.asKept(sources)
            return (try Self.read(db, among: asked), try Self.tags(db, of: asked), try Self.notes(db, of: asked))
        }
        return Dictionary(sources.map { ($0, Marks(read: read.contains($0), tags: tags[$0] ?? [], note: notes[$0])) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every source read.
    public func readSources() throws -> [String] {
        try queue.read { try String.fetchAll($0, sql: "SELECT source FROM reads") }
    }

    /// The tables that know articles by their source.
    private static let articleTables = ["tags", "notes", "reads"]

    /// Every article the user marked, with the hash of its bytes when it was marked.
    public func markedArticles() throws -> [Article] {
        try queue.read { db in
            let union = Self.articleTables.map { "SELECT source, hash FROM \($0)" }.joined(separator: " UNION ")
            return try Row.fetchAll(db, sql: union).map { Article(source: $0["source"], hash: $0["hash"]) }
        }
    }

    /// Moves every mark of the article `from` to `to`, in one transaction; a mark `to` has
    /// already stays.
    public func move(_ from: String, to: String) throws {
        try queue.write { db in
            for table in Self.articleTables {
                try db.execute(sql: "UPDATE OR IGNORE \(table) SET source = ? WHERE source = ?", arguments: [Self.kept(to), Self.kept(from)])
                try db.execute(sql: "DELETE FROM \(table) WHERE source = ?", arguments: [Self.kept(from)])
            }
        }
    }

    /// Moves the marks of every article under the path `old` (the file itself, or one in the
    /// folder) to the same place under `new` (`folio relink`); returns how many articles moved.
    public func relink(_ old: String, to new: String) throws -> Int {
        // As paths: `rA` is not the start of `rA2/…`.
        let (old, new) = (Self.kept(old), Self.kept(new))
        let moving = Set(try markedArticles().map(\.source).filter { $0 == old || $0.hasPrefix(old + "/") || $0.hasPrefix(old + "#") })
        for source in moving { try move(source, to: new + source.dropFirst(old.count)) }
        return moving.count
    }

    /// A source as the user's data keeps it: its file's absolute path, with `#ROW` for a row of
    /// a CSV or JSON Lines file. An index names articles as the corpus was named (`seeds/…`
    /// from one folder, `/work/seeds/…` from another); marks are the same article's whichever.
    static func kept(_ source: String) -> String {
        let file = CorpusIndex.file(of: source)
        return URL(fileURLWithPath: file).standardizedFileURL.path + source.dropFirst(file.count)
    }

    /// How an index of the current folder may name a kept source: as kept, and relative to the
    /// folder when it is under it.
    static func named(_ kept: String) -> [String] {
        let folder = FileManager.default.currentDirectoryPath + "/"
        return kept.hasPrefix(folder) ? [kept, String(kept.dropFirst(folder.count))] : [kept]
    }

    /// `sources` by the form the user's data keeps them in.
    private static func asKept(_ sources: [String]) -> [String: [String]] {
        Dictionary(grouping: sources, by: { kept($0) })
    }

    /// A tag or a note as it is kept: one line, without the spaces around it.
    static func cleaned(_ tag: String) -> String {
        tag.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// A tag as it is kept: `cleaned`, and without the `#` the library shows before it, the `;`
    /// an export puts between tags, or a `"`, which a query could not name it with
    /// (`tag:"anonymous source"`).
    static func cleanedTag(_ tag: String) -> String {
        String(cleaned(tag).replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\"", with: "").drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
    }

    /// A note of many lines said on one line, as a status line or a list row shows it.
    public static func oneLine(_ note: String) -> String {
        note.split(separator: "\n").joined(separator: " / ")
    }

    /// A list of strings as one JSON array, for SQLite's `json_each` to read as a bound parameter.
    static func json(_ strings: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
