import CSV
import Foundation

/// The rows of a CSV file as articles, streamed through CSV.swift: multi-line quoted fields, any
/// column order, a row at a time from disk.
final class CSVRows: RowSource {
    private let path: String
    private let reader: CSVReader
    private let stream: InputStream
    private let fields: ArticleFields
    private var row = 0
    private var failed = false
    /// The last row read had a line end inside a field, which only a quoted field can hold.
    private var lastRowSpannedLines = false

    init(path: String) throws(SourceError) {
        guard let stream = InputStream(fileAtPath: path) else {
            throw SourceError(path: path, reason: "cannot open the file")
        }
        self.stream = stream
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw SourceError(path: path, reason: "not a readable CSV file (\(error))")
        }
        let header = reader.headerRow ?? []
        fields = ArticleFields(columns: header)
        self.path = path
        guard fields.hasBody else {
            throw SourceError(path: path, reason: "no column of article text: the first line should name the columns (content, text or body…), and it reads \(header.joined(separator: ", "))")
        }
    }

    /// On Linux, Foundation's InputStream reports bytes available at the end of a file, so CSV.swift
    /// reads once more and fails with `cannotReadFile`; at the end of the stream that is no error.
    private static func isEndOfFile(_ error: Error, _ stream: InputStream) -> Bool {
        if case CSVError.cannotReadFile = error { return stream.streamStatus == .atEnd }
        return false
    }

    /// Whether the file holds an odd number of double quotes: in a well-formed CSV each quoted
    /// field has an opening and a closing one and an escaped quote is two. CSV.swift takes an
    /// unclosed quote to the end of the file without a word, so this is how Folio notices one.
    private static func hasUnbalancedQuotes(_ path: String) -> Bool {
        guard let reader = try? LineReader(path: path) else { return false }
        var quotes = 0
        while let line = reader.next() {
            for byte in line where byte == UInt8(ascii: "\"") { quotes += 1 }
        }
        return quotes % 2 == 1
    }

    func next() -> Result<SourceDocument, SourceError>? {
        guard !failed else { return nil }
        guard let values = reader.next() else {
            failed = true
            if let error = reader.error, !Self.isEndOfFile(error, stream) {
                return .failure(SourceError(path: path, reason: "row \(row + 1): \(error); the rows before it were read"))
            }
            if lastRowSpannedLines, Self.hasUnbalancedQuotes(path) {
                return .failure(SourceError(path: path, reason: "row \(row): a quoted field is never closed, so the rest of the file was read into it"))
            }
            return nil
        }
        row += 1
        lastRowSpannedLines = values.contains { $0.utf8.contains(0x0A) || $0.utf8.contains(0x0D) }
        let value = { (field: ArticleFields.Field) -> String? in
            self.fields.positions[field].flatMap { $0 < values.count ? values[$0] : nil }
        }
        let id = value(.id).flatMap { $0.isEmpty ? nil : $0 } ?? String(row)
        let body = value(.body) ?? ""
        return .success(SourceDocument(id: "\(path)#\(id)", bytes: Array(body.utf8), metadata: ArticleFields.metadata(value)))
    }
}
