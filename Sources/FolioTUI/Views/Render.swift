import FolioIndex
import FolioParse

/// Draws a session: a header bar, the current view, and the status line or the search prompt.
/// A pure function of the state, so tests compare whole screens as text.
enum Render {
    static func screen(_ session: Session) -> Grid {
        var grid = Grid(width: session.width, height: session.height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let status = grid.height - 1
        let body = grid.height >= 3 ? 1..<status : 0..<0
        if grid.height >= 2 { header(session, into: &grid) }
        switch session.current {
        case .list(let list):
            switch list.rows {
            case .library(let library): LibraryView.draw(library, list.cursor, session: session, into: &grid, rows: body)
            case .results(let results): ResultsView.draw(results, list.cursor, into: &grid, rows: body)
            case .speakers(let speakers): SpeakersView.draw(speakers, list.cursor, into: &grid, rows: body)
            case .speakerQuotes(_, let quotes): SpeakersView.draw(quotes, list.cursor, into: &grid, rows: body)
            case .kept(let searches): KeptSearchesView.draw(searches, list.cursor, into: &grid, rows: body)
            }
        case .reader(let reader): ReaderView.draw(reader, into: &grid, rows: body)
        case .comments(let comments): CommentsView.draw(comments, into: &grid, rows: body)
        case .help(let help): HelpView.draw(help, into: &grid, rows: body)
        }
        statusLine(session, into: &grid, row: status)
        return grid
    }

    private static func header(_ session: Session, into grid: inout Grid) {
        grid.fill(row: 0, style: .bar)
        let title: String
        switch session.current {
        case .list(let list):
            switch list.rows {
            case .library(let library):
                LibraryView.drawTitles(library, into: &grid)
                return
            case .results(let results): title = "Search: \(results.query)"
            case .speakers: title = "Speakers of \(session.corpus.name)"
            case .speakerQuotes(let name, _): title = "Quotes of \(name)"
            case .kept: title = "Searches kept"
            }
        case .reader(let reader): title = reader.panel == nil ? reader.article.source : "Quotes in \(reader.article.title)"
        case .comments(let comments): title = "Comments on \(comments.article.title)"
        case .help(let help): title = "Keys: \(help.context.title)"
        }
        grid.line(title, row: 0, column: 1, width: grid.width - 1, style: .bar)
    }

    private static func statusLine(_ session: Session, into grid: inout Grid, row: Int) {
        grid.fill(row: row, style: .plain)
        if let prompt = session.prompt {
            // The label apart: a line drawn ends at its last mark, and "tag: " ends with a space.
            let start = min(grid.width, CellWidth.of(prompt.label))
            _ = grid.line(prompt.label, row: row, column: 0, width: start, style: .plain)
            let end = max(start, grid.line(prompt.text, row: row, column: start, width: grid.width - start, style: .plain))
            if end < grid.width { grid.put("▏", row: row, column: end, style: .accent) }
            // A tag prompt offers the tags it completes to.
            if !prompt.completions.isEmpty {
                let typed = prompt.text.lowercased()
                let offered = prompt.completions.filter { $0.lowercased().hasPrefix(typed) }.prefix(8)
                let note = offered.isEmpty ? "" : "Tab: " + offered.joined(separator: " · ")
                grid.line(note, row: row, column: end + 3, width: max(0, grid.width - end - 3), style: .dim)
            }
            // A search typed says what it finds as it is typed: a query it cannot read, else the count.
            if prompt.scope == .corpus, case .list(let list) = session.current, let results = list.results, results.query == prompt.text {
                let note = "  " + (results.problem ?? StatusText.view(session).0)
                let width = CellWidth.of(note)
                if end + 2 + width <= grid.width {
                    grid.line(note, row: row, column: grid.width - width, width: width, style: results.problem == nil ? .dim : .accent)
                }
            }
            return
        }
        let (left, right) = StatusText.make(session)
        let rightWidth = min(grid.width, CellWidth.of(right))
        grid.line(left, row: row, column: 0, width: max(0, grid.width - rightWidth - 1), style: session.notice == nil ? .plain : .accent)
        grid.line(right, row: row, column: grid.width - rightWidth, width: rightWidth, style: .dim)
    }
}

/// What the status line says for each view: on the left where the cursor is and what it is on,
/// on the right how far through the view it is.
enum StatusText {
    static func make(_ session: Session) -> (String, String) {
        var (left, right) = view(session)
        if let notice = session.notice { left = notice }
        return (left, right)
    }

    static func view(_ session: Session) -> (String, String) {
        switch session.current {
        case .list(let list):
            return listStatus(list, session)
        case .reader(let reader):
            if let panel = reader.panel { return ("Enter goes to the quote, Q closes", position(panel)) }
            return (readerLeft(reader, page: session.bodyHeight), readerRight(reader, page: session.bodyHeight))
        case .comments(let comments):
            let author = comments.article.comments.indices.contains(comments.selected) ? comments.article.comments[comments.selected].author ?? "anonymous" : ""
            let visible = comments.visible
            let at = (visible.firstIndex(of: comments.selected) ?? 0) + 1
            return ("comment \(at)/\(visible.count) · \(author)", "\(comments.article.comments.count) in all")
        case .help:
            return ("q or Esc goes back", "")
        }
    }

