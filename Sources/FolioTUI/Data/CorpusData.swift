import Foundation
import FolioIndex
import FolioParse

/// Everything the reader reads from a corpus: the index for lists, searches and speakers, and the
/// corpus files for the text of the article being read: its bytes alone, where the index's
/// locator says they are, parsed as the index parsed them. Every read runs off the input loop and
/// answers with a `Result` whose failure is in words for the status line.
public final class CorpusData: Sendable {
    /// What the header names the corpus by: its paths as given.
    public let name: String
    public let paths: [String]
    let index: CorpusIndex

    /// Where `E` writes its files: the folder the reader was started in.
    let exportFolder: String

    public init(paths: [String], index: CorpusIndex, exportFolder: String = FileManager.default.currentDirectoryPath) {
        self.paths = paths
        self.index = index
        self.exportFolder = exportFolder
        name = paths.joined(separator: " ")
    }

    /// Reads an article for the reader in one or two steps: an article over `previewBytes` comes
    /// first as its start, parsed in milliseconds so the screen has something to read at once
    /// (`complete` false), then whole once the rest is parsed; both with the lines the index
    /// learned the corpus repeats, so that the article reads as it was indexed.
    func article(source: String, deliver: (Result<Article, SourceError>, _ complete: Bool) -> Void) {
        let located: Result<Locator, SourceError>
        do {
            located = try index.locator(of: source)
        } catch {
            located = .failure(SourceError(path: source, reason: "cannot be looked up in the index: \(IndexError.reason(error))"))
        }
        switch located {
        case .failure(let error):
            deliver(.failure(error), true)
            return
        case .success(let locator):
            read(locator, source: source, deliver: deliver)
        }
    }

    private func read(_ locator: Locator, source: String, deliver: (Result<Article, SourceError>, _ complete: Bool) -> Void) {
        switch Corpus.document(at: locator, source: source) {
        case .failure(let error):
            deliver(.failure(error), true)
        case .success(let document):
            // Read each time: a first index learns them while the reader is already open.
            let repeated = (try? index.repeatedLines()) ?? RepeatedLines()
            if document.bytes.count > Self.previewBytes {
                let start = Self.previewEnd(document.bytes)
                deliver(.success(ArticleParser.parse(bytes: Array(document.bytes[..<start]), source: document.id, metadata: document.metadata, repeated: repeated)), false)
            }
            deliver(.success(ArticleParser.parse(document, repeated: repeated)), true)
        }
    }

    static let previewBytes = 1 << 20

