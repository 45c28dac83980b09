import Foundation
import FolioIndex

/// The search prompt: `/` in a reader looks in the article on Enter; anywhere else each keystroke
/// searches the corpus, first unranked, then ranked, in a results list the prompt stays over.
extension Session {
    mutating func promptKey(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        if prompt.scope == .speakers { return speakersFilterKey(key, &prompt) }
        switch prompt.scope {
        case .tag, .untag, .note, .keep: return markPromptKey(key, &prompt)
        default: break
        }
        let history = searchHistory
        switch key {
        case .escape, .ctrl("g"), .ctrl("c"):
            // Ctrl-C cancels the search, as it cancels a command line; it quits from the views.
            self.prompt = nil
            if prompt.openedResults, case .list(let list) = current, list.results != nil { screens.removeLast() }
            if var before = resultsBeforePrompt, case .list(let list) = current, list.results != nil {
                // A page asked for before the prompt was answered for the results it typed over.
                before.results?.readingMore = false
                replaceCurrent(.list(before))
            }
            resultsBeforePrompt = nil
            return []
        case .ctrl("s") where prompt.scope != .speakers:
            // Ctrl-S keeps the search typed by a name, which `@NAME` searches again: one typed in
            // an article is the same query language, kept for the corpus.
            guard !prompt.text.isEmpty else {
                // Said where it can be read: the prompt's line is the status line.
                self.prompt = nil
                notice = "type a search, then Ctrl-S keeps it by a name"
                return []
            }
            self.prompt = Prompt(scope: .keep(query: prompt.text))
            return []
        case .enter where prompt.text.isEmpty:
            // `/` then Enter searches again for what was searched last.
            self.prompt = nil
            resultsBeforePrompt = nil
            guard let last = history.last else {
                notice = "no earlier search to repeat"
                return []
            }
            if prompt.scope == .article {
                findInArticle(last)
                return []
            }
            return corpusQuery(last)
        case .enter:
            self.prompt = nil
            resultsBeforePrompt = nil
            searchHistory = history.filter { $0 != prompt.text } + [prompt.text]
            if prompt.scope == .article {
                findInArticle(prompt.text)
            } else if case .list(let list) = current, let rows = list.results {
                // Typed faster than the search answers: the first result opens when it comes.
                if rows.results.isEmpty, rows.problem == nil { openFirstResult = true } else { return perform(.open) }
            }
            return []
        // ↑ and ↓ recall searches at an empty prompt, as a shell does, and go on through them once
        // one is recalled; over results being typed for they choose a result.
        case _ where key == .ctrl("p") || key == .ctrl("n")
            || (key == .up || key == .down) && (prompt.scope == .article || prompt.text.isEmpty || prompt.recalled != nil):
            let back = key == .ctrl("p") || key == .up
            let recalled = (prompt.recalled ?? -1) + (back ? 1 : -1)
            guard history.indices.contains(history.count - 1 - recalled) else {
                if !back { (prompt.text, prompt.recalled) = ("", nil) }
                break
            }
            prompt.text = history[history.count - 1 - recalled]
            prompt.recalled = recalled
        case .backspace, .ctrl("u"), .char:
            guard prompt.edit(key) else { return [] }
        case .up, .down, .pageUp, .pageDown:
            if case .list(var list) = current, list.results != nil {
                let action: Action = key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown
                _ = list.cursor.apply(action, page: list.page(bodyHeight))
                replaceCurrent(.list(list))
            }
            return []
        default:
            return []
        }
        guard prompt.scope == .corpus else {
            self.prompt = prompt
            return []
        }
        if case .list(let list) = current, list.results != nil {} else { prompt.openedResults = true }
        self.prompt = prompt
        return corpusQuery(prompt.text)
    }

    /// A key typed to filter the speakers list: each change lists the names it keeps; Enter
    /// keeps the filter, Esc or Ctrl-C drops it.
    private mutating func speakersFilterKey(_ key: Key, _ prompt: inout Prompt) -> [Effect] {
        guard case .list(let list) = current, let speakers = list.speakers else {
            self.prompt = nil
            return []
        }
        switch key {
        case .enter:
            self.prompt = nil
            return []
        case .escape, .ctrl("g"), .ctrl("c"):
            self.prompt = nil
            return speakers.filter.isEmpty ? [] : relist(filter: "", byName: speakers.byName)
        default:
            guard prompt.edit(key) else { return [] }
        }
        self.prompt = prompt
        return relist(filter: prompt.text, byName: speakers.byName)
    }

