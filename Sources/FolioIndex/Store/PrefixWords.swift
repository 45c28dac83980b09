import GRDB

/// The index's words that start with a prefix the user typed (`presid*`), for the prefix to be
/// searched as any of them (`president OR presidential OR …`). Without a prefix index FTS5
/// answers a prefix by merging the lists of every word it starts into one before the first
/// match, again in each statement that reads it, and a ranking reads a query in many
/// (`MatchRanking`): `presid*` took 220 ms at a million articles. Its words are found in one walk
/// of the same lists, and each statement then reads their lists only as far as it needs. A
/// prefix of more than `atMost` words (`th*`) is left to FTS5.
enum PrefixWords {
    static let atMost = 64

    /// The words, in the index's order; none when no word starts so; nil when the prefix is of
    /// more than one word as the index cuts them (`u.s*`) or starts more than `atMost` words.
    static func words(startingWith prefix: String, in db: Database) throws -> [String]? {
        let tokens = try db.makeTokenizer(Schema.tokenizer).tokenize(query: prefix)
        guard tokens.count == 1, let folded = tokens.first?.token, let end = following(folded) else { return nil }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, 'search', 'row')")
        let words = try String.fetchAll(db, sql: "SELECT term FROM temp.search_words WHERE term >= ? AND term < ? LIMIT ?",
                                        arguments: [folded, end, atMost + 1])
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
