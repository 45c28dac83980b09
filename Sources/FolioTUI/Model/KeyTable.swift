import FolioIndex

/// Keys bound to an action, with the words the help screen shows for them.
struct Binding: Sendable {
    let keys: [Key]
    let action: Action
    let help: String
}

/// Which bindings apply: the current view's, then the global ones.
enum KeyContext: Sendable {
    case library, list, speakers, reader, quotePanel, comments, help, sortMenu

    var title: String {
        switch self {
        case .library: "Library"
        case .list: "Lists"
        case .speakers: "Speakers"
        case .reader: "Reader"
        case .quotePanel: "Quote panel"
        case .comments: "Comments"
        case .help: "Help"
        case .sortMenu: "Sort menu (after s)"
        }
    }
}

/// The one table of keys: the program dispatches on it and the help screen is made from it.
enum KeyTable {
    static let global: [Binding] = [
        Binding(keys: [.char("q")], action: .back, help: "back (quits from the library)"),
        Binding(keys: [.ctrl("c")], action: .quit, help: "quit"),
        Binding(keys: [.ctrl("z")], action: .suspend, help: "suspend to the shell (fg comes back)"),
        Binding(keys: [.char("?")], action: .help, help: "this help"),
        Binding(keys: [.char("/")], action: .search, help: "search"),
        Binding(keys: [.escape], action: .cancel, help: "cancel, close"),
        Binding(keys: [.ctrl("l")], action: .redraw, help: "redraw the screen"),
        Binding(keys: [.char("S")], action: .speakers, help: "speakers of the corpus"),
    ]

