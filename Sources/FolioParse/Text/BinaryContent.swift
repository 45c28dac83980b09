/// Tells a file that is not text (an image, an archive saved among the articles) from one that is,
/// by its first bytes, so the corpus skips it with a notice instead of showing it as garbage.
/// Any byte sequence decodes as Windows-1252, so decoding alone can never say this.
enum BinaryContent {
    /// Signatures of the formats most often found among scraped files.
    static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x1F, 0x8B], "gzip data"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive"),
        (Array("BZh".utf8), "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
        (Array("RIFF".utf8), "a media file"),
    ]

    /// How many bytes `describe` looks at.
    static let sniffLength = 8192

    /// The control codes text uses, one bit each: tab, line ends, vertical tab, form feed, ESC.
    private static let textControls: UInt32 = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].reduce(0) { $0 | 1 << $1 }

    /// What the bytes are when they are not text, else nil. Beyond the signatures, a start in which
    /// more than one byte in 32 is a control code no text uses (NUL and its kin; `textControls`
    /// aside) is binary: a stray NUL in a scraped page is not, random bytes are. UTF-16 with its
    /// byte order mark is text, NULs and all.
    static func describe(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if let match = signatures.first(where: { bytes.starts(with: $0.bytes) }) { return match.name }
        let sample = bytes.prefix(sniffLength)
        let controls = sample.reduce(0) { count, byte in
            count + (byte < 0x20 && textControls >> byte & 1 == 0 ? 1 : 0)
        }
        return controls * 32 > sample.count ? "binary data" : nil
    }
}
