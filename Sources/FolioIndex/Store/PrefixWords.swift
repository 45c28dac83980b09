import GRDB

/// The index's words that start with a prefix the user typed (`presid*`), for the prefix to be
/// searched as any of them (`president OR presidential OR …`). Without a prefix index FTS5
/// answers a prefix by merging the lists of every word it starts into one before the first
/// match, again in each statement that reads it, and a ranking reads a query in many
/// (`MatchRanking`): `presid*` took 220 ms at a million articles. Its words are found a word at a
/// time, each from its first place in the index (FTS5's vocabulary of instances, read from just
/// past the word before: its vocabulary of rows counts every word's articles, 250 ms for `th*`),
/// and each statement then reads their lists only as far as it needs: `th*`, 137 words, 3.7 s
/// → 0.18 s. A prefix of more than `atMost` words (`t*`) is left to FTS5: each word is a phrase
/// whose rarity a ranking counts. The ranking weighs a prefix's words as one phrase, as FTS5 does
/// (`Ranking`).
enum PrefixWords {
    static let atMost = 1024

    /// The words, in the index's order; none when no word starts so; nil when the prefix is of
    /// more than one word as the index cuts them (`u.s*`) or starts more than `atMost` words.
    static func words(startingWith prefix: String, in db: Database, atMost: Int = atMost) throws -> [String]? {
        let tokens = try db.makeTokenizer(Schema.tokenizer).tokenize(query: prefix)
        guard tokens.count == 1, let folded = tokens.first?.token, let end = following(folded) else { return nil }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, 'search', 'instance')")
        let next = try db.makeStatement(sql: "SELECT term FROM temp.search_instances WHERE term >= ? AND term < ? LIMIT 1")
        var words: [String] = []
        // Each word from just past the one before: `term > ?` reaches the vocabulary as `>=`, and
        // SQLite would pass over every instance of the word before (a million for `the`); no
        // word holds U+0000, so the word and U+0001 is the least text above it.
        while words.count <= atMost, let word = try String.fetchOne(next, arguments: [words.last.map { $0 + "\u{1}" } ?? folded, end]) {
            words.append(word)
        }
        return words.count <= atMost ? words : nil
    }

    /// The first text after every text that starts with `prefix`, in the index's order (UTF-8's
    /// bytes, which is the scalars' order): the prefix with its last scalar the next one.
    static func following(_ prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        guard let last = scalars.popLast() else { return nil }
        var next = last.value + 1
        if (0xD800...0xDFFF).contains(next) { next = 0xE000 }
        guard let scalar = Unicode.Scalar(next) else { return nil }
        scalars.append(scalar)
        return String(String.UnicodeScalarView(scalars))
    }
}
