import FolioParse

/// The plain output of `folio quotes`: speakers by how often they are quoted, each with their
/// quotations; the quotations nobody is named for come last.
enum QuoteListing {
    static func render(_ quotes: [(source: String, quote: Quote)]) -> String {
        var bySpeaker: [String: [(source: String, quote: Quote)]] = [:]
        var unattributed: [(source: String, quote: Quote)] = []
        for entry in quotes {
            if let speaker = entry.quote.speaker { bySpeaker[speaker, default: []].append(entry) } else { unattributed.append(entry) }
        }
        let speakers = bySpeaker.keys.sorted { a, b in
            let (na, nb) = (bySpeaker[a]!.count, bySpeaker[b]!.count)
            return na != nb ? na > nb : a < b
        }
        var out = ""
        for speaker in speakers {
            let entries = bySpeaker[speaker]!
            let articles = Set(entries.map(\.source)).count
            out += "\(speaker): \(count(entries.count, "quote")) in \(count(articles, "article"))\n"
            for entry in entries { out += line(entry) }
        }
        if !unattributed.isEmpty {
            out += "(no speaker): \(count(unattributed.count, "quote"))\n"
            for entry in unattributed { out += line(entry) }
        }
        return out
    }

    private static func line(_ entry: (source: String, quote: Quote)) -> String {
        let kind = entry.quote.kind.rawValue + (entry.quote.inComment ? ", comment" : "")
        return "  \(entry.source) (\(kind)): \(TerminalSafe.text(entry.quote.text, keepLineBreaks: false))\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
