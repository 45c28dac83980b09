import Foundation
import FolioParse
import GRDB

/// The persistent full-text index of one corpus: an SQLite database in WAL mode, so readers
/// search while an indexer writes and two Folio processes can share it.
public final class CorpusIndex: Sendable {
    public let path: String
    let pool: DatabasePool
    /// What opening had to do that the user should hear of ("set aside a corrupt index").
    public let notices: [String]
    /// The index lives in memory for this process only, because `path` could not be written.
    public let inMemory: Bool
    /// The user's tags and read marks, which `tag:` and `is:` search.
    public let userData: UserData?

    /// Opens the index at `path`, creating it if needed. A file that is not a Folio index (a
    /// corrupt database, another program's database, garbage) is moved aside with a notice and
    /// a new index is made in its place; nothing is ever written into a foreign file. Where the
    /// index cannot be kept at all (a read-only disk, a cache path that is a file), it is built
    /// in memory for this run, and a notice says so.
    public init(path: String, userData: UserData? = nil) throws {
        self.userData = userData
        do {
            (pool, notices) = try Self.openOrRebuild(path)
            self.path = path
            inMemory = false
        } catch {
            let scratch = Self.memoryPath()
            pool = try Self.openChecked(scratch)
            self.path = scratch
            inMemory = true
            notices = ["cannot keep the index at \(path) (\(IndexError.reason(error))); indexing in memory for this run"]
        }
    }

    /// Opens the index at `path` for reading only, if it is a whole Folio index of this version;
    /// nil for anything else (no file yet, another version, a broken or foreign file), which
    /// `init` deals with. A search of an index that can answer as it is leaves the index file as
    /// it was: a pool opened for writing writes its WAL file into being and checkpoints it on
    /// close, two syncs and a change to the index file on every search.
    public static func forReading(path: String, userData: UserData? = nil) -> CorpusIndex? {
        guard let pool = try? openChecked(path, readOnly: true) else { return nil }
        return CorpusIndex(path: path, pool: pool, userData: userData)
    }

    private init(path: String, pool: DatabasePool, userData: UserData?) {
        (self.path, self.pool, self.userData, notices, inMemory) = (path, pool, userData, [], false)
    }

