// folio-bench: throughput figures for `make bench-*`. Benchmarks, not tests: the machines are
// shared and noisy, so every figure is printed beside a reference measured in the same run.
import Foundation
import FolioParse

/// Runs `body` until at least a second has passed and returns the best seconds per run.
func measure(_ body: () -> Void) -> Double {
    var best = Double.infinity
    var spent = 0.0
    var runs = 0
    while spent < 1.0 || runs < 3 {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
        spent += seconds
        runs += 1
    }
    return best
}

func parseBenchmark(_ paths: [String], once: Bool = false) {
    var documents: [SourceDocument] = []
    // A path left out (../shared/corpora missing on a fresh machine) is said, or the figures
    // would silently be for a smaller corpus.
    for result in Corpus(paths: paths) {
        switch result {
        case .success(let document): documents.append(document)
        case .failure(let error): FileHandle.standardError.write(Data("folio-bench: \(error.description)\n".utf8))
        }
    }
    let bytes = documents.reduce(0) { $0 + $1.bytes.count }
    let megabytes = Double(bytes) / 1_000_000
    print("corpus: \(documents.count) articles, \(String(format: "%.2f", megabytes)) MB from \(paths.joined(separator: " "))")

    // Each article parsed once and nothing timed, for a profiler: callgrind's count of the
    // instructions a parse takes is a figure the machine's load does not move (README, Known gaps).
    if once {
        var blocks = 0
        for document in documents { blocks &+= ArticleParser.parse(document).blocks.count }
        print("parsed \(documents.count) articles, \(blocks) blocks")
        return
    }

    // Reference: one pass over every byte counting line ends, as `wc -l` does.
    var sink = 0
    let scan = measure {
        for document in documents { sink &+= document.bytes.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
    }
    var blocks = 0
    let parse = measure {
        for document in documents { blocks &+= ArticleParser.parse(document).blocks.count }
    }
    let scanRate = megabytes / scan, parseRate = megabytes / parse
    print(String(format: "reference line count: %8.1f MB/s", scanRate))
    print(String(format: "folio parse:          %8.1f MB/s (single thread), %.1f× the reference's time", parseRate, scanRate / parseRate))
    if sink == 42 && blocks == 42 { print("") }  // keeps both loops from being optimised away
}

let arguments = Array(CommandLine.arguments.dropFirst())
/// Runs a benchmark; an error ends the program with its message.
func run(_ body: () throws -> Void) {
    do { try body() } catch {
        FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
        exit(1)
    }
}

let sources = { (list: String) in list.split(separator: ",").map(String.init) }
switch arguments.first {
case "parse": parseBenchmark(Array(arguments.dropFirst()))
case "parse-once": parseBenchmark(Array(arguments.dropFirst()), once: true)
case "search" where arguments.count >= 4:
    // folio-bench search FOLDER SOURCES SIZE... (a SIZE of N-files: N articles, one file each)
    run { try SearchBenchmark.run(sizes: arguments.dropFirst(3).compactMap(SearchBenchmark.Size.init), sources: sources(arguments[2]), folder: arguments[1]) }
case "tui" where arguments.count == 4:
    // folio-bench tui FOLDER SIZE SOURCES
    run { try TUIBenchmark.run(folder: arguments[1], size: Int(arguments[2]) ?? 0, sources: sources(arguments[3])) }
case "open" where arguments.count == 4:
    // folio-bench open FOLDER ROWS SOURCES
    run { try OpenBenchmark.run(folder: arguments[1], rows: Int(arguments[2]) ?? 0, sources: sources(arguments[3])) }
case "query" where arguments.count == 3:
    run { try SearchBenchmark.query(database: arguments[1], arguments[2]) }
default:
    FileHandle.standardError.write(Data("usage: folio-bench parse PATH... | folio-bench parse-once PATH... | folio-bench search FOLDER SOURCE,SOURCE SIZE[-files]... | folio-bench tui FOLDER SIZE SOURCE,SOURCE | folio-bench open FOLDER ROWS SOURCE,SOURCE\n".utf8))
    exit(2)
}
