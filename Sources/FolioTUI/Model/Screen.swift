/// One view on the stack of views; `q` goes back to the one beneath.
enum Screen: Sendable {
    case library(LibraryState)
    case results(ResultsState)
    case reader(ReaderState)
    case comments(CommentsState)
    case speakers(SpeakersState)
    case speakerQuotes(SpeakerQuotesState)
    case help(HelpState)

    var keyContext: KeyContext {
        switch self {
        case .library: .library
        case .results, .speakers, .speakerQuotes: .list
        case .reader(let reader): reader.panel == nil ? .reader : .quotePanel
        case .comments: .comments
        case .help: .help
        }
    }
}
