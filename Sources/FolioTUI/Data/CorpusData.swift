import Foundation
import FolioIndex
import FolioParse

/// Everything the reader reads from a corpus: the index for lists, searches and speakers, and the
/// corpus files for the text of the article being read (parsed again on opening; the index keeps
/// no text). Searches and listing every id can be slow on a huge corpus and run off the input loop.
public final class CorpusData: Sendable {
    /// What the header names the corpus by: its paths as given.
    public let name: String
    public let paths: [String]
    let index: CorpusIndex

    public init(paths: [String], index: CorpusIndex) {
        self.paths = paths
        self.index = index
        name = paths.joined(separator: " ")
    }

    func article(source: String) -> Result<Article, SourceError> {
        Corpus.document(source: source).map(ArticleParser.parse)
    }

    func rows(_ ids: ArraySlice<Int64>) -> [LibraryRow] {
        (try? index.rows(Array(ids))) ?? []
    }

    func speakers() -> [SpeakerRow] { (try? index.speakers()) ?? [] }

    func quotes(of speaker: String) -> [SpeakerQuote] { (try? index.quotes(of: speaker)) ?? [] }

    func articleIDs(order: LibraryOrder) -> [Int64] { (try? index.articleIDs(order: order)) ?? [] }

    /// A search as the reader runs it: unranked first results at once, or the ranked page.
    func search(_ query: String, ranked: Bool) -> Result<[SearchResult], SearchProblem> {
        do {
            return .success(ranked ? try index.search(query, limit: SearchLimits.ranked) : try index.firstResults(query, limit: SearchLimits.first))
        } catch let error as QueryError {
            return .failure(SearchProblem(message: error.message))
        } catch {
            return .failure(SearchProblem(message: "the index could not be searched: \(error)"))
        }
    }
}

/// Why a search gave nothing, in words for the status line.
struct SearchProblem: Error, Equatable, Sendable {
    var message: String
}

enum SearchLimits {
    static let first = 50
    static let ranked = 200
}
