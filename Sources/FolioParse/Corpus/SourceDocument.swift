/// One article as a source holds it, before parsing.
public struct SourceDocument: Sendable {
    /// The file path, or `PATH#ID` for one row of a CSV or JSON Lines file.
    public var id: String
    public var bytes: [UInt8]
    public var metadata: Metadata

    public init(id: String, bytes: [UInt8], metadata: Metadata = Metadata()) {
        self.id = id
        self.bytes = bytes
        self.metadata = metadata
    }
}

/// Why part of a corpus could not be read. Each names the file, so a user can find it.
public struct SourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// The line of the file, where the problem is in one row of it.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
    }
}
