import Foundation
import FolioIndex
import GRDB

/// `folio-bench search SIZE... `: for each size, a generated corpus is indexed and a fixed set of
/// queries is timed against the index, beside ripgrep counting the same words in the same file.
enum SearchBenchmark {
    /// One query of each kind the issue names, and the word ripgrep looks for in its place.
    static let queries: [(name: String, query: String, rg: String)] = [
        ("rare word", "Surovikin", "Surovikin"),
        ("common word", "the", "the"),
        ("two-word AND", "coalition Raqqa", "coalition"),
        ("phrase", "\"face of the earth\"", "face of the earth"),
        ("prefix", "Konash*", "Konash"),
        ("short prefix", "presid*", "presid"),
        ("field", "title:Raqqa", "Raqqa"),
        ("Cyrillic", "коментар", "коментар"),
    ]

    /// A corpus to generate: `SIZE` articles in one JSON Lines file, or `SIZE-files`, one file each.
    struct Size {
        var articles: Int
        var files: Bool

        init?(_ text: String) {
            files = text.hasSuffix("-files")
            guard let articles = Int(files ? text.dropLast(6) : Substring(text)), articles > 0 else { return nil }
            self.articles = articles
        }

        var name: String { files ? "\(articles)-files" : "\(articles)" }
    }

