import Foundation

/// Articles stored as JSON objects: one per file, or one per line of a JSON Lines file.
enum JSONArticle {
    static func read(path: String) throws(SourceError) -> SourceDocument {
        let bytes = try FileBytes.read(path)
        var document = try document(from: bytes[...], id: path, path: path, line: nil)
        document.locator = Locator(path: path, bytes: 0..<bytes.count)
        return document
    }

    static func document(from bytes: ArraySlice<UInt8>, id: String, path: String, line: Int?) throws(SourceError) -> SourceDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw SourceError(path: path, line: line, reason: "not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw SourceError(path: path, line: line, reason: "not a JSON object")
        }
        let keys = Array(dictionary.keys)
        let fields = ArticleFields(columns: keys)
        guard fields.hasBody else {
            throw SourceError(path: path, line: line, reason: "no key of article text (looked for content, text, body…)")
        }
        let value = { (field: ArticleFields.Field) -> String? in
            fields.positions[field].flatMap { string(dictionary[keys[$0]]) }
        }
        let body = value(.body) ?? ""
        let docID = value(.id).map { "\(path)#\($0)" } ?? id
        return SourceDocument(id: docID, bytes: Array(body.utf8), metadata: ArticleFields.metadata(value))
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let list as [Any]: return list.compactMap { string($0) }.joined(separator: ", ")
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}

/// The lines of a JSON Lines file as articles; a bad line is reported with its number and the
/// lines after it are still read.
final class JSONLinesRows: RowSource {
    private let path: String
    private let lines: LineReader

    init(path: String) throws(SourceError) {
        self.path = path
        lines = try LineReader(path: path)
    }

    func next() -> Result<SourceDocument, SourceError>? {
        while let line = lines.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let number = lines.lineNumber
            do {
                var document = try JSONArticle.document(from: line, id: "\(path)#\(number)", path: path, line: number)
                document.locator = Locator(path: path, bytes: lines.lineRange, row: number)
                return .success(document)
            } catch {
                return .failure(error)
            }
        }
        return nil
    }
}
