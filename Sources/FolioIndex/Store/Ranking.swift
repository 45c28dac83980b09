import Foundation
import GRDB
import GRDBSQLite

/// How search results are ranked: BM25 (k1 1.2, b 0.75) with each column weighed (`Schema.weights`),
/// as FTS5's own `bm25` ranks, registered as the FTS5 function `folio_rank(search, FIRST_ROWID,
/// LAST_ROWID, GROUPS, weights…)`. GROUPS says which phrases weigh as one
/// (`SearchPlan.phraseGroups`): a prefix searched as its words (`PrefixWords`) is one phrase to
/// the ranking, as it is to bm25, its rarity that of all its words and its count in an article
/// theirs together, so that `presid*` ranks an article saying "president" ten times above one
/// saying "presides" once. It differs from `bm25` in one thing, how it learns a phrase's rarity:
/// `bm25` counts every article a phrase matches before it scores the first, a pass over a million
/// articles for `the` (40–60 ms on the benchmark's index) even when only a few thousand are to be
/// scored. This counts no further than `counted` matches and estimates the rest from how far into
/// the corpus those reach (rowids grow as articles are added, from FIRST_ROWID to LAST_ROWID:
/// after a reparse they start past the old ones), which changes a common word's weight by a few
/// percent at most. A query of one phrase needs no rarity at all: it scales every score alike, so
/// its order is bm25's and its scores are bm25's divided by that rarity.
enum Ranking {
    static let function = "folio_rank"

    /// Matches counted, at most, to learn how rare a phrase is.
    static let counted = 10_000

    /// The SQL that scores an FTS5 row of the `search` table, given the table's first and last
    /// rowids as its two parameters.
    static let score = "\(function)(search, ?, ?, ?, \(Schema.weights))"

    /// Makes `folio_rank` known to a connection.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), function, nil, rank, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(function)") }
    }

    /// BM25's inverse document frequency of a phrase matching `matches` of `rows` articles,
    /// floored as FTS5 floors it: a phrase in more than half the articles weighs next to nothing.
    static func rarity(matches: Double, rows: Double) -> Double {
        let idf = log((rows - matches + 0.5) / (matches + 0.5))
        return idf > 0 ? idf : 1e-6
    }

    /// How many articles match, from the first `counted` matches: all of them when there are no
    /// more; else as many again for each stretch of the rowids `span` as long as theirs, which
    /// reached `reached`.
    static func estimatedMatches(counted: Int, reached: Int64, span: ClosedRange<Int64>, complete: Bool) -> Double {
        guard !complete, span.contains(reached) else { return Double(counted) }
        return Double(counted) * Double(span.count) / Double(reached - span.lowerBound + 1)
    }

    /// What a query's rows share, worked out at its first row: each phrase's rarity, the column
    /// weights and the average length of an article, in tokens; and each phrase's weighed count
    /// in the row being scored, kept here so that no row allocates an array of its own.
    final class Shared {
        var rarity: [Double] = []
        var weights: [Double] = []
        var averageLength = 1.0
        /// The group of each phrase, and each group's weighed count in the row being scored.
        var group: [Int] = []
        var frequency: [Double] = []
    }
}

private let k1 = 1.2
private let b = 0.75

private let rank: fts5_extension_function = { api, fts, context, count, values in
    guard let api = api?.pointee, let fts else { return }
    let shared: Ranking.Shared
    if let kept = api.xGetAuxdata(fts, 0) {
        shared = Unmanaged<Ranking.Shared>.fromOpaque(kept).takeUnretainedValue()
    } else {
        guard let prepared = prepare(api, fts, count, values) else { return sqlite3_result_error(context, "folio_rank: a phrase could not be counted", -1) }
        shared = prepared
        _ = api.xSetAuxdata(fts, Unmanaged.passRetained(shared).toOpaque()) { Unmanaged<Ranking.Shared>.fromOpaque($0!).release() }
    }
    for i in shared.frequency.indices { shared.frequency[i] = 0 }
    var instances: Int32 = 0
    guard api.xInstCount(fts, &instances) == SQLITE_OK else { return sqlite3_result_error(context, "folio_rank: no instances", -1) }
    for i in 0..<instances {
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        if api.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK {
            // As bm25: a column given no weight weighs 1.
            shared.frequency[shared.group[Int(phrase)]] += Int(column) < shared.weights.count ? shared.weights[Int(column)] : 1
        }
    }
    var length: Int32 = 0
    _ = api.xColumnSize(fts, -1, &length)
    let norm = k1 * (1 - b + b * Double(length) / shared.averageLength)
    var score = 0.0
    for (i, frequency) in shared.frequency.enumerated() where frequency > 0 {
        score += shared.rarity[i] * frequency * (k1 + 1) / (frequency + norm)
    }
    sqlite3_result_double(context, -score)
}

/// The query's shared figures (`Ranking.Shared`), from the function's arguments and the table;
/// nil when a phrase cannot be counted.
private func prepare(_ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) -> Ranking.Shared? {
    let shared = Ranking.Shared()
    guard count >= 3, let values else { return nil }
    let first = sqlite3_value_int64(values[0]), last = sqlite3_value_int64(values[1])
    let span = first...max(first, last)
    let sizes = sqlite3_value_text(values[2]).map { String(cString: $0).split(separator: ",").compactMap { Int($0) } } ?? []
    shared.weights = (3..<Int(count)).map { sqlite3_value_double(values[$0]) }
    var rows: Int64 = 0, tokens: Int64 = 0
    _ = api.xRowCount(fts, &rows)
    _ = api.xColumnTotalSize(fts, -1, &tokens)
    shared.averageLength = rows > 0 && tokens > 0 ? Double(tokens) / Double(rows) : 1
    let phrases = Int(api.xPhraseCount(fts))
    shared.group = sizes.reduce(into: 0) { $0 += $1 } == phrases ? sizes.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) } : Array(0..<phrases)
    let groups = (shared.group.last ?? -1) + 1
    shared.frequency = Array(repeating: 0, count: groups)
    guard groups > 1 else {
        shared.rarity = Array(repeating: 1, count: groups)
        return shared
    }
    // A group's matches: its phrases' together, each counted as far as `Ranking.counted`.
    var matches = Array(repeating: 0.0, count: groups)
    for phrase in 0..<phrases {
        var tally = Tally()
        // One match past `counted` tells a phrase found exactly that often from a commoner one.
        let code = api.xQueryPhrase(fts, Int32(phrase), &tally) { api, fts, pointer in
            let tally = pointer!.assumingMemoryBound(to: Tally.self)
            tally.pointee.matches += 1
            tally.pointee.reached = api!.pointee.xRowid(fts)
            return tally.pointee.matches <= Ranking.counted ? SQLITE_OK : SQLITE_DONE
        }
        guard code == SQLITE_OK else { return nil }
        matches[shared.group[phrase]] += Ranking.estimatedMatches(counted: tally.matches, reached: tally.reached, span: span, complete: tally.matches <= Ranking.counted)
    }
    shared.rarity = matches.map { Ranking.rarity(matches: min($0, Double(max(rows, 1))), rows: Double(max(rows, 1))) }
    return shared
}

/// A phrase's matches counted so far, and the rowid of the last.
private struct Tally {
    var matches = 0
    var reached: Int64 = 0
}
