// What Swift needs of SQLite and cannot call itself: sqlite3_config takes variadic arguments,
// which Swift does not import, so a small inline function makes the one call Folio needs.
#ifndef FOLIO_CSQLITE_H
#define FOLIO_CSQLITE_H

#include <sqlite3.h>

/// Stops SQLite counting its memory (sqlite3_memory_used), which it does under one lock for the
/// whole process. Only before SQLite's first connection; SQLITE_MISUSE after.
static inline int folio_sqlite_stop_counting_memory(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