    private mutating func findInArticle(_ text: String) {
        guard case .reader(var reader) = current else { return }
        if !reader.search(text, page: bodyHeight) { notice = "not in this article: \(text)" }
        replaceCurrent(.reader(reader))
    }

    /// A search run from a list (a kept one): its results on a list of their own.
    mutating func runSearch(_ text: String) -> [Effect] {
        screens.append(.list(ListScreen(.results(ResultsRows(query: text)))))
        return [.search(inFlight.search(text))]
    }

    /// Each keystroke of a corpus search starts a newer search; the results list shows the last
    /// results until the new ones come.
    private mutating func corpusQuery(_ text: String) -> [Effect] {
        let request = inFlight.search(AsYouType.query(text))
        var rows = ResultsRows(query: text)
        let shown: ResultsRows? = if case .list(let list) = current { list.results } else { nil }
        let blank = text.trimmingCharacters(in: .whitespaces).isEmpty
        if !blank, let shown { rows.results = shown.results }
        let list = ListScreen(.results(rows))
        if shown != nil { replaceCurrent(.list(list)) } else { screens.append(.list(list)) }
        return blank ? [] : [.search(request)]
    }

    mutating func searched(_ request: SearchRequest, _ outcome: Result<SearchPage, SearchProblem>) -> [Effect] {
        guard inFlight.isNewest(request) else { return [] }
        if request.offset > 0 {
            furtherPage(request, outcome)
            return []
        }
        guard case .list(var list) = current, var rows = list.results, AsYouType.query(rows.query) == request.query else { return [] }
        switch outcome {
        case .failure(let problem):
            rows.problem = problem.message
            rows.results = []
            list.cursor = ListCursor()
        case .success(let page):
            rows.problem = nil
            rows.results = page.results
            rows.total = page.total
            rows.approximate = page.approximate
            rows.ranked = request.ranked
            list.cursor = ListCursor(count: page.results.count, selected: request.ranked ? 0 : list.cursor.selected)
            list.cursor.clamp(page: list.page(bodyHeight))
        }
        list.results = rows
        replaceCurrent(.list(list))
        var effects: [Effect] = []
        if case .success = outcome, !request.ranked {
            effects.append(.search(SearchRequest(generation: request.generation, query: request.query, ranked: true)))
        }
        // The ranked answer's first, not the first found.
        if openFirstResult, request.ranked {
            openFirstResult = false
            if !rows.results.isEmpty { effects += perform(.open) }
        }
        return effects
    }

    /// A further page of ranked results, for the results list wherever it is in the stack (an
    /// article opened from it meanwhile is on top). Whatever comes, the list may ask again.
    private mutating func furtherPage(_ request: SearchRequest, _ outcome: Result<SearchPage, SearchProblem>) {
        guard let i = screens.lastIndex(where: { screen in
                  if case .list(let list) = screen, let rows = list.results { AsYouType.query(rows.query) == request.query } else { false }
              }),
              case .list(var list) = screens[i], var rows = list.results else { return }
        rows.readingMore = false
        switch outcome {
        case .failure(let problem):
            // The results read so far stay; the next page is not asked for again.
            rows.total = rows.results.count
            notice = problem.message
        case .success(let page):
            guard request.offset == rows.results.count else { break }
            rows.results += page.results
            rows.total = page.total
            list.cursor.count = rows.results.count
            if rows.toEnd, rows.results.count >= rows.total ?? 0 {
                rows.toEnd = false
                _ = list.cursor.apply(.bottom, page: list.page(bodyHeight))
                if notice == ResultsRows.readingTheRest(rows.total ?? 0) { notice = nil }
            }
        }
        list.results = rows
        screens[i] = .list(list)
    }

    /// The next page of ranked results, when the cursor nears the end of those read.
    mutating func moreResults() -> [Effect] {
        guard case .list(var list) = current, var rows = list.results,
              rows.needsMore(cursor: list.cursor, page: list.page(bodyHeight)) else { return [] }
        rows.readingMore = true
        list.results = rows
        replaceCurrent(.list(list))
        return [.search(SearchRequest(generation: inFlight.searchGeneration, query: AsYouType.query(rows.query), ranked: true, offset: rows.results.count))]
    }
}

/// A corpus search whose articles were opened, which `n` goes on through past an article's last match.
struct LastSearch: Sendable {
    var terms: [String]
    var results: [SearchResult]
}
