import Foundation
import GRDB

/// How a ranking's steps read the index (`MatchRanking`): each item on a connection of its own
/// at once, or all of them one after the other in one read transaction.
protocol RankingReads {
    mutating func each<Item: Sendable, T: Sendable>(_ items: [Item], _ read: @escaping @Sendable (Database, Item) throws -> T) throws -> [T]
}

extension RankingReads {
    /// One read, made as `each` makes them.
    mutating func one<T: Sendable>(_ read: @escaping @Sendable (Database) throws -> T) throws -> T {
        try each([0]) { db, _ in try read(db) }[0]
    }
}

/// Reads on every core, each in a transaction of its own, noting the version of the index each
/// one saw (`IndexVersion`): an update writing meanwhile (the reader's background index, `folio
/// index` elsewhere) would mix two versions in one ranking.
struct ReadsAtOnce: RankingReads {
    let pool: DatabasePool
    private(set) var versions: Set<IndexVersion> = []

    init(_ pool: DatabasePool) { self.pool = pool }

    mutating func each<Item: Sendable, T: Sendable>(_ items: [Item], _ read: @escaping @Sendable (Database, Item) throws -> T) throws -> [T] {
        let pool = pool
        let parts = try items.concurrentMap { item in try pool.read { db in (try read(db, item), try IndexVersion(db)) } }
        versions.formUnion(parts.map(\.1))
        return parts.map(\.0)
    }
}

/// Reads one after the other in the transaction `db` is in: a ranking made again this way sees
/// one version of the index whatever an update writes meanwhile.
struct ReadsInOne: RankingReads {
    let db: Database

    mutating func each<Item: Sendable, T: Sendable>(_ items: [Item], _ read: @escaping @Sendable (Database, Item) throws -> T) throws -> [T] {
        try items.map { try read(db, $0) }
    }
}

/// What changes whenever the articles a search can find do: FTS5's structure record, which
/// every write and merge of the full-text index rewrites, and the count of updates that forgot
/// articles, which write no full-text row (`Indexer`).
struct IndexVersion: Hashable, Sendable {
    var fullText: Data?
    var forgetting: String?

    init(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT block FROM search_data WHERE id = 10) AS fullText, (SELECT value FROM meta WHERE key = 'forgetting') AS forgetting
            """)
        (fullText, forgetting) = (row?["fullText"], row?["forgetting"])
    }
}
