import Foundation
import Testing

/// The real binary in a real terminal (tmux): the keys a user presses and the screens they see,
/// and the terminal given back as it was.
@Suite(.serialized) struct ReaderEndToEndTests {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)").path

    /// The reader on the seeds, with a shell line after it that shows how it exited.
    private func start(width: Int = 100, height: Int = 30, environment: String = "") throws -> Tmux {
        try Tmux("cd '\(FolioProcess.repository.path)' && \(environment) XDG_CACHE_HOME='\(cache)' '\(FolioProcess.executable.path)' seeds; echo \"folio exited $?\"; sleep 60",
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

    @Test func sigtermAndSighupRestoreTheTerminal() throws {
        for signal in ["TERM", "HUP"] {
            let tmux = try start()
            #expect(tmux.wait(for: "5 articles") != nil)
            let shell = tmux.display("#{pane_pid}")
            let pkill = Process()
            pkill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
            pkill.arguments = ["-\(signal)", "-P", shell, "folio"]
            try pkill.run()
            pkill.waitUntilExit()
            let status = signal == "TERM" ? 143 : 129
            #expect(tmux.wait(for: "folio exited \(status)") != nil, "after SIG\(signal)")
            #expect(tmux.display("#{alternate_on}") == "0")
        }
        try? FileManager.default.removeItem(atPath: cache)
    }
}
