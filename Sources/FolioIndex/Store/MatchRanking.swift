import Foundation
import GRDB

/// Which matches of a query are ranked, and their scores: every match, or when more than
/// `countedAtMost` match, the first `rankedAtMost` in corpus order and as many after them with a
/// hit in the title (`CorpusIndex.rankedPage`). The rowids are cut into stretches and each step
/// reads every stretch at once (`RankingReads`): scoring and counting a common word's matches,
/// or finding a phrase of common words, is most of a search's time at a million articles. Every
/// score is that of one pass: a phrase's rarity is counted over the whole index whatever the
/// stretch (`Ranking`).
struct MatchRanking: Sendable {
    typealias Ranked = CorpusIndex.Ranked

    /// A stretch's first matches, scored, and how many more it holds, counted as far as a count
    /// was asked to go (`complete` when that was all of them).
    private struct Part: Sendable {
        var stretch: ClosedRange<Int64>
        var first: [Ranked]
        var further = 0
        var complete = true
        var matches: Int { first.count + further }
    }

    let matching: String
    let arguments: StatementArguments
    /// Which of the query's phrases are weighed as one (`SearchPlan.phraseGroups`).
    let phraseGroups: String
    /// The query limited to titles, for the title hits a ranking among candidates adds; nil for
    /// a query limited to a field, where FTS5 would narrow a column filter inside another.
    let inTitle: (matching: String, arguments: StatementArguments)?
    let rankedAtMost: Int
    let countedAtMost: Int

    private var scored: String { "SELECT rowid, \(Ranking.score) FROM search WHERE \(matching)" }

    /// The ranked matches, unsorted, and whether they are candidates rather than every match.
    func ranked<Reads: RankingReads>(span: ClosedRange<Int64>, stretches: [ClosedRange<Int64>], reads: inout Reads) throws -> (ranked: [Ranked], approximate: Bool) {
        precondition(rankedAtMost > 0 && countedAtMost >= rankedAtMost, "a ranking scores at least one match and counts at least those")
        let scoring: StatementArguments = [span.lowerBound, span.upperBound, phraseGroups] + arguments
        // Each stretch counts past its first matches only its share of `countedAtMost`: when every
        // stretch holds as many, more than `countedAtMost` match, and none counted further.
        let share = countedAtMost / stretches.count + 1
        var parts = try reads.each(stretches) { db, stretch in
            var part = Part(stretch: stretch, first: try scores(db, scored + " AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
                                                                 scoring + [stretch.lowerBound, stretch.upperBound, rankedAtMost]))
            if part.first.count == rankedAtMost { try count(db, &part, atMost: share) }
            return part
        }
        var total = parts.reduce(0) { $0 + $1.matches }
        // Where the matches lie unevenly, the stretches that stopped at their share count on, each
        // only as far as tells whether more than `countedAtMost` match.
        let incomplete = parts.indices.filter { !parts[$0].complete }
        if total <= countedAtMost, !incomplete.isEmpty {
            let bound = total
            let counted = try reads.each(incomplete.map { parts[$0] }) { db, part in
                var part = part
                try count(db, &part, atMost: countedAtMost - (bound - part.further) + 1)
                return part
            }
            for (k, part) in zip(incomplete, counted) { parts[k] = part }
            total = parts.reduce(0) { $0 + $1.matches }
        }
        let found = parts.flatMap(\.first)
        if total <= countedAtMost {
            let rest = try reads.each(parts.filter { $0.further > 0 }) { db, part in
                try scores(db, scored + " AND rowid > ? AND rowid <= ?", scoring + [part.first.last!.id, part.stretch.upperBound])
            }
            return (found + rest.flatMap { $0 }, false)
        }
        let candidates = Array(found.prefix(rankedAtMost))
        return (candidates + (try titleHits(after: candidates.last!.id, from: span.lowerBound, scoring, groups: stretches.count, reads: &reads)), true)
    }

    /// Counts a stretch's matches after its first, as far as `atMost`.
    private func count(_ db: Database, _ part: inout Part, atMost: Int) throws {
        part.further = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE \(matching) AND rowid > ? AND rowid <= ? LIMIT ?)",
                                        arguments: arguments + [part.first.last!.id, part.stretch.upperBound, atMost]) ?? 0
        part.complete = part.further < atMost
    }

    /// Matches with a hit in the title, which its weight ranks first, after rowid `after` (the
    /// first matches, from rowid `from`, reached it), scored for the whole query: at most
    /// `rankedAtMost`, and only as far as a pass over four times their stretch of rowids again
    /// reaches, for a word in every article's text and few titles (`said`) has its title hits
    /// spread over the whole corpus. They are found in one read and scored in `groups` at once.
    private func titleHits<Reads: RankingReads>(after: Int64, from: Int64, _ scoring: StatementArguments, groups count: Int,
                                                reads: inout Reads) throws -> [Ranked] {
        guard let inTitle else { return [] }
        let until = after + 4 * min(after - from + 1, (Int64.max - after) / 4)
        let ids = try reads.one { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE \(inTitle.matching) AND rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?",
                               arguments: inTitle.arguments + [after, until, rankedAtMost])
        }
        guard !ids.isEmpty else { return [] }
        let length = (ids.count + count - 1) / count
        let groups = stride(from: 0, to: ids.count, by: length).map { Array(ids[$0..<min($0 + length, ids.count)]) }
        // One pass over the stretch each group lies in: FTS5 looks up a list of rowids one query at a time.
        return try reads.each(groups) { db, group in
            try scores(db, scored + " AND rowid >= ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))",
                       scoring + [group.first!, group.last!, "[" + group.map(String.init).joined(separator: ",") + "]"])
        }.flatMap { $0 }
    }

    private func scores(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [Ranked] {
        var ranked: [Ranked] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { ranked.append(Ranked(id: row[0], score: row[1])) }
        return ranked
    }

    /// Stretches of the rowids read at once: one a core, and at most four, for each counts every
    /// phrase's rarity anew.
    static let stretchCount = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 4)

    /// `span` cut into `count` stretches of as many rowids, or fewer when it holds fewer; the
    /// last runs on past it, to articles written since it was read.
    static func stretches(of span: ClosedRange<Int64>, count: Int) -> [ClosedRange<Int64>] {
        let count = max(1, count)
        let length = (span.count + count - 1) / count
        let starts = Array(stride(from: span.lowerBound, through: span.upperBound, by: length))
        return starts.indices.map { k in starts[k]...(k == starts.count - 1 ? Int64.max : starts[k] + Int64(length) - 1) }
    }
}
