import Dispatch
import Foundation
import FolioParse
import GRDB

/// What an index update did, for `folio index` to print.
public struct IndexReport: Sendable, Equatable {
    public var filesAdded = 0
    public var filesChanged = 0
    public var filesRemoved = 0
    public var filesUnchanged = 0
    public var articlesIndexed = 0
    /// The index was made by another version of the parser, and the corpus was parsed again.
    public var reparsed = false
    /// The index held more rows of articles changed or removed since than a quarter of its
    /// articles, and was made again without them (`Schema`).
    public var remade = false
    /// Files and rows that could not be read, each naming the file and the problem.
    public var problems: [String] = []
    /// Notes about the corpus in its folders, not read as articles (`Corpus.Listed.note`).
    public var notes: [String] = []
    /// Where the time of reading and writing the articles went.
    public var stages = IndexStages()
    /// Articles the user marked that were found again here by their bytes (`reattachMarks`).
    public var reattached = 0
    /// Seconds spent merging the index into one segment after writing many articles, if it was.
    public var merged: Double?

    public init(problems: [String] = []) { self.problems = problems }

    /// What `folio` and the reader say when the corpus was parsed again.
    public static let reparsedNotice = "the index was made by another version of the parser; the corpus was parsed again"
    public static let remadeNotice = "the index was made again, without the articles changed or removed since it was made"

    /// What a user is told of the whole corpus read again, if it was.
    public var notice: String? { reparsed ? Self.reparsedNotice : remade ? Self.remadeNotice : nil }
}

/// Where an update's time went, in seconds, for `make bench-search` to show which stage holds
/// the others up. The thread that writes reads the corpus, waits for the batch parsed on every
/// core meanwhile, and writes it; `fullText` is the part of writing that is FTS5's own inserts,
/// SQLite's raw rate for these rows. `parsing` is the batches' parse, which runs beside the rest.
public struct IndexStages: Sendable, Equatable {
    public var reading = 0.0
    public var waiting = 0.0
    public var writing = 0.0
    public var fullText = 0.0
    public var parsing = 0.0
}

/// How far a first index has got, for a progress line or the reader's status line.
public struct IndexProgress: Sendable {
    public var articles: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var seconds: Double
    /// The articles are written and the index is being merged (`CorpusIndex.optimize`).
    public var merging = false

    public var articlesPerSecond: Double { seconds > 0 ? Double(articles) / seconds : 0 }
    /// Seconds left at the rate so far.
    public var eta: Double? {
        guard bytesDone > 0, seconds > 0 else { return nil }
        return Double(max(0, bytesTotal - bytesDone)) * seconds / Double(bytesDone)
    }
}

