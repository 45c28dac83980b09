import Glibc

/// Reading files with POSIX calls, so a failure says what the system said ("Permission denied")
/// rather than a paragraph about the file's name.
enum FileBytes {
    /// The file's bytes; a file whose first bytes are not text is refused after reading those
    /// alone, so a gigabyte of video among the articles costs one read.
    static func read(_ path: String) throws(SourceError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(path: path, reason: systemError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SourceError(path: path, reason: systemError()) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SourceError(path: path, reason: "not a regular file") }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SourceError(path: path, reason: systemError())
            }
            if n == 0 { break }
            let sniffing = bytes.count < BinaryContent.sniffLength
            bytes.append(contentsOf: chunk[0..<n])
            if sniffing, bytes.count >= BinaryContent.sniffLength, let kind = BinaryContent.describe(bytes[...]) {
                throw SourceError(path: path, reason: "skipped: \(kind), not text")
            }
        }
        if bytes.count < BinaryContent.sniffLength, let kind = BinaryContent.describe(bytes[...]) {
            throw SourceError(path: path, reason: "skipped: \(kind), not text")
        }
        return bytes
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// Reads a file one line at a time with a fixed buffer, so a JSON Lines file of any size streams.
final class LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line end resumes, so a long line is scanned once.
    private var scanned = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(path: String) throws(SourceError) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(path: path, reason: FileBytes.systemError()) }
    }

    deinit { close(fd) }

    /// The next line without its line end, or nil at the end of the file.
    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                position = newline + 1
                scanned = position
                lineNumber += 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                scanned = position
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            scanned = buffer.count
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
