import FolioIndex
import FolioParse

/// What the model is told: a key, a new window size, or work done off the input loop.
enum Message: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case searched(SearchRequest, Result<SearchPage, SearchProblem>)
    /// An article read: its start first when it is big (`complete` false), then the whole.
    case opened(OpenRequest, Result<Article, SourceError>, complete: Bool)
    /// The library's ids: the first screen's first (`whole` false), then all.
    case libraryLoaded(LibraryOrder, Result<[Int64], ReadProblem>, whole: Bool)
    /// A mark made, with what the status line says of it.
    case marked(Mark, Result<String, ReadProblem>)
    /// A search kept, or a list exported, with what the status line says of it.
    case searchKept(Result<String, ReadProblem>)
    case exported(Result<String, ReadProblem>)
    /// Why no browser could be started on an article's address.
    case launchFailed(ReadProblem)
    case keptSearchesLoaded(Result<[KeptSearch], ReadProblem>)
    /// What the user marked the article `source` with, and the tags in use.
    case marksLoaded(source: String, ArticleMarks)
    case rowsLoaded(RowsRequest, Result<[LibraryRow], ReadProblem>)
    case speakersLoaded(SpeakersRequest, Result<SpeakerPage, ReadProblem>)
    case speakerQuotesLoaded(String, Result<[SpeakerQuote], ReadProblem>)
    case indexing(IndexProgress)
    case indexed(IndexReport)
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
    case loadRows(RowsRequest)
    /// The speakers of the corpus, and one speaker's quotations: index reads, off the input loop.
    case loadSpeakers(SpeakersRequest)
    case loadSpeakerQuotes(String)
    /// Bring the index up to date again: a file changed under it.
    case refreshIndex
    /// Read and parse an article: a big one takes seconds, and the keys stay live meanwhile.
    case open(OpenRequest)
    /// Write a mark in the user's data, and read the tags a tag prompt offers.
    case mark(Mark)
    /// Give the terminal to the user's editor over the note of the article, or of its quotation
    /// at byte `quote`, then keep what it wrote.
    case editNote(source: String, quote: Int?)
    case loadMarks(source: String)
    /// Put text on the terminal's clipboard (OSC 52), or open an address with the user's browser.
    case copy(String)
    case openURL(String)
    /// Keep a search by a name, in the user's data.
    case keepSearch(name: String, query: String)
    /// Write every article of a search (of the library, with nil) to a CSV file.
    case export(query: String?)
    /// The searches kept, each counted.
    case loadKeptSearches
}

/// The tags in use, the most used first, and the article's own tags and note: what a tag or
/// note prompt offers, and what opening an article says.
struct ArticleMarks: Sendable, Equatable {
    var tagsInUse: [String] = []
    var tags: [String] = []
    var note: String?
    /// The tags and notes on its quotations, by each one's first byte in the article's text.
    var quoteTags: [Int: [String]] = [:]
    var quoteNotes: [Int: String] = [:]

    /// The note on the article, or on its quotation at byte `quote`.
    func note(on quote: Int?) -> String? {
        if let quote { quoteNotes[quote] } else { note }
    }
}

/// A change to the user's marks on an article (`UserData`).
enum Mark: Sendable, Equatable {
    /// A tag on the article, or on its quotation starting at byte `quote` of its text.
    case tag(source: String, quote: Int?, String)
    case untag(source: String, quote: Int?, String)
    /// A note on the article, or its quotation at byte `quote`, in place of the one before; an
    /// empty one takes it away.
    case note(source: String, quote: Int?, String)
    /// Opened: read.
    case read(source: String)
    case toggleRead(source: String)

    var source: String {
        switch self {
        case .tag(let source, _, _), .untag(let source, _, _), .note(let source, _, _), .read(let source), .toggleRead(let source): source
        }
    }
}

/// An article to open and where: with search terms highlighted, at a quote, in place of the
/// article on screen. A newer request (or Esc) makes an older one's article be dropped.
struct OpenRequest: Sendable, Equatable {
    var generation: Int
    var source: String
    var terms: [String] = []
    var quoteStart: Int?
    var replacing = false
    /// Shown at the last match of `terms` (`N` from the next article of a search), not the first.
    var atLastMatch = false
}

/// One search of the corpus. A newer keystroke makes a newer generation; results of an older
/// one are dropped when they come back, and an older one not yet started is never run.
struct SearchRequest: Sendable, Equatable {
    var generation: Int
    var query: String
    var ranked: Bool
    /// Where a further page of ranked results starts; 0 for the first.
    var offset = 0
}

/// A stretch of the speakers list: the rows in `range` of the names `filter` keeps, in the order asked.
struct SpeakersRequest: Sendable, Equatable {
    var range: Range<Int>
    var filter = ""
    var byName = false
}

/// The library's rows for `ids`, the ids at positions from `start` on in the listing `generation`.
struct RowsRequest: Sendable, Equatable {
    var generation: Int
    var start: Int
    var ids: [Int64]
}
