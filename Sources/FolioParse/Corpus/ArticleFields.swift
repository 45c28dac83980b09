/// Which column of a CSV file, or key of a JSON object, holds which part of an article. Corpora
/// name them differently (FakeNewsCorpus says `content` and `domain`, others `text` and `site`),
/// so each part is found by the first of its usual names that the source has, ignoring case.
struct ArticleFields {
    static let names: [(field: Field, names: [String])] = [
        (.id, ["id", "uuid", "article_id", "doc_id"]),
        (.body, ["content", "text", "body", "article", "article_text", "full_text", "maintext"]),
        (.title, ["title", "headline", "heading"]),
        (.url, ["url", "link", "source_url"]),
        (.site, ["domain", "site", "source_domain", "publisher", "source", "outlet"]),
        (.date, ["date", "published_at", "published", "publish_date", "date_publish", "pubdate", "scraped_at", "date_download"]),
        (.authors, ["authors", "author", "byline"]),
        (.type, ["type", "label"]),
    ]

    enum Field: CaseIterable { case id, body, title, url, site, date, authors, type }

    /// The position of each field among the given column names.
    let positions: [Field: Int]

    init(columns: [String]) {
        let lowered = columns.map { $0.lowercased().trimmingCharacters(" \u{FEFF}") }
        var positions: [Field: Int] = [:]
        for (field, names) in Self.names {
            if let i = names.lazy.compactMap({ lowered.firstIndex(of: Substring($0)) }).first { positions[field] = i }
        }
        self.positions = positions
    }

    var hasBody: Bool { positions[.body] != nil }

    /// The metadata of one row, given a way to read a field's value.
    static func metadata(_ value: (Field) -> String?) -> Metadata {
        func nonEmpty(_ f: Field) -> String? { value(f).flatMap { $0.isEmpty ? nil : $0 } }
        let authors = nonEmpty(.authors).map { list in
            list.split(separator: ",").map { String($0.trimmingCharacters(" ")) }.filter { !$0.isEmpty }
        } ?? []
        return Metadata(title: nonEmpty(.title), url: nonEmpty(.url), site: nonEmpty(.site), date: nonEmpty(.date), authors: authors, type: nonEmpty(.type))
    }
}
