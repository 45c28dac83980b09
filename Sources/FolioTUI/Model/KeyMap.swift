import FolioIndex

/// The keys as the user configured them (`Config`): an action named in `[keys]` answers to the
/// keys given there instead of its own, in every view it is bound in. The key table stays what
/// the program dispatches on and what the help screen is drawn from.
struct KeyMap: Sendable, Equatable {
    var keys: [Action: [Key]] = [:]

    static let standard = KeyMap()

    func rebind(_ bindings: [Binding]) -> [Binding] {
        bindings.map { binding in keys[binding.action].map { Binding(keys: $0, action: binding.action, help: binding.help) } ?? binding }
    }
}

extension Action {
    /// The action's name in the configuration: its case in snake case (`next_quote`), an order
    /// after `sort_by_` (`sort_by_title`).
    var configName: String {
        if case .sortBy(let order) = self { return "sort_by_" + order.rawValue }
        return Self.snakeCased(String(describing: self))
    }

    /// `nextQuote` as `next_quote`: how a configuration names cases.
    static func snakeCased(_ name: String) -> String {
        name.reduce(into: "") { out, c in out += c.isUppercase ? "_" + c.lowercased() : String(c) }
    }
}

extension Key {
    /// A key as a configuration writes it: one character (`t`, `]`, `@`), `Space`, `Ctrl-X`, or
    /// a name the help screen uses (`Enter`, `Esc`, `Tab`, `Backspace`, `PgUp`, `PgDn`, `Home`,
    /// `End`), with `Up`, `Down`, `Left` and `Right` for the arrows.
    init?(named name: String) {
        if name.count == 1, let c = name.first { self = .char(c); return }
        let lower = name.lowercased()
        if lower == "space" { self = .char(" "); return }
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter { self = .ctrl(c); return }
        let named: [String: Key] = ["up": .up, "down": .down, "left": .left, "right": .right]
        if let key = named[lower] { self = key; return }
        let keys: [Key] = [.enter, .escape, .backspace, .tab, .pageUp, .pageDown, .home, .end]
        guard let key = keys.first(where: { $0.label.lowercased() == lower }) else { return nil }
        self = key
    }
}
