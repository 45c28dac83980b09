/// The keys of the view help was opened from, scrolled to `top`.
struct HelpState: Sendable {
    var context: KeyContext
    /// The window's width, to which the descriptions are wrapped.
    var width: Int
    /// The keys as configured, which help shows.
    var keys: KeyMap = .standard
    var top = 0

    var lines: [HelpLines.Line] { HelpLines.make(context, width: width, keys: keys) }

    mutating func update(_ action: Action, page: Int) {
        let page = max(1, page)
        switch action {
        case .down: top += 1
        case .up: top -= 1
        case .pageDown: top += max(1, page - 1)
        case .pageUp: top -= max(1, page - 1)
        case .halfPageDown: top += max(1, page / 2)
        case .halfPageUp: top -= max(1, page / 2)
        case .top: top = 0
        case .bottom: top = .max
        default: break
        }
        clamp(page: page)
    }

    /// Keeps the last page full: after a resize as after a key.
    mutating func clamp(page: Int) {
        top = max(0, min(top, lines.count - max(1, page)))
    }

    /// Whether lines follow below a page of this many.
    func hasMore(page: Int) -> Bool { top + page < lines.count }
}
