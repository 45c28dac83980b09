/// A key as the model sees it, whatever terminal sent it.
public enum Key: Hashable, Sendable {
    /// A printable character, space included.
    case char(Character)
    /// A control key: `.ctrl("c")` is Ctrl-C.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab
    case wheelUp, wheelDown
    /// The left button pressed at a cell of the screen.
    case click(row: Int, column: Int)

    /// How the help screen writes the key.
    var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        case .click: "click"
        }
    }
}
