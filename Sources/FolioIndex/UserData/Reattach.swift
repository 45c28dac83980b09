import Foundation
import GRDB

extension CorpusIndex {
    /// Finds again the articles the user marked whose files are gone from where they were (a
    /// corpus moved or renamed), by the hash of their bytes among the articles of the files
    /// `added` by this update, and moves their marks there; returns how many articles were
    /// found. Only new files: an article indexed before, with the same bytes as a copy deleted
    /// since, is another article. One whose bytes are those of more than one article here is
    /// left alone: which one was meant is not known.
    func reattachMarks(into added: Set<String>) throws -> Int {
        guard let userData else { return 0 }
        let gone = try userData.markedArticles().filter { !FileManager.default.fileExists(atPath: Self.file(of: $0.source)) }
        guard !gone.isEmpty else { return 0 }
        let found = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT source, hash, file FROM articles WHERE hash IN (SELECT value FROM json_each(?))",
                             arguments: [UserData.json(gone.map(\.hash))]).filter { added.contains($0["file"]) }.map { ($0["hash"] as String, $0["source"] as String) }
        }
        let byHash = Dictionary(grouping: found, by: \.0)
        var moved = 0
        for article in gone {
            guard let here = byHash[article.hash], here.count == 1, here[0].1 != article.source else { continue }
            try userData.move(article.source, to: here[0].1)
            moved += 1
        }
        return moved
    }

    /// The file of a source: the path before `#ROW` for a row of a CSV or JSON Lines file.
    static func file(of source: String) -> String {
        guard let hash = source.lastIndex(of: "#") else { return source }
        let row = source[source.index(after: hash)...]
        return !row.isEmpty && row.allSatisfy(\.isNumber) ? String(source[..<hash]) : source
    }
}
