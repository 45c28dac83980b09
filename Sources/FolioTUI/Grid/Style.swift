/// How a cell looks, by meaning rather than by colour: the terminal adapter decides the colours,
/// and without colour (NO_COLOR, a monochrome terminal) bold, dim, underline and reverse alone
/// still tell a quote from the writer's words.
struct Style: Hashable, Sendable {
    enum Tint: UInt8, Sendable, CaseIterable {
        case plain, quote, faintQuote, match, accent, bar
    }

    var tint: Tint = .plain
    var bold = false
    var dim = false
    var underline = false
    var reverse = false

    init(tint: Tint = .plain, bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false) {
        (self.tint, self.bold, self.dim, self.underline, self.reverse) = (tint, bold, dim, underline, reverse)
    }

    static let plain = Style()
    static let bold = Style(bold: true)
    static let dim = Style(dim: true)
    static let bar = Style(tint: .bar, reverse: true)
    static let selected = Style(reverse: true)
    static let quote = Style(tint: .quote, bold: true)
    static let faintQuote = Style(tint: .faintQuote)
    static let match = Style(tint: .match, reverse: true)
    static let accent = Style(tint: .accent, bold: true)
}
