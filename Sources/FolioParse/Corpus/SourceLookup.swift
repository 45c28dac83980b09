import Foundation

extension Corpus {
    /// The document an article's `source` names, read again from its file: the whole file for a
    /// text or JSON article, the row for `PATH#ID` of a CSV or JSON Lines file. An index keeps
    /// sources, not texts, so the reader opens an article this way.
    public static func document(source: String) -> Result<SourceDocument, SourceError> {
        var file = source
        if !FileManager.default.fileExists(atPath: source), let hash = source.lastIndex(of: "#") {
            file = String(source[..<hash])
            if FileKind(path: file) == .jsonLines, let number = Int(source[source.index(after: hash)...]) {
                return jsonLine(number, of: file, source: source)
            }
        }
        for result in Corpus(paths: [file]) {
            switch result {
            case .success(let document) where document.id == source: return .success(document)
            case .success: continue
            case .failure(let error) where error.path == file && error.line == nil: return .failure(error)
            case .failure: continue
            }
        }
        return .failure(SourceError(path: file, reason: "no longer holds \(source)"))
    }

    /// Line `number` of a JSON Lines file, found by counting lines without parsing the ones
    /// before it: the last article of a million-line file opens in a fraction of a second.
    private static func jsonLine(_ number: Int, of file: String, source: String) -> Result<SourceDocument, SourceError> {
        do throws(SourceError) {
            let lines = try LineReader(path: file)
            while let line = lines.next(), lines.lineNumber <= number {
                if lines.lineNumber == number {
                    return .success(try JSONArticle.document(from: line, id: source, path: file, line: number))
                }
            }
            return .failure(SourceError(path: file, reason: "has no line \(number) any more"))
        } catch {
            return .failure(error)
        }
    }
}
