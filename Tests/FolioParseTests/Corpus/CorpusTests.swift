import Foundation
import Testing
@testable import FolioParse

@Suite struct CorpusTests {
    private func read(_ paths: [String]) -> (documents: [SourceDocument], errors: [SourceError]) {
        var documents: [SourceDocument] = [], errors: [SourceError] = []
        for result in Corpus(paths: paths) {
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let e): errors.append(e)
            }
        }
        return (documents, errors)
    }

    /// A fresh folder for the test's files, removed when `body` returns.
    private func inTemporaryDirectory(_ body: (String) throws -> Void) rethrows {
        let path = NSTemporaryDirectory() + "folio-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func aDirectoryGivesItsFilesInPathOrder() {
        let (documents, errors) = read([Fixtures.seeds])
        #expect(errors.isEmpty)
        #expect(documents.map { ($0.id as NSString).lastPathComponent.prefix(3) } == ["000", "001", "002", "003", "004"])
    }

    @Test func aCSVFileGivesOneArticleARowWithItsColumnsFoundByName() {
        let (documents, errors) = read([Fixtures.newsSample])
        #expect(errors.isEmpty)
        #expect(documents.count == 228)
        let first = documents[0]
        #expect(first.id == Fixtures.newsSample + "#141")
        #expect(first.metadata.title == "Church Congregation Brings Gift to Waitresses Working on Christmas Eve, Has Them Crying (video)")
        #expect(first.metadata.site == "awm.com")
        #expect(first.metadata.authors == ["Ruth Harris"])
        #expect(first.metadata.url?.hasPrefix("http://awm.com/church-congregation") == true)
        // A quoted field spanning many lines stays one article.
        #expect(String(decoding: first.bytes, as: UTF8.self).contains("\n\nFor many religious people the message of Jesus"))
    }

    @Test func everyRowOfACSVOrJSONLinesFileIsReadAgainAloneFromItsLocator() throws {
        // FakeNewsCorpus's sample: quoted fields over many lines, doubled quotes, a thousand rows.
        let rows = Corpus(paths: [Fixtures.newsSample]).compactMap { try? $0.get() }
        #expect(rows.count > 100)
        for row in rows {
            let locator = try #require(row.locator)
            let again = try Corpus.document(at: locator, source: row.id).get()
            #expect(again.bytes == row.bytes)
            #expect(again.metadata == row.metadata)
        }
        try inTemporaryDirectory { dir in
            let path = dir + "/news.jsonl"
            try "{\"title\": \"Raqqa\", \"text\": \"Raqqa has inherited the fate of Dresden.\"}\r\n\n{\"title\": \"Mosul\", \"text\": \"The coalition bombed Mosul.\"}\n"
                .write(toFile: path, atomically: false, encoding: .utf8)
            let lines = Corpus(paths: [path]).compactMap { try? $0.get() }
            #expect(lines.map(\.id) == ["\(path)#1", "\(path)#3"])
            for line in lines {
                let locator = try #require(line.locator)
                let again = try Corpus.document(at: locator, source: line.id).get()
                #expect(again.bytes == line.bytes)
            }
            // A locator that no longer holds the article is said to, not answered with another one.
            let moved = Corpus.document(at: lines[1].locator!, source: lines[0].id)
            #expect(throws: SourceError.self) { try moved.get() }
        }
    }

    @Test func aCSVWithoutATextColumnIsReportedWithTheColumnsItHas() {
        let (documents, errors) = read([Fixtures.corpora + "/FakeNewsCorpus/websites.csv"])
        #expect(documents.isEmpty)
        #expect(errors.first?.reason.contains("no column of article text") == true)
        #expect(errors.first?.reason.contains("url, type") == true)
    }

    @Test func aJSONLinesFileReportsABadLineByNumberAndReadsTheRest() throws {
        try inTemporaryDirectory { dir in
        let path = dir + "/articles.jsonl"
        let lines = [
            #"{"id": "a1", "title": "Raqqa", "text": "Konashenkov said so.", "authors": ["Igor"]}"#,
            #"{"title": "broken", "text": "#,
            #"{"headline": "Second", "content": "It goes on."}"#,
        ]
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let (documents, errors) = read([path])
        #expect(documents.map(\.id) == [path + "#a1", path + "#3"])
        #expect(documents[0].metadata.authors == ["Igor"])
        #expect(documents[1].metadata.title == "Second")
        #expect(errors == [SourceError(path: path, line: 2, reason: "not valid JSON")])
        }
    }

    @Test func aFolderOfJSONFilesGivesOneArticleAFile() throws {
        try inTemporaryDirectory { dir in
        try #"{"title": "One", "body": "Text one."}"#.write(toFile: dir + "/1.json", atomically: true, encoding: .utf8)
        try #"{"title": "Two", "body": "Text two."}"#.write(toFile: dir + "/2.json", atomically: true, encoding: .utf8)
        let (documents, _) = read([dir])
        #expect(documents.map(\.metadata.title) == ["One", "Two"])
        }
    }

    @Test func horneAndAdalisTitleFilesGiveTheTitleAndAreNotArticles() {
        let (documents, errors) = read([Fixtures.horne + "/buzzfeed"])
        #expect(errors.isEmpty)
        #expect(!documents.contains { $0.id.contains("_titles/") })
        let article = documents.first { $0.id.hasSuffix("Fake/10_Fake.txt") }
        #expect(article?.metadata.title == "Donald Trump Caught Snorting Cocaine by Hotel Staff")
    }

    @Test func aMissingPathIsReportedAndThePathsAfterItAreStillRead() {
        let (documents, errors) = read(["/nonexistent/folio", Fixtures.seed("000")])
        #expect(errors == [SourceError(path: "/nonexistent/folio", reason: "no such file or directory")])
        #expect(documents.count == 1)
    }

    @Test func aCSVQuoteThatIsNeverClosedIsReportedWithItsRowAndNothingIsLost() throws {
        try inTemporaryDirectory { dir in
            let path = dir + "/news.csv"
            try "id,title,content\n1,Raqqa,\"Raqqa has inherited the fate of Dresden in 1945\n2,Mosul,The coalition bombed Mosul.\n"
                .write(toFile: path, atomically: false, encoding: .utf8)
            let (documents, errors) = read([path])
            #expect(documents.count == 1)
            #expect(String(decoding: documents[0].bytes, as: UTF8.self).hasSuffix("2,Mosul,The coalition bombed Mosul.\n"))
            #expect(errors.map(\.description) == ["\(path): row 1: a quoted field is never closed, so the rest of the file was read into it"])
        }
    }

    @Test func aCSVWithoutAHeaderSaysTheFirstLineShouldNameTheColumns() throws {
        try inTemporaryDirectory { dir in
            let path = dir + "/news.csv"
            try "1,Raqqa,Raqqa has inherited the fate of Dresden in 1945\n".write(toFile: path, atomically: false, encoding: .utf8)
            let (_, errors) = read([path])
            #expect(errors.map(\.reason) == ["no column of article text: the first line should name the columns (content, text or body…), and it reads 1, Raqqa, Raqqa has inherited the fate of Dresden in 1945"])
        }
    }

    @Test func aCSVMixingLFCRLFAndCRLineEndsGivesEveryRow() throws {
        try inTemporaryDirectory { dir in
            let path = dir + "/news.csv"
            try "id,title,content\r\n1,Raqqa,Raqqa has inherited the fate of Dresden.\n2,Mosul,\"The coalition\r\nbombed Mosul.\"\r3,Dresden,Dresden in 1945.\n"
                .write(toFile: path, atomically: false, encoding: .utf8)
            let (documents, errors) = read([path])
            #expect(errors.isEmpty)
            #expect(documents.map(\.id) == ["\(path)#1", "\(path)#2", "\(path)#3"])
            #expect(documents.map(\.metadata.title) == ["Raqqa", "Mosul", "Dresden"])
        }
    }

    @Test func aFiftyMegabyteCSVFieldIsReadWholeAndTheRowAfterItToo() throws {
        try inTemporaryDirectory { dir in
            let path = dir + "/news.csv"
            let sentence = "Raqqa has inherited the fate of Dresden in 1945. "
            let field = String(repeating: sentence, count: 50_000_000 / sentence.utf8.count)
            try ("id,title,content\n1,Big,\"" + field + "\"\n2,Small,After the big one.\n").write(toFile: path, atomically: false, encoding: .utf8)
            let (documents, errors) = read([path])
            #expect(errors.isEmpty)
            #expect(documents.map(\.bytes.count) == [field.utf8.count, "After the big one.".utf8.count])
        }
    }

    /// The first bytes are read alone to tell text from anything else, then the rest: an article
    /// either side of that length, or of the reads that follow, is read to its last byte.
    @Test func anArticleOfAnyLengthIsReadToItsLastByte() throws {
        try inTemporaryDirectory { dir in
            let seed = Fixtures.bytes(Fixtures.seed("001"))
            let lengths = [1, BinaryContent.sniffLength - 1, BinaryContent.sniffLength, BinaryContent.sniffLength + 1, 70_000, 300_001]
            for length in lengths {
                let bytes = (0..<length).map { seed[$0 % seed.count] }
                _ = FileManager.default.createFile(atPath: "\(dir)/\(100_000 + length).txt", contents: Data(bytes))
            }
            let (documents, errors) = read([dir])
            #expect(errors.isEmpty)
            #expect(documents.map(\.bytes.count) == lengths)
            #expect(documents.allSatisfy { document in document.bytes.indices.allSatisfy { document.bytes[$0] == seed[$0 % seed.count] } })
        }
    }

    /// What an index update meets when files change under it: it lists a folder, then reads the
    /// files one by one.
    @Test func aFileDeletedOrTruncatedAfterTheListingIsReportedOrReadAsItIsNow() throws {
        try inTemporaryDirectory { dir in
            for number in ["000", "001", "002"] {
                try FileManager.default.copyItem(atPath: Fixtures.seed(number), toPath: "\(dir)/\(number).txt")
            }
            let iterator = Corpus(paths: [dir]).makeIterator()
            let first = try iterator.next()?.get()
            #expect(first?.id == dir + "/000.txt")
            try FileManager.default.removeItem(atPath: dir + "/001.txt")
            truncate(dir + "/002.txt", 31)
            #expect(throws: SourceError(path: dir + "/001.txt", reason: "no such file or directory")) { try iterator.next()?.get() }
            let last = try iterator.next()?.get()
            #expect(last.map { String(decoding: $0.bytes, as: UTF8.self) } == "Russia Accuses U.S. Of Wiping E")
            #expect(iterator.next() == nil)
        }
    }

    @Test func imagesArchivesAndRandomBytesAmongTheArticlesAreSkippedWithANotice() throws {
        try inTemporaryDirectory { dir in
            let seed = Fixtures.bytes(Fixtures.seed("000"))
            _ = FileManager.default.createFile(atPath: dir + "/000.txt", contents: Data(seed))
            _ = FileManager.default.createFile(atPath: dir + "/000.txt.gz", contents: Data(try #require(BinaryContentTests.gzip(seed))))
            _ = FileManager.default.createFile(atPath: dir + "/photo.jpg", contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + seed))
            _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
            let (documents, errors) = read([dir])
            #expect(documents.map { ($0.id as NSString).lastPathComponent } == ["000.txt", "empty.txt"])
            #expect(errors.map(\.description) == [
                dir + "/000.txt.gz: skipped: gzip data, not text",
                dir + "/photo.jpg: skipped: a JPEG image, not text",
            ])
        }
    }

    @Test func aSymbolicLinkLoopOrALinkToAParentFolderEndsTheWalkWithTheFilesRead() throws {
        try inTemporaryDirectory { dir in
            try FileManager.default.copyItem(atPath: Fixtures.seed("001"), toPath: dir + "/001.txt")
            symlink("loop-b", dir + "/loop-a")
            symlink("loop-a", dir + "/loop-b")
            try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: false)
            symlink("..", dir + "/sub/up")
            let (documents, errors) = read([dir])
            #expect(errors.isEmpty)
            #expect(documents.map { ($0.id as NSString).lastPathComponent } == ["001.txt"])
        }
    }

    @Test func aFolderOfAHundredThousandFilesIsListedInPathOrder() throws {
        try inTemporaryDirectory { dir in
            let line = Array("Raqqa has inherited the fate of Dresden in 1945.\n".utf8)
            for i in 0..<100_000 {
                let number = String(i)
                let fd = open(dir + "/" + String(repeating: "0", count: 6 - number.count) + number + ".txt", O_CREAT | O_WRONLY, 0o644)
                _ = write(fd, line, line.count)
                close(fd)
            }
            let listed = Corpus(paths: [dir]).files()
            let files = listed.filter { if case .file = $0 { true } else { false } }
            #expect(files.count == 100_000)
            #expect(files.last == .file(dir + "/099999.txt"))
            // The folder walked comes after its files, with the time it had when it was read.
            guard case .folder(let folder, let mtime)? = listed.last else { Issue.record("no folder listed"); return }
            let modified = try #require(try FileManager.default.attributesOfItem(atPath: dir)[.modificationDate] as? Date)
            #expect(folder == dir && abs(Double(mtime) / 1e9 - modified.timeIntervalSince1970) < 0.001)
        }
    }

    @Test func aTextFilesSiteIsTheFolderThatTellsWhatItIs() throws {
        // Horne & Adali's folders say what a file is: Fake, Real, Satire.
        let (documents, _) = read([Fixtures.horne + "/random"])
        #expect(Set(documents.compactMap(\.metadata.site)) == ["Fake", "Real", "Satire"])
        #expect(documents.first { $0.id.hasSuffix("/Satire/289.txt") }?.metadata.site == "Satire")
        #expect(DirectoryListing.folderName(of: "001.txt") == nil)
        // A doubled slash, as a path typed by hand may hold, names the same folder.
        #expect(DirectoryListing.folderName(of: "horne2017/random/Satire//289.txt") == "Satire")
        #expect(DirectoryListing.folderName(of: "/289.txt") == nil)
    }

    @Test func aTitleFileHoldingACSVFieldIsReadAsTheField() throws {
        // horne2017 buzzfeed/Fake_titles/16_Fake.txt.
        let (documents, _) = read([Fixtures.horne + "/buzzfeed/Fake/16_Fake.txt"])
        #expect(documents.first?.metadata.title == "Donald Trump \"I'll overturn the shocking gay marriage decision \"trust me\"\"")
        #expect(DirectoryListing.unquoted("\"Fake news\" is a phrase") == "\"Fake news\" is a phrase")
    }

    @Test func aCorpusFoldersReadmeAndLicenceAreNotesAboutItNotArticlesUnlessNamed() throws {
        // Horne & Adali's folder keeps README.txt and SOURCE_COMMIT.txt beside the articles.
        let listed = Corpus(paths: [Fixtures.horne]).files()
        #expect(listed.filter { if case .note = $0 { true } else { false } } == [.note(Fixtures.horne + "/README.txt"), .note(Fixtures.horne + "/SOURCE_COMMIT.txt")])
        let (documents, _) = read([Fixtures.horne])
        #expect(!documents.contains { $0.id.hasSuffix("README.txt") || $0.id.hasSuffix("SOURCE_COMMIT.txt") })
        // Named on the command line, a note is read as the user asked.
        let (named, errors) = read([Fixtures.horne + "/README.txt"])
        #expect(errors.isEmpty)
        #expect(named.count == 1)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileIsReportedWithTheSystemsReason() throws {
        try inTemporaryDirectory { dir in
        let path = dir + "/locked.txt"
        try "secret".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0)
        let (_, errors) = read([path])
        #expect(errors.first?.reason == "Permission denied")
        }
    }
}
