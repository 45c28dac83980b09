import Foundation
import GRDB

/// A failure of the index in words for the user, never SQLite's error codes.
public struct IndexError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    /// An update that failed: a full disk says so and that the index keeps what it had, since
    /// each batch is one transaction and the failed one rolled back.
    init(updating path: String, _ error: Error) {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
            message = "the disk holding \(path) is full: indexing stopped; the index keeps every file indexed before, and the next update goes on from there"
        } else {
            message = "\(path): indexing stopped: \(Self.reason(error))"
        }
    }

    /// The system's or SQLite's words for an error, without the wrapping of Foundation.
    public static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        var ns = error as NSError
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying { ns = underlying as NSError }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return "\(error)"
    }
}
