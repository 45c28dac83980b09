extension Corpus {
    /// The article `locator` places, read alone: the whole file for a text or JSON article, the
    /// record or line for a row of a CSV or JSON Lines file, so that opening the last row of a
    /// million reads one row. `source` is the article's name as it was read; a file that no
    /// longer holds it there is said to, never answered with another article.
    public static func document(at locator: Locator, source: String) -> Result<SourceDocument, SourceError> {
        do throws(SourceError) {
            let document: SourceDocument
            switch FileKind(path: locator.path) {
            case .csv: document = try CSVRows.document(at: locator)
            case .jsonLines:
                let line = try FileBytes.read(locator.path, locator.bytes)
                let id = locator.row.map { "\(locator.path)#\($0)" } ?? source
                document = try JSONArticle.document(from: line[...], id: id, path: locator.path, line: locator.row)
            case .json: document = try JSONArticle.read(path: locator.path)
            case .text: document = try Iterator.textDocument(locator.path)
            }
            guard document.id == source else { return .failure(SourceError(path: locator.path, reason: "no longer holds \(source) where it was indexed")) }
            var located = document
            located.locator = locator
            return .success(located)
        } catch {
            return .failure(error)
        }
    }
}