    deinit {
        guard inMemory else { return }
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    private static func openOrRebuild(_ path: String) throws -> (DatabasePool, [String]) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            return (try openChecked(path), [])
        } catch let error where isBroken(error) {
            let aside = path + ".broken-\(Int(Date().timeIntervalSince1970))"
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            let reason = (error as? NotAnIndex)?.reason ?? NotAnIndex().reason
            return (try openChecked(path), ["\(path) \(reason); moved it to \(aside) and started a new one"])
        }
    }

    /// A database that opened but is not ours or not whole; any other failure (permissions, a
    /// read-only disk) is the place's fault, not the file's, and the file is left alone.
    private static func isBroken(_ error: Error) -> Bool {
        if error is NotAnIndex { return true }
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
    }

    /// A file in shared memory (/dev/shm) where there is one, else in the temporary folder;
    /// removed when the index is closed.
    private static func memoryPath() -> String {
        var info = stat()
        let folder = stat("/dev/shm", &info) == 0 && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
        return "\(folder)/folio-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
    }

    /// Opens the database and makes sure it is a Folio index of this version, creating the
    /// schema in an empty file unless `readOnly`; throws for anything else.
    private static func openChecked(_ path: String, readOnly: Bool = false) throws -> DatabasePool {
        SQLiteSetup.once
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL keeps the database consistent through a crash or a power cut;
            // only the last transactions may be lost, and the next update redoes them.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer keeps 16 MB of pages, which an index's batches come back to. A search
            // reads most pages once: in a small cache it reuses their memory rather than fault
            // in new pages (a phrase of common words at a million articles read 36 MB).
            try db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? -2048 : -16384)")
            try Ranking.register(db)
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try (readOnly ? pool.read : pool.write) { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if id == 0 && tables == 0 {
                guard !readOnly else { throw NotAnIndex() }
                try Schema.create(db)
                return
            }
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            guard id == Schema.applicationID else { throw NotAnIndex(reason: "was not a usable Folio index") }
            guard version == Schema.version else { throw NotAnIndex(reason: "was made by another version of Folio") }
            // A truncated file loses its last pages first: reading the last rows of each table
            // fails here rather than in the middle of a search, without reading the whole file.
            _ = try Int.fetchOne(db, sql: "SELECT max(id) FROM articles")
            _ = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM search")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM files")
        }
        return pool
    }

    private struct NotAnIndex: Error {
        var reason = "was not a usable Folio index"
    }

    /// The lines the corpus prints on many pages, learned at its first index: every parse of an
    /// article of this index is made with them.
    public func repeatedLines() throws -> RepeatedLines {
        try pool.read(Self.repeatedLines)
    }

    static func repeatedLines(_ db: Database) throws -> RepeatedLines {
        RepeatedLines(entries: try Row.fetchAll(db, sql: "SELECT site, line FROM repeated_lines").map { ($0["site"], $0["line"]) })
    }

    /// Whether the index can answer as it is (`--no-refresh`): it holds articles, parsed by this
    /// version of the parser. One made by another version is parsed again whatever the user asked.
    public func answersAsItIs() throws -> Bool {
        try isEmpty() == false && parserVersion() == ArticleParser.version
    }

    /// Whether the index holds no article: one row read, where counting them reads an index of
    /// them whole (10 MB at a million articles, a third of a search's time).
    func isEmpty() throws -> Bool {
        try pool.read { try Bool.fetchOne($0, sql: "SELECT NOT EXISTS (SELECT 1 FROM articles)") ?? true }
    }

    /// The version of the parser that made the index's rows.
    func parserVersion() throws -> Int? {
        try pool.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'parser'").flatMap(Int.init) }
    }

    /// The version of the speaker grouping that grouped the index's names into people.
    func groupingVersion() throws -> Int? {
        try pool.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'grouping'").flatMap(Int.init) }
    }

    /// Where the article `source` is, as it was indexed, or why it cannot be read from there: its
    /// file gone, or changed since (then the index must be brought up to date before the article
    /// can be shown as it is).
    public func locator(of source: String) throws -> Result<Locator, SourceError> {
        var stamps: [String: FileStamp?] = [:]
        return try locator(of: source, stamps: &stamps)
    }

    private func locator(of source: String, stamps: inout [String: FileStamp?]) throws -> Result<Locator, SourceError> {
        guard let row = try pool.read({ try Row.fetchOne($0, sql: "SELECT \(Self.locatorColumns) WHERE a.source = ? LIMIT 1", arguments: [source]) }) else {
            return .failure(SourceError(path: source, reason: "is not in the index"))
        }
        return Self.locator(row, stamps: &stamps)
    }

    /// What `locator(_:)` reads of an article and its file, as the start of a SELECT.
    static let locatorColumns = "a.file, a.byte_start, a.byte_end, a.row, f.size, f.mtime, f.fingerprint FROM articles a JOIN files f ON f.path = a.file"

    /// The locator of an article read with `locatorColumns`, if its file is as it was indexed.
    /// `stamps` keeps each file's stamp as it is now, for the articles of one file to read it once.
    static func locator(_ row: Row, stamps: inout [String: FileStamp?]) -> Result<Locator, SourceError> {
        let file: String = row["file"]
        let indexed = FileStamp(row: row)
        if stamps[file] == nil { stamps[file] = FileStamp(path: file) }
        guard let now = stamps[file]! else { return .failure(SourceError(path: file, reason: "is gone since it was indexed", stale: true)) }
        guard now == indexed else { return .failure(SourceError(path: file, reason: "has changed since it was indexed", stale: true)) }
        return .success(Locator(path: file, bytes: (row["byte_start"] as Int)..<(row["byte_end"] as Int), row: row["row"]))
    }

    /// Each article of `sources` in order, read where its locator says and parsed as it was
    /// indexed, or why not: the lines the corpus repeats read once, and each file's stamp once
    /// for all its articles (a JSON Lines file's ends once, not once a row).
    public func articles(_ sources: [String], _ each: (String, Result<Article, SourceError>) throws -> Void) throws {
        let repeated = try repeatedLines()
        var stamps: [String: FileStamp?] = [:]
        for source in sources {
            try each(source, try locator(of: source, stamps: &stamps).flatMap { Corpus.document(at: $0, source: source) }.map { ArticleParser.parse($0, repeated: repeated) })
        }
    }

    /// How many articles the index holds.
    public func articleCount() throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") ?? 0 }
    }
}

extension CorpusIndex {
    /// Moves everything written into the main database file, so its size is the index's size.
    public func checkpoint() throws {
        _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}

extension CorpusIndex {
    /// Merges the full-text index into one segment. A first index leaves many segments (merging
    /// less while writing keeps it fast), and a search reads each: on a million articles a phrase
    /// with a common word took 21–44 ms to its first results before and under 8 ms after. Searches go
    /// on meanwhile and see the index as it was until the merge commits.
    public func optimize() throws {
        try pool.write { try $0.execute(sql: "INSERT INTO search(search) VALUES ('optimize')") }
    }
}
