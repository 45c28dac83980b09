import FolioIndex
import FolioParse

/// The whole state of the reader and how it changes: a key or a finished background job in, the
/// new state and the effects to run out. Each view updates itself (`ListScreen`, `ReaderState`,
/// `CommentsState`, `HelpState`); the session keeps the stack of views, the prompt, the status
/// line and what is in flight, and does what a view cannot do alone: open another view. Drawing
/// it is `Render`'s job, reading keys and running effects the terminal program's; both tests and
/// the program drive the reader through `update`.
struct Session: Sendable {
    let corpus: CorpusData
    var screens: [Screen]
    var prompt: Prompt?
    /// The tags in use as last read (`ArticleMarks`): a tag prompt offers them at once, before
    /// its own reading of them comes back.
    var tagsInUse: [String] = []
    /// A message for the status line until the next key.
    var notice: String?
    var width: Int
    var height: Int
    var indexing: IndexProgress?
    var inFlight = InFlight()
    var lastSearch: LastSearch?
    /// Enter was pressed on a corpus search before its first results came: they open the first.
    var openFirstResult = false
    /// `s` was pressed in the library: the next key picks the order.
    var choosingOrder = false
    /// A key bound to nothing has said that `?` shows the keys.
    var pointedToHelp = false
    /// What was searched with Enter, oldest first, in the corpus or an article alike: `/` then
    /// Enter repeats the last, Ctrl-P and Ctrl-N go through them.
    var searchHistory: [String] = []
    /// The results on screen when `/` was pressed over them, shown again if the prompt is cancelled.
    var resultsBeforePrompt: ListScreen?

    /// The keys as configured (`Config`).
    let keys: KeyMap

    init(corpus: CorpusData, width: Int, height: Int, keys: KeyMap = .standard) {
        self.corpus = corpus
        self.keys = keys
        self.width = width
        self.height = height
        screens = [.list(ListScreen(.library(LibraryRows())))]
    }

    /// The effects to run when the reader opens: list the library. What opening the index had to
    /// do (an index set aside, one kept in memory) is the first thing the status line says, and
    /// an index not compared with the corpus (`refreshing` false, `--no-refresh`) says so.
    mutating func start(refreshing: Bool = true) -> [Effect] {
        notice = corpus.index.notices.last ?? (refreshing ? nil : Self.uncheckedNotice)
        inFlight.listing = true
        return [.loadLibrary(.corpus)]
    }

    static let uncheckedNotice = "not compared with the corpus (--no-refresh): files changed since are not shown"

    /// Lines between the header and the status line.
    var bodyHeight: Int { max(0, height - 2) }

    var current: Screen { screens[screens.count - 1] }

    mutating func replaceCurrent(_ screen: Screen) { screens[screens.count - 1] = screen }

    /// The library, at the bottom of the stack.
    var libraryScreen: ListScreen {
        get {
            guard case .list(let list) = screens[0] else { preconditionFailure("the library is not at the bottom") }
            return list
        }
        set { screens[0] = .list(newValue) }
    }

    mutating func update(_ message: Message) -> [Effect] {
        // Keys, resizes, a new listing and `J` in a reader all move what a list must show.
        handle(message) + libraryRows() + speakerRows() + moreResults()
    }

