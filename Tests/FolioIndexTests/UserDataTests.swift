import Foundation
import Testing
@testable import FolioIndex

/// The user's tags and read marks: kept apart from any index, and searched with `tag:` and `is:`.
@Suite struct UserDataTests {
    static let seeds = CorpusIndexTests.seeds

    /// A scratch folder with a user database and an index of the seeds that reads it.
    final class Workbench {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-user-\(UUID().uuidString)").path
        let user: UserData
        var index: CorpusIndex

        init() throws {
            user = try UserData(path: folder + "/data/folio.sqlite")
            index = try CorpusIndex(path: folder + "/cache/index.sqlite", userData: user)
            _ = try index.update([UserDataTests.seeds])
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// The seed whose file name starts with `prefix` ("000"), as the user's data knows it.
        func article(_ prefix: String) throws -> UserData.Article {
            let source = try index.search("Raqqa OR Trump OR Syria", limit: 50, order: .title).map(\.source).first { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }
            let found = try #require(source)
            return try #require(try index.identity(of: found))
        }

        func found(_ query: String) throws -> [String] {
            try index.search(query, limit: 50).map { String(($0.source as NSString).lastPathComponent.prefix(3)) }.sorted()
        }
    }

    @Test func tagsOutliveTheIndexAndTagFindsThemInANewOne() throws {
        let bench = try Workbench()
        try bench.user.tag(try bench.article("000"), "Dresden comparison")
        try bench.user.tag(try bench.article("004"), "dresden comparison")
        #expect(try bench.found("tag:\"Dresden comparison\"") == ["000", "004"])
        try FileManager.default.removeItem(atPath: bench.folder + "/cache")
        bench.index = try CorpusIndex(path: bench.folder + "/cache/index.sqlite", userData: try UserData(path: bench.user.path))
        _ = try bench.index.update([Self.seeds])
        #expect(try bench.found("tag:\"dresden comparison\"") == ["000", "004"])
        #expect(try bench.user.allTags() == ["Dresden comparison"])
    }

    @Test func aTagLosesItsQuotationMarksSoThatTagCanNameIt() throws {
        let bench = try Workbench()
        let kept = try bench.user.tag(try bench.article("000"), #"odd, "quoted" tag"#)
        #expect(kept == "odd, quoted tag")
        #expect(try bench.found(#"tag:"odd, quoted tag""#) == ["000"])
    }

    @Test func tagJoinsTheOtherFieldsByAndAndAMinusLeavesTaggedArticlesOut() throws {
        let bench = try Workbench()
        for seed in ["000", "002", "004"] { try bench.user.tag(try bench.article(seed), "raqqa") }
        #expect(try bench.found("tag:raqqa speaker:kiselyov") == ["004"])
        #expect(try bench.found("Dresden -tag:raqqa") == ["001"])
        #expect(try bench.found("tag:raqqa -Dresden") == ["002"])
        #expect(try bench.index.count("tag:raqqa") == 3)
        // As it is typed, the last word is a prefix.
        #expect(try bench.found("tag:raq*") == ["000", "002", "004"])
        #expect(try bench.index.firstResults("tag:raqqa").count == 3)
    }

    @Test func isUnreadListsTheArticlesNotOpenedAndIsTaggedThoseWithATag() throws {
        let bench = try Workbench()
        try bench.user.setRead(try bench.article("001"), true)
        try bench.user.setRead(try bench.article("003"), true)
        try bench.user.setRead(try bench.article("003"), false)
        #expect(try bench.found("is:read") == ["001"])
        #expect(try bench.found("is:unread") == ["000", "002", "003", "004"])
        try bench.user.tag(try bench.article("002"), "anonymous source")
        #expect(try bench.found("is:tagged") == ["002"])
        #expect(try bench.found("Raqqa is:unread -is:tagged") == ["000", "003", "004"])
    }

    @Test func aTagInsideOrIsRefusedWithAMessageAndIsTakesThreeWords() throws {
        let bench = try Workbench()
        #expect(throws: QueryError(message: "tag:, note: and is: go with the rest of a search by AND (or after - and NOT), not inside OR")) {
            try bench.index.search("Raqqa OR tag:dresden")
        }
        #expect(throws: QueryError(message: "is: takes read, unread or tagged, not “new”")) { try bench.index.search("is:new") }
    }

    @Test func aSearchKeptByANameIsSearchedAgainByAtName() throws {
        let bench = try Workbench()
        #expect(try bench.user.save("Dresden", as: "@dresden raids") == ("dresden-raids", nil))
        #expect(try bench.user.save("Dresden -speaker:kiselyov", as: "@dresden raids") == ("dresden-raids", "Dresden"))
        #expect(try bench.found("@dresden-raids") == ["000", "001"])
        // Among other words, a kept search is one of the terms.
        #expect(try bench.found("@dresden-raids speaker:konashenkov") == ["000"])
        #expect(try bench.user.savedSearches() == [UserData.SavedSearch(name: "dresden-raids", query: "Dresden -speaker:kiselyov")])
        #expect(throws: QueryError(message: "no search is kept as @mosul")) { try bench.index.search("@mosul") }
    }

    @Test func marksKnowAnArticleWhicheverWayItsCorpusIsNamed() throws {
        // The seeds named relative to the repository, and by their absolute path: one corpus.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-named-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = (CorpusIndexTests.seeds as NSString).deletingLastPathComponent
        FileManager.default.changeCurrentDirectoryPath(repository)
        let user = try UserData(path: folder + "/folio.sqlite")
        let relative = try CorpusIndex(path: folder + "/relative.sqlite", userData: user)
        _ = try relative.update(["seeds"])
        let source = "seeds/000_2051e7dbab259c59.txt"
        try user.tag(try #require(try relative.identity(of: source)), "#HOAX")
        try user.tag(try #require(try relative.identity(of: source)), "hoax; claim")
        let absolute = try CorpusIndex(path: folder + "/absolute.sqlite", userData: user)
        _ = try absolute.update([CorpusIndexTests.seeds])
        #expect(try absolute.search("tag:hoax").map(\.source) == [CorpusIndexTests.seeds + "/000_2051e7dbab259c59.txt"])
        #expect(try relative.search("tag:hoax").map(\.source) == [source])
        #expect(try user.tags(of: [source, CorpusIndexTests.seeds + "/000_2051e7dbab259c59.txt"]).values.map { $0 } == [["HOAX", "hoax, claim"], ["HOAX", "hoax, claim"]])
        #expect(try user.untag(source, "hoax") && !(try user.untag(source, "hoax")))
    }
}
