import Foundation

/// The articles under some paths, read one at a time: a directory of text files, single files, CSV
/// files with an article a row, JSON Lines files and one-article JSON files. Nothing is read before
/// it is asked for, so a corpus of any size streams in constant memory (a directory's file names
/// aside). A part that cannot be read comes as a failure naming the file, and reading goes on.
public struct Corpus: Sequence {
    public let paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public func makeIterator() -> Iterator { Iterator(paths: paths) }

    /// A file found under the corpus's paths.
    public enum Listed: Equatable {
        /// A file of articles.
        case file(String)
        /// A note about the corpus in its folder ("README.txt", "LICENSE"), not read as an article.
        case note(String)
        /// A folder walked to find the files, with its modification time (nanoseconds) when it
        /// was read; listed after the files.
        case folder(String, mtime: Int64)
        case failure(SourceError)
    }

    /// The files under `paths`, in corpus order, without the title files some corpora keep
    /// beside their articles, then the folders walked: what an index compares with what it has read.
    public func files() -> [Listed] {
        var out: [Listed] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                out.append(.failure(SourceError(path: path, reason: "no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else { out.append(.file(path)); continue }
            switch DirectoryListing.listing(under: path) {
            case .success(let listing):
                for file in listing.files where !DirectoryListing.isTitleFile(file) {
                    out.append(DirectoryListing.isCorpusNote(file) ? .note(file) : .file(file))
                }
                out += listing.folders.map { Listed.folder($0.path, mtime: $0.mtime) }
            case .failure(let error): out.append(.failure(error))
            }
        }
        return out
    }

    public final class Iterator: IteratorProtocol {
        private enum Pending {
            case path(String, explicit: Bool)
            case rows(any RowSource)
        }

        private var pending: [Pending]

        init(paths: [String]) {
            pending = paths.reversed().map { .path($0, explicit: true) }
        }

        public func next() -> Result<SourceDocument, SourceError>? {
            while let item = pending.popLast() {
                switch item {
                case .rows(let rows):
                    if let result = rows.next() {
                        pending.append(.rows(rows))
                        return result
                    }
                case .path(let path, let explicit):
                    if let result = open(path, explicit: explicit) { return result }
                }
            }
            return nil
        }

        /// Opens one path: a file gives its document (or schedules its rows); a directory
        /// schedules its files in path order.
        private func open(_ path: String, explicit: Bool) -> Result<SourceDocument, SourceError>? {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(SourceError(path: path, reason: "no such file or directory"))
            }
            if isDirectory.boolValue {
                switch DirectoryListing.files(under: path) {
                case .success(let files): pending.append(contentsOf: files.reversed().map { .path($0, explicit: false) })
                case .failure(let error): return .failure(error)
                }
                return nil
            }
            do throws(SourceError) {
                switch FileKind(path: path) {
                case .csv: pending.append(.rows(try CSVRows(path: path)))
                case .jsonLines: pending.append(.rows(try JSONLinesRows(path: path)))
                case .json: return .success(try JSONArticle.read(path: path))
                case .text:
                    if !explicit, DirectoryListing.isTitleFile(path) || DirectoryListing.isCorpusNote(path) { return nil }
                    return .success(try Self.textDocument(path))
                }
                return nil
            } catch {
                return .failure(error)
            }
        }
    }
}

extension Corpus.Iterator {
    /// A text file as one article, titled by a title file beside it if there is one. A text
    /// file says nothing of its site; the folder it is kept in is what tells what it is
    /// ("Fake", "Real", "Satire" in Horne & Adali's corpus), and stands for its site.
    static func textDocument(_ path: String) throws(SourceError) -> SourceDocument {
        let bytes = try FileBytes.read(path)
        let metadata = Metadata(title: DirectoryListing.companionTitle(for: path), site: DirectoryListing.folderName(of: path))
        return SourceDocument(id: path, bytes: bytes, metadata: metadata, locator: Locator(path: path, bytes: 0..<bytes.count))
    }
}

/// How a file's articles are stored, from its name.
enum FileKind {
    case text, csv, jsonLines, json

    /// Told by the file's extension, what follows the path's last full stop.
    init(path: String) {
        let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")).map { path.utf8.index(after: $0) } ?? path.startIndex
        switch path[dot...].lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonLines
        case "json": self = .json
        default: self = .text
        }
    }
}

/// A file holding many articles, read a row at a time.
protocol RowSource: AnyObject {
    func next() -> Result<SourceDocument, SourceError>?
}
