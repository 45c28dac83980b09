/// Finds which of some sorted, disjoint byte ranges (quotes, addresses, search hits) holds an
/// offset, for offsets asked in rising order: one pass over the ranges for a whole block or line,
/// however many there are.
struct SpanCursor {
    private let spans: [Range<Int>]
    private var next: Int

    /// Starts at the first range that ends after `offset`, found by binary search, so a line in
    /// the middle of a long article does not walk every range before it.
    init(_ spans: [Range<Int>], from offset: Int = .min) {
        self.spans = spans
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        next = low
    }

    /// The index of the range holding `offset`, or nil.
    mutating func span(containing offset: Int) -> Int? {
        while next < spans.count, spans[next].upperBound <= offset { next += 1 }
        return next < spans.count && spans[next].contains(offset) ? next : nil
    }
}
