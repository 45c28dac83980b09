import Foundation
import Testing
@testable import FolioIndex

/// `folio export`: every match of a search, with the user's tags, as a spreadsheet or a program reads it.
@Suite struct ExportCommandTests {
    typealias Cache = SearchCommandTests.Cache

    /// Indexes the seeds in `cache` and tags the first two of them, as the reader's `t` does,
    /// with a note that holds quotation marks.
    private func tagged(_ cache: Cache, _ tag: String) throws -> [String] {
        #expect(try FolioProcess.run(["index", "seeds"], environment: cache.environment).status == 0)
        let index = try CorpusIndex(path: IndexLocation.path(for: ["seeds"], environment: cache.environment))
        let user = try UserData(path: UserData.path(environment: cache.environment))
        let sources = try index.search("Raqqa", limit: 10, order: .title).map(\.source).sorted().prefix(2)
        for source in sources {
            let article = try #require(try index.identity(of: source))
            try user.tag(article, tag)
            try user.setNote(article, "compares Raqqa to \"Dresden\", twice")
        }
        return Array(sources)
    }

    @Test func aTagsArticlesExportAsCSVThatPythonsCSVModuleReadsBackUnchanged() throws {
        let cache = Cache()
        let sources = try tagged(cache, "claims, Dresden")
        let run = try FolioProcess.run(["export", "tag:\"claims, Dresden\"", "seeds", "--format", "csv"], environment: cache.environment)
        #expect(run.status == 0, "\(run.stderr)")
        let file = cache.path + "/export.csv"
        try run.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", file]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        python.waitUntilExit()
        let rows = try JSONSerialization.jsonObject(with: out.fileHandleForReading.readDataToEndOfFile()) as! [[String]]
        try #require(rows.count == 3)
        #expect(rows.first == ["source", "title", "site", "date", "url", "tags", "note", "words", "quotes", "comments"])
        #expect(rows.dropFirst().map { $0[0] } == sources)
        #expect(rows.dropFirst().allSatisfy { $0[5] == "claims, Dresden" && $0[6] == "compares Raqqa to \"Dresden\", twice" })
        #expect(rows[1][1] == "Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth")
    }

    @Test func quotesExportAsJSONLinesOneQuotationALineWithItsArticlesTags() throws {
        let cache = Cache()
        let sources = try tagged(cache, "raqqa")
        let run = try FolioProcess.run(["export", "tag:raqqa", "seeds", "--what", "quotes", "--format", "jsonl"], environment: cache.environment)
        #expect(run.status == 0)
        let objects = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        // seeds/000 has eight quotations of its own, 001 none outside its comments.
        #expect(objects.count == 8)
        #expect(objects.allSatisfy { ($0["tags"] as? [String]) == ["raqqa"] && sources.contains($0["source"] as! String) })
        let konashenkov = try #require(objects.first { ($0["text"] as? String)?.hasPrefix("Raqqa has inherited the fate of Dresden") == true })
        #expect(konashenkov["quote_tags"] as? [String] == [])
        // A tag on the quotation itself, as the quote panel's `t` puts it, goes with that quotation alone.
        let user = try UserData(path: UserData.path(environment: cache.environment))
        let index = try CorpusIndex(path: IndexLocation.path(for: ["seeds"], environment: cache.environment))
        let source = konashenkov["source"] as! String
        try user.tag(try #require(try index.identity(of: source)), "dresden comparison", quote: konashenkov["start"] as? Int)
        let again = try FolioProcess.run(["export", "tag:\"dresden comparison\"", "seeds", "--what", "quotes", "--format", "jsonl"], environment: cache.environment)
        let tagged = try again.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(tagged.filter { ($0["quote_tags"] as? [String]) == ["dresden comparison"] }.map { $0["start"] as? Int } == [konashenkov["start"] as? Int])
        #expect(konashenkov["speaker"] as? String == "Igor Konashenkov")
        #expect(konashenkov["kind"] as? String == "direct")
        #expect((konashenkov["end"] as! Int) > (konashenkov["start"] as! Int))
        // A bad query is said as search says it.
        let bad = try FolioProcess.run(["export", "is:new", "seeds"], environment: cache.environment)
        #expect(bad.status == 2 && bad.stderr.contains("is: takes read, unread or tagged"))
    }
}
