import FolioIndex

/// How the library's orders are offered after `s` and named in the status line and the header.
extension LibraryOrder {
    /// The key that picks the order after `s`.
    var key: Character {
        switch self {
        case .corpus: "o"
        case .title: "t"
        case .date: "d"
        case .words: "w"
        case .quotes: "q"
        case .comments: "c"
        }
    }

    /// "by date, newest first": the order and its direction.
    var said: String {
        switch self {
        case .corpus: "corpus order"
        case .title: "by title, A to Z"
        case .date: "by date, newest first"
        case .words: "by words, most first"
        case .quotes: "by quotes, most first"
        case .comments: "by comments, most first"
        }
    }

    /// The mark beside the column the list is sorted by.
    var arrow: String { self == .title ? "▲" : "▼" }
}
