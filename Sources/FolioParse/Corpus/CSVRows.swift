/// The rows of a CSV file as articles: any column order, a row at a time from disk
/// (`CSVRecords`), each with the place of its bytes in the file.
final class CSVRows: RowSource {
    private let path: String
    private let records: CSVRecords
    private let fields: ArticleFields
    private var row = 0
    private var pendingFailure: SourceError?
    private var finished = false

    init(path: String) throws(SourceError) {
        records = try CSVRecords(path: path)
        let header = records.next()?.fields.map { String(decoding: $0, as: UTF8.self) } ?? []
        fields = ArticleFields(columns: header)
        self.path = path
        guard fields.hasBody else {
            throw SourceError(path: path, reason: "no column of article text: the first line should name the columns (content, text or body…), and it reads \(header.joined(separator: ", "))")
        }
    }

    func next() -> Result<SourceDocument, SourceError>? {
        if let failure = pendingFailure {
            pendingFailure = nil
            finished = true
            return .failure(failure)
        }
        guard !finished, let record = records.next() else { return nil }
        row += 1
        if record.unclosed {
            // Said after the row that took the rest of the file, so that nothing is lost.
            pendingFailure = SourceError(path: path, reason: "row \(row): a quoted field is never closed, so the rest of the file was read into it")
        }
        return .success(Self.document(record, fields: fields, row: row, path: path))
    }

    /// The article of one record, named `PATH#ID` by its id column, else by its row number.
    static func document(_ record: CSVRecords.Record, fields: ArticleFields, row: Int, path: String) -> SourceDocument {
        let value = { (field: ArticleFields.Field) -> String? in
            fields.positions[field].flatMap { $0 < record.fields.count ? String(decoding: record.fields[$0], as: UTF8.self) : nil }
        }
        let id = value(.id).flatMap { $0.isEmpty ? nil : $0 } ?? String(row)
        let body = fields.positions[.body].flatMap { $0 < record.fields.count ? record.fields[$0] : nil } ?? []
        return SourceDocument(id: "\(path)#\(id)", bytes: body, metadata: ArticleFields.metadata(value),
                              locator: Locator(path: path, bytes: record.range, row: row))
    }

    /// The article whose record `locator` names, read alone: the header, then the record.
    static func document(at locator: Locator) throws(SourceError) -> SourceDocument {
        let records = try CSVRecords(path: locator.path)
        let header = records.next()?.fields.map { String(decoding: $0, as: UTF8.self) } ?? []
        let fields = ArticleFields(columns: header)
        guard fields.hasBody else { throw SourceError(path: locator.path, reason: "no longer has a column of article text") }
        let record = try CSVRecords.record(at: locator.bytes, path: locator.path)
        return document(record, fields: fields, row: locator.row ?? 0, path: locator.path)
    }
}
