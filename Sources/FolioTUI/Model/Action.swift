import FolioIndex

/// What a key asks for. Keys map to actions through the key table alone, so the help screen and
/// the dispatcher can never disagree.
enum Action: Sendable, Hashable {
    // everywhere
    case back, quit, suspend, help, search, cancel, redraw, speakers
    // lists and scrolling
    case up, down, top, bottom, pageUp, pageDown, halfPageUp, halfPageDown, open, sort
    // the sort menu
    case sortBy(LibraryOrder)
    case scrollUp, scrollDown
    // reader
    case nextQuote, previousQuote, quotePanel, comments, nextMatch, previousMatch
    case nextArticle, previousArticle, toggleBoilerplate
    // comments
    case toggleThread, parent, nextSibling, previousSibling, nextThread, previousThread
    // the user's marks on an article
    case tag, untag, note, editNote, toggleRead
    // out of the terminal
    case openLink, copyQuote, copyCitation, export
    // the searches kept
    case keptSearches
}
