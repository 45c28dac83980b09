/// A selection in a list and the first item on screen: the movement every list shares.
struct ListCursor: Equatable, Sendable {
    var count = 0
    var selected = 0
    var top = 0

    /// Moves for a list action; `page` is how many items fit on screen. False when the action is
    /// not a movement.
    mutating func apply(_ action: Action, page: Int) -> Bool {
        let page = max(1, page)
        switch action {
        case .down: selected += 1
        case .up: selected -= 1
        case .top: selected = 0
        case .bottom: selected = count - 1
        case .pageDown:
            selected += page
            top += page
        case .pageUp:
            selected -= page
            top -= page
        case .halfPageDown, .halfPageUp:
            let half = max(1, page / 2) * (action == .halfPageDown ? 1 : -1)
            selected += half
            top += half
        case .scrollDown: selected += 3
        case .scrollUp: selected -= 3
        default: return false
        }
        clamp(page: page)
        return true
    }

    /// Keeps the selection inside the list and on screen.
    mutating func clamp(page: Int) {
        let page = max(1, page)
        selected = max(0, min(selected, count - 1))
        top = max(0, min(top, count - page))
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = max(0, top)
    }

    mutating func select(_ index: Int, page: Int) {
        selected = index
        clamp(page: page)
    }
}
