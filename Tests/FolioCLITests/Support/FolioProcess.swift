import Foundation

/// The real `folio` binary run as a user runs it, from the repository's root: its output and its
/// exit status.
enum FolioProcess {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the test bundle, else the debug build.
    static var executable: URL {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio")
        return FileManager.default.fileExists(atPath: binary.path) ? binary : repository.appendingPathComponent(".build/debug/folio")
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// Where runs without a data folder of their own keep the user's data.
    static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tests-data-\(getpid())").path

    /// Runs folio; with `asNobody`, as the unprivileged user through setpriv, since root reads
    /// any file and a test of permissions would otherwise prove nothing. That copy of the binary
    /// runs from the temporary folder, as the repository may be closed to other users.
    static func run(_ arguments: [String], environment: [String: String] = [:], asNobody: Bool = false, in directory: String? = nil) throws -> Run {
        let process = Process()
        // The user's tags and read marks go to a folder of the test run's, never the real home's.
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": dataHome]) { $1 }.merging(environment) { $1 }
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? repository
        if asNobody {
            let copy = try copyForNobody()
            defer { unlink(copy) }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            return try finish(process)
        }
        process.executableURL = executable
        process.arguments = arguments
        return try finish(process)
    }

    /// A copy of the binary that the unprivileged user may run, made by cp in a process of its
    /// own. A file this process held open for writing would be inherited by any process another
    /// test started meanwhile, which keeps it open until that process execs or ends, and running
    /// the copy would fail with "Text file busy".
    private static func copyForNobody() throws -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("folio-nobody-\(UUID().uuidString)").path
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [executable.path, copy]
        try cp.run()
        cp.waitUntilExit()
        guard cp.terminationStatus == 0, chmod(copy, 0o755) == 0 else {
            unlink(copy)
            throw POSIXError(.EIO)
        }
        return copy
    }

    private static func finish(_ process: Process) throws -> Run {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
