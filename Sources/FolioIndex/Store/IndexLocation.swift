import Foundation

/// Where a corpus's index lives when no `--index` is given: one database per corpus under
/// `$XDG_CACHE_HOME/folio/` (else `~/.cache/folio/`), named after the corpus and a hash of its
/// absolute paths, so two corpora with the same folder name never share an index.
public enum IndexLocation {
    public static func path(for corpus: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        let absolute = corpus.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let name = absolute.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "corpus"
        let safe = String(name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_" })
        return "\(cache)/folio/\(safe)-\(hash(absolute.joined(separator: "\n"))).sqlite"
    }

    /// FNV-1a: stable across runs and machines, unlike Swift's seeded `Hasher`.
    static func hash(_ text: String) -> String { hash(bytes: text.utf8) }

    static func hash(bytes: some Sequence<UInt8>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}
