import Foundation
import FolioIndex
@testable import FolioTUI

/// Drives a reader session over a real index of the seeds the way the program does, but with
/// every effect run at once on the test's thread, so a test presses keys and reads the screen.
final class Driver {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let scratch: String
    let corpus: CorpusData
    var session: Session
    private(set) var quit = false

    /// Opens the seeds (paths relative to the repository, as a user types them) at a window size.
    init(paths: [String] = ["seeds"], width: Int = 80, height: Int = 24, indexed: Bool = true) throws {
        FileManager.default.changeCurrentDirectoryPath(Self.repository)
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tui-\(UUID().uuidString)").path
        let index = try CorpusIndex(path: scratch + "/index.sqlite")
        if indexed { _ = try index.update(paths) }
        corpus = CorpusData(paths: paths, index: index)
        session = Session(corpus: corpus, width: width, height: height)
        run(session.start())
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    func press(_ keys: Key...) { keys.forEach(send) }

    /// Each character as a key press, the way a user types.
    func type(_ text: String) { text.forEach { send(.char($0)) } }

    func send(_ key: Key) { deliver(.key(key)) }

    func resize(width: Int, height: Int) { deliver(.resize(width: width, height: height)) }

    func deliver(_ message: Message) { run(session.update(message)) }

    private func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .redraw, .suspend: break
            case .search(let request): deliver(.searched(request, corpus.search(request.query, ranked: request.ranked)))
            case .loadLibrary(let order): deliver(.libraryLoaded(order, corpus.articleIDs(order: order)))
            }
        }
    }

    var grid: Grid { Render.screen(session) }

    /// The screen as text, trailing blanks of each line removed.
    var screen: String {
        grid.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    var lines: [String] { screen.components(separatedBy: "\n") }

    var statusLine: String { lines.last ?? "" }
}
