/// One view on the stack of views; `q` goes back to the one beneath.
enum Screen: Sendable {
    case list(ListScreen)
    case reader(ReaderState)
    case comments(CommentsState)
    case help(HelpState)

    var keyContext: KeyContext {
        switch self {
        case .list(let list): list.keyContext
        case .reader(let reader): reader.panel == nil ? .reader : .quotePanel
        case .comments: .comments
        case .help: .help
        }
    }
}
