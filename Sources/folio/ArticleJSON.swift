import Foundation
import FolioParse

/// The JSON Lines contract of `folio parse --json`: exactly these keys, with null where a value is
/// absent, so other tools (parse-eval among them) can rely on them.
enum ArticleJSON {
    static func line(_ article: Article) -> String { encode(Record(article)) }

    private struct Record: Encodable {
        let article: Article
        init(_ article: Article) { self.article = article }

        enum Keys: String, CodingKey { case source, title, stories, encoding, blocks, quotes, comments }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(article.source, forKey: .source)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.stories, forKey: .stories)
            try c.encode(article.encoding, forKey: .encoding)
            try c.encode(article.blocks.map(BlockRecord.init), forKey: .blocks)
            try c.encode(article.quotes.map { QuoteRecord($0) }, forKey: .quotes)
            try c.encode(article.comments.map(CommentRecord.init), forKey: .comments)
        }
    }

    private struct BlockRecord: Encodable {
        let kind: Block.Kind, text: String, start: Int, end: Int
        init(_ b: Block) { (kind, text, start, end) = (b.kind, b.text, b.range.lowerBound, b.range.upperBound) }
    }

    /// One quotation of `folio quotes --json`: the quotation's keys of `folio parse --json`,
    /// after the article's source.
    static func quoteLine(_ quote: Quote, source: String) -> String {
        encode(QuoteRecord(quote, source: source))
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private struct QuoteRecord: Encodable {
        let quote: Quote
        var source: String?
        init(_ q: Quote, source: String? = nil) { (quote, self.source) = (q, source) }
        enum Keys: String, CodingKey { case source, text, kind, speaker, mention, sieve, start, end, inComment }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            if let source { try c.encode(source, forKey: .source) }
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.kind, forKey: .kind)
            try c.encode(quote.speaker, forKey: .speaker)
            try c.encode(quote.mention, forKey: .mention)
            try c.encode(quote.sieve?.rawValue, forKey: .sieve)
            try c.encode(quote.range.lowerBound, forKey: .start)
            try c.encode(quote.range.upperBound, forKey: .end)
            try c.encode(quote.inComment, forKey: .inComment)
        }
    }

    private struct CommentRecord: Encodable {
        let comment: Comment
        init(_ c: Comment) { comment = c }
        enum Keys: String, CodingKey { case index, author, date, parent, evidence, text, start, end }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(comment.index, forKey: .index)
            try c.encode(comment.author, forKey: .author)
            try c.encode(comment.date, forKey: .date)
            try c.encode(comment.parent, forKey: .parent)
            try c.encode(comment.replyEvidence?.rawValue, forKey: .evidence)
            try c.encode(comment.text, forKey: .text)
            try c.encode(comment.range.lowerBound, forKey: .start)
            try c.encode(comment.range.upperBound, forKey: .end)
        }
    }
}
