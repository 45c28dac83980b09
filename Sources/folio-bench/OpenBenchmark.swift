import Foundation
import FolioIndex
import FolioParse
import FolioTUI

/// `folio-bench open FOLDER ROWS SOURCES`: a CSV and a JSON Lines file of ROWS generated
/// articles, each read whole in one thread (beside a line count of the same bytes), indexed, and
/// opened in the reader at its first and at its last row: with the index's locators the two take
/// the same time, however many rows come before the last.
enum OpenBenchmark {
    static func run(folder: String, rows: Int, sources: [String]) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var generator: CorpusGenerator?
        for (format, name) in [(CorpusGenerator.Format.csv, "csv"), (.jsonLines, "jsonl")] {
            let path = "\(folder)/open-\(rows).\(name)"
            if !FileManager.default.fileExists(atPath: path) {
                if generator == nil { generator = CorpusGenerator(sources: sources) }
                try generator!.write(articles: rows, to: path, format: format)
            }
            try report(path, rows: rows)
        }
    }

    private static func report(_ path: String, rows: Int) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let megabytes = Double(bytes.count) / 1_000_000
        print("== \(path): \(rows) rows, \(String(format: "%.0f", megabytes)) MB")
        var lines = 0
        let count = measure {
            lines = bytes.withUnsafeBytes { buffer in buffer.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
        }
        var read = 0
        let whole = measure {
            read = 0
            for result in Corpus(paths: [path]) { if case .success = result { read += 1 } }
        }
        print(String(format: "line count of the bytes in memory: %8.1f MB/s (%d lines)", megabytes / count, lines))
        print(String(format: "every row read from the file:      %8.1f MB/s (%d rows), one thread", megabytes / whole, read))

        let index = try CorpusIndex(path: "\(path).index.sqlite")
        let start = DispatchTime.now().uptimeNanoseconds
        let report = try index.update([path])
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 - (report.merged ?? 0)
        if report.articlesIndexed > 0 {
            print(String(format: "indexed in %.1f s (%.0f articles/s)", seconds, Double(report.articlesIndexed) / seconds)
                  + (report.merged.map { String(format: ", then merged in %.1f s", $0) } ?? ""))
        }

        let reader = HeadlessReader(corpus: CorpusData(paths: [path], index: index), width: 120, height: 40)
        let first = try SearchBenchmark.timings(runs: 21) { reader.press(.char("g"), .enter); _ = reader.screen; reader.press(.char("q")) }
        let last = try SearchBenchmark.timings(runs: 21) { reader.press(.char("G"), .enter); _ = reader.screen; reader.press(.char("q")) }
        print(String(format: "open the first row (g, Enter):     p50 %7.2f ms / p99 %7.2f ms", first.p50, first.p99))
        print(String(format: "open the last row (G, Enter):      p50 %7.2f ms / p99 %7.2f ms", last.p50, last.p99))
        print(String(format: "line count of the whole file:      %7.2f ms", count * 1000))
    }
}
