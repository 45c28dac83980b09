import Dispatch
import Foundation
import FolioIndex
import Synchronization

/// The terminal reader: the input loop around a `Session`. It reads keys, runs the session's
/// effects in the background (searches, listings, the first index), feeds their results back as
/// messages, and paints each new screen. The terminal is restored on every way out: q, Ctrl-C,
/// SIGTERM, SIGHUP, SIGINT from outside, or an error.
public enum ReaderApp {
    /// Whether the terminal can show the reader: TERM is set, known and can move the cursor.
    public static var canDraw: Bool { NcursesTerminal.canDraw }

    /// Returns the signal that ended the reader, if one did, for the exit status (128 + it).
    /// `refresh` false (`--no-refresh`) reads the index as it is, looking for no changed file.
    public static func run(corpus: CorpusData, refresh: Bool = true, config: Config = Config()) -> Int32? {
        let inbox = Inbox()
        Signals.catchTermination()
        let terminal = NcursesTerminal(colors: config.colors)
        defer { terminal.restore() }
        let (width, height) = terminal.size
        var session = Session(corpus: corpus, width: width, height: height, keys: config.keys)
        let jobs = BackgroundJobs(corpus: corpus, inbox: inbox)
        if refresh { jobs.startIndexing() }
        var quit = jobs.run(session.start(refreshing: refresh))
        terminal.paint(Render.screen(session))
        while !quit, Signals.received == nil {
            if Signals.takeSuspend() {
                terminal.suspend()
                terminal.paint(Render.screen(session), redraw: true)
            }
            var messages: [Message] = []
            switch terminal.read() {
            case .key(let key): messages.append(.key(key))
            case .resize:
                let (w, h) = terminal.size
                messages.append(.resize(width: w, height: h))
            case nil: break
            }
            messages += inbox.drain()
            guard !messages.isEmpty else { continue }
            var redraw = false
            for message in messages where !quit {
                let effects = session.update(message)
                redraw = redraw || effects.contains(.redraw)
                // The editor takes the terminal, so it runs here, on the input loop's thread.
                for case .editNote(let source, let quote) in effects {
                    let before = corpus.marks(of: source).note(on: quote) ?? ""
                    let written = terminal.suspended { Outside.edit(before) }
                    let kept = written.map { corpus.mark(.note(source: source, quote: quote, $0)) } ?? .failure(ReadProblem(message: "the editor failed: the note is as it was"))
                    inbox.post(.marked(.note(source: source, quote: quote, written ?? before), kept))
                    redraw = true
                }
                quit = jobs.run(effects)
            }
            if !quit { terminal.paint(Render.screen(session), redraw: redraw) }
        }
        return Signals.received
    }
}

/// Messages from background work, waiting for the input loop to take them.
final class Inbox: Sendable {
    private let messages = Mutex<[Message]>([])

    func post(_ message: Message) { messages.withLock { $0.append(message) } }

    func drain() -> [Message] { messages.withLock { m in defer { m = [] }; return m } }
}

/// Runs effects off the input loop. Unranked first results and ranked searches have a queue each,
/// so a slow ranking never holds up the first results of the next keystroke; a search or an
/// article whose generation is no longer the newest is skipped when its turn comes.
final class BackgroundJobs: Sendable {
    private let corpus: CorpusData
    private let inbox: Inbox
    private let newest = Atomic<Int>(0)
    private let first = DispatchQueue(label: "folio.search.first")
    private let ranked = DispatchQueue(label: "folio.search.ranked")
    private let listing = DispatchQueue(label: "folio.library")
    private let sorting = DispatchQueue(label: "folio.library.whole")
    /// The user's marks, written in the order made.
    private let marking = DispatchQueue(label: "folio.marks")
    private let opening = DispatchQueue(label: "folio.open")
    private let newestOpen = Atomic<Int>(0)

    init(corpus: CorpusData, inbox: Inbox) {
        self.corpus = corpus
        self.inbox = inbox
    }

    /// Runs the effects; true when one of them is to quit.
    func run(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit: return true
            case .redraw: break
            case .suspend:
                // Caught by `Signals` like a SIGTSTP from outside; the input loop stops the process.
                raise(SIGTSTP)
            case .search(let request):
                newest.store(request.generation, ordering: .relaxed)
                (request.ranked ? ranked : first).async { [self] in
                    guard newest.load(ordering: .relaxed) == request.generation else { return }
                    inbox.post(.searched(request, corpus.search(request.query, ranked: request.ranked, offset: request.offset)))
                }
            case .loadLibrary(let order):
                // The whole list on a queue of its own, so the first screen's rows need not wait for it.
                listing.async { [self] in inbox.post(.libraryLoaded(order, corpus.articleIDs(order: order, whole: false), whole: false)) }
                sorting.async { [self] in inbox.post(.libraryLoaded(order, corpus.articleIDs(order: order, whole: true), whole: true)) }
            case .loadRows(let request):
                listing.async { [self] in inbox.post(.rowsLoaded(request, corpus.rows(request.ids))) }
            case .loadSpeakers(let request):
                listing.async { [self] in inbox.post(.speakersLoaded(request, corpus.speakers(request))) }
            case .loadSpeakerQuotes(let name):
                listing.async { [self] in inbox.post(.speakerQuotesLoaded(name, corpus.quotes(of: name))) }
            case .refreshIndex:
                startIndexing()
            case .keepSearch(let name, let query):
                marking.async { [self] in inbox.post(.searchKept(corpus.keep(query, as: name))) }
            case .loadKeptSearches:
                listing.async { [self] in inbox.post(.keptSearchesLoaded(corpus.keptSearches())) }
            case .export(let query):
                marking.async { [self] in inbox.post(.exported(corpus.export(query))) }
            case .editNote: break
            case .copy(let text): Outside.copy(text)
            case .openURL(let url):
                if let problem = Outside.open(url) { inbox.post(.launchFailed(problem)) }
            case .mark(let mark):
                marking.async { [self] in inbox.post(.marked(mark, corpus.mark(mark))) }
            case .loadMarks(let source):
                marking.async { [self] in inbox.post(.marksLoaded(source: source, corpus.marks(of: source))) }
            case .open(let request):
                newestOpen.store(request.generation, ordering: .relaxed)
                opening.async { [self] in
                    guard newestOpen.load(ordering: .relaxed) == request.generation else { return }
                    corpus.article(source: request.source) { [inbox] in inbox.post(.opened(request, $0, complete: $1)) }
                }
            }
        }
        return false
    }

    /// Brings the index up to date in the background; the library lists what is indexed so far.
    func startIndexing() {
        Thread.detachNewThread { [self] in
            do throws(IndexError) {
                let report = try corpus.index.update(corpus.paths) { [inbox] progress in
                    if progress.bytesTotal > 0 || progress.merging { inbox.post(.indexing(progress)) }
                }
                inbox.post(.indexed(report))
            } catch {
                inbox.post(.indexFailed(error.message))
            }
        }
    }
}
