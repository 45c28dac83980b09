/// Lines a corpus prints on many of its pages: a promotion ("Headline: Bitcoin & Blockchain
/// Searches Exceed Trump! Blockchain Stocks Are Next!" stands in twenty of the development set's
/// thirty-six FakeNewsCorpus rows, from many sites), a sign-off, a newsletter box. No list of
/// phrases holds them all; counting lines finds them, across the corpus and, when the corpus
/// says which site a page is from, across that site's pages. Such a line is boilerplate wherever
/// it stands.
///
/// The count reads a sample (the first `sampleSize` articles), which bounds its time and memory
/// on a corpus of millions; what it learns is handed to every parse of that corpus, so that the
/// command line, the index and the reader agree on it.
public struct RepeatedLines: Sendable, Equatable {
    /// Folded lines (`Segment.key`) by site; "" for the whole corpus.
    private var lines: [String: Set<String>]

    public init() { lines = [:] }

    /// The lines, as (site, folded line) pairs, for an index to store.
    public var entries: [(site: String, line: String)] {
        lines.flatMap { site, keys in keys.map { (site, $0) } }.sorted { ($0.site, $0.line) < ($1.site, $1.line) }
    }

    /// The lines an index stored (`entries`).
    public init(entries: [(site: String, line: String)]) {
        lines = Dictionary(grouping: entries, by: \.site).mapValues { Set($0.map(\.line)) }
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// The repeated lines of one site's pages: the corpus's and the site's own.
    func lines(site: String?) -> Set<String> {
        let corpus = lines[""] ?? []
        guard let site, !site.isEmpty, let own = lines[site] else { return corpus }
        return corpus.union(own)
    }

    /// How many articles are read to learn the lines.
    public static let sampleSize = 2000
    /// A line is furniture when it stands in this many articles of its site at least…
    static let minimumArticles = 3
    /// …and in this share of them: in a big sample, three articles may quote the same short line.
    static let minimumShare = 0.02

    /// Counts in how many articles of each site every short line stands. Lines holding a
    /// quotation mark are not counted: a quotation several articles repeat is news.
    struct Counter {
        private var counts: [String: [String: Int]] = [:]
        private var articles: [String: Int] = [:]

        mutating func add(_ document: SourceDocument) {
            let (text, string) = TextDecoder.decodeWithString(document.bytes)
            let keys = Set(Segmenter.lines(of: text.utf8, text: string).compactMap(\.key).filter { key in
                !key.isEmpty && !key.unicodeScalars.contains("\"")
            })
            var buckets = [""]
            if let site = document.metadata.site, !site.isEmpty { buckets.append(site) }
            for bucket in buckets {
                articles[bucket, default: 0] += 1
                for key in keys { counts[bucket, default: [:]][key, default: 0] += 1 }
            }
        }

        func repeated() -> RepeatedLines {
            func learned(_ bucket: String) -> Set<String> {
                let needed = max(RepeatedLines.minimumArticles, Int((Double(articles[bucket] ?? 0) * RepeatedLines.minimumShare).rounded(.up)))
                return Set((counts[bucket] ?? [:]).filter { $0.value >= needed }.keys)
            }
            var result = RepeatedLines()
            let corpus = learned("")
            if !corpus.isEmpty { result.lines[""] = corpus }
            for site in counts.keys where !site.isEmpty {
                let own = learned(site).subtracting(corpus)
                if !own.isEmpty { result.lines[site] = own }
            }
            return result
        }
    }

    /// The repeated lines of the first `sampleSize` articles of `documents`.
    public static func learn(from documents: some Sequence<SourceDocument>) -> RepeatedLines {
        var counter = Counter()
        for document in documents.prefix(sampleSize) { counter.add(document) }
        return counter.repeated()
    }
}