    static func run(sizes: [Size], sources: [String], folder: String) throws {
        var generator = CorpusGenerator(sources: sources)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for spec in sizes {
            let size = spec.articles
            let corpus = "\(folder)/corpus-\(spec.name)" + (spec.files ? "" : ".jsonl")
            let database = "\(folder)/index-\(spec.name).sqlite"
            if !FileManager.default.fileExists(atPath: corpus) { try generator.write(articles: size, to: corpus, format: spec.files ? .files : .jsonLines) }
            // FOLIO_BENCH_REUSE=1 times the queries on an index built by an earlier run.
            let reuse = ProcessInfo.processInfo.environment["FOLIO_BENCH_REUSE"] == "1" && FileManager.default.fileExists(atPath: database)
            if !reuse {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            }
            let corpusBytes = try bytes(of: corpus)
            print("== \(size) articles, \(corpusBytes / 1_000_000) MB" + (spec.files ? " in \(size) files" : " of JSON Lines"))

            let index = try CorpusIndex(path: database)
            if !reuse {
                let start = Date()
                let report = try index.update([corpus])
                // The update merges the index into one segment at its end, timed apart.
                let seconds = Date().timeIntervalSince(start) - (report.merged ?? 0)
                try index.checkpoint()
                let indexBytes = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
                print(String(format: "index: %d articles in %.1f s, %.0f articles/s, %d MB", report.articlesIndexed, seconds,
                             Double(report.articlesIndexed) / seconds, indexBytes / 1_000_000))
                print(stages(report.stages, articles: report.articlesIndexed, seconds: seconds))
                if let merged = report.merged { print(String(format: "merged into one segment at the update's end: %.1f s", merged)) }
            }
            print(try sizeByPart(database, corpusBytes: corpusBytes))

            print("query                    matches   first p50/p99 ms   ranked p50/p99 ms   folio search ms   rg -c ms   rg / folio search")
            for (name, query, word) in queries {
                let matches = try index.count(query)
                let first = try timings { _ = try index.firstResults(query) }
                let ranked = try timings(runs: 5) { _ = try index.search(query) }
                let whole = try timings(runs: 11) { try run(folio, ["search", query, corpus, "--no-refresh", "--index", database]) }
                let rg = try timings(runs: 5) { try run("/usr/bin/rg", ["-c", "-i", "-F", word, corpus]) }
                print(name.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: " %9d   %7.1f / %-7.1f   %8.1f / %-8.1f %11.1f   %10.0f   %8.1f×", matches,
                             first.p50, first.p99, ranked.p50, ranked.p99, whole.p50, rg.p50, rg.p50 / max(whole.p50, 0.001)))
            }
            print(String(format: "folio search resident memory: %.0f MB", residentMegabytes(corpus: corpus, database: database)))
        }
    }

    /// The bytes of a file, or of every file under a folder.
    private static func bytes(of path: String) throws -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        var total = 0
        for case let file as String in FileManager.default.enumerator(atPath: path)?.allObjects ?? [] {
            total += (try? FileManager.default.attributesOfItem(atPath: "\(path)/\(file)")[.size] as? Int) ?? 0
        }
        return total
    }

    /// Milliseconds at the median and the 99th percentile of `runs` runs.
    static func timings(runs: Int = 21, _ body: () throws -> Void) throws -> (p50: Double, p99: Double) {
        var ms: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            ms.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        ms.sort()
        return (ms[ms.count / 2], ms[min(ms.count - 1, Int((Double(ms.count) * 0.99).rounded(.up)) - 1)])
    }

    /// `folio` beside this benchmark's own binary: what `folio search` costs as a whole process
    /// (start, open the index and the user's data, rank, cut snippets), as a user runs it.
    static let folio = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio").path

    /// Runs a program to its end with its output thrown away. posix_spawn and waitpid, not
    /// Foundation's Process: its waitUntilExit polls a run loop every 50 ms, which rounded every
    /// time up to the next 50 ms.
    private static func run(_ program: String, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, nil, &argv, environ) == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }

    /// The peak resident memory of a process that opens the index and ranks a common word, as
    /// `folio search` does once its index is up to date. The process reports its own high-water
    /// mark: a spawned child's rusage would count this benchmark's memory from before the exec.
    private static func residentMegabytes(corpus: String, database: String) -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["query", database, "the"]
        let out = Pipe()
        process.standardOutput = out
        guard (try? process.run()) != nil else { return .nan }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let kilobytes = text.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb ") }.flatMap { Double($0.dropFirst(12)) }
        return (kilobytes ?? .nan) / 1024
    }

    /// `folio-bench query DATABASE QUERY`: one ranked search, then the process's peak resident
    /// memory (VmHWM) in kilobytes.
    static func query(database: String, _ text: String) throws {
        let index = try CorpusIndex(path: database)
        for result in try index.search(text, limit: 50) { print(result.source) }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?.split(separator: " ").dropFirst().first ?? "0"
        print("peak-rss-kb \(peak)")
    }

    /// The writing thread's time by stage, and the parse on every core beside it: a stage the
    /// others wait on shows as the writer waiting (for the parse) or as its own share. FTS5's
    /// inserts alone give SQLite's raw rate for these rows.
    static func stages(_ stages: IndexStages, articles: Int, seconds: Double) -> String {
        func share(_ part: Double) -> String { String(format: "%.1f s (%.0f%%)", part, 100 * part / seconds) }
        return "stages of the writing thread: reading the corpus \(share(stages.reading)), waiting for the parse \(share(stages.waiting)), "
            + "writing \(share(stages.writing)), of which FTS5's inserts \(share(stages.fullText)): "
            + String(format: "%.0f articles/s raw; the parse on every core took %.1f s beside them", Double(articles) / max(stages.fullText, 0.001), stages.parsing)
    }

    /// The index's size by part, from SQLite's dbstat table, beside the corpus's: what a smaller
    /// index (issue: the index as the record) would have to cut.
    static func sizeByPart(_ database: String, corpusBytes: Int) throws -> String {
        let parts = try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name").map { ($0["name"] as String, $0["bytes"] as Int) }
        }
        let part = { (name: String) -> String in
            if name == "search_content" { return "stored text" }
            if name.hasPrefix("search") { return "full-text index" }
            if name.hasPrefix("quotes") { return "quotations" }
            if name.hasPrefix("articles") { return "articles" }
            return "other"
        }
        var bytes: [String: Int] = [:]
        for (name, size) in parts { bytes[part(name), default: 0] += size }
        let total = bytes.values.reduce(0, +)
        let listed = ["stored text", "full-text index", "quotations", "articles", "other"].compactMap { name in
            bytes[name].map { "\(name) \($0 / 1_000_000) MB" }
        }
        return String(format: "index size: %d MB, %.1f× the corpus: ", total / 1_000_000, Double(total) / Double(max(1, corpusBytes)))
            + listed.joined(separator: ", ")
    }
}
