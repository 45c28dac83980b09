import Foundation

extension Corpus {
    /// The document an article's `source` names, read again from its file: the whole file for a
    /// text or JSON article, the row for `PATH#ID` of a CSV or JSON Lines file. An index keeps
    /// sources, not texts, so the reader opens an article this way.
    public static func document(source: String) -> Result<SourceDocument, SourceError> {
        var file = source
        if !FileManager.default.fileExists(atPath: source), let hash = source.lastIndex(of: "#") {
            file = String(source[..<hash])
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
}
