import Foundation
import Testing
@testable import FolioIndex

/// The user's marks follow a corpus that moves.
@Suite struct ReattachTests {
    @Test func marksOnACorpusMovedElsewhereFollowItsArticlesByTheirBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-moved-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["000_2051e7dbab259c59.txt", "004_e45dbf4fbac63ad8.txt"] {
            try FileManager.default.createDirectory(atPath: folder + "/before", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CorpusIndexTests.seeds + "/" + name, toPath: folder + "/before/" + name)
        }
        let user = try UserData(path: folder + "/data/folio.sqlite")
        var index = try CorpusIndex(path: folder + "/before.sqlite", userData: user)
        _ = try index.update([folder + "/before"])
        let source = folder + "/before/000_2051e7dbab259c59.txt"
        let article = try #require(try index.identity(of: source))
        try user.tag(article, "raqqa")
        try user.setNote(article, "wiped out, says the ministry")
        try user.setRead(article, true)
        try FileManager.default.moveItem(atPath: folder + "/before", toPath: folder + "/after")
        index = try CorpusIndex(path: folder + "/after.sqlite", userData: user)
        let report = try index.update([folder + "/after"])
        #expect(report.reattached == 1)
        let moved = folder + "/after/000_2051e7dbab259c59.txt"
        #expect(try index.search("tag:raqqa").map(\.source) == [moved])
        #expect(try user.notes(of: [moved]) == [moved: "wiped out, says the ministry"])
        #expect(try user.read(among: [moved]) == [moved])
        #expect(try user.markedArticles().map(\.source) == [moved])
    }

    @Test func relinkMovesTheMarksOfEveryArticleUnderAPathToAnother() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-relink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let user = try UserData(path: folder + "/folio.sqlite")
        try user.tag(UserData.Article(source: "seeds/000_2051e7dbab259c59.txt", hash: "1"), "raqqa")
        try user.tag(UserData.Article(source: "seeds/004_e45dbf4fbac63ad8.txt", hash: "2"), "raqqa")
        try user.setRead(UserData.Article(source: "other/001.txt", hash: "3"), true)
        #expect(try user.relink("seeds/", to: "/corpora/seeds/") == 2)
        #expect(try user.sources(tagged: "raqqa").sorted() == ["/corpora/seeds/000_2051e7dbab259c59.txt", "/corpora/seeds/004_e45dbf4fbac63ad8.txt"])
        // Kept by its absolute path, which relinking seeds/ leaves alone.
        #expect(try user.readSources() == [UserData.kept("other/001.txt")])
    }
}
