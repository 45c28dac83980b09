import CSQLite

/// What SQLite is told once for the whole process, before its first connection opens.
enum SQLiteSetup {
    /// SQLite counts every allocation under one lock for the whole process, for a memory figure
    /// Folio never reads. A search scores stretches of the index on several connections at once
    /// (`rankedPage`), and with the count on they queued on that lock: a phrase of common words
    /// took longer on two cores than on one.
    /// Run before the first connection Folio opens (`UserData`, `CorpusIndex`). Where a program
    /// using FolioIndex opened one before, SQLite refuses (SQLITE_MISUSE) and only keeps counting.
    static let once: Void = { _ = folio_sqlite_stop_counting_memory() }()
}