    /// Where the start of a big article ends: after its last paragraph break within a quarter of
    /// `previewBytes`, or at a character boundary.
    private static func previewEnd(_ bytes: [UInt8]) -> Int {
        let limit = previewBytes / 4
        var i = limit
        while i > 1 {
            if bytes[i - 1] == 0x0A, bytes[i - 2] == 0x0A { return i }
            i -= 1
        }
        var cut = limit
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    func rows(_ ids: [Int64]) -> Result<[LibraryRow], ReadProblem> {
        Result { try index.rows(ids) }.mapError { ReadProblem(message: "cannot read the list of articles: \(IndexError.reason($0))") }
    }

    func speakers(_ request: SpeakersRequest) -> Result<SpeakerPage, ReadProblem> {
        Result { try index.speakers(from: request.range.lowerBound, limit: request.range.count, matching: request.filter, byName: request.byName) }.mapError { ReadProblem(message: "cannot read the speakers: \(IndexError.reason($0))") }
    }

    func quotes(of speaker: String) -> Result<[SpeakerQuote], ReadProblem> {
        Result { try index.quotes(of: speaker) }.mapError { ReadProblem(message: "cannot read \(speaker)'s quotations: \(IndexError.reason($0))") }
    }

    /// The library's ids in `order`: the first `firstListing` (what a screen shows, read in
    /// milliseconds from the order's index), or all (a tenth of a second a million).
    func articleIDs(order: LibraryOrder, whole: Bool) -> Result<[Int64], ReadProblem> {
        Result { try index.articleIDs(order: order, limit: whole ? -1 : Self.firstListing) }
            .mapError { ReadProblem(message: "cannot list the articles: \(IndexError.reason($0))") }
    }

    /// More ids than the tallest window shows, so the first screen is whole before the rest come.
    static let firstListing = 500

    /// Writes a mark in the user's data; says what was done, in words for the status line.
    func mark(_ mark: Mark) -> Result<String, ReadProblem> {
        guard let user = index.userData else { return .failure(ReadProblem(message: "tags and read marks are not kept: \(Self.noUserData)")) }
        return Result { () throws -> String in
            guard let article = try index.identity(of: mark.source) else { return "that article is no longer in the index" }
            switch mark {
            case .tag(_, let quote, let tag):
                guard let kept = try user.tag(article, tag, quote: quote) else { return "a tag needs a word" }
                return quote == nil ? "tagged “\(kept)”" : "tagged the quotation “\(kept)”"
            case .untag(_, let quote, let tag):
                return try user.untag(article.source, tag, quote: quote) ? "took “\(tag)” off" : "“\(tag)” is not on the \(quote == nil ? "article" : "quotation")"
            case .note(_, let quote, let text):
                let changed = try user.setNote(article, text, quote: quote)
                return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "note kept" : changed ? "took the note away" : "there was no note"
            case .read:
                try user.setRead(article, true)
                return "read"
            case .toggleRead:
                let read = try user.read(among: [article.source]).isEmpty
                try user.setRead(article, read)
                return read ? "marked read" : "marked unread"
            }
        }.mapError { ReadProblem(message: "cannot keep the mark: \(IndexError.reason($0))") }
    }

    /// Writes every article of a search (all, with nil) to a new CSV file in the current
    /// folder, as `folio export` writes it; says where, in words for the status line.
    func export(_ query: String?) -> Result<String, ReadProblem> {
        Result { () throws -> String in
            let sources = try index.sources(matching: query)
            let (path, file) = try newExportFile()
            defer { try? file.close() }
            let (rows, unread) = try Exporter.write(sources, from: index, what: .articles, format: .csv) { file.write(Data($0.utf8)) }
            return "exported \(rows) article\(rows == 1 ? "" : "s") to \(path)" + (unread.isEmpty ? "" : "; \(unread.count) could not be read")
        }.mapError { ($0 as? ReadProblem) ?? ReadProblem(message: "cannot export: \(IndexError.reason($0))") }
    }

    /// A new file in the export folder named by the time; one made in the same second is `-2`,
    /// `-3`…: an export never writes over another.
    private func newExportFile() throws -> (String, FileHandle) {
        let stamp = DateFormatter()
        stamp.dateFormat = "yyyy-MM-dd-HHmmss"
        let base = exportFolder + "/folio-export-\(stamp.string(from: Date()))"
        for n in 1...1000 {
            let path = base + (n == 1 ? "" : "-\(n)") + ".csv"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 { return (path, FileHandle(fileDescriptor: fd, closeOnDealloc: true)) }
            guard errno == EEXIST else { throw ReadProblem(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        }
        throw ReadProblem(message: "cannot write \(base).csv: a thousand exports this second")
    }

    /// The searches kept, by name, each with how many articles it finds now.
    func keptSearches() -> Result<[KeptSearch], ReadProblem> {
        guard let user = index.userData else { return .failure(ReadProblem(message: "searches are not kept: \(Self.noUserData)")) }
        return Result { try user.savedSearches().map { KeptSearch(name: $0.name, query: $0.query, found: try? index.count($0.query)) } }
            .mapError { ReadProblem(message: "cannot read the searches kept: \(IndexError.reason($0))") }
    }

    /// Keeps a search by a name; says so, in words for the status line.
    func keep(_ query: String, as name: String) -> Result<String, ReadProblem> {
        guard let user = index.userData else { return .failure(ReadProblem(message: "searches are not kept: \(Self.noUserData)")) }
        return Result { try user.save(query, as: name) }.map { kept in
            "kept as @\(kept.name)" + (kept.replaced.map { " in place of “\($0)”" } ?? "") + ": /@\(kept.name) searches it again"
        }
            .mapError { ReadProblem(message: "cannot keep the search: \(IndexError.reason($0))") }
    }

    /// The tags in use and the article's own tags and note, for a prompt to offer.
    func marks(of source: String) -> ArticleMarks {
        guard let user = index.userData else { return ArticleMarks() }
        return ArticleMarks(tagsInUse: (try? user.allTags()) ?? [], tags: (try? user.tags(of: [source]))?[source] ?? [],
                            note: (try? user.notes(of: [source]))?[source], quoteTags: (try? user.quoteTags(of: source)) ?? [:],
                            quoteNotes: (try? user.quoteNotes(of: source)) ?? [:])
    }

    /// Why the user's data may be missing: its folder could not be written.
    static let noUserData = "the user's data folder ($XDG_DATA_HOME/folio) cannot be written"

    /// A search as the reader runs it: unranked first results at once, or a ranked page from
    /// `offset`. A full ranked page comes with the count of every match, so the list can say
    /// "200 of 327" and read on as the cursor nears its end.
    func search(_ query: String, ranked: Bool, offset: Int = 0) -> Result<SearchPage, SearchProblem> {
        do {
            guard ranked else { return .success(SearchPage(results: try index.firstResults(query, limit: SearchLimits.first), total: nil)) }
            let page = try index.rankedPage(query, limit: SearchLimits.ranked, offset: offset)
            return .success(SearchPage(results: page.results, total: page.total, approximate: page.approximate))
        } catch let error as QueryError {
            return .failure(SearchProblem(message: error.message))
        } catch {
            return .failure(SearchProblem(message: "the index could not be searched: \(error)"))
        }
    }
}

/// A page of search results, and how many articles match in all when that is known.
struct SearchPage: Sendable, Equatable {
    var results: [SearchResult]
    var total: Int?
    /// Ranked among candidates, not every match (`CorpusIndex.ranksApproximately`).
    var approximate = false
}

/// Why a search gave nothing, in words for the status line.
struct SearchProblem: Error, Equatable, Sendable {
    var message: String
}

/// Why a list could not be read from the index, in words for the status line.
struct ReadProblem: Error, Equatable, Sendable {
    var message: String
}

enum SearchLimits {
    static let first = 50
    static let ranked = 200
}
