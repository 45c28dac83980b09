import Glibc

/// The files below a directory, in path order, and the title files some corpora keep beside them.
/// A plain readdir walk: FileManager's enumerator costs more than parsing the files it lists.
public enum DirectoryListing {
    static func files(under root: String) -> Result<[String], SourceError> {
        listing(under: root).map(\.files)
    }

    /// The files below a directory, in path order, and every folder walked to find them (the
    /// root first) with its modification time in nanoseconds, read before the folder is: an
    /// index notes when each folder last changed, since adding, removing or renaming a file
    /// changes its folder's time, and a file added while the folder is read changes it after.
    static func listing(under root: String) -> Result<(files: [String], folders: [(path: String, mtime: Int64)]), SourceError> {
        var files: [String] = []
        var walked: [(path: String, mtime: Int64)] = []
        var folders = [folderPath(root)]
        var firstError: SourceError?
        while let folder = folders.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, let dir = opendir(folder) else {
                firstError = firstError ?? SourceError(path: folder, reason: FileBytes.systemError())
                continue
            }
            walked.append((folder, modificationTime(info)))
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }  // hidden files, "." and ".."
                let path = folder + "/" + name
                switch kind(of: path, type: entry.pointee.d_type) {
                case .folder: folders.append(path)
                case .file: files.append(path)
                case .other: continue
                }
            }
        }
        if let firstError, files.isEmpty { return .failure(firstError) }
        return .success((files.sorted(), walked))
    }

    /// A folder as the listing names it and the files in it: without a trailing slash.
    public static func folderPath(_ path: String) -> String {
        path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    }

    /// A file's or folder's modification time in nanoseconds, as the index compares them.
    public static func modificationTime(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    private enum Kind { case folder, file, other }

    /// Symbolic links to files are followed; links to folders are not, so a link loop cannot
    /// make the walk endless.
    private static func kind(of path: String, type: UInt8) -> Kind {
        switch Int(type) {
        case Int(DT_DIR): return .folder
        case Int(DT_REG): return .file
        case Int(DT_LNK), Int(DT_UNKNOWN):
            var info = stat()
            guard stat(path, &info) == 0 else { return .other }
            if (info.st_mode & S_IFMT) == S_IFREG { return .file }
            if Int(type) == Int(DT_UNKNOWN), (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
            return .other
        default: return .other
        }
    }

    /// Horne & Adali's corpus keeps each article's title in a file of the same name in a sibling
    /// folder `NAME_titles`; such a file is the title, not an article of its own.
    static func isTitleFile(_ path: String) -> Bool {
        let (folder, _) = split(path)
        guard folder.hasSuffix("_titles") else { return false }
        var info = stat()
        return stat(String(folder.dropLast("_titles".count)), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// A corpus's own notes, by the names such files are given: "README.txt", "LICENSE",
    /// "SOURCE_COMMIT.txt". Inside a folder of articles they describe the corpus; named on the
    /// command line, a file is read whatever its name.
    static func isCorpusNote(_ path: String) -> Bool {
        let name = split(path).name
        let stem = name.split(separator: ".").first.map { $0.uppercased() } ?? ""
        return corpusNoteStems.contains(stem)
    }

    private static let corpusNoteStems: Set<String> = [
        "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "SOURCE_COMMIT", "CHANGELOG", "CITATION", "AUTHORS",
    ]

    /// The name of the folder holding a file, as the path gives it: "Fake" of
    /// "horne2017/buzzfeed/Fake/10_Fake.txt"; nil for a bare file name or ".".
    public static func folderName(of path: String) -> String? {
        // "corpus//Fake/1.txt" and "corpus/Fake//1.txt" are in the folder "Fake" too.
        var folder = Substring(split(path).folder)
        while folder.count > 1, folder.last == "/" { folder = folder.dropLast() }
        let name = split(String(folder)).name
        return name.isEmpty || name == "." || name == ".." ? nil : name
    }

    static func companionTitle(for path: String) -> String? {
        let (folder, name) = split(path)
        guard let bytes = try? FileBytes.read(folder + "_titles/" + name) else { return nil }
        let title = unquoted(TextFold.collapseSpace(TextDecoder.decode(bytes).string))
        return title.isEmpty ? nil : title
    }

    /// A title file that holds a CSV field as it was written, in quotes with its quotes doubled
    /// (`"Donald Trump ""I'll overturn the shocking gay marriage decision"""`), read as the field,
    /// by the corpus's CSV reader.
    static func unquoted(_ title: String) -> String {
        guard title.count >= 2, title.first == "\"", title.last == "\"", title.dropFirst().dropLast().contains("\"\"") else { return title }
        let bytes = Array(title.utf8)
        guard let (record, end) = bytes.withUnsafeBufferPointer({ CSVRecords.parse($0, from: 0, atEnd: true) }),
              end == bytes.count, !record.unclosed, record.fields.count == 1 else { return title }
        return String(decoding: record.fields[0], as: UTF8.self)
    }

    /// A path's folder and file name, split at its last slash (a byte, so no Characters are read).
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }
}
