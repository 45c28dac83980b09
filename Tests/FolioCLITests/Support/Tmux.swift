import Foundation

/// A tmux server of the test's own, with one window running a command: keys go in with
/// `send`, the screen comes out as text with `screen`, the way a user sees it.
final class Tmux {
    let socket = "folio-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by sh in the repository) in a window of the given size.
    init(_ command: String, width: Int = 100, height: Int = 30) throws {
        let status = Self.spawn(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", command], socket: socket).status
        guard status == 0 else { throw Failure(message: "tmux new-session exited \(status)") }
    }

    deinit { _ = Self.spawn(["kill-server"], socket: socket) }

    struct Failure: Error { var message: String }

    /// Keys by tmux's names ("Enter", "Escape", "C-c") or literal text.
    func send(_ keys: String...) { _ = Self.spawn(["send-keys", "-t", "0"] + keys, socket: socket) }

    func resize(width: Int, height: Int) {
        _ = Self.spawn(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"], socket: socket)
    }

    var screen: String { Self.spawn(["capture-pane", "-p", "-t", "0"], socket: socket).output }

    /// A tmux format of the pane, such as `#{alternate_on}`.
    func display(_ format: String) -> String {
        Self.spawn(["display-message", "-p", "-t", "0", format], socket: socket).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen shows `text`; the screen as it was when it did, or nil after `timeout`.
    @discardableResult
    func wait(for text: String, timeout: Double = 20) -> String? {
        wait(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen is as `expected` says; the screen then, or nil after `timeout`.
    func wait(timeout: Double = 20, until expected: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let now = screen
            if expected(now) { return now }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// Runs tmux with posix_spawn and every signal unblocked and at its default: a child started
    /// from a test thread otherwise inherits a mask blocking SIGWINCH and SIGHUP, and the tmux
    /// server it forks never resizes and never exits.
    private static func spawn(_ arguments: [String], socket: String) -> (status: Int32, output: String) {
        // Output goes to a file, not a pipe: the tmux server that new-session starts keeps the
        // descriptor open, and a pipe would never reach its end.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tmux-\(UUID().uuidString)").path
        defer { unlink(file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        let argv = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else { return (-1, "") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let output = FileManager.default.contents(atPath: file) ?? Data()
        return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
    }
}
