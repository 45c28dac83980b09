/// The help screen, made from the key table the program dispatches on.
enum HelpView {
    static func draw(_ help: HelpState, into grid: inout Grid, rows: Range<Int>) {
        // When more follows, the last row says so, as less's prompt does.
        let more = help.hasMore(page: rows.count) && rows.count > 1
        if more {
            grid.line("more below: Space or j", row: rows.upperBound - 1, column: 1, width: grid.width - 1, style: .dim)
        }
        for (i, line) in HelpLines.make(help.context).dropFirst(help.top).prefix(rows.count - (more ? 1 : 0)).enumerated() {
            let y = rows.lowerBound + i
            if line.keys.isEmpty {
                grid.line(line.text, row: y, column: 1, width: grid.width - 1, style: .bold)
            } else {
                let end = grid.line(line.keys, row: y, column: 3, width: min(22, max(0, grid.width - 3)), style: .accent)
                grid.line(line.text, row: y, column: max(end + 1, 26), width: max(0, grid.width - 27), style: .plain)
            }
        }
    }
}

/// The help screen's lines: a heading, or keys and what they do.
enum HelpLines {
    struct Line: Equatable {
        var keys: String
        var text: String
    }

    static func make(_ context: KeyContext) -> [Line] {
        func section(_ title: String, _ bindings: [Binding]) -> [Line] {
            [Line(keys: "", text: title)] + bindings.map { Line(keys: $0.keys.map(\.label).joined(separator: " "), text: $0.help) }
        }
        return section(context.title, KeyTable.bindings(context)) + [Line(keys: "", text: "")] + section("Everywhere", KeyTable.global)
    }
}
