import Foundation
import FolioIndex
@testable import FolioTUI

/// A headless reader over a real index of the seeds, opened with the paths a user types
/// (relative to the repository), with the screen's lines and grid at hand for assertions.
final class Driver {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let scratch: String
    let corpus: CorpusData
    let reader: HeadlessReader

    init(paths: [String] = ["seeds"], width: Int = 80, height: Int = 24, indexed: Bool = true, refreshing: Bool = true, config: Config = Config()) throws {
        FileManager.default.changeCurrentDirectoryPath(Self.repository)
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tui-\(UUID().uuidString)").path
        let index = try CorpusIndex(path: scratch + "/index.sqlite", userData: try UserData(path: scratch + "/data/folio.sqlite"))
        if indexed { _ = try index.update(paths) }
        corpus = CorpusData(paths: paths, index: index, exportFolder: scratch)
        reader = HeadlessReader(corpus: corpus, width: width, height: height, refreshing: refreshing, config: config)
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    var session: Session { reader.session }
    var quit: Bool { reader.quit }

    func press(_ keys: Key...) { keys.forEach { reader.press($0) } }
    func type(_ text: String) { reader.type(text) }
    func resize(width: Int, height: Int) { reader.resize(width: width, height: height) }
    func deliver(_ message: Message) { reader.deliver(message) }

    var grid: Grid { reader.grid }
    var screen: String { reader.screen }
    var lines: [String] { screen.components(separatedBy: "\n") }
    var statusLine: String { lines.last ?? "" }
}
