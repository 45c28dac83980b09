#if !FUZZING
@testable import FolioParse
#endif

/// What every parse must give, whatever the bytes: parts inside the text and in order, comments
/// numbered in order with earlier parents, quotes inside the text. Shared by the tests and the
/// fuzzer (`make fuzz`), which compiles this file into its own binary.
enum ArticleInvariants {
    static func violations(_ article: Article) -> [String] {
        var found: [String] = []
        let count = article.text.utf8.count
        var end = 0
        for block in article.blocks {
            if block.range.lowerBound < end || block.range.upperBound > count {
                found.append("block \(block.range) after \(end) in \(count) bytes")
            }
            end = block.range.upperBound
        }
        for (i, comment) in article.comments.enumerated() {
            if comment.index != i { found.append("comment \(i) numbered \(comment.index)") }
            if comment.range.upperBound > count { found.append("comment \(i) ends at \(comment.range.upperBound)") }
            if let parent = comment.parent, parent >= i { found.append("comment \(i) replies to \(parent)") }
        }
        for quote in article.quotes where quote.range.upperBound > count {
            found.append("quote \(quote.range) in \(count) bytes")
        }
        return found
    }
}
