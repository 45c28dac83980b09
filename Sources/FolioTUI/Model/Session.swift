import FolioIndex
import FolioParse

/// The whole state of the reader and how it changes: a key or a finished background job in, the
/// new state and the effects to run out. Drawing it is `Render`'s job, reading keys and running
/// effects the terminal program's; both tests and the program drive the reader through `update`.
struct Session: Sendable {
    let corpus: CorpusData
    var screens: [Screen]
    var prompt: Prompt?
    /// A message for the status line until the next key.
    var notice: String?
    var width: Int
    var height: Int
    var indexing: IndexProgress?
    /// An update asked for because a file changed under the index, not yet done.
    private var refreshing = false
    var searchGeneration = 0
    var lastSearch: LastSearch?
    var libraryLoading = false
    /// The article being read and parsed in the background, if any.
    var opening: OpenRequest?
    /// A big article shown from its start while the rest is parsed.
    var completing: OpenRequest?
    private var openGeneration = 0
    /// An open asked for by the key being handled, to go out with its effects.
    private var openRequested: OpenRequest?
    /// Keys typed while an article was being read, played when it opens (Enter then c: comments).
    private var typedAhead: [Key] = []

    init(corpus: CorpusData, width: Int, height: Int) {
        self.corpus = corpus
        self.width = width
        self.height = height
        screens = [.library(LibraryState())]
    }

    /// The effects to run when the reader opens: list the library. What opening the index had to
    /// do (an index set aside, one kept in memory) is the first thing the status line says.
    mutating func start() -> [Effect] {
        notice = corpus.index.notices.last
        libraryLoading = true
        return [.loadLibrary(.corpus)]
    }

    /// Lines between the header and the status line.
    var bodyHeight: Int { max(0, height - 2) }

    var current: Screen { screens[screens.count - 1] }

    mutating func replaceCurrent(_ screen: Screen) { screens[screens.count - 1] = screen }

    mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            notice = nil
            if let opening { return keyWhileOpening(key, opening) }
            var effects: [Effect]
            if prompt != nil {
                effects = promptKey(key)
            } else if let action = KeyTable.action(for: key, in: current.keyContext) {
                effects = perform(action)
            } else {
                effects = []
            }
            if let request = openRequested {
                openRequested = nil
                opening = request
                effects.append(.open(request))
            }
            return effects
        case .opened(let request, let outcome, let complete):
            if complete, request.generation == completing?.generation {
                completing = nil
                completeArticle(request, outcome)
                return []
            }
            guard request.generation == opening?.generation else { return [] }
            opening = nil
            completing = complete ? nil : request
            let effects = opened(request, outcome)
            // A key that opens another article sends the keys after it back to wait for that one.
            let keys = typedAhead
            typedAhead = []
            return effects + keys.flatMap { update(.key($0)) }
        case .resize(let width, let height):
            (self.width, self.height) = (max(0, width), max(0, height))
            refit()
            return []
        case .searched(let request, let outcome):
            return searched(request, outcome)
        case .speakersLoaded(let result):
            notice = nil
            switch result {
            case .success(let rows):
                // Pressed again while the first read ran: one list.
                if case .speakers = current { return [] }
                screens.append(.speakers(SpeakersState(rows: rows, cursor: ListCursor(count: rows.count))))
            case .failure(let problem): notice = problem.message
            }
            return []
        case .speakerQuotesLoaded(let name, let result):
            notice = nil
            switch result {
            case .success(let quotes):
                guard case .speakers = current else { return [] }
                screens.append(.speakerQuotes(SpeakerQuotesState(name: name, quotes: quotes, cursor: ListCursor(count: quotes.count))))
            case .failure(let problem): notice = problem.message
            }
            return []
        case .libraryLoaded(let order, let ids):
            libraryLoading = false
            guard case .library(var library) = screens[0], library.order == order else { return [] }
            // A refresh while indexing keeps the cursor on its article; a new order starts at the top.
            let refresh = library.idsOrder == order
            let selectedID = refresh && library.ids.indices.contains(library.cursor.selected) ? library.ids[library.cursor.selected] : nil
            library.ids = ids
            library.idsOrder = order
            library.loaded = true
            library.cursor.count = ids.count
            if let selectedID, let at = ids.firstIndex(of: selectedID) { library.cursor.selected = at }
            library.cursor.clamp(page: bodyHeight)
            library.window = window(library)
            screens[0] = .library(library)
            return []
        case .indexing(let progress):
            indexing = progress
            return reloadLibrary()
        case .indexed(let problems):
            indexing = nil
            refreshing = false
            if !problems.isEmpty {
                notice = "\(problems.count) part\(problems.count == 1 ? "" : "s") of the corpus could not be read; `folio index` lists them"
            }
            return reloadLibrary(force: true)
        case .indexFailed(let message):
            indexing = nil
            refreshing = false
            notice = message
            return reloadLibrary(force: true)
        }
    }

    private mutating func reloadLibrary(force: Bool = false) -> [Effect] {
        guard case .library(let library) = screens[0], force || !libraryLoading else { return [] }
        libraryLoading = true
        return [.loadLibrary(library.order)]
    }

    /// After a resize, every view lays itself out again for the new size.
    private mutating func refit() {
        for i in screens.indices {
            switch screens[i] {
            case .library(var library):
                library.cursor.clamp(page: bodyHeight)
                library.window = window(library)
                screens[i] = .library(library)
            case .reader(var reader):
                reader.relayout(width: width, showBoilerplate: reader.layout.showBoilerplate)
                reader.clamp(page: bodyHeight)
                screens[i] = .reader(reader)
            case .comments(var comments):
                comments.layOut(width: width)
                comments.select(comments.selected, page: bodyHeight)
                screens[i] = .comments(comments)
            default: break
            }
        }
    }

    func window(_ library: LibraryState) -> [LibraryRow] {
        let start = min(library.cursor.top, library.ids.count)
        return corpus.rows(library.ids[start..<min(library.ids.count, start + bodyHeight)])
    }

    // MARK: Actions

    private mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        case .back, .cancel: return back(quitting: action == .back)
        case .help:
            if case .help = current { return [] }
            screens.append(.help(HelpState(context: current.keyContext)))
            return []
        case .search:
            if case .reader = current { prompt = Prompt(scope: .article) } else { prompt = Prompt(scope: .corpus) }
            return []
        case .speakers:
            if case .speakers = current { return [] }
            notice = "reading the speakers…"
            return [.loadSpeakers]
        default: break
        }
        switch current {
        case .library(var library):
            if action == .open {
                if let row = library.selectedRow { open(row.source) }
                return []
            }
            if action == .sort {
                let all = LibraryOrder.allCases
                library.order = all[(all.firstIndex(of: library.order)! + 1) % all.count]
                library.cursor = ListCursor(count: library.ids.count)
                library.loaded = false
                screens[0] = .library(library)
                libraryLoading = true
                return [.loadLibrary(library.order)]
            }
            if library.cursor.apply(action, page: bodyHeight) {
                library.window = window(library)
                replaceCurrent(.library(library))
            }
        case .results(var results):
            if action == .open {
                guard results.results.indices.contains(results.cursor.selected) else { return [] }
                lastSearch = LastSearch(terms: results.terms, results: results.results)
                open(results.results[results.cursor.selected].source, terms: lastSearch!.terms)
                return []
            }
            if results.cursor.apply(action, page: bodyHeight / 2) { replaceCurrent(.results(results)) }
        case .speakers(var speakers):
            if action == .open {
                guard speakers.rows.indices.contains(speakers.cursor.selected) else { return [] }
                let name = speakers.rows[speakers.cursor.selected].name
                notice = "reading \(name)'s quotations…"
                return [.loadSpeakerQuotes(name)]
            }
            if speakers.cursor.apply(action, page: bodyHeight) { replaceCurrent(.speakers(speakers)) }
        case .speakerQuotes(var quotes):
            if action == .open {
                guard quotes.quotes.indices.contains(quotes.cursor.selected) else { return [] }
                let quote = quotes.quotes[quotes.cursor.selected]
                open(quote.source, at: quote.start)
                return []
            }
            if quotes.cursor.apply(action, page: bodyHeight / 2) { replaceCurrent(.speakerQuotes(quotes)) }
        case .reader(var reader):
            return readerAction(action, &reader)
        case .comments(var comments):
            comments.apply(action, page: bodyHeight)
            replaceCurrent(.comments(comments))
        case .help(var help):
            switch action {
            case .down: help.top += 1
            case .up: help.top = max(0, help.top - 1)
            default: break
            }
            help.top = min(help.top, max(0, HelpLines.make(help.context).count - bodyHeight))
            replaceCurrent(.help(help))
        }
        return []
    }

    private mutating func back(quitting: Bool) -> [Effect] {
        if case .reader(var reader) = current, reader.panel != nil {
            reader.panel = nil
            replaceCurrent(.reader(reader))
            return []
        }
        if screens.count > 1 {
            screens.removeLast()
            if case .library(var library) = current {
                library.window = window(library)
                replaceCurrent(.library(library))
            }
            return []
        }
        return quitting ? [.quit] : []
    }

    private mutating func readerAction(_ action: Action, _ reader: inout ReaderState) -> [Effect] {
        let page = bodyHeight
        // Opening another article replaces this reader, so the edited copy is put back first.
        let at = screens.count - 1
        var opened = false
        defer { if !opened { screens[at] = .reader(reader) } }
        if var panel = reader.panel {
            switch action {
            case .open:
                reader.panel = nil
                if reader.quotes.indices.contains(panel.selected) {
                    reader.quote = panel.selected
                    reader.reveal(reader.quotes[panel.selected].range.lowerBound, page: page)
                }
            case .quotePanel: reader.panel = nil
            default:
                if panel.apply(action, page: page) { reader.panel = panel }
            }
            return []
        }
        switch action {
        case .nextQuote, .previousQuote:
            if !reader.step(quote: action == .nextQuote, page: page) {
                notice = reader.quotes.isEmpty ? "no quotes in this article" : (action == .nextQuote ? "no more quotes below" : "no more quotes above")
            }
        case .quotePanel:
            guard !reader.quotes.isEmpty else { notice = "no quotes in this article"; break }
            reader.panel = ListCursor(count: reader.quotes.count, selected: reader.quote ?? 0)
            reader.panel?.clamp(page: page)
        case .comments:
            guard !reader.article.comments.isEmpty else { notice = "no comments on this article"; break }
            screens.append(.comments(CommentsState(article: reader.article, width: width)))
        case .toggleBoilerplate:
            reader.relayout(width: width, showBoilerplate: !reader.layout.showBoilerplate)
            if !reader.terms.isEmpty { _ = reader.find(reader.terms, page: page) }
            notice = reader.layout.showBoilerplate ? "boilerplate and captions shown" : "boilerplate and captions hidden"
        case .nextMatch, .previousMatch:
            if reader.terms.isEmpty { notice = "no search yet: / to search"; break }
            if !reader.step(match: action == .nextMatch, page: page) {
                if action == .nextMatch {
                    replaceCurrent(.reader(reader))
                    opened = nextSearchArticle(after: reader.article.source)
                    if opened { return [] }
                }
                notice = action == .nextMatch ? "no more matches" : "no earlier match"
            }
        case .nextArticle, .previousArticle:
            replaceCurrent(.reader(reader))
            opened = true
            neighbour(action == .nextArticle ? 1 : -1)
        default:
            reader.scroll(action, page: page)
        }
        return []
    }

    // MARK: Opening articles

    /// Asks for an article to be opened on top of the current view (or in its place); `terms`
    /// are highlighted and the reader goes to the first, or to the quote at byte `at`.
    private mutating func open(_ source: String, terms: [String] = [], at quoteStart: Int? = nil, replacing: Bool = false) {
        openGeneration += 1
        openRequested = OpenRequest(generation: openGeneration, source: source, terms: terms, quoteStart: quoteStart, replacing: replacing)
        notice = notice ?? "opening \(source)…"
    }

    /// While an article is read, Esc and q stop waiting for it and Ctrl-C quits; other keys wait
    /// for the article, as a terminal keeps what is typed ahead.
    private mutating func keyWhileOpening(_ key: Key, _ request: OpenRequest) -> [Effect] {
        switch key {
        case .ctrl("c"): return [.quit]
        case .escape, .char("q"):
            opening = nil
            typedAhead = []
            notice = "stopped opening \(request.source)"
        default:
            typedAhead.append(key)
            notice = "opening \(request.source)… Esc to stop"
        }
        return []
    }

    /// The whole of an article shown from its start: the reader that shows the start, wherever
    /// it is on the stack, takes the whole article and keeps its place; a quote or a search hit
    /// it was opened at that lies beyond the start is gone to now, unless the reader has moved.
    private mutating func completeArticle(_ request: OpenRequest, _ outcome: Result<Article, SourceError>) {
        for i in screens.indices.reversed() {
            guard case .reader(var reader) = screens[i], !reader.complete, reader.article.source == request.source else { continue }
            switch outcome {
            case .success(let article):
                let unmoved = reader.top == reader.layout.first
                reader.replace(with: article, width: width, page: bodyHeight)
                if unmoved, reader.quote == nil, let start = request.quoteStart, let q = reader.quotes.firstIndex(where: { $0.range.lowerBound == start }) {
                    reader.quote = q
                    reader.reveal(start, page: bodyHeight)
                } else if unmoved, reader.match == nil, !reader.terms.isEmpty {
                    _ = reader.find(reader.terms, page: bodyHeight)
                }
            case .failure(let error):
                reader.complete = true
                notice = "cannot read the rest of \(error.description)"
            }
            screens[i] = .reader(reader)
            return
        }
    }

    private mutating func opened(_ request: OpenRequest, _ outcome: Result<Article, SourceError>) -> [Effect] {
        switch outcome {
        case .failure(let error) where error.stale:
            // The corpus changed under the index: read it again, and the article can be opened then.
            notice = "cannot open \(error.description); reading the corpus again"
            guard indexing == nil, !refreshing else { return [] }
            refreshing = true
            return [.refreshIndex]
        case .failure(let error):
            notice = "cannot open \(error.description)"
        case .success(let article):
            var reader = ReaderState(article: article, width: width)
            reader.complete = completing == nil
            if !request.terms.isEmpty { _ = reader.find(request.terms, page: bodyHeight) }
            if let quoteStart = request.quoteStart, let i = reader.quotes.firstIndex(where: { $0.range.lowerBound == quoteStart }) {
                reader.quote = i
                reader.reveal(quoteStart, page: bodyHeight)
            }
            if notice?.hasPrefix("opening ") == true { notice = nil }
            if request.replacing, case .reader = current { replaceCurrent(.reader(reader)) } else { screens.append(.reader(reader)) }
        }
        return []
    }

    /// `J`/`K`: the next or previous article of the list the reader was opened from.
    private mutating func neighbour(_ step: Int) {
        guard screens.count >= 2 else { return }
        let below = screens.count - 2
        switch screens[below] {
        case .library(var library):
            let target = library.cursor.selected + step
            guard library.ids.indices.contains(target) else { notice = "no more articles"; return }
            library.cursor.select(target, page: bodyHeight)
            library.window = window(library)
            screens[below] = .library(library)
            if let row = library.selectedRow { open(row.source, replacing: true) }
        case .results(var results):
            let target = results.cursor.selected + step
            guard results.results.indices.contains(target) else { notice = "no more results"; return }
            results.cursor.select(target, page: bodyHeight / 2)
            screens[below] = .results(results)
            open(results.results[target].source, terms: results.terms, replacing: true)
        case .speakerQuotes(var quotes):
            let target = quotes.cursor.selected + step
            guard quotes.quotes.indices.contains(target) else { notice = "no more quotes by \(quotes.name)"; return }
            quotes.cursor.select(target, page: bodyHeight / 2)
            screens[below] = .speakerQuotes(quotes)
            open(quotes.quotes[target].source, at: quotes.quotes[target].start, replacing: true)
        default:
            notice = "no list to go on through"
        }
    }

    /// `n` past an article's last match: the next article of the last corpus search.
    private mutating func nextSearchArticle(after source: String) -> Bool {
        guard let last = lastSearch else { return false }
        let at = last.results.firstIndex { $0.source == source }
        let next = at.map { $0 + 1 } ?? 0
        guard last.results.indices.contains(next) else { return false }
        // The results list it was opened from follows, so `q` lands on the article being read.
        if screens.count >= 2, case .results(var results) = screens[screens.count - 2],
           results.results.map(\.source) == last.results.map(\.source) {
            results.cursor.select(next, page: bodyHeight / 2)
            screens[screens.count - 2] = .results(results)
        }
        open(last.results[next].source, terms: last.terms, replacing: true)
        notice = "next article of the search: \(next + 1)/\(last.results.count)"
        return true
    }

    // MARK: The prompt

    private mutating func promptKey(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .ctrl("c"):
            return [.quit]
        case .escape, .ctrl("g"):
            self.prompt = nil
            if prompt.openedResults, case .results = current { screens.removeLast() }
            return []
        case .enter:
            self.prompt = nil
            if prompt.scope == .article {
                findInArticle(prompt.text)
            } else if case .results = current {
                return perform(.open)
            }
            return []
        case .backspace:
            guard !prompt.text.isEmpty else { return [] }
            prompt.text.removeLast()
        case .ctrl("u"):
            prompt.text = ""
        case .char(let c):
            prompt.text.append(c)
        case .up, .down, .pageUp, .pageDown:
            if case .results(var results) = current {
                let action: Action = key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown
                _ = results.cursor.apply(action, page: bodyHeight / 2)
                replaceCurrent(.results(results))
            }
            return []
        default:
            return []
        }
        guard prompt.scope == .corpus else {
            self.prompt = prompt
            return []
        }
        if case .results = current {} else { prompt.openedResults = true }
        self.prompt = prompt
        return corpusQuery(prompt.text)
    }

    private mutating func findInArticle(_ text: String) {
        guard case .reader(var reader) = current else { return }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            reader.terms = []
            reader.matches = []
            reader.match = nil
            replaceCurrent(.reader(reader))
            return
        }
        // The query language, as a corpus search reads it; a query it cannot read is looked for
        // as its words.
        let parsed = SearchTerms.terms(text)
        let terms = parsed.isEmpty ? TextWords.folded(text) : parsed
        if !reader.find(terms, page: bodyHeight) { notice = "not in this article: \(text)" }
        replaceCurrent(.reader(reader))
    }

    /// Each keystroke of a corpus search starts a newer search; the results view shows it.
    private mutating func corpusQuery(_ text: String) -> [Effect] {
        searchGeneration += 1
        var results = ResultsState(query: text)
        if case .results(let shown) = current {
            results.results = shown.results
            results.ranked = false
        }
        results.cursor.count = results.results.count
        if case .results = current { replaceCurrent(.results(results)) } else { screens.append(.results(results)) }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            replaceCurrent(.results(ResultsState(query: text)))
            return []
        }
        return [.search(SearchRequest(generation: searchGeneration, query: AsYouType.query(text), ranked: false))]
    }

    private mutating func searched(_ request: SearchRequest, _ outcome: Result<[SearchResult], SearchProblem>) -> [Effect] {
        guard request.generation == searchGeneration, case .results(var results) = current, AsYouType.query(results.query) == request.query else { return [] }
        switch outcome {
        case .failure(let problem):
            results.problem = problem.message
            results.results = []
        case .success(let found):
            results.problem = nil
            let selected = results.cursor.selected
            results.results = found
            results.ranked = request.ranked
            results.cursor = ListCursor(count: found.count, selected: request.ranked ? 0 : selected)
            results.cursor.clamp(page: bodyHeight / 2)
        }
        replaceCurrent(.results(results))
        if case .success = outcome, !request.ranked {
            return [.search(SearchRequest(generation: request.generation, query: request.query, ranked: true))]
        }
        return []
    }
}