    private static func listStatus(_ list: ListScreen, _ session: Session) -> (String, String) {
        let left: String
        switch list.rows {
        case .library(let library):
            let count = library.ids.count
            var text = !library.loaded ? (library.ids.isEmpty ? "listing the corpus…" : "sorting \(library.order.said)…")
                : library.whole ? "\(Numbers.grouped(count)) article\(count == 1 ? "" : "s") · \(library.order.said)"
                : "listing the rest… · \(library.order.said)"
            if session.choosingOrder {
                // The whole menu must show: in a narrow window, without its dots, then without the position.
                let items = KeyTable.bindings(.sortMenu, session.keys).map { "\($0.keys[0].label) \($0.help)" }
                let (full, compact, right) = ("sort by: " + items.joined(separator: " · "), "sort: " + items.joined(separator: " "), position(list.cursor))
                let room = session.width - CellWidth.of(right) - 1
                if CellWidth.of(full) <= room { return (full, right) }
                return CellWidth.of(compact) <= room ? (compact, right) : (compact, "")
            }
            if let progress = session.indexing {
                // Before the first batch is written there is no rate to give.
                text += progress.merging ? " · optimizing the index…"
                    : progress.articles == 0 ? " · indexing…"
                    : " · indexing \(Numbers.grouped(progress.articles)) at \(Numbers.grouped(Int(progress.articlesPerSecond)))/s"
            }
            left = text + " · ? help"
        case .results(let results):
            let found = results.results.count
            if let problem = results.problem {
                left = problem
            } else if found == 0 {
                left = "no articles found"
            } else if !results.ranked {
                left = "\(Numbers.grouped(found)) found so far · ranking…"
            } else {
                let total = results.total ?? found
                let articles = "article\(total == 1 ? "" : "s") · " + (results.approximate ? "best of the first \(Numbers.grouped(CorpusIndex.rankedAtMost)) and title hits" : "best first")
                left = found < total ? "\(Numbers.grouped(found)) of \(Numbers.grouped(total)) \(articles)" : "\(Numbers.grouped(total)) \(articles)"
            }
        case .speakers(let speakers):
            let matching = speakers.filter.isEmpty ? "" : " matching “\(speakers.filter)”"
            let order = speakers.byName ? "by name" : "most quoted first"
            left = "\(Numbers.grouped(speakers.total)) speaker\(speakers.total == 1 ? "" : "s")\(matching) · \(order) · Enter lists the quotes"
        case .speakerQuotes(let name, let quotes):
            left = "\(Numbers.grouped(quotes.count)) quotes of \(name) · Enter opens the article"
        case .kept(let searches):
            left = "\(searches.count) search\(searches.count == 1 ? "" : "es") kept · Enter searches again"
        }
        return (left, position(list.cursor))
    }

    static func readerLeft(_ reader: ReaderState, page: Int) -> String {
        guard reader.complete else { return "the start of a long article; reading the rest…" }
        if let i = reader.quote, reader.isOnScreen(reader.quotes[i].range.lowerBound, page: page) {
            let quote = reader.quotes[i]
            // An unresolved "he" is what the text says: the reader may know whom it means.
            var who = quote.speaker ?? (quote.kind == .scare ? "scare quote, nobody named" : quote.mention.map { "“\($0)”, not named" } ?? "speaker not named")
            // "the general" or "He" says how the text named the speaker; a long mention that is
            // only the name with titles would push the name off a narrow status line.
            if let mention = quote.mention, let speaker = quote.speaker, mention.count <= 24,
               !mention.lowercased().contains(speaker.split(separator: " ").last?.lowercased() ?? speaker.lowercased()) {
                who += " (“\(mention)”)"
            }
            return "quote \(i + 1)/\(reader.quotes.count) · \(who)"
        }
        if let m = reader.match {
            return "match \(m + 1)/\(reader.matches.count) · \(reader.terms.joined(separator: " "))"
        }
        let quotes = reader.quotes.count
        // An article without quotations does not advertise `]`.
        return quotes == 0 ? "no quotes · ? help" : "\(quotes) quote\(quotes == 1 ? "" : "s") · ] next quote · ? help"
    }

    static func readerRight(_ reader: ReaderState, page: Int) -> String {
        let layout = reader.layout
        let last = layout.lastTop(page: page)
        if last == layout.first { return "all" }
        // As less's prompt does: the last line on screen, of how many; a narrow window keeps
        // the room for what the left side says.
        if let lines = layout.lines(before: reader.screenEnd(page: page)) {
            let count = "\(Numbers.grouped(lines.before))/\(Numbers.grouped(lines.total))"
            return layout.width < 40 ? count : "line " + count
        }
        if reader.top == layout.first { return "top" }
        if reader.top >= last { return "end" }
        return "\(layout.percent(at: reader.screenEnd(page: page)))%"
    }

    static func position(_ cursor: ListCursor) -> String {
        cursor.count == 0 ? "" : "\(Numbers.grouped(cursor.selected + 1))/\(Numbers.grouped(cursor.count))"
    }
}

/// Counts written with thousands separators, the way a reader scans them.
enum Numbers {
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
