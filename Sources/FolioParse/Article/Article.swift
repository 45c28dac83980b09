/// One parsed article: what a reader, the index and the command line all work from.
public struct Article: Sendable {
    /// Where the article came from: a file path, or `PATH#ID` for a row of a CSV or JSON Lines file.
    public var source: String
    public var metadata: Metadata
    /// The decoded text; every `range` in the article indexes its UTF-8 bytes.
    public var text: DecodedText
    public var title: String
    /// The headlines, when the text is a listing of several separate stories; else empty.
    public var stories: [String]
    /// The text in reading order, each part classified.
    public var blocks: [Block]
    public var quotes: [Quote]

    /// The article's own quotations, those in its comments apart: what its reader steps through
    /// and its library row counts.
    public var ownQuotes: [Quote] { quotes.filter { !$0.inComment } }
    /// Reader comments in order; replies point at their parent by index.
    public var comments: [Comment]

    public var encoding: TextEncoding { text.encoding }
}

/// What the source says about an article besides its text (CSV columns, JSON keys, file names).
public struct Metadata: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public var site: String?
    public var date: String?
    public var authors: [String]
    /// What the corpus labels the article (FakeNewsCorpus's `type`: fake, satire, bias, reliable…).
    public var type: String?

    public init(title: String? = nil, url: String? = nil, site: String? = nil, date: String? = nil, authors: [String] = [], type: String? = nil) {
        self.title = title
        self.url = url
        self.site = site
        self.date = date
        self.authors = authors
        self.type = type
    }
}

/// A run of text with one role in the article.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case title, heading, paragraph, blockquote, caption, boilerplate, comment
    }

    public var kind: Kind
    public var text: String
    public var range: Range<Int>
}

/// Words in quote marks, or a transcript paragraph, and who the article says spoke them.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// Whole sentences of someone's speech.
        case direct
        /// A fragment of speech inside the writer's own sentence.
        case partial
        /// Speech without quote marks in its own paragraph, after a speaker line.
        case block
        /// A term held at arm's length that nobody is quoted as saying.
        case scare
    }

    public var text: String
    public var kind: Kind
    /// The canonical name of the speaker, or nil when the article does not say who.
    public var speaker: String?
    /// The words the article uses for the speaker at this place ("the general").
    public var mention: String?
    public var range: Range<Int>
    public var inComment: Bool
    /// The rule that named the speaker, so a wrong attribution can be traced to it.
    public var sieve: Sieve?

    public init(text: String, kind: Kind, speaker: String?, mention: String?, range: Range<Int>, inComment: Bool, sieve: Sieve? = nil) {
        (self.text, self.kind, self.speaker, self.mention, self.range, self.inComment, self.sieve) = (text, kind, speaker, mention, range, inComment, sieve)
    }
}

/// One reader comment.
public struct Comment: Sendable, Equatable {
    /// Why a comment is taken as a reply: the scrape keeps no threading, so Folio infers it.
    public enum ReplyEvidence: String, Sendable, Codable {
        /// The comment opens by quoting words of the parent.
        case quotesParent = "quotes-parent"
        /// A label names the parent's author ("Reply to TMS", "In reply to … by Hx").
        case replyLabel = "reply-label"
        /// The comment opens by addressing the parent's author ("@Nossi:", "hallo Robert,").
        case addressesAuthor = "addresses-author"
        /// The scrape kept the thread's indentation.
        case indented
    }

    public var index: Int
    /// The commenter's name, or nil when the scrape does not show one.
    public var author: String?
    /// The date as the comment system printed it ("6 months ago", "28 January 2018 at 08:48").
    public var date: String?
    public var paragraphs: [String]
    public var range: Range<Int>
    public var parent: Int?
    public var replyEvidence: ReplyEvidence?

    public var text: String { paragraphs.joined(separator: "\n\n") }
}

extension Article {
    /// The blocks a reader reads: headings, paragraphs, transcripts and captions, without the
    /// title, the page's furniture and the comments.
    public var bodyBlocks: [Block] { blocks.filter { [.heading, .paragraph, .blockquote, .caption].contains($0.kind) } }

    /// The words of the body blocks.
    public var wordCount: Int { bodyBlocks.reduce(0) { $0 + TextScan.wordCount($1.text) } }
}
