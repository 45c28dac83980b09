import FolioParse
import GRDB

/// The index's tables. Articles, their quotations and the files they came from are ordinary
/// tables, so a reader can list them without parsing anything; `search` is the FTS5 table, one
/// row per article with the same rowid as `articles`. Each article keeps its locator (`file`,
/// `byte_start`..`byte_end`, `row`): where its bytes are, so the reader reads them and no others.
/// The index is the record of where text is, not a copy of it: `search` is contentless, and a
/// result's snippet is cut from the article as its file holds it (`Snippet`); at a million
/// articles the copy was 1.8 GB of a 4 GB index. A contentless table cannot delete a row without
/// the text it was given, which a changed or removed file no longer holds: the rows of articles
/// gone are listed in `forgotten`, every search leaves them out, and an update that leaves many
/// of them makes the index again (`CorpusIndex.update`). Article ids are
/// never reused (AUTOINCREMENT), so a new article never takes a forgotten row's words. Each
/// order of the library has an index (`LibraryOrder`): 115 MB at a million articles. `hash`
/// is of the article's bytes, by which the user's data (`UserData`) knows an article.
/// `repeated_lines` holds the lines the corpus prints on many pages (`RepeatedLines`), learned at
/// the first index, with which every parse of the corpus is made; `meta` holds the version of the
/// parser that made the rows, and a new parser parses the corpus again, and the version of the
/// grouping of speakers (`SpeakerNames.version`), and a new one groups them again. `speakers` counts each
/// name's quotations and articles as articles are written and forgotten, and names the `person`
/// it is grouped as (`SpeakerNames.canonical`) after every update that changed them; `people`
/// counts each person's, so the reader's `S` reads a finished list, neither a count over every
/// quotation nor a grouping of every name; its `words` are the name's words folded as the index
/// folds words, each after a space, for the speakers filter to match in SQL. `folders` holds the modification time of every folder
/// the last full check walked, by which a search tells at once whether files were added, removed
/// or renamed (`CorpusIndex.isFresh`).
enum Schema {
    /// Marks a database as Folio's ("Foli"), so a foreign SQLite file is never written into.
    static let applicationID: Int32 = 0x466F_6C69
    static let version = 11

    /// Column weights for the ranking (`Ranking`), in the FTS5 table's column order: a hit in the title counts most,
    /// then a speaker's name, then the body; comments least. A quotation's words are in the body
    /// already, so the quotations column weighs no more than the body: weighed four times, one
    /// quoted mention in a short quotation outranked the article with the word in its title.
    static let weights = "10.0, 1.0, 1.0, 2.0, 0.5, 1.0, 1.0, 1.0"

    /// How the full-text index cuts and folds words (Unicode's letters and digits, in lower case,
    /// without accents), named once: FTS5 folds what a query matches by it, and a prefix whose
    /// words Folio looks up must be folded the same (`PrefixWords`).
    static let tokenizer = FTS5TokenizerDescriptor.unicode61(diacritics: .remove)

    /// No prefix index: it was 40% of the full-text index, and a prefix query (`presid*`,
    /// `th*`) took the same time without it on 100,000 articles (`make bench-search`); a prefix
    /// is searched as the words it starts (`PrefixWords`).
    ///
    /// FTS5 merges segments less eagerly than its defaults (automerge 4, crisismerge 16): a first
    /// index of a million articles ran at 3,472 articles/s with 16 and 128, 2,663 with 8 and 64,
    /// at the cost of more segments for a phrase search to read.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE files(
                path TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                fingerprint TEXT NOT NULL
            );
            CREATE TABLE folders(
                path TEXT PRIMARY KEY,
                mtime INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE articles(
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                file TEXT NOT NULL,
                source TEXT NOT NULL,
                title TEXT NOT NULL,
                site TEXT,
                date TEXT,
                type TEXT,
                words INTEGER NOT NULL,
                quotes INTEGER NOT NULL,
                comments INTEGER NOT NULL,
                byte_start INTEGER NOT NULL,
                byte_end INTEGER NOT NULL,
                row INTEGER,
                hash TEXT NOT NULL
            );
            CREATE INDEX articles_file ON articles(file);
            CREATE INDEX articles_source ON articles(source);
            CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
            CREATE INDEX articles_date ON articles(date DESC);
            CREATE INDEX articles_words ON articles(words DESC);
            CREATE INDEX articles_quotes ON articles(quotes DESC);
            CREATE INDEX articles_comments ON articles(comments DESC);
            CREATE TABLE meta(
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            INSERT INTO meta(key, value) VALUES ('parser', '\(ArticleParser.version)');
            CREATE TABLE quotes(
                article INTEGER NOT NULL,
                speaker TEXT,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL
            );
            CREATE INDEX quotes_article ON quotes(article);
            CREATE INDEX quotes_speaker ON quotes(speaker);
            CREATE TABLE repeated_lines(
                site TEXT NOT NULL,
                line TEXT NOT NULL
            );
            CREATE TABLE speakers(
                name TEXT PRIMARY KEY,
                quotes INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                person TEXT
            ) WITHOUT ROWID;
            CREATE INDEX speakers_person ON speakers(person);
            CREATE TABLE people(
                name TEXT PRIMARY KEY,
                quotes INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                words TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;
            CREATE INDEX people_by_quotes ON people(quotes DESC, name, articles);
            CREATE VIRTUAL TABLE search USING fts5(
                title, body, quotes, speakers, comments, authors, site, type,
                content = '',
                tokenize = '\(tokenizer.components.joined(separator: " "))'
            );
            CREATE TABLE forgotten(id INTEGER PRIMARY KEY);
            INSERT INTO search(search, rank) VALUES ('automerge', 16);
            INSERT INTO search(search, rank) VALUES ('crisismerge', 128);
            PRAGMA application_id = \(applicationID);
            PRAGMA user_version = \(version);
            """)
    }
}
