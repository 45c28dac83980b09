/// The keys of the view help was opened from, scrolled to `top`.
struct HelpState: Sendable {
    var context: KeyContext
    var top = 0

    mutating func update(_ action: Action, page: Int) {
        switch action {
        case .down: top += 1
        case .up: top = max(0, top - 1)
        default: break
        }
        top = min(top, max(0, HelpLines.make(context).count - page))
    }
}
