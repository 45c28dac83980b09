/// The help screen, made from the key table the program dispatches on.
enum HelpView {
    static func draw(_ help: HelpState, into grid: inout Grid, rows: Range<Int>) {
        // When more follows, the last row says so, as less's prompt does.
        let more = help.hasMore(page: rows.count) && rows.count > 1
        if more {
            grid.line("more below: Space or j", row: rows.upperBound - 1, column: 1, width: grid.width - 1, style: .dim)
        }
        for (i, line) in help.lines.dropFirst(help.top).prefix(rows.count - (more ? 1 : 0)).enumerated() {
            let y = rows.lowerBound + i
            if line.heading {
                grid.line(line.text, row: y, column: 1, width: grid.width - 1, style: .bold)
            } else {
                let end = grid.line(line.keys, row: y, column: 3, width: min(22, max(0, grid.width - 3)), style: .accent)
                grid.line(line.text, row: y, column: max(end + 1, HelpLines.textColumn), width: max(0, grid.width - HelpLines.textColumn - 1), style: .plain)
            }
        }
    }
}

/// The help screen's lines: a heading, or keys and what they do, the description wrapped to
/// the window on lines of its own.
enum HelpLines {
    struct Line: Equatable {
        var keys: String
        var text: String
        var heading = false
    }

    /// Where descriptions start.
    static let textColumn = 26

    static func make(_ context: KeyContext, width: Int = .max, keys: KeyMap = .standard) -> [Line] {
        let room = max(8, min(width, 1000) - textColumn - 1)
        func section(_ title: String, _ bindings: [Binding]) -> [Line] {
            [Line(keys: "", text: title, heading: true)] + bindings.flatMap { binding in
                let wrapped = Wrap.lines(Glyphs.make(binding.help) { _ in .plain }, width: room).map(Glyphs.string)
                return wrapped.enumerated().map { k, text in Line(keys: k == 0 ? binding.keys.map(\.label).joined(separator: " ") : "", text: text) }
            }
        }
        return section(context.title, KeyTable.bindings(context, keys)) + [Line(keys: "", text: "", heading: true)] + section("Everywhere", KeyTable.global(keys))
    }
}
