import Glibc

/// Reading files with POSIX calls, so a failure says what the system said ("Permission denied")
/// rather than a paragraph about the file's name.
enum FileBytes {
    /// The file's bytes; a file whose first bytes are not text is refused after reading those
    /// alone, so a gigabyte of video among the articles costs one read. The bytes are read
    /// straight into an array sized from the file's length: most articles are a few kilobytes,
    /// and a fixed buffer cleared for each file cost more than the reading.
    static func read(_ path: String) throws(SourceError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(path: path, reason: systemError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SourceError(path: path, reason: systemError()) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SourceError(path: path, reason: "not a regular file") }
        var bytes = try readOn(fd, path, into: [], upTo: BinaryContent.sniffLength)
        if let kind = BinaryContent.describe(bytes[...]) { throw SourceError(path: path, reason: "skipped: \(kind), not text") }
        if bytes.count == BinaryContent.sniffLength {
            bytes = try readOn(fd, path, into: bytes, upTo: .max, expected: Int(info.st_size))
        }
        return bytes
    }

    /// `bytes` and what follows them in the file, up to `limit` bytes in all or the file's end:
    /// `expected` bytes are made room for at once, and more as a file that grew goes on.
    private static func readOn(_ fd: Int32, _ path: String, into bytes: [UInt8], upTo limit: Int, expected: Int = 0) throws(SourceError) -> [UInt8] {
        var bytes = bytes
        var got = bytes.count
        while got < limit {
            if got == bytes.count {
                // One byte past the expected end, so the read that finds the end needs no more room.
                let room = got < expected ? expected + 1 : got + (1 << 16)
                bytes.append(contentsOf: repeatElement(0, count: min(room, limit) - got))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SourceError(path: path, reason: systemError())
            }
            if n == 0 { break }
            got += n
        }
        bytes.removeSubrange(got...)
        return bytes
    }

    static func systemError() -> String { String(cString: strerror(errno)) }

    /// The bytes `range` of the file, read alone: one row or line of a file that holds many.
    static func read(_ path: String, _ range: Range<Int>) throws(SourceError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(path: path, reason: systemError()) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var got = 0
        while got < range.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, range.count - got, off_t(range.lowerBound + got)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw SourceError(path: path, reason: systemError()) }
            guard n > 0 else { throw SourceError(path: path, reason: "is shorter than when it was indexed") }
            got += n
        }
        return bytes
    }
}

/// Reads a file one line at a time with a fixed buffer, so a JSON Lines file of any size streams.
final class LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line end resumes, so a long line is scanned once.
    private var scanned = 0
    private var atEnd = false
    /// The file offset of `buffer[0]`.
    private var bufferStart = 0
    private(set) var lineNumber = 0
    /// The bytes of the last line `next` gave, in the file, without its line end.
    private(set) var lineRange = 0..<0

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
                lineRange = (bufferStart + line.startIndex)..<(bufferStart + line.endIndex)
                position = newline + 1
                scanned = position
                lineNumber += 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                lineRange = (bufferStart + line.startIndex)..<(bufferStart + line.endIndex)
                position = buffer.count
                scanned = position
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<position)
            bufferStart += position
            position = 0
            scanned = buffer.count
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
