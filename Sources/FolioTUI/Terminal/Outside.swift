import Foundation

/// The clipboard and the browser, reached from the reader.
enum Outside {
    /// Puts `text` on the clipboard through the terminal (OSC 52), which works over ssh and in
    /// tmux with `set-clipboard on`. The text travels as base64: nothing in it reaches the
    /// terminal as a control.
    static func copy(_ text: String) {
        FileHandle.standardOutput.write(Data(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8))
    }

    /// `text` in the user's editor (`$VISUAL`, else `$EDITOR`, else vi) on a file of its own, and
    /// what the file holds after it exits; nil when it fails. The editor's command is read by the
    /// shell, as git reads it; the file is an argument.
    static func edit(_ text: String) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-note-\(UUID().uuidString).txt").path
        defer { unlink(file) }
        // Ending in a line break, as editors expect a text file to: a line added is a line.
        guard FileManager.default.createFile(atPath: file, contents: Data((text.isEmpty ? "" : text + "\n").utf8)) else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // Spawned in Folio's own process group, which owns the terminal: Foundation's Process
        // starts a group of its own, where an editor reading the terminal is stopped (vim hung).
        var pid = pid_t()
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", file]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // Exited with 0: the low byte of the status is the signal, the next one the exit code.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0, let data = FileManager.default.contents(atPath: file) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Opens `url` with the first browser of `$BROWSER` (a list split by `:`) that is there, else
    /// xdg-open, in the background, its output kept off the screen; or says why it cannot, as a
    /// browser that is not there would otherwise fail out of sight. The address is an argument,
    /// never read by a shell.
    static func open(_ url: String) -> ReadProblem? {
        let browsers = ProcessInfo.processInfo.environment["BROWSER"].map { $0.split(separator: ":").map(String.init) } ?? []
        let named = browsers.isEmpty ? ["xdg-open"] : browsers
        guard let program = named.lazy.compactMap(executable).first else {
            return ReadProblem(message: "cannot open the address: \(named.joined(separator: ", ")) not found; $BROWSER names the browser to use")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return ReadProblem(message: "cannot open the address: \(program) did not start (\(error.localizedDescription))")
        }
        return nil
    }

    /// Where a shell would find the program `name`: itself when it is a path, else the first
    /// executable of that name on `$PATH`.
    private static func executable(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}