extension CorpusIndex {
    /// Brings the index up to date with the corpus under `paths`: files whose size, mtime or
    /// fingerprint changed, and new files, are parsed again; files that are gone are dropped; the
    /// others are not touched. Articles are parsed on every core and written in batched transactions; a file
    /// counts as indexed only in the transaction that writes its last article, so an update cut
    /// short (Ctrl-C, kill -9, power) leaves the index consistent and the next one finishes it.
    /// One that leaves the rows of articles gone past a quarter of the articles (and past
    /// `forgottenAtMost`) makes the index again (`Schema`), and its report says so. One that
    /// wrote `mergedAfter` articles or more merges the index into one segment (`optimize`),
    /// whichever command or reader made it: a first index of a million articles left 41
    /// segments, and a search read each.
    public func update(_ paths: [String], progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexReport {
        try update(paths, progress: progress, forgottenAtMost: Self.forgottenAtMost, mergedAfter: Self.mergedAfter)
    }

    func update(_ paths: [String], progress: ((IndexProgress) -> Void)?, forgottenAtMost: Int, mergedAfter: Int) throws(IndexError) -> IndexReport {
        do {
            var report = try updating(paths, progress: progress, remake: false)
            if try forgotten(moreThan: forgottenAtMost) { report = try updating(paths, progress: progress, remake: true) }
            guard report.articlesIndexed >= mergedAfter else { return report }
            progress?(IndexProgress(articles: report.articlesIndexed, bytesDone: 0, bytesTotal: 0, seconds: 0, merging: true))
            let start = Date()
            try optimize()
            report.merged = Date().timeIntervalSince(start)
            return report
        } catch {
            throw IndexError(updating: path, error)
        }
    }

    /// How many articles an update writes before it merges the index into one segment.
    static let mergedAfter = 10_000

    /// Rows of articles gone (`forgotten`) that an index keeps whatever its size: a few
    /// thousand cost a search nothing it would notice, and making a small corpus's index again
    /// for an edit or two would only say so.
    static let forgottenAtMost = 10_000

    /// Whether the rows of articles gone are more than `atMost` and than a quarter of the
    /// articles: past that, their space and the time every search spends leaving them out cost
    /// more than making the index again.
    private func forgotten(moreThan atMost: Int) throws -> Bool {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM forgotten")! > max(atMost, try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")! / 4)
        }
    }

    private func updating(_ paths: [String], progress: ((IndexProgress) -> Void)?, remake: Bool) throws -> IndexReport {
        var report = IndexReport()
        // Rows another parser made would disagree with what the reader parses now.
        let reparse = try parserVersion() != ArticleParser.version
        if reparse || remake {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO search(search) VALUES ('delete-all')")
                for table in ["forgotten", "quotes", "articles", "files", "repeated_lines", "speakers", "people"] { try db.execute(sql: "DELETE FROM \(table)") }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('parser', ?)", arguments: ["\(ArticleParser.version)"])
            }
            (report.reparsed, report.remade) = (reparse, !reparse)
        }
        // Until this update has read every file, the index is not known to be fresh.
        try pool.write { db in
            try db.execute(sql: "DELETE FROM folders")
            try db.execute(sql: "DELETE FROM meta WHERE key = 'checked'")
        }
        var known = try pool.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT path, size, mtime, fingerprint FROM files").map { row in
                (row["path"] as String, FileStamp(row: row))
            }, uniquingKeysWith: { a, _ in a })
        }
        var toRead: [(path: String, stamp: FileStamp)] = []
        var added: Set<String> = []
        var unlisted = false
        var folders: [(path: String, mtime: Int64)] = []
        for listed in Corpus(paths: paths).files() {
            switch listed {
            case .failure(let error):
                report.problems.append(error.description)
                unlisted = true
            case .note(let file):
                report.notes.append(file)
            case .folder(let folder, let mtime):
                folders.append((folder, mtime))
            case .file(let file):
                guard let stamp = FileStamp(path: file) else {
                    report.problems.append("\(file): cannot read its size and modification time")
                    continue
                }
                let before = known.removeValue(forKey: file)
                if before == stamp {
                    report.filesUnchanged += 1
                } else {
                    if before == nil {
                        report.filesAdded += 1
                        added.insert(file)
                    } else {
                        report.filesChanged += 1
                    }
                    toRead.append((file, stamp))
                }
            }
        }
        // A folder that cannot be listed (unmounted, unreadable) is not a folder emptied: its
        // files stay in the index until a listing shows them gone.
        let gone = unlisted ? [] : Array(known.keys)
        if !gone.isEmpty {
            try pool.write { db in
                try Self.forget(gone, db)
            }
            report.filesRemoved = gone.count
        }
        try read(toRead, into: &report, progress: progress, repeated: try repeatedLines(learningFrom: toRead.map(\.path)))
        // Noted only once every file is read, so that an update cut short is checked in full again.
        // A file that could not be read is tried, and named, again by the next search. A folder
        // changed in the last second may change again within the clock's tick, its time kept
        // (as notmuch does, it is not noted): the next search checks in full.
        let settled = Int64(Date().timeIntervalSince1970 * 1e9) - 1_000_000_000
        try pool.write { db in
            guard !unlisted, report.problems.isEmpty else { return }
            let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO folders(path, mtime) VALUES (?, ?)")
            for folder in folders { try insert.execute(arguments: [folder.path, folder.mtime < settled ? folder.mtime : -1]) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('checked', ?)", arguments: [Self.checkedPathsKey(paths)])
        }
        // An update cut short leaves names without a person, and names grouped by another
        // version of the grouping are grouped again: the next update groups them.
        if try !toRead.isEmpty || !gone.isEmpty || report.reparsed || !speakersAreGrouped() { try groupSpeakers() }
        // A corpus moved comes as new files: the user's marks follow their articles there.
        if !added.isEmpty { report.reattached = try reattachMarks(into: added) }
        return report
    }

    /// Whether every name of the index is grouped into a person, by this version of the grouping.
    private func speakersAreGrouped() throws -> Bool {
        try groupingVersion() == SpeakerNames.version
            && !(pool.read { try Bool.fetchOne($0, sql: "SELECT EXISTS(SELECT 1 FROM speakers WHERE person IS NULL)") } ?? false)
    }

    /// Whether the index can answer for `paths` without comparing every file with it: the last
    /// update of these paths read every file, with this parser, and grouped every speaker with
    /// this grouping (`speakersAreGrouped`); every folder it walked has kept
    /// its modification time (adding, removing or renaming a file changes its folder's); every
    /// file named on its own (a CSV, a JSON Lines file) has kept its size, time and ends. A
    /// file edited in place inside an unchanged folder is not noticed: `folio index` compares
    /// every file. A stat per folder, not per file: the check notmuch makes for new mail.
    public func isFresh(_ paths: [String]) throws -> Bool {
        guard try answersAsItIs(), try speakersAreGrouped() else { return false }
        let (checked, folders) = try pool.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'checked'"),
             try Row.fetchAll(db, sql: "SELECT path, mtime FROM folders").map { ($0["path"] as String, $0["mtime"] as Int64) })
        }
        guard checked == Self.checkedPathsKey(paths) else { return false }
        let walked = Set(folders.map(\.0))
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { return false }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard walked.contains(DirectoryListing.folderPath(path)) else { return false }
            } else {
                let indexed = try pool.read { db in
                    try Row.fetchOne(db, sql: "SELECT size, mtime, fingerprint FROM files WHERE path = ?", arguments: [path]).map(FileStamp.init(row:))
                }
                guard FileStamp(path: path) == indexed else { return false }
            }
        }
        for (folder, mtime) in folders {
            var info = stat()
            guard stat(folder, &info) == 0, DirectoryListing.modificationTime(info) == mtime else { return false }
        }
        return true
    }

    /// The paths an update was asked for, as `meta` keeps them.
    private static func checkedPathsKey(_ paths: [String]) -> String { paths.joined(separator: "\n") }

    /// Groups every speaker's name into people across the corpus, as `folio quotes` groups them:
    /// which names are one person depends on all the names, so it is done once an update has
    /// changed them, and not on each read of the list.
    private func groupSpeakers() throws {
        let quotes = try pool.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT name, quotes FROM speakers").map { ($0[0] as String, $0[1] as Int) }, uniquingKeysWith: +)
        }
        let canonical = SpeakerNames.canonical(quotes: quotes, scope: .corpus)
        try pool.write { db in
            let person = try db.makeStatement(sql: "UPDATE speakers SET person = ? WHERE name = ?")
            for name in quotes.keys { try person.execute(arguments: [canonical[name] ?? name, name]) }
            try db.execute(sql: """
                DELETE FROM people;
                INSERT INTO people(name, quotes, articles) SELECT person, sum(quotes), sum(articles) FROM speakers GROUP BY person;
                """)
            let words = try db.makeStatement(sql: "UPDATE people SET words = ? WHERE name = ?")
            for person in Set(canonical.values) { try words.execute(arguments: [Self.speakerWords(person), person]) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('grouping', ?)", arguments: ["\(SpeakerNames.version)"])
        }
    }

    /// The lines the corpus repeats on many pages: learned from the files about to be read when
    /// the index is new, else those learned then, so that every article of the index is parsed
    /// with the same ones.
    private func repeatedLines(learningFrom files: [String]) throws -> RepeatedLines {
        guard try isEmpty(), !files.isEmpty else { return try repeatedLines() }
        let learned = RepeatedLines.learn(from: Corpus(paths: files).lazy.compactMap { try? $0.get() })
        try pool.write { db in
            try db.execute(sql: "DELETE FROM repeated_lines")
            for (site, line) in learned.entries {
                try db.execute(sql: "INSERT INTO repeated_lines(site, line) VALUES (?, ?)", arguments: [site, line])
            }
        }
        return learned
    }

    /// Parses files in batches on every core and writes each batch in one transaction, the next
    /// batch parsing while the last one is written.
    private func read(_ files: [(path: String, stamp: FileStamp)], into report: inout IndexReport, progress: ((IndexProgress) -> Void)?,
                      repeated: RepeatedLines) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        var state = IndexProgress(articles: 0, bytesDone: 0, bytesTotal: files.reduce(0) { $0 + Int($1.stamp.size) }, seconds: 0)
        var batch = Batch()
        var parsing: ParsedBatch?
        var mark = start
        func flush() throws {
            report.stages.reading += Self.seconds(since: &mark)
            let next = ParsedBatch(batch, repeated: repeated)
            batch = Batch()
            if let parsing { report.articlesIndexed += try store(parsing, &report.stages) }
            mark = DispatchTime.now().uptimeNanoseconds
            parsing = next
            state.articles = report.articlesIndexed
            state.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            progress?(state)
        }
        for (path, stamp) in files {
            batch.cleared.append(path)
            for result in Corpus(paths: [path]) {
                switch result {
                case .failure(let error): report.problems.append(error.description)
                case .success(let document):
                    batch.documents.append((path, document))
                    state.bytesDone += document.bytes.count
                }
                if batch.documents.count >= Batch.size { try flush() }
            }
            batch.finished.append((path, stamp))
        }
        try flush()
        if let parsing { report.articlesIndexed += try store(parsing, &report.stages) }
        state.articles = report.articlesIndexed
        state.bytesDone = state.bytesTotal
        state.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        progress?(state)
    }

    /// Articles read but not yet written, and the files whose rows this batch replaces.
    struct Batch: Sendable {
        static let size = 16384
        var documents: [(file: String, document: SourceDocument)] = []
        /// Files whose old rows go before this batch's rows are written.
        var cleared: [String] = []
        /// Files whose last article is in this batch: recorded as indexed when it commits.
        var finished: [(path: String, stamp: FileStamp)] = []
    }

    /// The seconds from `mark` to now, and `mark` moved to now.
    private static func seconds(since mark: inout UInt64) -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { mark = now }
        return Double(now - mark) / 1e9
    }

    /// Writes a parsed batch in one transaction; returns how many articles it held.
    private func store(_ parsed: ParsedBatch, _ stages: inout IndexStages) throws -> Int {
        var mark = DispatchTime.now().uptimeNanoseconds
        let (batch, articles) = parsed.wait()
        stages.waiting += Self.seconds(since: &mark)
        stages.parsing += parsed.seconds
        var fullText = 0.0
        try pool.write { db in
            try Self.forget(batch.cleared, db)
            for (i, parsed) in articles.enumerated() {
                let document = batch.documents[i].document
                let locator = document.locator ?? Locator(path: batch.documents[i].file, bytes: 0..<document.bytes.count)
                fullText += try Self.insert(parsed, file: batch.documents[i].file, locator: locator, db)
            }
            let recorded = try db.cachedStatement(sql: "INSERT OR REPLACE INTO files(path, size, mtime, fingerprint) VALUES (?, ?, ?, ?)")
            for (path, stamp) in batch.finished {
                try recorded.execute(arguments: [path, stamp.size, stamp.mtime, stamp.fingerprint])
            }
        }
        stages.writing += Self.seconds(since: &mark)
        stages.fullText += fullText
        return articles.count
    }

    /// Drops the rows of `files`, and the speakers left with no quotation once they are gone.
    /// The statements are compiled once, not once a file, and only a file with articles runs
    /// them: a first index of 10⁵ files spent most of its time compiling them for files with no
    /// rows, and scanning the speakers after each.
    private static func forget(_ files: [String], _ db: Database) throws {
        var countsWentDown = false
        for file in files {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE file = ?)"), arguments: [file]) == true {
                countsWentDown = true
                try db.cachedStatement(sql: """
                    UPDATE speakers SET quotes = speakers.quotes - gone.quotes, articles = speakers.articles - gone.articles
                    FROM (SELECT speaker, count(*) AS quotes, count(DISTINCT article) AS articles FROM quotes
                          WHERE speaker IS NOT NULL AND article IN (SELECT id FROM articles WHERE file = ?) GROUP BY speaker) AS gone
                    WHERE speakers.name = gone.speaker
                    """).execute(arguments: [file])
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO forgotten(id) SELECT id FROM articles WHERE file = ?").execute(arguments: [file])
                try db.cachedStatement(sql: "DELETE FROM quotes WHERE article IN (SELECT id FROM articles WHERE file = ?)").execute(arguments: [file])
                try db.cachedStatement(sql: "DELETE FROM articles WHERE file = ?").execute(arguments: [file])
            }
            try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [file])
        }
        if countsWentDown {
            try db.execute(sql: "DELETE FROM speakers WHERE quotes <= 0")
            // A search ranking in several reads compares this (`IndexVersion`): no full-text row changed.
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('forgetting', 1) ON CONFLICT(key) DO UPDATE SET value = value + 1")
        }
    }

    /// Writes an article's rows; returns the seconds its full-text row took.
    private static func insert(_ parsed: ParsedBatch.Parsed, file: String, locator: Locator, _ db: Database) throws -> Double {
        let (article, fields) = (parsed.article, parsed.fields)
        try db.cachedStatement(sql: """
            INSERT INTO articles(file, source, title, site, date, type, words, quotes, comments, byte_start, byte_end, row, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [file, article.source, article.title, article.metadata.site, article.metadata.date, article.metadata.type,
                                     fields.words, article.ownQuotes.count, article.comments.count,
                                     locator.bytes.lowerBound, locator.bytes.upperBound, locator.row, parsed.hash])
        let id = db.lastInsertedRowID
        let quote = try db.cachedStatement(sql: "INSERT INTO quotes(article, speaker, kind, text, start, end) VALUES (?, ?, ?, ?, ?, ?)")
        var counts: [String: Int] = [:]
        for q in article.quotes {
            try quote.execute(arguments: [id, q.speaker, q.kind.rawValue, q.text, q.range.lowerBound, q.range.upperBound])
            if let speaker = q.speaker { counts[speaker, default: 0] += 1 }
        }
        let speaker = try db.cachedStatement(sql: """
            INSERT INTO speakers(name, quotes, articles) VALUES (?, ?, 1)
            ON CONFLICT(name) DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + 1
            """)
        for (name, count) in counts { try speaker.execute(arguments: [name, count]) }
        let fullText = try db.cachedStatement(sql: """
            INSERT INTO search(rowid, title, body, quotes, speakers, comments, authors, site, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let arguments: StatementArguments = [id, fields.title, fields.body, fields.quotes, fields.speakers, fields.comments, fields.authors, fields.site, fields.type]
        var mark = DispatchTime.now().uptimeNanoseconds
        try fullText.execute(arguments: arguments)
        return seconds(since: &mark)
    }
}

/// A file's size and modification time, and for the files that hold many articles (CSV, JSON
/// Lines) a fingerprint of their first and last bytes: what tells the index a file changed. A
/// million-row CSV rewritten within the same second keeps its mtime; its ends rarely stay.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var mtime: Int64
    var fingerprint: String

    /// As the `files` table keeps it.
    init(row: Row) { (size, mtime, fingerprint) = (row["size"], row["mtime"], row["fingerprint"]) }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        mtime = DirectoryListing.modificationTime(info)
        let lower = path.lowercased()
        let manyArticles = [".csv", ".jsonl", ".ndjson"].contains { lower.hasSuffix($0) }
        fingerprint = manyArticles ? Self.ends(of: path, size: Int(size)) : ""
    }

    private static func ends(of path: String, size: Int) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        try? handle.seek(toOffset: UInt64(max(0, size - 4096)))
        let tail = (try? handle.read(upToCount: 4096)) ?? Data()
        // As an array: hashed through `Data`'s iterator, 8 KB took 550,000 instructions.
        return IndexLocation.hash(bytes: [UInt8](head + tail))
    }
}

/// A batch being parsed on every core in the background, until `wait` hands over its articles.
final class ParsedBatch: @unchecked Sendable {
    private let group = DispatchGroup()
    private let batch: CorpusIndex.Batch
    /// How long the parse took, once `wait` has returned.
    private(set) var seconds = 0.0
    /// Written by the parsing threads, each its own slot, before `group` is left; read after.
    private var articles: [Parsed?]

    /// An article parsed, its full-text columns, and the hash of its bytes (`UserData`).
    typealias Parsed = (article: Article, fields: SearchFields, hash: String)

    init(_ batch: CorpusIndex.Batch, repeated: RepeatedLines) {
        self.batch = batch
        articles = Array(repeating: nil, count: batch.documents.count)
        group.enter()
        DispatchQueue.global().async { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            articles.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: batch.documents.count) { i in
                    let document = batch.documents[i].document
                    let article = ArticleParser.parse(document, repeated: repeated)
                    out[i] = (article, SearchFields(article), IndexLocation.hash(bytes: document.bytes))
                }
            }
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            group.leave()
        }
    }

    func wait() -> (CorpusIndex.Batch, [Parsed]) {
        group.wait()
        return (batch, articles.map { $0! })
    }
}
