import FolioIndex
import FolioParse
import Foundation

/// The user's marks on articles: `t` and `T` put a tag on the article read or under the cursor
/// (or the quotation chosen in the quote panel) and take one off, through a prompt that Tab
/// completes from the tags in use; `a` writes its note, `A` in the editor; `u` marks it read or
/// unread; opening an article marks it read and says its marks. The marks are written off the
/// input loop (`Effect.mark`) and the library reads the article's row again to show them.
extension Session {
    /// The quotation a tag is for: the one chosen in the quote panel.
    var markedQuote: Int? {
        guard case .reader(let reader) = current, let panel = reader.panel, reader.quotes.indices.contains(panel.selected) else { return nil }
        return reader.quotes[panel.selected].range.lowerBound
    }

    /// The article a mark is for: the one read, or the one under the cursor of a list of articles.
    var markedArticle: String? {
        switch current {
        case .reader(let reader): return reader.article.source
        case .comments(let comments): return comments.article.source
        case .list(let list):
            guard case .article(let source, _, _)? = list.choice(at: list.cursor.selected) else { return nil }
            return source
        case .help: return nil
        }
    }

    mutating func mark(_ action: Action) -> [Effect] {
        guard let source = markedArticle else {
            notice = "no article here to mark"
            return []
        }
        switch action {
        case .tag:
            prompt = Prompt(scope: .tag(source: source, quote: markedQuote), completions: tagsInUse)
            return [.loadMarks(source: source)]
        case .untag:
            prompt = Prompt(scope: .untag(source: source, quote: markedQuote))
            return [.loadMarks(source: source)]
        case .note:
            prompt = Prompt(scope: .note(source: source, quote: markedQuote))
            return [.loadMarks(source: source)]
        case .editNote:
            return [.editNote(source: source, quote: markedQuote)]
        default:
            return [.mark(.toggleRead(source: source))]
        }
    }

    /// A key at a prompt that names a mark (a tag, a note, the name a search is kept by): Enter
    /// makes it, Tab completes a tag, Esc leaves it.
    mutating func markPromptKey(_ key: Key, _ prompt: inout Prompt) -> [Effect] {
        switch key {
        case .escape, .ctrl("g"), .ctrl("c"):
            self.prompt = nil
            return []
        case .tab:
            let typed = prompt.text.lowercased()
            guard let first = prompt.completions.first(where: { $0.lowercased().hasPrefix(typed) }) else { return [] }
            prompt.text = first
        case .enter:
            self.prompt = nil
            let tag = prompt.text.trimmingCharacters(in: .whitespaces)
            switch prompt.scope {
            case .tag(let source, let quote) where !tag.isEmpty: return [.mark(.tag(source: source, quote: quote, tag))]
            case .untag(let source, let quote) where !tag.isEmpty: return [.mark(.untag(source: source, quote: quote, tag))]
            case .note(let source, let quote): return [.mark(.note(source: source, quote: quote, tag))]
            case .keep(let query) where !tag.isEmpty: return [.keepSearch(name: tag, query: query)]
            default: return []
            }
        default:
            guard prompt.edit(key) else { return [] }
        }
        self.prompt = prompt
        return []
    }

    /// The marks of an article come: a tag prompt offers tags, a note prompt starts from the
    /// note; an article just opened says its note.
    mutating func marksLoaded(source: String, _ marks: ArticleMarks) {
        tagsInUse = marks.tagsInUse
        // Every reader of the article shows its quotations' tags in the quote panel.
        for i in screens.indices {
            guard case .reader(var reader) = screens[i], reader.article.source == source else { continue }
            (reader.quoteTags, reader.quoteNotes) = (marks.quoteTags, marks.quoteNotes)
            screens[i] = .reader(reader)
        }
        guard var prompt else {
            // An article opened says what the user marked it with.
            let said = marks.tags.map { "#" + $0 } + (marks.note.map { ["note: " + UserData.oneLine($0)] } ?? [])
            if case .reader(let reader) = current, reader.article.source == source, reader.panel == nil, !said.isEmpty, notice == nil {
                notice = said.joined(separator: " · ")
            }
            return
        }
        switch prompt.scope {
        case .tag(source, _): prompt.completions = marks.tagsInUse
        case .untag(source, let quote):
            prompt.completions = quote.map { marks.quoteTags[$0] ?? [] } ?? marks.tags
            // Nothing to take off is said, not asked for.
            guard prompt.completions.isEmpty, prompt.text.isEmpty else { break }
            self.prompt = nil
            notice = quote == nil ? "the article has no tags" : "the quotation has no tags"
            return
        case .note(source, let quote) where prompt.text.isEmpty:
            // A note of many lines is edited where its lines show.
            let current = marks.note(on: quote)
            guard let note = current, note.contains("\n") else {
                prompt.text = current ?? ""
                break
            }
            self.prompt = nil
            notice = "the note has \(note.split(separator: "\n").count) lines: A edits it in $EDITOR"
            return
        default: return
        }
        self.prompt = prompt
    }

    /// A mark written: said on the status line (a read mark made by opening is not), and the
    /// library's row for the article read again to show it, and a quotation's tags.
    mutating func marked(_ mark: Mark, _ result: Result<String, ReadProblem>) -> [Effect] {
        switch result {
        case .success(let said): if case .read = mark {} else { notice = said }
        case .failure(let problem): notice = problem.message
        }
        libraryScreen.library?.reread(mark.source)
        if case .tag(_, _, let tag) = mark, case .success = result, !tagsInUse.contains(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) {
            tagsInUse.append(tag)
        }
        switch mark {
        case .tag(let source, _?, _), .untag(let source, _?, _), .note(let source, _?, _): return [.loadMarks(source: source)]
        default: return []
        }
    }
}
