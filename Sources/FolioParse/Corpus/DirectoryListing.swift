import Foundation

/// The files below a directory, in path order, and the title files some corpora keep beside them.
enum DirectoryListing {
    static func files(under root: String) -> Result<[String], SourceError> {
        let url = URL(fileURLWithPath: root)
        var failure: SourceError?
        guard let walker = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles],
            errorHandler: { failedURL, error in
                failure = SourceError(path: failedURL.path, reason: (error as NSError).localizedDescription)
                return true
            })
        else { return .failure(SourceError(path: root, reason: "cannot list the directory")) }
        var files: [String] = []
        let prefix = root.hasSuffix("/") ? String(root.dropLast()) : root
        let base = url.standardizedFileURL.path
        for case let file as URL in walker {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = file.standardizedFileURL.path
            files.append(full.hasPrefix(base) ? prefix + full.dropFirst(base.count) : full)
        }
        if let failure, files.isEmpty { return .failure(failure) }
        return .success(files.sorted())
    }

    /// Horne & Adali's corpus keeps each article's title in a file of the same name in a sibling
    /// folder `NAME_titles`; such a file is the title, not an article of its own.
    static func isTitleFile(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard folder.hasSuffix("_titles") else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: String(folder.dropLast("_titles".count)), isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    static func companionTitle(for path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let titlePath = folder + "_titles/" + name
        guard let bytes = try? FileBytes.read(titlePath) else { return nil }
        let title = TextFold.collapseSpace(TextDecoder.decode(bytes).string)
        return title.isEmpty ? nil : title
    }
}
