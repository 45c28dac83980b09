import Glibc

/// The records of a CSV file (RFC 4180), read from its bytes: fields in double quotes may hold
/// commas, line ends and doubled quotes; records end at LF, CRLF or CR; a byte order mark is
/// skipped. Each record says where it stands in the file, so one record can be read again
/// alone (`CSVRecords.record(at:)`). Fields between quotes are searched for their closing quote
/// with `memchr`, others for their comma or line end, so most bytes are passed over without a
/// branch of their own.
final class CSVRecords {
    struct Record {
        var fields: [[UInt8]]
        /// The record's bytes in the file, without its line end.
        var range: Range<Int>
        /// The file ended inside a quoted field, which then holds the rest of the file.
        var unclosed: Bool
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    /// The file offset of `buffer[0]`.
    private var bufferStart = 0
    private var position = 0
    private var atEnd = false
    private var chunk = 1 << 20

    init(path: String) throws(SourceError) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceError(path: path, reason: FileBytes.systemError()) }
    }

    deinit { close(fd) }

    /// The next record, or nil at the end of the file; blank lines are passed over.
    func next() -> Record? {
        while true {
            if bufferStart == 0, position == 0, !atEnd, buffer.isEmpty { fill() }
            if bufferStart == 0, position == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            let parsed = buffer.withUnsafeBufferPointer { Self.parse($0, from: position, atEnd: atEnd) }
            if let (record, next) = parsed {
                position = next
                if record.range.isEmpty, record.fields.count == 1 { continue }
                var located = record
                located.range = (record.range.lowerBound + bufferStart)..<(record.range.upperBound + bufferStart)
                return located
            }
            if atEnd { return nil }
            fill()
        }
    }

    /// Reads more of the file, keeping the record begun at `position`; a record that does not
    /// fit makes the next read as large as everything held, so a 50 MB field is read in a few
    /// steps and parsed a few times, not once a megabyte.
    private func fill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            bufferStart += position
            position = 0
        }
        let want = max(chunk, buffer.count)
        let old = buffer.count
        buffer += [UInt8](repeating: 0, count: want)
        var got = 0
        while got < want {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old + got, want - got) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { atEnd = true; break }
            got += n
        }
        buffer.removeLast(want - got)
    }

    /// One record read again from its place in the file, as `next` gave it.
    static func record(at range: Range<Int>, path: String) throws(SourceError) -> Record {
        let bytes = try FileBytes.read(path, range)
        guard let (record, _) = bytes.withUnsafeBufferPointer({ parse($0, from: 0, atEnd: true) }) else {
            throw SourceError(path: path, reason: "has no record at byte \(range.lowerBound) any more")
        }
        return Record(fields: record.fields, range: range, unclosed: record.unclosed)
    }

    /// Parses the record starting at `from`; returns it (its range relative to `bytes`) and where
    /// the next one starts, or nil when the bytes end before the record does and more may come.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, atEnd: Bool) -> (Record, Int)? {
        let end = bytes.count
        guard from < end else { return nil }
        var fields: [[UInt8]] = []
        var i = from
        let base = bytes.baseAddress!
        while true {
            if i < end, bytes[i] == UInt8(ascii: "\"") {
                // A quoted field: up to the quote not doubled.
                var field: [UInt8] = []
                var j = i + 1
                while true {
                    guard j < end, let hit = memchr(base + j, 0x22, end - j) else {
                        guard atEnd else { return nil }
                        field.append(contentsOf: bytes[min(j, end)..<end])
                        fields.append(field)
                        return (Record(fields: fields, range: from..<end, unclosed: true), end)
                    }
                    let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    field.append(contentsOf: bytes[j..<q])
                    if q + 1 < end, bytes[q + 1] == 0x22 {
                        field.append(0x22)
                        j = q + 2
                        continue
                    }
                    if q + 1 == end, !atEnd { return nil }
                    i = q + 1
                    break
                }
                // Bytes after the closing quote and before the comma belong to the field, as
                // lenient readers keep them.
                let stop = delimiter(bytes, from: i)
                field.append(contentsOf: bytes[i..<stop])
                fields.append(field)
                i = stop
            } else {
                let stop = delimiter(bytes, from: i)
                fields.append(Array(bytes[i..<stop]))
                i = stop
            }
            guard i < end else {
                guard atEnd else { return nil }
                return (Record(fields: fields, range: from..<end, unclosed: false), end)
            }
            switch bytes[i] {
            case UInt8(ascii: ","):
                i += 1
            case 0x0D:
                if i + 1 == end, !atEnd { return nil }
                let next = i + 1 < end && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                return (Record(fields: fields, range: from..<i, unclosed: false), next)
            default:  // LF
                return (Record(fields: fields, range: from..<i, unclosed: false), i + 1)
            }
        }
    }

    /// The first comma or line end from `i`, or the end of the bytes.
    @inline(__always)
    private static func delimiter(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: ",") || b == 0x0A || b == 0x0D { return j }
            j += 1
        }
        return j
    }
}
