/// Rows as RFC 4180 CSV, which a spreadsheet opens as they were: a field with a comma, a quote,
/// a line break or spaces at either end is quoted, its quotes doubled; lines end with CRLF.
enum CSVWriter {
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline } || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
