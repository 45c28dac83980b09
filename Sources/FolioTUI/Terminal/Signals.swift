import Dispatch
import Foundation
import Synchronization

/// Termination signals become a flag the input loop checks between keys, so the loop, not a
/// signal handler, restores the terminal: endwin is not safe to call from a handler.
enum Signals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let flag = Atomic<Bool>(false)

    /// A termination signal has come.
    static var received: Bool { flag.load(ordering: .relaxed) }

    static func catchTermination() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { flag.store(true, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }
}
