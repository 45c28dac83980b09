import Foundation
import FolioParse

/// Writes a corpus of any size from the real texts, as JSON Lines, as a CSV in FakeNewsCorpus's
/// columns, or as a folder of text files (a title line, then the text): each article a title and a few
/// paragraphs drawn from the seeds and the corpora, with names and numbers varied so that the
/// vocabulary grows with the corpus as a real one does. Deterministic: the same size gives the
/// same file.
struct CorpusGenerator {
    private var titles: [String] = []
    private var paragraphs: [[Substring]] = []
    private var random = XorShift(seed: 0)
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

    /// `files` writes one file an article into `path`, a thousand to a folder, as scrapers leave them.
    enum Format { case jsonLines, csv, files }

    mutating func write(articles: Int, to path: String, format: Format = .jsonLines) throws {
        // Each size its own sequence, so a corpus is the same whatever was generated before it.
        random = XorShift(seed: UInt64(articles))
        if format == .files { return try writeFiles(articles: articles, to: path) }
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = format == .csv ? "id,domain,type,url,content,title\n" : ""
        for i in 0..<articles {
            let (title, text, site) = article()
            switch format {
            case .csv: buffer += "\(i),\(site),fake,https://\(site)/\(i),\(csv(text)),\(csv(title))\n"
            case .jsonLines, .files: buffer += "{\"id\":\(i),\"title\":\(json(title)),\"site\":\"\(site)\",\"text\":\(json(text))}\n"
            }
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    private mutating func writeFiles(articles: Int, to folder: String) throws {
        for i in 0..<articles {
            let (title, text, _) = article()
            let subfolder = "\(folder)/\(String(format: "%03d", i / 1000))"
            if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: "\(subfolder)/\(i).txt", contents: Data((title + "\n\n" + text + "\n").utf8)) else { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// A title, a text of two to six paragraphs and a site, drawn in this order.
    private mutating func article() -> (title: String, text: String, site: String) {
        let title = vary(titles[random.below(titles.count)].split(separator: " "))
        var body: [String] = []
        for _ in 0..<(2 + random.below(5)) { body.append(vary(paragraphs[random.below(paragraphs.count)])) }
        return (title, body.joined(separator: "\n\n"), "site\(random.below(200)).example")
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

    private func csv(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private func json(_ text: String) -> String {
        let data = try! JSONEncoder().encode(text)
        return String(decoding: data, as: UTF8.self)
    }
}

/// xorshift64*: a small deterministic random generator, so the generated corpus is the same on
/// every machine.
struct XorShift {
    private var state: UInt64
    init(seed: UInt64) { state = seed | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
