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
        try user.tag(UserData.Article(source: "seeds2/000.txt", hash: "4"), "raqqa")
        // A path, not the start of a name: seeds2/ is another folder.
        #expect(try user.relink("seeds/", to: "/corpora/seeds/") == 2)
        // A set: where the working folder sorts against /corpora depends on the machine.
        #expect(try Set(user.sources(tagged: "raqqa")) == ["/corpora/seeds/000_2051e7dbab259c59.txt", "/corpora/seeds/004_e45dbf4fbac63ad8.txt",
                                                           UserData.kept("seeds2/000.txt")])
        // Kept by its absolute path, which relinking seeds/ leaves alone.
        #expect(try user.readSources() == [UserData.kept("other/001.txt")])
    }

    @Test func marksOfACopyDeletedDoNotGoToTheArticlesItWasCopiedFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-copy-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/copy", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CorpusIndexTests.seeds + "/000_2051e7dbab259c59.txt", toPath: folder + "/copy/000.txt")
        let user = try UserData(path: folder + "/data/folio.sqlite")
        let seeds = try CorpusIndex(path: folder + "/seeds.sqlite", userData: user)
        _ = try seeds.update([CorpusIndexTests.seeds])
        let copy = try CorpusIndex(path: folder + "/copy.sqlite", userData: user)
        _ = try copy.update([folder + "/copy"])
        try user.tag(try #require(try copy.identity(of: folder + "/copy/000.txt")), "the copy's")
        try FileManager.default.removeItem(atPath: folder + "/copy")
        // The seeds gain a file: the update looks for marks to find again among the new file only.
        try FileManager.default.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
        try "Mosul\n\nThe coalition bombed Mosul.\n".write(toFile: folder + "/more/mosul.txt", atomically: true, encoding: .utf8)
        #expect(try seeds.update([CorpusIndexTests.seeds, folder + "/more"]).reattached == 0)
        #expect(try seeds.search("tag:\"the copy's\"").isEmpty)
    }
}
