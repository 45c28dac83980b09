import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed on every core, in order: each result is written by the one
    /// thread that made it, into its own place. The first error thrown, if any, is rethrown.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        var out = [Result<T, Error>?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { k in slots[k] = Result { try transform(self[k]) } }
        }
        return try out.map { try $0!.get() }
    }
}
