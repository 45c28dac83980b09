import GRDBSQLite

/// libFuzzer entry for the query parser: any text either parses or gives a message, and every
/// query that parses gives an FTS5 expression SQLite accepts (a syntax error there would reach the
/// user as SQLite's words). Built and run by `make fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func parseQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let query = try? Query.parse(text) else { return 0 }
    let expression = FTSQuery.expression(query)
    var statement: OpaquePointer?
    sqlite3_prepare_v2(database, "SELECT rowid FROM search WHERE search MATCH ?", -1, &statement, nil)
    // As GRDB binds a String: up to its first NUL.
    sqlite3_bind_text(statement, 1, expression, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    let status = sqlite3_step(statement)
    let message = String(cString: sqlite3_errmsg(database))
    sqlite3_finalize(statement)
    if status != SQLITE_DONE { fatalError("\(text.debugDescription) -> \(expression.debugDescription): \(message)") }
    return 0
}

/// An empty table with the index's columns, so FTS5 checks column names as it would there.
private let database: OpaquePointer? = {
    var db: OpaquePointer?
    sqlite3_open(":memory:", &db)
    sqlite3_exec(db, "CREATE VIRTUAL TABLE search USING fts5(title, body, quotes, speakers, comments, authors, site, type, content = '', tokenize = 'unicode61 remove_diacritics 2')", nil, nil, nil)
    return db
}()
