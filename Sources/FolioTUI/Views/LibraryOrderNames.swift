import FolioIndex

/// How the library's orders are named in the status line and the header.
extension LibraryOrder {
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
