/// Lines that web pages print around an article and that scrapers keep: widget labels, calls for
/// money, share buttons. Kept as data so a new site's leftovers are a line added here, not a rule.
/// Entries are matched against a whole line as `TextFold` folds it.
enum PageFurniture {
    /// Whole lines that are never article text.
    static let lines: Set<String> = [
        "click to see the full-size image", "click to enlarge", "click to expand", "click image to enlarge",
        "share this:", "share this", "like this:", "like this", "related", "related posts", "related articles",
        "related stories", "advertisement", "sponsored", "loading...", "loading…", "tweet", "share", "print",
        "email", "read more", "continue reading", "cancel reply", "you may also like", "recommended for you",
        "subscribe", "subscribe now", "donate", "donate now", "share on facebook", "share on twitter",
        "follow us", "previous article", "next article", "skip to content", "back to top",
        "follow", "learn more", "image caption", "image copyright", "media caption", "play video",
        "fullscreen", "modal trigger", "getty images", "watch:", "more stories",
        "read more:", "related posts:", "related posts", "related:", "related stories:", "[more…]", "[more...]",
        "further reading", "further reading:", "popular posts", "trending now", "recommended:",
    ]

    /// Labels that head a list of other stories: the headlines after one are furniture too.
    static let listLabels: Set<String> = [
        "read more:", "related:", "related posts:", "related stories:", "related articles:", "further reading:",
        "recommended:", "more stories:", "you may also like:", "see also:",
    ]

    /// Beginnings of lines whose end varies, each with the most words such a line has.
    static let prefixes: [(prefix: String, maxWords: Int)] = [
        ("would love your thoughts, please comment", 7),  // wpDiscuz, which glues its close button on: "comment.x"
        ("support ", 2),                                   // "Support SouthFront", "Support us"
        ("donate to ", 4),
        ("subscribe to ", 8),
        ("follow us on ", 6),
        ("sign up for ", 8),
        ("click here to ", 8),
        ("share on ", 3),
        ("filed under", 12),
        ("posted in ", 8),
        ("source: http", 4), ("source: www", 4), ("via: http", 4),            // a link to where the text was taken from
        ("read more great articles", 10), ("to read more posts like this", 20),
        ("related: ", 20), ("further reading: ", 12),                             // a teaser of another story
        ("this article has been contributed by ", 20), ("republished with permission", 20),
        ("delivered by ", 6), ("(to donate to ", 8),
        ("% of readers think this story is", 16),
    ]

    /// Beginnings of paragraphs a site prints under every article, longer than a line's shape
    /// is read for: its rules for comments, its terms for republishing.
    static let paragraphOpenings: [String] = [
        "please adhere to our commenting policy", "comment policy: ", "we encourage you to share and republish",
    ]

    /// The most words of such a paragraph.
    static let paragraphWords = 80

    /// Their first three letters: a paragraph opening otherwise (in either case) is none of them.
    static let paragraphStarts = Set(paragraphOpenings.map(start))

    /// The first three bytes, letters in lower case, as one number: asked of every paragraph,
    /// so it allocates nothing, and reads the bytes in place (walking the UTF-8 view by index
    /// cost a hundred instructions a paragraph).
    static func start(_ text: String) -> UInt32 {
        let add = { (key: UInt32, byte: UInt8) in key << 8 | UInt32(byte | 0x20) }
        return text.utf8.withContiguousStorageIfAvailable { $0.prefix(3).reduce(0, add) } ?? text.utf8.prefix(3).reduce(0, add)
    }
    static let longestParagraphOpening = paragraphOpenings.map(\.count).max()!

    /// Ends of lines whose start varies, each with the most words such a line has: a video
    /// player's title with its share buttons ("Play … Facebook Twitter Google Plus Embed").
    static let suffixes: [(suffix: String, maxWords: Int)] = [
        ("facebook twitter google plus embed", 30),
    ]

    static let suffixLastBytes = ByteSet(suffixes.compactMap(\.suffix.utf8.last))

    /// Lines a blog's feed adds under each post: "The post … appeared first on Universe Today.",
    /// the prefix, the words before the site's name, and the most words that name has.
    static let feedFooters: [(prefix: String, infix: String, siteWords: Int)] = [
        ("the post ", " appeared first on ", 3),
    ]

    /// The longest of `lines` in bytes; longer lines skip the look-up.
    static let longestLine = lines.map(\.utf8.count).max()!

    /// `prefixes` by their first byte: every short line is asked, and only the few entries that
    /// start as it does are compared with it.
    static let prefixesByFirstByte: [[(prefix: String, maxWords: Int)]] = (0..<256).map { byte in
        prefixes.filter { $0.prefix.utf8.first == UInt8(byte) }
    }

    static let feedFooterFirstBytes = ByteSet(feedFooters.compactMap(\.prefix.utf8.first))

    /// No furniture line or paragraph is longer than this: what the corpora test holds every
    /// boilerplate block to.
    static let mostWords = max(12, (prefixes.map(\.maxWords) + suffixes.map(\.maxWords)).max()!, paragraphWords)

    /// Agencies and image libraries whose name closes a photo credit: "(Photo: Rodi Said/Reuters)".
    static let photoAgencies: [String] = [
        "ap", "ap images", "ap photo", "reuters", "afp", "getty", "getty images", "epa", "shutterstock",
        "sputnik", "tass", "ria novosti", "anadolu", "xinhua", "youtube", "twitter", "wikimedia commons",
        "wikipedia", "flickr", "pixabay", "screenshot", "video screenshot",
    ]

    /// Openings of a line that credits an image ("Featured Image via Getty Images/Drew Angerer").
    static let creditOpenings: [String] = [
        "featured image", "photo by ", "photo via ", "image via ", "image by ", "photo:", "image:",
        "photo credit", "image credit", "image source", "credit:", "photograph:", "pictured:",
    ]

    static let creditFirstBytes = ByteSet(creditOpenings.compactMap(\.utf8.first))

    /// What a credit in brackets opens with: "(Photo: Reuters/Peter Macdiarmid)" at a line's end,
    /// "(Screenshot: YouTube) Andrew, Luis and Kevin Palau give a health update" at its start.
    static let bracketedCredits: [String] = ["(photo:", "(image:", "(credit:", "(screenshot:", "(photo by", "(image by", "(photo credit"]

    /// Words in a line that show it credits or describes an image.
    static let imageWords: [String] = ["photo", "image", "picture", "credit", "pictured", "via ap", "file photo"]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]
}
