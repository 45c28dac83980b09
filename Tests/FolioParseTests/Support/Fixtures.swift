import Foundation
@testable import FolioParse

/// Paths to the seeds and to the real corpora copied under Fixtures/, found from this file's
/// place in the repository so tests run the same from any working directory.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds").path
    static let fixtures = repository.appendingPathComponent("Tests/FolioParseTests/Fixtures").path
    static let corpora = fixtures + "/corpora"
    static let newsSample = corpora + "/FakeNewsCorpus/news_sample.csv"
    static let horne = corpora + "/horne2017"

    static func seed(_ number: String) -> String {
        let name = try! FileManager.default.contentsOfDirectory(atPath: seeds).first { $0.hasPrefix(number + "_") }!
        return seeds + "/" + name
    }

    static func bytes(_ path: String) -> [UInt8] {
        try! FileBytes.read(path)
    }

    /// The article parsed from a file, as `folio parse` gives it.
    static func article(_ path: String) -> Article {
        var result: Article?
        for case .success(let document) in Corpus(paths: [path]) { result = ArticleParser.parse(document) }
        return result!
    }

    static func seedArticle(_ number: String) -> Article { article(seed(number)) }

    /// One row of the FakeNewsCorpus sample, by its id column.
    static func newsSampleRow(_ id: String) -> Article {
        for case .success(let document) in Corpus(paths: [newsSample]) where document.id.hasSuffix("#" + id) {
            return ArticleParser.parse(document)
        }
        fatalError("no row \(id) in the news sample")
    }

    static func parse(_ text: String, title: String? = nil) -> Article {
        ArticleParser.parse(bytes: Array(text.utf8), source: "test", metadata: Metadata(title: title))
    }
}

extension Article {
    func blocks(_ kind: Block.Kind) -> [String] { blocks.filter { $0.kind == kind }.map(\.text) }
    func kind(of text: String) -> Block.Kind? { blocks.first { $0.text == text }?.kind }
}

/// A small deterministic generator, so a property test that fails fails again the same way.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
