import Dispatch
import Foundation
import Synchronization

/// Termination and stop signals become flags the input loop checks between keys, so the loop, not
/// a signal handler, restores the terminal: endwin is not safe to call from a handler.
enum Signals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let caught = Atomic<Int32>(0)

    /// The termination signal that came, or nil.
    static var received: Int32? {
        let signal = caught.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    private static let suspend = Atomic<Bool>(false)

    /// Whether SIGTSTP came (Ctrl-Z raises it too) since the last call.
    static func takeSuspend() -> Bool { suspend.exchange(false, ordering: .relaxed) }

    /// Call before initscr: SIGTSTP caught here means ncurses installs no handler of its own,
    /// which would run on whichever thread the signal lands on, beside the input loop's drawing.
    static func catchTermination() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                if sig == SIGTSTP { suspend.store(true, ordering: .relaxed) } else { caught.store(sig, ordering: .relaxed) }
            }
            source.resume()
            sources.append(source)
        }
    }
}
