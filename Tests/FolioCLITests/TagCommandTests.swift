import Foundation
import GRDB
import Testing
@testable import FolioIndex

/// `folio tag`: the user's tags from the command line, and what a kill leaves of them.
@Suite struct TagCommandTests {
    typealias Cache = SearchCommandTests.Cache

    @Test func tagPutsATagOnEveryMatchAndTakesItOff() throws {
        let cache = Cache()
        let put = try FolioProcess.run(["tag", "Dresden", "seeds", "--add", "dresden comparison"], environment: cache.environment)
        #expect(put.status == 0 && put.stdout == "+dresden comparison: 3 articles\n")
        let found = try FolioProcess.run(["search", "tag:\"dresden comparison\"", "--json"], environment: cache.environment)
        #expect(found.stdout.split(separator: "\n").count == 3)
        #expect(try FolioProcess.run(["tag", "speaker:kiselyov", "seeds", "--remove", "dresden comparison"], environment: cache.environment).status == 0)
        #expect(try FolioProcess.run(["search", "tag:\"dresden comparison\"", "--json"], environment: cache.environment).stdout.split(separator: "\n").count == 2)
        #expect(try FolioProcess.run(["tag", "Dresden", "seeds"], environment: cache.environment).status == 64)
    }

    @Test func aKillWhileTaggingLeavesEveryEarlierTagInPlace() throws {
        let cache = Cache()
        for round in 0..<3 {
            #expect(try FolioProcess.run(["tag", "Raqqa", "seeds", "--add", "round \(round)", "--note", "note of round \(round)"], environment: cache.environment).status == 0)
        }
        // Many tags on every article, one transaction each, killed part way.
        let process = Process()
        process.executableURL = FolioProcess.executable
        process.arguments = ["tag", "Raqqa", "seeds", "--note", "a note killed before it was kept, or kept whole"] + (0..<300).flatMap { ["--add", "bulk \($0)"] }
        process.environment = ProcessInfo.processInfo.environment.merging(cache.environment) { $1 }
        process.currentDirectoryURL = FolioProcess.repository
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(UInt32.random(in: 100_000...600_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let database = try DatabaseQueue(path: UserData.path(environment: cache.environment))
        let check = try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"], "\(check)")
        for round in 0..<3 {
            let found = try FolioProcess.run(["search", "tag:\"round \(round)\"", "--json"], environment: cache.environment)
            #expect(found.stdout.split(separator: "\n").count == 5, "round \(round)")
        }
        // Every note is one round's, whole, or the killed run's, whole: none is cut.
        let notes = try database.read { try String.fetchAll($0, sql: "SELECT text FROM notes") }
        #expect(notes.count == 5 && notes.allSatisfy { $0 == "note of round 2" || $0 == "a note killed before it was kept, or kept whole" }, "\(notes)")
        #expect(try FolioProcess.run(["tag", "Raqqa", "seeds", "--add", "after"], environment: cache.environment).status == 0)
    }

    @Test func aSearchKeptWithSaveIsSearchedByAtNameAndListedWithItsCount() throws {
        let cache = Cache()
        let kept = try FolioProcess.run(["search", "Dresden", "--save", "dresden"], environment: cache.environment)
        #expect(kept.status == 0 && kept.stderr.contains("kept as @dresden"))
        #expect(try FolioProcess.run(["search", "@dresden", "--json"], environment: cache.environment).stdout.split(separator: "\n").count == 3)
        let listed = try FolioProcess.run(["searches", "seeds"], environment: cache.environment)
        #expect(listed.stdout == "@dresden\tDresden\t3 articles\n")
        #expect(try FolioProcess.run(["search", "@mosul"], environment: cache.environment).stderr.contains("no search is kept as @mosul"))
    }

    @Test func theOutlinePrintedWhenPipedEndsWithTheArticlesMarks() throws {
        let cache = Cache()
        #expect(try FolioProcess.run(["tag", "speaker:kiselyov", "seeds", "--add", "tv report", "--note", "RT's Kiselyov"], environment: cache.environment).status == 0)
        let outline = try FolioProcess.run(["seeds"], environment: cache.environment).stdout
        #expect(outline.components(separatedBy: "marks: unread · #tv report · note: RT's Kiselyov\n").count == 2)
        #expect(outline.components(separatedBy: "\nmarks: ").count == 2)
    }
}
