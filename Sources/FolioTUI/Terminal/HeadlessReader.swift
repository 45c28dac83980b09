import FolioIndex

/// The reader without a terminal: keys in, screens out, every effect run at once on the caller's
/// thread. Tests and the benchmark drive the real session through it, the way ratatui's test
/// backend drives a whole interface in memory.
public final class HeadlessReader {
    let corpus: CorpusData
    var session: Session
    public private(set) var quit = false
    /// What the reader put on the clipboard, and the addresses it opened, in order.
    private(set) var copied: [String] = []
    private(set) var launched: [String] = []

    /// Stands for the user's editor (`A`): given the note, gives what it was made.
    var editor: ((String) -> String)?

    /// Told when the library's first screen is drawn (`whole` false) and when its whole list is
    /// read: what a benchmark times, and a test sees between the two.
    let listed: ((_ reader: HeadlessReader, _ whole: Bool) -> Void)?

    /// `refreshing` false is the reader of `--no-refresh`, which compares nothing with the corpus.
    public init(corpus: CorpusData, width: Int, height: Int, refreshing: Bool = true, config: Config = Config(),
                listed: ((_ reader: HeadlessReader, _ whole: Bool) -> Void)? = nil) {
        self.corpus = corpus
        self.listed = listed
        session = Session(corpus: corpus, width: width, height: height, keys: config.keys)
        run(session.start(refreshing: refreshing))
    }

    public func press(_ keys: Key...) { keys.forEach { deliver(.key($0)) } }

    /// Each character as a key press, the way a user types.
    public func type(_ text: String) { text.forEach { deliver(.key(.char($0))) } }

    public func resize(width: Int, height: Int) { deliver(.resize(width: width, height: height)) }

    func deliver(_ message: Message) { run(session.update(message)) }

    private func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .redraw, .suspend: break
            case .search(let request): deliver(.searched(request, corpus.search(request.query, ranked: request.ranked, offset: request.offset)))
            case .loadLibrary(let order):
                deliver(.libraryLoaded(order, corpus.articleIDs(order: order, whole: false), whole: false))
                listed?(self, false)
                deliver(.libraryLoaded(order, corpus.articleIDs(order: order, whole: true), whole: true))
                listed?(self, true)
            case .loadRows(let request): deliver(.rowsLoaded(request, corpus.rows(request.ids)))
            case .loadSpeakers(let request): deliver(.speakersLoaded(request, corpus.speakers(request)))
            case .refreshIndex:
                do throws(IndexError) {
                    deliver(.indexed(try corpus.index.update(corpus.paths)))
                } catch {
                    deliver(.indexFailed(error.message))
                }
            case .loadSpeakerQuotes(let name): deliver(.speakerQuotesLoaded(name, corpus.quotes(of: name)))
            case .keepSearch(let name, let query): deliver(.searchKept(corpus.keep(query, as: name)))
            case .export(let query): deliver(.exported(corpus.export(query)))
            case .loadKeptSearches: deliver(.keptSearchesLoaded(corpus.keptSearches()))
            case .editNote(let source, let quote):
                // What a test's editor writes, as the reader's would.
                guard let editor else { break }
                let written = editor(corpus.marks(of: source).note(on: quote) ?? "")
                deliver(.marked(.note(source: source, quote: quote, written), corpus.mark(.note(source: source, quote: quote, written))))
            case .copy(let text): copied.append(text)
            case .openURL(let url): launched.append(url)
            case .mark(let mark): deliver(.marked(mark, corpus.mark(mark)))
            case .loadMarks(let source): deliver(.marksLoaded(source: source, corpus.marks(of: source)))
            case .open(let request):
                corpus.article(source: request.source) { deliver(.opened(request, $0, complete: $1)) }
            }
        }
    }

    var grid: Grid { Render.screen(session) }

    /// The screen as text, one line a row, trailing blanks removed.
    public var screen: String {
        grid.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
