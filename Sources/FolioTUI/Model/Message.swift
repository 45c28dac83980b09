import FolioIndex

/// What the model is told: a key, a new window size, or work done off the input loop.
enum Message: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case searched(SearchRequest, Result<[SearchResult], SearchProblem>)
    case libraryLoaded(LibraryOrder, [Int64])
    case indexing(IndexProgress)
    case indexed(problems: [String])
    /// The update stopped (a full disk); the index keeps what it had.
    case indexFailed(String)
}

/// What the model asks the program to do for it. Searches and listings run in the background
/// and come back as messages, so no keystroke waits for the index.
enum Effect: Sendable, Equatable {
    case quit
    /// Stop the process as Ctrl-Z does in a shell; the terminal is raw, so the key is ours to pass on.
    case suspend
    case redraw
    case search(SearchRequest)
    case loadLibrary(LibraryOrder)
}

/// One search of the corpus. A newer keystroke makes a newer generation; results of an older
/// one are dropped when they come back, and an older one not yet started is never run.
struct SearchRequest: Sendable, Equatable {
    var generation: Int
    var query: String
    var ranked: Bool
}
