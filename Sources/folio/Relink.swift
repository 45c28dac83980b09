import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// `folio relink OLD NEW`: the user's marks follow a corpus named by another path. A corpus
/// moved is found again by its articles' bytes when it is indexed where it is now; a corpus
/// named differently (`seeds` and `/work/seeds`) while both still exist needs saying.
struct Relink: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relink",
        abstract: "Move your tags, notes and read marks from the articles under OLD to the same articles under NEW.")

    @Argument(help: "The start of the articles' sources as marked (a folder or file path as the corpus was named).")
    var old: String

    @Argument(help: "What it is now.")
    var new: String

    func run() throws {
        // A corpus named by another path while both exist: a NEW that is not there is a typing mistake.
        guard FileManager.default.fileExists(atPath: new) else {
            Console.error("\(new): no such file or folder; the marks stay where they are")
            throw ExitCode(2)
        }
        let user = try UserData(path: UserData.path())
        let moved = try user.relink(old, to: new)
        print(TerminalSafe.text("moved the marks of \(moved) article\(moved == 1 ? "" : "s") from \(old) to \(new)", keepLineBreaks: false))
        if moved == 0 { throw ExitCode(1) }
    }
}