    /// Moving through a list, as less and vim move through a file.
    static let list: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .down, help: "next line"),
        Binding(keys: [.char("k"), .up], action: .up, help: "previous line"),
        Binding(keys: [.char("g"), .home], action: .top, help: "first line"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "last line"),
    ] + paging + [
        Binding(keys: [.enter], action: .open, help: "open"),
        Binding(keys: [.wheelDown], action: .scrollDown, help: "scroll down"),
        Binding(keys: [.wheelUp], action: .scrollUp, help: "scroll up"),
    ]

    /// Pages and half pages, the same keys in every view.
    static let paging: [Binding] = [
        Binding(keys: [.char(" "), .pageDown, .ctrl("f")], action: .pageDown, help: "next page"),
        Binding(keys: [.char("b"), .pageUp, .ctrl("b")], action: .pageUp, help: "previous page"),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, help: "half a page down"),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, help: "half a page up"),
    ]

    /// Back to the view before, as a left move in mutt and tig; the library has none before it.
    static let leftBack = Binding(keys: [.char("h"), .left], action: .back, help: "back to the view before")

    /// A list opened from another view: search results, speakers, a speaker's quotations.
    static let openedList: [Binding] = list + [leftBack]

    static let speakers: [Binding] = openedList + [
        Binding(keys: [.char("s")], action: .sort, help: "order by name, or most quoted first"),
        Binding(keys: [.char("/")], action: .search, help: "keep the names with words starting so"),
    ]

    /// What the user marks an article with (`UserData`), wherever one is chosen or read.
    static let marks: [Binding] = [
        Binding(keys: [.char("t")], action: .tag, help: "tag the article (Tab completes a tag in use)"),
        Binding(keys: [.char("T")], action: .untag, help: "take a tag off the article"),
        Binding(keys: [.char("a")], action: .note, help: "write a note on the article (an empty one takes it away)"),
        Binding(keys: [.char("A")], action: .editNote, help: "write the article's note in $EDITOR, on as many lines as it takes"),
        Binding(keys: [.char("u")], action: .toggleRead, help: "mark the article read or unread"),
    ]

    /// Every article of the list written to a CSV file, as `folio export` writes it.
    static let export = Binding(keys: [.char("E")], action: .export, help: "export the list's articles to a CSV file in this folder")

    static let library: [Binding] = list + [
        Binding(keys: [.char("s")], action: .sort, help: "sort: a menu of orders"),
        Binding(keys: [.char("@")], action: .keptSearches, help: "the searches you kept (Ctrl-S at the search prompt keeps one)"),
        export,
    ] + marks

    static let reader: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .down, help: "next line"),
        Binding(keys: [.char("k"), .up], action: .up, help: "previous line"),
    ] + paging + [
        Binding(keys: [.char("g"), .home], action: .top, help: "top"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "end"),
        Binding(keys: [.char("]")], action: .nextQuote, help: "next quote"),
        Binding(keys: [.char("[")], action: .previousQuote, help: "previous quote"),
        Binding(keys: [.char("Q")], action: .quotePanel, help: "the article's quotes"),
        Binding(keys: [.char("c")], action: .comments, help: "comments"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next match (on into the next article found)"),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous match"),
        Binding(keys: [.char("J")], action: .nextArticle, help: "next article"),
        Binding(keys: [.char("K")], action: .previousArticle, help: "previous article"),
        Binding(keys: [.char("B")], action: .toggleBoilerplate, help: "show or hide boilerplate and captions"),
        Binding(keys: [.char("o")], action: .openLink, help: "open the article's address in the browser"),
        Binding(keys: [.char("y")], action: .copyQuote, help: "copy the quotation with its citation"),
        Binding(keys: [.char("Y")], action: .copyCitation, help: "copy the article's citation"),
        Binding(keys: [.wheelDown], action: .scrollDown, help: "scroll down"),
        Binding(keys: [.wheelUp], action: .scrollUp, help: "scroll up"),
        leftBack,
    ] + marks

    static let quotePanel: [Binding] = list.filter { $0.action != .open } + [leftBack] + [
        Binding(keys: [.enter], action: .open, help: "go to the quote"),
        Binding(keys: [.char("Q")], action: .quotePanel, help: "close the panel"),
        Binding(keys: [.char("t")], action: .tag, help: "tag the quotation (Tab completes a tag in use)"),
        Binding(keys: [.char("T")], action: .untag, help: "take a tag off the quotation"),
        Binding(keys: [.char("a")], action: .note, help: "write a note on the quotation"),
        Binding(keys: [.char("A")], action: .editNote, help: "write the quotation's note in $EDITOR, on as many lines as it takes"),
    ]

    static let comments: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .down, help: "next comment (next line in one taller than the screen)"),
        Binding(keys: [.char("k"), .up], action: .up, help: "previous comment"),
        Binding(keys: [.enter], action: .toggleThread, help: "collapse or expand the replies"),
        Binding(keys: [.char("u")], action: .parent, help: "the comment replied to"),
        Binding(keys: [.char(")")], action: .nextSibling, help: "next reply to the same comment"),
        Binding(keys: [.char("(")], action: .previousSibling, help: "previous reply to the same comment"),
        Binding(keys: [.char("}")], action: .nextThread, help: "next top-level thread"),
        Binding(keys: [.char("{")], action: .previousThread, help: "previous top-level thread"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next comment the search found"),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous comment the search found"),
        Binding(keys: [.char("g"), .home], action: .top, help: "first comment"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "last comment"),
    ] + paging + [
        Binding(keys: [.wheelDown], action: .scrollDown, help: "scroll down"),
        Binding(keys: [.wheelUp], action: .scrollUp, help: "scroll up"),
        leftBack,
    ]

    static let help: [Binding] = [
        Binding(keys: [.char("j"), .down, .wheelDown], action: .down, help: "scroll down"),
        Binding(keys: [.char("k"), .up, .wheelUp], action: .up, help: "scroll up"),
        Binding(keys: [.char("g"), .home], action: .top, help: "top"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "end"),
    ] + paging + [leftBack]

    /// The key after `s` in the library: an order, or any other key to leave it as it is.
    static let sortMenu: [Binding] = [
        Binding(keys: [.char("o")], action: .sortBy(.corpus), help: "corpus"),
        Binding(keys: [.char("t")], action: .sortBy(.title), help: "title"),
        Binding(keys: [.char("d")], action: .sortBy(.date), help: "date"),
        Binding(keys: [.char("w")], action: .sortBy(.words), help: "words"),
        Binding(keys: [.char("q")], action: .sortBy(.quotes), help: "quotes"),
        Binding(keys: [.char("c")], action: .sortBy(.comments), help: "comments"),
    ]

    /// The bindings of `context` with the keys the user configured (`KeyMap`).
    static func bindings(_ context: KeyContext, _ keys: KeyMap = .standard) -> [Binding] {
        keys.rebind(standard(context))
    }

    static func global(_ keys: KeyMap) -> [Binding] { keys.rebind(global) }

    private static func standard(_ context: KeyContext) -> [Binding] {
        switch context {
        case .library: library
        case .list: openedList + marks + [export]
        case .speakers: speakers
        case .reader: reader
        case .quotePanel: quotePanel
        case .comments: comments
        case .help: help
        case .sortMenu: sortMenu
        }
    }

    /// The action of `key` in `context`: the view's own binding first, then the global one.
    static func action(for key: Key, in context: KeyContext, _ keys: KeyMap = .standard) -> Action? {
        for binding in bindings(context, keys) + global(keys) where binding.keys.contains(key) {
            return binding.action
        }
        return nil
    }

    static let contexts: [KeyContext] = [.library, .list, .speakers, .reader, .quotePanel, .comments, .help, .sortMenu]

    /// Every action a key is bound to, in the order the table gives them: what a configuration
    /// can bind to other keys.
    static var actions: [Action] {
        var seen: Set<Action> = []
        return (global + contexts.flatMap(standard)).map(\.action).filter { seen.insert($0).inserted }
    }
}
