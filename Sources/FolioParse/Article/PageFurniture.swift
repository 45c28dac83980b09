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
    ]

    /// The longest of `lines` in bytes; longer lines skip the look-up.
    static let longestLine = lines.map(\.utf8.count).max()!

    static let prefixFirstBytes = ByteSet(prefixes.compactMap(\.prefix.utf8.first))

    /// No furniture line is longer than this, so longer lines skip every look-up.
    static let mostWords = 12

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
