import Foundation
import Testing

/// `folio quotes` as a user runs it.
@Suite struct QuotesCommandTests {
    @Test func speakersAreListedByHowOftenTheyAreQuotedAcrossArticlesUnderOneName() throws {
        let run = try FolioProcess.run(["quotes", "seeds"])
        #expect(run.status == 0)
        let headings = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(headings.first == "Igor Konashenkov: 12 quotes in 3 articles")
        #expect(headings.contains("Kiselyov: 7 quotes in 1 article"))
        #expect(headings.last?.hasPrefix("(no speaker): ") == true)
        #expect(!run.stdout.contains("Konashenko:"))
    }

    @Test func theSpeakerFilterIgnoresCaseAccentsAndSpelling() throws {
        let run = try FolioProcess.run(["quotes", "seeds", "--speaker", "KONASHENKÓ"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "Igor Konashenkov: 12 quotes in 3 articles")
        #expect(lines.count == 13)
        let sources = Set(lines.dropFirst().map { $0.split(separator: " ")[0] })
        #expect(sources == ["seeds/000_2051e7dbab259c59.txt", "seeds/002_5946665b7f4fdff5.txt", "seeds/004_e45dbf4fbac63ad8.txt"])
    }

    @Test func aSpeakerTypedAsWrittenIsNotSomeoneWhoseNameIsALetterOff() throws {
        // PolNeAR train: the pollster Dante Scala (USA Today 2015-11-27) and Justice Scalia
        // (Washington Post 2016-02-14), each in an article of their own.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-quotes-scala-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"Super PACs\#n\#n"These super PACs have been setting the table for New Hampshire voters," in sharp contrast to previous elections when campaigns took on that function, says Dante Scala, a political scientist at the University of New Hampshire.\#n"#
            .write(to: directory.appendingPathComponent("scala.txt"), atomically: true, encoding: .utf8)
        try #"Nomination\#n\#nAfter Scalia said that minority students who did not qualify for elite universities might do better at "less advanced schools," Trump said: "I don't like what he said, no, I don't like what he said. . . . I'm going, 'Whoa.'."\#n"#
            .write(to: directory.appendingPathComponent("scalia.txt"), atomically: true, encoding: .utf8)
        let all = try FolioProcess.run(["quotes", directory.path]).stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(all.contains("Dante Scala: 1 quote in 1 article"))
        #expect(all.contains("Scalia: 1 quote in 1 article"))
        let scalia = try FolioProcess.run(["quotes", directory.path, "--speaker", "Scalia"]).stdout
        #expect(scalia.hasPrefix("Scalia: 1 quote in 1 article"))
        #expect(!scalia.contains("Dante Scala"))
    }

    @Test func jsonOutputIsOneQuotationPerLineWithItsSource() throws {
        let run = try FolioProcess.run(["quotes", "seeds", "--speaker", "kiselyov", "--json"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["source", "text", "kind", "speaker", "mention", "sieve", "start", "end", "inComment"])
        #expect(object["sieve"] as? String == "speaker-line")
        #expect(object["kind"] as? String == "block")
        #expect(object["source"] as? String == "seeds/004_e45dbf4fbac63ad8.txt")
    }

    @Test func controlCharactersInAQuotationNeverReachTheTerminal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-quotes-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "Title\n\n“Raqqa has inherited \u{1B}[2Jthe fate\u{202E} of Dresden\u{08},” Konashenkov added.\n"
        try text.write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let run = try FolioProcess.run(["quotes", directory.path])
        #expect(run.stdout.contains("Raqqa has inherited [2Jthe fate of Dresden,"))
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x08 })
    }
}