    private mutating func handle(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            notice = nil
            if let opening = inFlight.opening { return keyWhileOpening(key, opening) }
            if prompt == nil, key != .ctrl("c"), inFlight.rows != nil, case .list(let list) = current,
               let rows = list.library, rows.row(at: list.cursor.selected) == nil {
                // The row under the cursor is being read: Enter waits for it, and what follows Enter.
                inFlight.typeAhead(key)
                return []
            }
            if prompt != nil { return promptKey(key) }
            if choosingOrder { return chooseOrder(key) }
            if case .click(let row, _) = key { return click(row: row) }
            guard let action = KeyTable.action(for: key, in: current.keyContext, keys) else {
                // Where help is, is said once; after that the key alone is named.
                notice = "\(key.label) does nothing here" + (pointedToHelp ? "" : ": ? shows the keys")
                pointedToHelp = true
                return []
            }
            return perform(action)
        case .opened(let request, let outcome, let complete):
            return opened(request, outcome, complete: complete)
        case .resize(let width, let height):
            (self.width, self.height) = (max(0, width), max(0, height))
            refit()
            return []
        case .searched(let request, let outcome):
            return searched(request, outcome)
        case .speakersLoaded(let request, let result):
            if inFlight.speakers == request { inFlight.speakers = nil }
            switch result {
            case .success(let page):
                if case .list(var list) = current, var speakers = list.speakers {
                    // A stretch read for another filter or order than the one now typed is stale.
                    guard speakers.request(request.range) == request else { return [] }
                    speakers.take(page)
                    list.speakers = speakers
                    // The list may have been on screen before its count was known.
                    list.cursor.count = speakers.total
                    list.cursor.clamp(page: list.page(bodyHeight))
                    replaceCurrent(.list(list))
                    if notice == "reading the speakers…" { notice = nil }
                }
            case .failure(let problem):
                notice = problem.message
                if case .list(var list) = current, list.speakers != nil {
                    list.speakers?.unreadable = true
                    replaceCurrent(.list(list))
                }
            }
            return []
        case .speakerQuotesLoaded(let name, let result):
            notice = nil
            switch result {
            case .success(let quotes):
                guard case .list(let list) = current, list.speakers != nil else { return [] }
                screens.append(.list(ListScreen(.speakerQuotes(name: name, quotes))))
            case .failure(let problem): notice = problem.message
            }
            return []
        case .marked(let mark, let result):
            return marked(mark, result)
        case .keptSearchesLoaded(let result):
            switch result {
            case .success(let searches) where searches.isEmpty: notice = "no searches kept: Ctrl-S at the search prompt keeps one"
            case .success(let searches):
                var list = ListScreen(.kept(searches))
                list.cursor.count = searches.count
                screens.append(.list(list))
            case .failure(let problem): notice = problem.message
            }
            return []
        case .launchFailed(let problem):
            notice = problem.message
            return []
        case .searchKept(let result), .exported(let result):
            switch result {
            case .success(let said): notice = said
            case .failure(let problem): notice = problem.message
            }
            return []
        case .marksLoaded(let source, let marks):
            marksLoaded(source: source, marks)
            return []
        case .libraryLoaded(let order, let result, let whole):
            switch result {
            case .success(let ids): libraryLoaded(order, ids, whole: whole)
            case .failure(let problem):
                inFlight.listing = false
                notice = problem.message
            }
            return []
        case .rowsLoaded(let request, let result):
            guard inFlight.rowsArrived(request) else { return [] }
            switch result {
            case .success(let rows): libraryScreen.library?.take(rows, asked: request.ids)
            case .failure(let problem):
                libraryScreen.library?.take([], asked: request.ids)
                notice = problem.message
            }
            return inFlight.takeTypedAhead().flatMap { update(.key($0)) }
        case .indexing(let progress):
            indexing = progress
            return reloadLibrary()
        case .indexed(let report):
            indexing = nil
            inFlight.refreshing = false
            if let remade = report.notice { notice = remade }
            // The corpus's notes are said by its first index, not at every start, nor over the
            // notice of a corpus parsed again.
            if report.filesAdded > 0, report.filesChanged == 0, report.filesUnchanged == 0, report.notice == nil, !report.notes.isEmpty {
                // By their names, which are what makes them notes, short enough for a narrow window.
                let names = Set(report.notes.map { String($0.split(separator: "/").last ?? "") }).sorted()
                notice = "notes, not articles: " + names.joined(separator: ", ")
            }
            // One file that could not be read is named; more are counted, with the first.
            if let first = report.problems.first {
                let more = report.problems.count - 1
                notice = more == 0 ? "could not read \(first)" : "could not read \(first), and \(more) more part\(more == 1 ? "" : "s") of the corpus; `folio index` lists them"
            }
            return reloadLibrary(force: true)
        case .indexFailed(let message):
            indexing = nil
            inFlight.refreshing = false
            notice = message
            return reloadLibrary(force: true)
        }
    }

    // MARK: The library

    private mutating func reloadLibrary(force: Bool = false) -> [Effect] {
        guard let rows = libraryScreen.library, force || !inFlight.listing else { return [] }
        inFlight.listing = true
        return [.loadLibrary(rows.order)]
    }

    /// A listing of the library's ids. A refresh while indexing keeps the cursor on its article;
    /// a new order starts at the top. The first screen's ids come first, then all of them,
    /// whichever is read first; a first screen after the whole is dropped.
    private mutating func libraryLoaded(_ order: LibraryOrder, _ ids: [Int64], whole: Bool) {
        var list = libraryScreen
        guard var rows = list.library, rows.order == order, whole || !(rows.loaded && rows.whole) else { return }
        inFlight.listed(whole: whole)
        let selectedID = rows.loaded && rows.ids.indices.contains(list.cursor.selected) ? rows.ids[list.cursor.selected] : nil
        rows.list(ids, order: order, whole: whole || ids.count < CorpusData.firstListing)
        list.library = rows
        list.cursor.count = ids.count
        if let selectedID, let at = ids.firstIndex(of: selectedID) { list.cursor.selected = at }
        list.cursor.clamp(page: list.page(bodyHeight))
        libraryScreen = list
    }

    /// The library's rows around its cursor, asked for when they have not been read and are not
    /// being read.
    private mutating func libraryRows() -> [Effect] {
        guard let rows = libraryScreen.library else { return [] }
        let (top, page) = (libraryScreen.cursor.top, libraryScreen.page(bodyHeight))
        guard let range = rows.rowsToRead(top: top, page: page) else { return [] }
        if let asked = inFlight.rows, asked.start <= top, asked.start + asked.ids.count >= min(rows.ids.count, top + page) { return [] }
        return [.loadRows(inFlight.readRows(from: range.lowerBound, ids: Array(rows.ids[range])))]
    }

    /// The speakers around the cursor of their list, when it is on screen, asked for when they
    /// have not been read and are not being read.
    private mutating func speakerRows() -> [Effect] {
        guard inFlight.speakers == nil, case .list(let list) = current, let speakers = list.speakers,
              let range = speakers.rowsToRead(top: list.cursor.top, page: list.page(bodyHeight)) else { return [] }
        inFlight.speakers = speakers.request(range)
        return [.loadSpeakers(speakers.request(range))]
    }

    /// The speakers list for another filter or order, read from its start.
    mutating func relist(filter: String, byName: Bool) -> [Effect] {
        guard case .list(var list) = current, list.speakers != nil else { return [] }
        let rows = SpeakerRows(filter: filter, byName: byName)
        list = ListScreen(.speakers(rows))
        replaceCurrent(.list(list))
        let request = rows.request(RowWindow(top: 0, page: bodyHeight, count: .max).toRead)
        inFlight.speakers = request
        return [.loadSpeakers(request)]
    }

    /// After a resize, every view lays itself out again for the new size.
    private mutating func refit() {
        for i in screens.indices {
            switch screens[i] {
            case .list(var list):
                list.cursor.clamp(page: list.page(bodyHeight))
                screens[i] = .list(list)
            case .reader(var reader):
                reader.relayout(width: width, showBoilerplate: reader.layout.showBoilerplate)
                reader.clamp(page: bodyHeight)
                screens[i] = .reader(reader)
            case .comments(var comments):
                comments.layOut(width: width)
                comments.select(comments.selected, page: bodyHeight)
                screens[i] = .comments(comments)
            case .help(var help):
                help.width = width
                help.clamp(page: bodyHeight)
                screens[i] = .help(help)
            }
        }
    }

    // MARK: Actions

    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        case .back, .cancel: return back(quitting: action == .back)
        case .help:
            if case .help = current { return [] }
            screens.append(.help(HelpState(context: current.keyContext, width: width, keys: keys)))
            return []
        case .search:
            openFirstResult = false
            if case .list(let list) = current, let speakers = list.speakers {
                // In the speakers list, `/` filters the names as they are typed.
                prompt = Prompt(scope: .speakers, text: speakers.filter)
                return []
            }
            if case .reader = current { prompt = Prompt(scope: .article) } else { prompt = Prompt(scope: .corpus) }
            // Results the prompt will type over come back if it is cancelled.
            if case .list(let list) = current, list.results != nil { resultsBeforePrompt = list } else { resultsBeforePrompt = nil }
            return []
        case .tag, .untag, .note, .editNote, .toggleRead:
            return mark(action)
        case .keptSearches:
            return [.loadKeptSearches]
        case .export:
            guard case .list(let list) = current, list.library != nil || list.results != nil else { return [] }
            notice = "exporting…"
            return [.export(query: list.results.map { AsYouType.query($0.query) })]
        case .openLink, .copyQuote, .copyCitation:
            guard case .reader(let reader) = current else { return [] }
            return outward(action, reader)
        case .speakers:
            if case .list(let list) = current, list.speakers != nil { return [] }
            // The list is on screen at once, so that keys typed while it is read (`/` to filter) are its.
            notice = "reading the speakers…"
            screens.append(.list(ListScreen(.speakers(SpeakerRows()))))
            let request = SpeakersRequest(range: RowWindow(top: 0, page: bodyHeight, count: .max).toRead)
            inFlight.speakers = request
            return [.loadSpeakers(request)]
        default: break
        }
        switch current {
        case .list(var list):
            return listAction(action, &list)
        case .reader(var reader):
            let outcome = reader.update(action, page: bodyHeight)
            replaceCurrent(.reader(reader))
            return readerOutcome(outcome, of: reader)
        case .comments(var comments):
            // Past the last comment the search found, `n` goes on to its next article, as in the text.
            if action == .nextMatch, !comments.hits.isEmpty, comments.hit(forward: true) == nil {
                // The next article takes the place of the one whose comments these are.
                screens.removeLast()
                let effects = openSearchNeighbour(1, from: comments.article.source)
                if effects.isEmpty {
                    screens.append(.comments(comments))
                    notice = "no more matches"
                }
                return effects
            }
            notice = comments.apply(action, page: bodyHeight)
            replaceCurrent(.comments(comments))
        case .help(var help):
            help.update(action, page: bodyHeight)
            replaceCurrent(.help(help))
        }
        return []
    }

    private mutating func listAction(_ action: Action, _ list: inout ListScreen) -> [Effect] {
        switch action {
        case .open:
            guard let choice = list.choice(at: list.cursor.selected) else {
                if list.count > 0 { notice = "the list is still being read" }
                return []
            }
            if let results = list.results { lastSearch = LastSearch(terms: results.terms, results: results.results) }
            return choose(choice)
        case .sort:
            // The speakers list has two orders: `s` goes from one to the other.
            if let speakers = list.speakers { return relist(filter: speakers.filter, byName: !speakers.byName) }
            guard list.library != nil else { return [] }
            choosingOrder = true
            return []
        default:
            // `G` over results not all read yet goes to the last once the rest is read, up to a
            // few thousand; past that the list reads on as the cursor goes down.
            if action == .bottom, var results = list.results, let total = results.total, results.results.count < total {
                if total <= ResultsRows.readToEndAtMost {
                    results.toEnd = true
                    list.results = results
                    notice = ResultsRows.readingTheRest(total)
                } else {
                    notice = "the last of the \(Numbers.grouped(results.results.count)) read of \(Numbers.grouped(total)): the list reads on as you go down"
                }
            }
            _ = list.cursor.apply(action, page: list.page(bodyHeight))
            replaceCurrent(.list(list))
            return []
        }
    }

    mutating func choose(_ choice: ListScreen.Choice, replacing: Bool = false) -> [Effect] {
        switch choice {
        case .article(let source, let terms, let quoteStart):
            return open(source, terms: terms, at: quoteStart, replacing: replacing)
        case .speaker(let name):
            notice = "reading \(name)'s quotations…"
            return [.loadSpeakerQuotes(name)]
        case .search(let query):
            // As if typed and Enter pressed: the results, where `q` comes back to this list.
            lastSearch = nil
            searchHistory = searchHistory.filter { $0 != query } + [query]
            return runSearch(query)
        }
    }

    private mutating func readerOutcome(_ outcome: ReaderOutcome, of reader: ReaderState) -> [Effect] {
        switch outcome {
        case .done: break
        case .notice(let text): notice = text
        case .comments: screens.append(.comments(CommentsState(article: reader.article, width: width, terms: reader.terms)))
        case .neighbour(let step): return neighbour(step)
        case .pastLastMatch:
            // Past the text's last match, the comments it found are next, then the next article.
            var comments = CommentsState(article: reader.article, width: width, terms: reader.terms)
            if !reader.commentsSearched, let first = comments.hits.first {
                var searched = reader
                searched.commentsSearched = true
                replaceCurrent(.reader(searched))
                comments.select(first, page: bodyHeight)
                screens.append(.comments(comments))
                notice = comments.hits.count == 1 ? "the search found 1 comment: q back" : "the search found \(comments.hits.count) comments: n for the next, q back"
                return []
            }
            let effects = openSearchNeighbour(1, from: reader.article.source)
            if effects.isEmpty { notice = "no more matches" }
            return effects
        case .beforeFirstMatch:
            let effects = openSearchNeighbour(-1, from: reader.article.source)
            if effects.isEmpty { notice = "no earlier match" }
            return effects
        }
        return []
    }

    /// A click on a list's row selects it, and a click on the selected row opens it, as Enter
    /// does; elsewhere a click does nothing, and the terminal keeps selecting text with Shift.
    private mutating func click(row: Int) -> [Effect] {
        guard case .list(var list) = current, row >= 1, row <= bodyHeight else { return [] }
        let index = list.cursor.top + (row - 1) / list.rowLines
        guard index < list.cursor.count else { return [] }
        if index == list.cursor.selected { return perform(.open) }
        list.cursor.select(index, page: list.page(bodyHeight))
        replaceCurrent(.list(list))
        return []
    }

    /// The key after `s`: one of the orders' letters sorts the library by it; any other key
    /// leaves the order as it was.
    private mutating func chooseOrder(_ key: Key) -> [Effect] {
        choosingOrder = false
        guard case .sortBy(let order) = KeyTable.action(for: key, in: .sortMenu, keys),
              case .list(var list) = current, var rows = list.library else { return [] }
        // Undated articles sort last, in corpus order: a corpus without dates would look sorted
        // by date and be in its old order, so its order stands.
        if order == .date, !rows.hasDates {
            notice = "these articles have no dates: the order stands"
            return []
        }
        rows.order = order
        list.library = rows
        list.cursor = ListCursor(count: rows.ids.count)
        replaceCurrent(.list(list))
        inFlight.listing = true
        return [.loadLibrary(order)]
    }

    private mutating func back(quitting: Bool) -> [Effect] {
        if case .reader(var reader) = current, reader.panel != nil {
            reader.panel = nil
            replaceCurrent(.reader(reader))
            return []
        }
        // Esc in a filtered speakers list shows them all again first.
        if !quitting, case .list(let list) = current, let speakers = list.speakers, !speakers.filter.isEmpty {
            notice = "all speakers; Esc again goes back"
            return relist(filter: "", byName: speakers.byName)
        }
        // Esc in an article searched clears the highlights first, as `/` then Enter repeats the search.
        if !quitting, case .reader(var reader) = current, !reader.terms.isEmpty {
            _ = reader.search("", page: bodyHeight)
            replaceCurrent(.reader(reader))
            notice = "search cleared; Esc again goes back"
            return []
        }
        if screens.count > 1 {
            screens.removeLast()
            return []
        }
        return quitting ? [.quit] : []
    }
}
