/// One article as a source holds it, before parsing.
public struct SourceDocument: Sendable {
    /// The file path, or `PATH#ID` for one row of a CSV or JSON Lines file.
    public var id: String
    public var bytes: [UInt8]
    public var metadata: Metadata
    /// Where the bytes were read from, so that the article can be read again alone.
    public var locator: Locator?

    public init(id: String, bytes: [UInt8], metadata: Metadata = Metadata(), locator: Locator? = nil) {
        self.id = id
        self.bytes = bytes
        self.metadata = metadata
        self.locator = locator
    }
}

/// Where an article's bytes are: a whole file, or one record or line of a file that holds many.
/// An index keeps it, so that opening any article reads its bytes and no others.
public struct Locator: Sendable, Equatable {
    public var path: String
    /// The record's or line's bytes in the file, without its line end; the whole file for a
    /// file that is one article.
    public var bytes: Range<Int>
    /// The row of a CSV file or the line of a JSON Lines file, for messages and for a row's id
    /// when it has none of its own.
    public var row: Int?

    public init(path: String, bytes: Range<Int>, row: Int? = nil) {
        (self.path, self.bytes, self.row) = (path, bytes, row)
    }
}

/// Why part of a corpus could not be read. Each names the file, so a user can find it.
public struct SourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// The line of the file, where the problem is in one row of it.
    public var line: Int?
    public var reason: String
    /// The file changed or went since an index read it: reading the corpus again mends it.
    public var stale: Bool

    public init(path: String, line: Int? = nil, reason: String, stale: Bool = false) {
        self.path = path
        self.line = line
        self.reason = reason
        self.stale = stale
    }

    public var description: String {
        line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
    }
}
