import FolioIndex
import FolioParse

/// Opening articles: from a list, in place of the one being read (`J`, `K`, `n`), and what
/// happens as an article arrives, whole or first its start.
extension Session {
    /// Asks for an article to be opened on top of the current view (or in its place); `terms`
    /// are highlighted and the reader goes to the first, or to the quote at byte `at`.
    mutating func open(_ source: String, terms: [String] = [], at quoteStart: Int? = nil, replacing: Bool = false, atLastMatch: Bool = false) -> [Effect] {
        let request = inFlight.open(source, terms: terms, quoteStart: quoteStart, replacing: replacing, atLastMatch: atLastMatch)
        notice = notice ?? "opening \(source)…"
        return [.open(request)]
    }

    /// While an article is read, Esc and q stop waiting for it and Ctrl-C quits; other keys wait
    /// for the article, as a terminal keeps what is typed ahead.
    mutating func keyWhileOpening(_ key: Key, _ request: OpenRequest) -> [Effect] {
        switch key {
        case .ctrl("c"): return [.quit]
        case .escape, .char("q"):
            inFlight.stopOpening()
            notice = "stopped opening \(request.source)"
        default:
            inFlight.typeAhead(key)
            notice = "opening \(request.source)… Esc to stop"
        }
        return []
    }

    mutating func opened(_ request: OpenRequest, _ outcome: Result<Article, SourceError>, complete: Bool) -> [Effect] {
        switch inFlight.arrived(request, complete: complete) {
        case .dropped: return []
        case .rest:
            completeArticle(request, outcome)
            return []
        case .article(let partial, let typedAhead):
            let effects = show(request, outcome, partial: partial)
            // A key that opens another article sends the keys after it back to wait for that one;
            // what opening said stays on the status line unless a key says something else.
            let said = notice
            let replayed = typedAhead.flatMap { update(.key($0)) }
            notice = notice ?? said
            return effects + replayed
        }
    }

    private mutating func show(_ request: OpenRequest, _ outcome: Result<Article, SourceError>, partial: Bool) -> [Effect] {
        switch outcome {
        case .failure(let error) where error.stale:
            // The corpus changed under the index: read it again, and the article can be opened then.
            notice = "cannot open \(error.description); reading the corpus again"
            guard indexing == nil, !inFlight.refreshing else { return [] }
            inFlight.refreshing = true
            return [.refreshIndex]
        case .failure(let error):
            notice = "cannot open \(error.description)"
        case .success(let article):
            var reader = ReaderState(article: article, width: width)
            reader.complete = !partial
            if !request.terms.isEmpty, reader.find(request.terms, page: bodyHeight), request.atLastMatch {
                reader.stepToLastMatch(page: bodyHeight)
            // An article found only by its comments says where the hits are.
            } else if !request.terms.isEmpty, reader.matches.isEmpty, !partial,
               case let found = CommentsState.hits(request.terms.compactMap(QueryHits.Pattern.init), in: article), !found.isEmpty {
                notice = "the search found \(found.count) comment\(found.count == 1 ? "" : "s") here: n goes to \(found.count == 1 ? "it" : "them")"
            }
            if let quoteStart = request.quoteStart, let i = reader.quotes.firstIndex(where: { $0.range.lowerBound == quoteStart }) {
                reader.quote = i
                reader.reveal(quoteStart, page: bodyHeight)
            }
            if notice?.hasPrefix("opening ") == true { notice = nil }
            if request.replacing, case .reader = current { replaceCurrent(.reader(reader)) } else { screens.append(.reader(reader)) }
            // An article opened is read: the library no longer shows it bold.
            return [.mark(.read(source: article.source)), .loadMarks(source: article.source)]
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

    /// `J`/`K`: the next or previous row of the list the reader was opened from, opened in its place.
    mutating func neighbour(_ step: Int) -> [Effect] {
        let below = screens.count - 2
        guard below >= 0, case .list(var list) = screens[below], list.opensArticles else {
            notice = "no list to go on through"
            return []
        }
        let target = list.cursor.selected + step
        guard let choice = list.choice(at: target) else {
            notice = (0..<list.count).contains(target) ? "the list is still being read" : list.noMore
            return []
        }
        list.cursor.select(target, page: list.page(bodyHeight))
        screens[below] = .list(list)
        return choose(choice, replacing: true)
    }

    /// `n` past an article's last match: the next article of the last corpus search (`step` 1);
    /// `N` before its first: the previous one (`step` -1), at its last match.
    mutating func openSearchNeighbour(_ step: Int, from source: String) -> [Effect] {
        guard let last = lastSearch else { return [] }
        let at = last.results.firstIndex { $0.source == source }
        let next = at.map { $0 + step } ?? (step > 0 ? 0 : -1)
        guard last.results.indices.contains(next) else { return [] }
        // The results list it was opened from follows, so `q` lands on the article being read.
        let below = screens.count - 2
        if below >= 0, case .list(var list) = screens[below], let results = list.results,
           results.results.map(\.source) == last.results.map(\.source) {
            list.cursor.select(next, page: list.page(bodyHeight))
            screens[below] = .list(list)
        }
        let effects = open(last.results[next].source, terms: last.terms, replacing: true, atLastMatch: step < 0)
        notice = "\(step > 0 ? "next" : "previous") article of the search: \(next + 1)/\(last.results.count)"
        return effects
    }
}
