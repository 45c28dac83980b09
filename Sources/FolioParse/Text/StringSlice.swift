extension String {
    /// The text at a UTF-8 byte range whose ends fall between scalars. A native string indexes its
    /// UTF-8 in constant time and a slice of a valid string is valid, so this is a plain copy;
    /// `String(decoding:as:)` on the bytes would validate them all again.
    func slice(utf8 range: Range<Int>) -> String {
        let view = utf8
        let start = view.index(view.startIndex, offsetBy: range.lowerBound)
        let end = view.index(start, offsetBy: range.count)
        return String(Substring(view[start..<end]))
    }
}
