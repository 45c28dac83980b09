import Foundation
import FolioIndex
import FolioParse
import FolioTUI
import GRDB

/// `folio-bench tui FOLDER SIZE`: the reader's keystrokes, from key to finished screen, on the
/// generated corpus and index that `bench-search` leaves in FOLDER, and on big articles: 10 MB of
/// paragraphs, one line of 10 MB, and 200 MB.
/// Each is printed beside a reference in the same run: raw SQLite reading the rows a library
/// screen shows, and a line count over the big article's bytes.
enum TUIBenchmark {
    static func run(folder: String, size: Int, sources: [String]) throws {
        let corpus = "\(folder)/corpus-\(size).jsonl"
        let database = "\(folder)/index-\(size).sqlite"
        let index = try CorpusIndex(path: database)
        // An index of another schema is set aside on opening and one of another parser cleared
        // by its next update: the figures would be for an empty library, so it is rebuilt first.
        if try !index.answersAsItIs() {
            print("indexing \(corpus) first: the index there was made by another version")
            let start = Date()
            _ = try index.update([corpus])
            print(String(format: "indexed and merged in %.0f s", Date().timeIntervalSince(start)))
        }
        let width = 120, height = 40

        // The reader says when its first screen is drawn and when every id is listed: each
        // order's first screen is read from its own index, then the whole list.
        var marks: [(whole: Bool, at: UInt64)] = []
        func listed(_ reader: HeadlessReader, _ whole: Bool) { marks.append((whole, DispatchTime.now().uptimeNanoseconds)) }
        func listing(runs: Int, _ body: () -> Void) -> (first: Double, whole: Double)? {
            var first: [Double] = [], whole: [Double] = []
            for _ in 0..<runs {
                marks = []
                let start = DispatchTime.now().uptimeNanoseconds
                body()
                guard let shown = marks.first(where: { !$0.whole }), let listed = marks.last(where: { $0.whole }) else { return nil }
                first.append(Double(shown.at - start) / 1e6)
                whole.append(Double(listed.at - start) / 1e6)
            }
            return (first.sorted()[runs / 2], whole.sorted()[runs / 2])
        }
        var reader: HeadlessReader?
        let open = listing(runs: 5) { reader = HeadlessReader(corpus: CorpusData(paths: [corpus], index: index), width: width, height: height, listed: listed) }
        let library = reader!
        print("== library of \(size) articles, a \(width)×\(height) window")
        print(String(format: "reader start to the first screen drawn: p50 %.1f ms; every id listed: p50 %.1f ms", open!.first, open!.whole))
        for (key, name) in [("t", "title"), ("d", "date"), ("w", "words"), ("q", "quotes"), ("c", "comments"), ("o", "corpus order")] {
            guard let sorted = listing(runs: 5, { library.press(.char("s"), .char(Character(key))) }) else {
                print("sort by \(name): the articles have none; the order stands")
                continue
            }
            print(String(format: "sort by %@: first screen p50 %.1f ms, every id listed p50 %.1f ms", name, sorted.first, sorted.whole))
        }

        // Reference: the same rows a screen shows, read with one prepared statement through GRDB.
        let pool = try DatabasePool(path: database)
        let ids = try pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM articles ORDER BY file, id LIMIT 38 OFFSET ?", arguments: [size / 2]) }
        let raw = try SearchBenchmark.timings(runs: 101) {
            _ = try pool.read { db in
                let statement = try db.cachedStatement(sql: "SELECT id, source, file, title, site, date, words, quotes, comments FROM articles WHERE id = ?")
                return try ids.map { try Row.fetchOne(statement, arguments: [$0]) }
            }
        }
        func row(_ name: String, _ t: (p50: Double, p99: Double)) {
            print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %8.2f / %8.2f   %6.1f×", t.p50, t.p99, t.p99 / max(raw.p99, 0.001)))
        }
        print("keystroke to screen                 p50 ms /   p99 ms   p99 / raw SQLite reading the screen's rows")
        print("raw SQLite, 38 rows by id".padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %8.2f / %8.2f", raw.p50, raw.p99))
        row("j (next line)", try SearchBenchmark.timings(runs: 201) { library.press(.char("j")); _ = library.screen })
        row("Space (next page)", try SearchBenchmark.timings(runs: 101) { library.press(.char(" ")); _ = library.screen })
        row("G, g (last, first)", try SearchBenchmark.timings(runs: 51) { library.press(.char("G")); _ = library.screen; library.press(.char("g")); _ = library.screen })
        row("S (speakers, grouped as people)", try SearchBenchmark.timings(runs: 21) {
            library.press(.char("S")); _ = library.screen; library.press(.char("q"))
        })
        row("S, Enter (the first speaker's quotes)", try SearchBenchmark.timings(runs: 21) {
            library.press(.char("S"), .enter); _ = library.screen; library.press(.char("q"), .char("q"))
        })
        // The speakers filter scans every name's folded words once per key typed.
        library.press(.char("S"), .char("/"))
        row("S / k (speakers filter, one key)", try SearchBenchmark.timings(runs: 41) {
            library.type("k"); _ = library.screen; library.press(.backspace); _ = library.screen
        })
        library.press(.escape, .escape, .char("q"))
        // Headless, each keystroke's first results and ranking run before the next key; the
        // reader runs them off its input loop.
        row("/Raqqa, 6 keys, searches included", try SearchBenchmark.timings(runs: 5) {
            library.press(.char("/")); library.type("Raqqa"); _ = library.screen; library.press(.escape)
        })

        var paragraphs: [String] = []
        for case .success(let document) in Corpus(paths: sources) {
            paragraphs += ArticleParser.parse(document).bodyBlocks.filter { $0.kind == .paragraph }.map(\.text)
        }
        try bigArticle(paragraphs, megabytes: 10, separator: "\n\n", folder: folder, width: width, height: height)
        try bigArticle(paragraphs, megabytes: 10, separator: " ", folder: folder, width: width, height: height)
        try bigArticle(paragraphs, megabytes: 200, separator: "\n\n", folder: folder, width: width, height: height)
    }

    /// One article made of the real articles' paragraphs, joined by `separator` (a space makes
    /// it one line), opened and read through.
    private static func bigArticle(_ paragraphs: [String], megabytes: Int, separator: String, folder: String, width: Int, height: Int) throws {
        let dir = "\(folder)/big-article"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var bytes = Array("A \(megabytes) megabyte article\n\n".utf8)
        bytes.reserveCapacity(megabytes * 1_000_000 + 10_000)
        var i = 0
        while bytes.count < megabytes * 1_000_000 {
            bytes += paragraphs[i % paragraphs.count].utf8
            bytes += separator.utf8
            i += 1
        }
        _ = FileManager.default.createFile(atPath: "\(dir)/big.txt", contents: Data(bytes))
        let index = try CorpusIndex(path: "\(dir)/index.sqlite")
        _ = try index.update([dir])
        var lines = 0
        let lineCount = try SearchBenchmark.timings(runs: 5) { lines &+= bytes.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
        let reader = HeadlessReader(corpus: CorpusData(paths: [dir], index: index), width: width, height: height)
        print("== one article of \(megabytes) MB, \(separator == " " ? "one line" : "\(i) paragraphs")")
        print(String(format: "reference line count over its bytes: %.2f ms (%d lines)", lineCount.p50, lines / 5))
        let runs = megabytes > 50 ? 1 : 3
        let open = try SearchBenchmark.timings(runs: runs) { reader.press(.enter); _ = reader.screen; reader.press(.char("q")) }
        print(String(format: "Enter (read, parse, lay out, draw):   %.0f ms, %.0f× the line count", open.p50, open.p50 / max(lineCount.p50, 0.001)))
        reader.press(.enter)
        let page = try SearchBenchmark.timings(runs: 201) { reader.press(.char(" ")); _ = reader.screen }
        let quote = try SearchBenchmark.timings(runs: 201) { reader.press(.char("]")); _ = reader.screen }
        let ends = try SearchBenchmark.timings(runs: 21) { reader.press(.char("G")); _ = reader.screen; reader.press(.char("g")); _ = reader.screen }
        print(String(format: "Space (next page):                    p50 %.2f ms, p99 %.2f ms", page.p50, page.p99))
        print(String(format: "] (next quote):                       p50 %.2f ms, p99 %.2f ms", quote.p50, quote.p99))
        print(String(format: "G, g (last, first):                   p50 %.2f ms, p99 %.2f ms", ends.p50, ends.p99))
    }
}
