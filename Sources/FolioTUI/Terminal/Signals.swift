import Dispatch
import Foundation
import Synchronization

/// Termination signals become a flag the input loop checks between keys, so the loop, not a
/// signal handler, restores the terminal: endwin is not safe to call from a handler.
enum Signals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let caught = Atomic<Int32>(0)

    /// The termination signal that came, or nil.
    static var received: Int32? {
        let signal = caught.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    static func catchTermination() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { caught.store(sig, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }
}
