import Foundation
import Testing

/// `folio parse` run as a user runs it: the real binary, its output and its exit status.
@Suite struct ParseCommandTests {
    @Test func jsonOutputIsOneObjectPerArticleWithExactlyTheContractsKeys() throws {
        let run = try FolioProcess.run(["parse", "--json", "seeds"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        let object = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["source", "title", "stories", "encoding", "blocks", "quotes", "comments"])
        #expect(object["encoding"] as? String == "utf-8")
        let block = (object["blocks"] as! [[String: Any]])[0]
        #expect(Set(block.keys) == ["kind", "text", "start", "end"])
        let comments = object["comments"] as! [[String: Any]]
        #expect(Set(comments[0].keys) == ["index", "author", "date", "parent", "evidence", "text", "start", "end"])
        #expect(comments[0]["author"] is NSNull)
        #expect(comments[5]["parent"] as? Int == 2)
        #expect(comments[5]["evidence"] as? String == "quotes-parent")
    }

    @Test func aMissingFileIsNamedOnStandardErrorTheOthersAreParsedAndTheExitStatusIsOne() throws {
        let run = try FolioProcess.run(["parse", "--json", "seeds/000_2051e7dbab259c59.txt", "no-such-file.txt", "seeds/002_5946665b7f4fdff5.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "folio: no-such-file.txt: no such file or directory\n")
        #expect(run.stdout.split(separator: "\n").count == 2)
    }

    @Test func aFileWithoutReadPermissionIsNamedWithTheSystemsReasonAndTheOthersAreParsed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-locked-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        chmod(dir, 0o755)
        try FileManager.default.copyItem(atPath: FolioProcess.repository.path + "/seeds/002_5946665b7f4fdff5.txt", toPath: dir + "/002.txt")
        try FileManager.default.copyItem(atPath: FolioProcess.repository.path + "/seeds/000_2051e7dbab259c59.txt", toPath: dir + "/locked.txt")
        chmod(dir + "/002.txt", 0o644)
        chmod(dir + "/locked.txt", 0)
        let run = try FolioProcess.run(["parse", "--json", dir], asNobody: getuid() == 0)
        #expect(run.status == 1)
        #expect(run.stderr == "folio: \(dir)/locked.txt: Permission denied\n")
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func csvRowsAreNamedByPathAndIdColumn() throws {
        let path = "Tests/FolioParseTests/Fixtures/corpora/FakeNewsCorpus/news_sample.csv"
        let run = try FolioProcess.run(["parse", "--json", path])
        #expect(run.status == 0)
        let first = try JSONSerialization.jsonObject(with: Data(run.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        #expect(first["source"] as? String == path + "#141")
    }

    @Test func theOutlineShowsBlockKindsAndTheCommentTree() throws {
        let run = try FolioProcess.run(["parse", "seeds/001_430eb77c9c807942.txt"])
        #expect(run.stdout.contains("[boilerplate] Support SouthFront"))
        #expect(run.stdout.contains("    #6 HighLord Gaz replying to #3"))
    }
}
