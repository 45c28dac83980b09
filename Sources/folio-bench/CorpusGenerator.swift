import Foundation
import FolioParse

/// Writes a corpus of any size from the real texts, as JSON Lines: each article a title and a few
/// paragraphs drawn from the seeds and the corpora, with names and numbers varied so that the
/// vocabulary grows with the corpus as a real one does. Deterministic: the same size gives the
/// same file.
struct CorpusGenerator {
    private var titles: [String] = []
    private var paragraphs: [[Substring]] = []
    private var random = SplitMix(seed: 0)
    private let syllables = ["ka", "ro", "vi", "ne", "sha", "lo", "mir", "dan", "tel", "zo", "gor", "ba", "li", "ene", "ov", "ski", "ra", "tu"]

    init(sources: [String]) {
        for case .success(let document) in Corpus(paths: sources) {
            let article = ArticleParser.parse(document)
            if !article.title.isEmpty { titles.append(article.title) }
            for block in article.blocks where [.paragraph, .blockquote, .comment].contains(block.kind) {
                let words = block.text.split(separator: " ")
                if words.count >= 8 { paragraphs.append(words) }
            }
        }
    }

    mutating func write(articles: Int, to path: String) throws {
        // Each size its own sequence, so a corpus is the same whatever was generated before it.
        random = SplitMix(seed: UInt64(articles))
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = ""
        for i in 0..<articles {
            let title = vary(titles[random.below(titles.count)].split(separator: " "))
            var body: [String] = []
            for _ in 0..<(2 + random.below(5)) { body.append(vary(paragraphs[random.below(paragraphs.count)])) }
            buffer += "{\"id\":\(i),\"title\":\(json(title)),\"site\":\"site\(random.below(200)).example\",\"text\":\(json(body.joined(separator: "\n\n")))}\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    /// Numbers made new; one capitalised word in four made a new name from a pool that grows
    /// with the corpus.
    private mutating func vary(_ words: [Substring]) -> String {
        var out: [String] = []
        out.reserveCapacity(words.count)
        for (n, word) in words.enumerated() {
            if word.allSatisfy(\.isNumber) {
                out.append(String(random.below(10_000)))
            } else if n > 0, word.first?.isUppercase == true, word.allSatisfy(\.isLetter), random.below(4) == 0 {
                out.append(name())
            } else {
                out.append(String(word))
            }
        }
        return out.joined(separator: " ")
    }

    private mutating func name() -> String {
        var name = ""
        for _ in 0..<(2 + random.below(3)) { name += syllables[random.below(syllables.count)] }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    private func json(_ text: String) -> String {
        let data = try! JSONEncoder().encode(text)
        return String(decoding: data, as: UTF8.self)
    }
}

/// A small deterministic random generator: the generated corpus is the same on every machine.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
