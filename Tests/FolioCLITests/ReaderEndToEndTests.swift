import Foundation
import FolioIndex
import GRDB
import Testing

/// The real binary in a real terminal (tmux): the keys a user presses and the screens they see,
/// and the terminal given back as it was.
@Suite(.serialized) struct ReaderEndToEndTests {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)").path

    /// The reader on the seeds, with a shell line after it that shows how it exited.
    private func start(width: Int = 100, height: Int = 30, environment: String = "", corpus: String = "seeds") throws -> Tmux {
        try Tmux("cd '\(FolioProcess.repository.path)' && \(environment) XDG_CACHE_HOME='\(cache)' XDG_DATA_HOME='\(cache)/data' '\(FolioProcess.executable.path)' \(corpus); echo \"folio exited $?\"; sleep 60",
                 width: width, height: height)
    }

    @Test func cyrillicCommentsShowWithLANGUnsetAndNoColour() throws {
        let tmux = try start(environment: "env -u LANG -u LC_ALL -u LC_CTYPE NO_COLOR=1")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "5 articles") != nil)
        tmux.send("j", "Enter", "c", "G")
        #expect(tmux.wait(for: "│ Зашто подругљиво “Спилбергов филм”?") != nil)
        tmux.send("C-c")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aTagPutOnInTheReaderOutlivesTheCacheAndFolioSearchFindsIt() throws {
        defer { try? FileManager.default.removeItem(atPath: cache) }
        var tmux = try start()
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("j", "t")
        tmux.send("-l", "raqqa destroyed")
        tmux.send("Enter")
        #expect(tmux.wait(for: "tagged “raqqa destroyed”") != nil)
        tmux.send("j", "Enter")
        #expect(tmux.wait(for: "Russia Accuses U.S. Of Wiping Entire Syrian City") != nil)
        tmux.send("t", "r", "Tab", "Enter")
        #expect(tmux.wait(for: "tagged “raqqa destroyed”") != nil)
        // A quotation of it too, from the quote panel.
        tmux.send("Q", "t")
        tmux.send("-l", "wiped off")
        tmux.send("Enter")
        #expect(tmux.wait(for: "tagged the quotation “wiped off”") != nil)
        tmux.send("Q", "q", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
        // The cache deleted, the index is made again and the tags are still there.
        try FileManager.default.removeItem(atPath: cache + "/folio")
        tmux = try start()
        #expect(tmux.wait(for: "Russian Military Releases Photos Sh… #raqqa destroyed") != nil)
        let environment = ["XDG_CACHE_HOME": cache, "XDG_DATA_HOME": cache + "/data"]
        let search = try FolioProcess.run(["search", "tag:\"raqqa destroyed\"", "--json"], environment: environment)
        #expect(search.stdout.split(separator: "\n").count == 2)
        let quotes = try FolioProcess.run(["export", "tag:\"wiped off\"", "seeds", "--what", "quotes", "--format", "jsonl"], environment: environment)
        #expect(quotes.stdout.split(separator: "\n").filter { $0.contains("\"quote_tags\":[\"wiped off\"]") }.count == 1)
        tmux.send("q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aConfigurationWithAMistakeIsRefusedWithItsLineBeforeAnyScreenAndAGoodOneIsUsed() throws {
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try FileManager.default.createDirectory(atPath: cache + "/config/folio", withIntermediateDirectories: true)
        try "[keys]\ntag = \"j\"\n".write(toFile: cache + "/config/folio/config.toml", atomically: true, encoding: .utf8)
        var tmux = try start(environment: "XDG_CONFIG_HOME='\(cache)/config'")
        #expect(tmux.wait(for: "(down) in Library") != nil)
        #expect(tmux.screen.replacingOccurrences(of: "\n", with: "").contains("config.toml line 2: j is already “next line” (down) in Library"))
        #expect(tmux.wait(for: "folio exited 2") != nil)
        try "[keys]\ntag = \"+\"\n[colors]\nquote = \"red\"\n".write(toFile: cache + "/config/folio/config.toml", atomically: true, encoding: .utf8)
        tmux = try start(environment: "XDG_CONFIG_HOME='\(cache)/config'")
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("+")
        #expect(tmux.wait(for: "tag: ▏") != nil)
        tmux.send("Escape", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func capitalAGivesTheTerminalToTheEditorAndKeepsTheNoteItWrote() throws {
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let editor = cache + "/editor.sh"
        try "printf 'from the editor\\nsecond line\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        // Read by sh rather than run: a file written here may be held open by a process another
        // test starts meanwhile, and running it would fail with "Text file busy".
        let tmux = try start(environment: "VISUAL= EDITOR='sh \(editor)'")
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("A")
        #expect(tmux.wait(for: "note kept") != nil)
        #expect(tmux.wait(for: "✎") != nil)
        tmux.send("Enter")
        #expect(tmux.wait(for: "note: from the editor / second line") != nil)
        tmux.send("q", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aUserOpensAnArticleFollowsQuotesReadsCommentsSearchesResizesAndQuits() throws {
        let tmux = try start()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("Enter")
        #expect(tmux.wait(for: "Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth") != nil)
        tmux.send("]")
        #expect(tmux.wait(for: "quote 1/8 · Igor Konashenkov") != nil)
        tmux.send("q", "j", "Enter", "c")
        #expect(tmux.wait(for: "comment 1/11 · anonymous") != nil)
        tmux.send("j", "j", "Enter")
        #expect(tmux.wait(for: "▸ anonymous  · 1 reply hidden") != nil)
        tmux.send("q", "q", "/")
        tmux.send("-l", "Dresden")
        #expect(tmux.wait(for: "Despite completely leveling Raqqa Dresden-style") != nil)
        tmux.send("Enter")
        #expect(tmux.wait(for: "match 1/3 · Dresden") != nil)
        tmux.resize(width: 50, height: 12)
        // Re-wrapped to the new width: every line fits, and the status line is still the last.
        let narrow = tmux.wait { $0.contains("match 1/3") && $0.split(separator: "\n").allSatisfy { $0.count <= 50 } }
        #expect(narrow?.split(separator: "\n").last?.hasPrefix("match 1/3 · Dresden") == true)
        tmux.send("q", "q", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    @Test func quittingAfterTheWindowGrewLeavesNoRowOfTheReaderOnTheShellsScreen() throws {
        // A list longer than the window: Horne & Adali's folders.
        let tmux = try start(width: 60, height: 20, corpus: "Tests/FolioParseTests/Fixtures/corpora/horne2017")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        // The first index says which files it read as the corpus's notes; a key goes back to the count.
        #expect(tmux.wait(for: "notes, not articles: README.txt") != nil)
        tmux.send("j")
        #expect(tmux.wait(for: "305 articles · corpus order") != nil)
        tmux.resize(width: 100, height: 30)
        #expect(tmux.wait { $0.contains("site") && $0.contains("words") } != nil)
        tmux.send("q")
        let shell = tmux.wait(for: "folio exited 0")
        #expect(shell != nil)
        #expect(shell?.contains("Fake ") == false)
    }

    /// An index left by an older parser, its rows what that parser made of the seeds.
    private func olderParsersIndex() throws -> String {
        let index = cache + "/old.sqlite"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(try FolioProcess.run(["index", "seeds", "--index", index]).status == 0)
        let queue = try DatabaseQueue(path: index)
        try queue.write { db in
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'parser'")
            try db.execute(sql: "UPDATE articles SET title = 'Old parse of ' || source")
        }
        return index
    }

    @Test func anIndexOfAnOlderParserIsParsedAgainAndTheReaderAndFolioSearchAgree() throws {
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let search = try FolioProcess.run(["search", "Raqqa", "seeds", "--index", try olderParsersIndex()])
        #expect(search.stderr == "folio: \(IndexReport.reparsedNotice)\n")
        #expect(!search.stdout.contains("Old parse"))
        #expect(search.stdout.contains("seeds/000_2051e7dbab259c59.txt: Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth"))

        let tmux = try Tmux("cd '\(FolioProcess.repository.path)' && XDG_DATA_HOME='\(FolioProcess.dataHome)' '\(FolioProcess.executable.path)' seeds --index '\(try olderParsersIndex())'; sleep 60", width: 100, height: 12)
        let screen = tmux.wait { $0.contains(IndexReport.reparsedNotice) && $0.contains(" Russia: US-Led Coalition Wiped S") }
        #expect(screen?.contains("Old parse") == false)
        tmux.send("Enter")
        #expect(tmux.wait(for: "Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth") != nil)
    }

    @Test func sigtermAndSighupRestoreTheTerminal() throws {
        for signal in ["TERM", "HUP"] {
            let tmux = try start()
            #expect(tmux.wait(for: "5 articles") != nil)
            try kill(signal, tmux)
            let status = signal == "TERM" ? 143 : 129
            #expect(tmux.wait(for: "folio exited \(status)") != nil, "after SIG\(signal)")
            #expect(tmux.display("#{alternate_on}") == "0")
        }
        try? FileManager.default.removeItem(atPath: cache)
    }

    /// A trap in Swift code is SIGILL (x86) or SIGTRAP (ARM); a bad pointer SIGSEGV; abort()
    /// SIGABRT. Each time the terminal is given back before the process dies: the shell after it
    /// reads a line with echo on.
    @Test func faultSignalsRestoreTheTerminalBeforeTheProcessDies() throws {
        for (signal, status) in [("SEGV", 139), ("ILL", 132), ("TRAP", 133), ("ABRT", 134), ("BUS", 135), ("FPE", 136)] {
            let tmux = try Tmux("cd '\(FolioProcess.repository.path)' && SWIFT_BACKTRACE=enable=no XDG_CACHE_HOME='\(cache)' XDG_DATA_HOME='\(cache)/data' '\(FolioProcess.executable.path)' seeds; echo \"folio exited $?\"; read line; echo \"read $line\"; sleep 60")
            #expect(tmux.wait(for: "5 articles") != nil)
            try kill(signal, tmux)
            #expect(tmux.wait(for: "folio exited \(status)") != nil, "after SIG\(signal)")
            #expect(tmux.display("#{alternate_on}") == "0")
            tmux.send("-l", "Raqqa")
            tmux.send("Enter")
            #expect(tmux.wait(for: "Raqqa\nread Raqqa") != nil, "after SIG\(signal)")
        }
        try? FileManager.default.removeItem(atPath: cache)
    }

    @Test func swiftsCrashReportIsShownOnTheRestoredScreen() throws {
        let tmux = try start()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "5 articles") != nil)
        try kill("SEGV", tmux)
        #expect(tmux.wait(for: "Program crashed") != nil)
        #expect(tmux.display("#{alternate_on}") == "0")
        tmux.send("q")
        #expect(tmux.wait(for: "folio exited 139") != nil)
    }

    /// In a shell with job control, as a user has it: Ctrl-Z and `kill -TSTP` stop the reader with
    /// the shell's screen back, and `fg` brings the reader back drawn as it was.
    @Test func ctrlZAndSIGTSTPSuspendAndFgRedrawsTheReader() throws {
        let tmux = try Tmux("cd '\(FolioProcess.repository.path)' && env PS1='$ ' bash --norc --noprofile -i")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        tmux.send("-l", "XDG_CACHE_HOME='\(cache)' XDG_DATA_HOME='\(cache)/data' '\(FolioProcess.executable.path)' seeds")
        tmux.send("Enter")
        #expect(tmux.wait(for: "5 articles") != nil)
        tmux.send("j")
        #expect(tmux.wait(for: "2/5") != nil)
        tmux.send("C-z")
        #expect(tmux.wait(for: "Stopped") != nil)
        #expect(tmux.display("#{alternate_on}") == "0")
        tmux.send("-l", "fg")
        tmux.send("Enter")
        #expect(tmux.wait(for: "2/5") != nil)
        #expect(tmux.display("#{alternate_on}") == "1")
        // A key answered shows the input loop running again after the stop.
        tmux.send("j")
        #expect(tmux.wait(for: "3/5") != nil)
        try kill("TSTP", tmux)
        #expect(tmux.wait { $0.components(separatedBy: "Stopped").count == 3 } != nil)
        tmux.send("-l", "fg")
        tmux.send("Enter")
        #expect(tmux.wait(for: "3/5") != nil)
        tmux.send("q")
        tmux.send("-l", "echo \"folio exited $?\"")
        tmux.send("Enter")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aClickSelectsARowAndASecondClickOpensItWithoutAnotherKey() throws {
        let tmux = try start()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        // Once the first index is written: the list it reloads then would move the cursor under the click.
        #expect(tmux.wait(for: "5 articles · corpus order · ? help") != nil)
        // X10 mouse reports, as a terminal sends them: press and release, at column 1 of row 5;
        // read apart or together (a busy machine reads both at once, and ncurses gives the release).
        let click = { (together: Bool) in
            if together { tmux.send("-l", "\u{1B}[M !%\u{1B}[M#!%") } else { tmux.send("-l", "\u{1B}[M !%"); tmux.send("-l", "\u{1B}[M#!%") }
        }
        click(true)
        #expect(tmux.wait(for: "4/5") != nil)
        click(false)
        #expect(tmux.wait { $0.contains("] next quote") || $0.contains("no quotes") } != nil)
        tmux.send("q")
        tmux.send("q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func fiftyResizesInARowLeaveTheScreenDrawnForTheLastSize() throws {
        let tmux = try start()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "5 articles") != nil)
        for i in 0..<50 { tmux.resize(width: 40 + i % 60, height: 10 + i % 25) }
        tmux.resize(width: 70, height: 15)
        let screen = tmux.wait { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 15 && lines[14].hasPrefix("5 articles") && lines.allSatisfy { $0.count <= 70 }
                && lines[1].hasPrefix(" Russia: US-Led Coalition Wiped") && lines[1].contains(" seeds ") && lines[1].hasSuffix("      8")
        }
        #expect(screen != nil)
        tmux.send("q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aHugeWindowAndAOneCellWindowAreDrawnAndTheReaderStaysUsable() throws {
        let tmux = try start(width: 500, height: 200)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let huge = tmux.wait { $0.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(199).first?.hasPrefix("5 articles") == true }
        #expect(huge != nil)
        tmux.send("Enter")
        #expect(tmux.wait(for: "Russia: US-Led Coalition Wiped Syria’s Raqqa Off The Face Of The Earth") != nil)
        tmux.resize(width: 1, height: 1)
        tmux.send("j", "]", "q")
        tmux.resize(width: 100, height: 30)
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    /// A terminal that cannot move the cursor gets the outline, with a word on why.
    @Test func aDumbUnknownOrMissingTERMPrintsTheOutlineAndVT100DrawsTheReader() throws {
        for (environment, term) in [("TERM=dumb", "TERM=dumb"), ("TERM=no-such-terminal", "TERM=no-such-terminal"), ("-u TERM", "TERM unset")] {
            let tmux = try Tmux("cd '\(FolioProcess.repository.path)' && env \(environment) XDG_CACHE_HOME='\(cache)' XDG_DATA_HOME='\(cache)/data' '\(FolioProcess.executable.path)' seeds/002_5946665b7f4fdff5.txt 2>'\(cache).err'; echo \"folio exited $?\"; cat '\(cache).err'; sleep 60")
            defer { unlink(cache + ".err") }
            #expect(tmux.wait(for: "folio exited 0\nfolio: this terminal (\(term)) cannot draw the reader; printing each article's outline") != nil, "\(term)")
            #expect(tmux.screen.contains("[Featured Image by Gabriel Chaim/AP Images]"))
        }
        let tmux = try start(environment: "env TERM=vt100")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "5 articles · corpus order") != nil)
        tmux.send("Enter")
        #expect(tmux.wait(for: "8 quotes") != nil)
        tmux.send("q", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func aCacheThatCannotBeWrittenGivesAReaderIndexedInMemoryThatSaysSo() throws {
        let tmux = try Tmux("cd '\(FolioProcess.repository.path)' && XDG_CACHE_HOME=/dev/null/cache XDG_DATA_HOME=/dev/null/data '\(FolioProcess.executable.path)' seeds; echo \"folio exited $?\"; sleep 60")
        #expect(tmux.wait(for: "cannot keep the index at /dev/null/cache/folio/") != nil)
        tmux.send("/")
        tmux.send("-l", "Dresden")
        #expect(tmux.wait(for: "Despite completely leveling Raqqa Dresden-style") != nil)
        tmux.send("Escape", "q")
        #expect(tmux.wait(for: "folio exited 0") != nil)
    }

    @Test func withStandardInputNotATerminalTheOutlineIsPrinted() throws {
        let tmux = try start(environment: "exec </dev/null;")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(tmux.wait(for: "folio exited 0") != nil)
        #expect(tmux.screen.contains("  block   Kiselyov (speaker-line): So cynical."))
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    /// Sends a signal to the reader, in the session the pane's first process leads.
    private func kill(_ signal: String, _ tmux: Tmux) throws {
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        pkill.arguments = ["-\(signal)", "-s", tmux.display("#{pane_pid}"), "-x", "folio"]
        try pkill.run()
        pkill.waitUntilExit()
    }
}
