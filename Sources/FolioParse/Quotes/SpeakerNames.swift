import Foundation

/// One canonical name per speaker. Articles name people several ways ("Major General Igor
/// Konashenko", "Gen. Igor Konashenkov", "Konashenkov") and misspell them; the canonical name is
/// the fullest form given, titles already stripped by `Mention`.
public enum SpeakerNames {
    /// Maps every name to its canonical form.
    public static func canonical(_ names: [String]) -> [String: String] {
        var groups: [[String]] = []
        var folded: [String: [String]] = [:]
        for name in Set(names).sorted() {
            let w = words(name)
            folded[name] = w
            if let g = groups.firstIndex(where: { $0.contains { sameSpeaker(folded[$0]!, w) } }) {
                groups[g].append(name)
            } else {
                groups.append([name])
            }
        }
        var result: [String: String] = [:]
        for group in groups {
            // The fullest form; between equally full ones the longer spelling, because scraped
            // text drops letters more often than it adds them.
            let best = group.max { a, b in
                let (wa, wb) = (a.split(separator: " ").count, b.split(separator: " ").count)
                return wa != wb ? wa < wb : (a.count != b.count ? a.count < b.count : a > b)
            }!
            for name in group { result[name] = best }
        }
        return result
    }

    /// Same surname (one typo allowed) and no first names that differ; or, for organisations, one
    /// name the end of the other ("Ministry of Defense", "Russian Ministry of Defense").
    public static func sameSpeaker(_ a: String, _ b: String) -> Bool { sameSpeaker(words(a), words(b)) }

    private static func sameSpeaker(_ wa: [String], _ wb: [String]) -> Bool {
        guard let la = wa.last, let lb = wb.last else { return false }
        if wa == wb { return true }
        let organisation = (wa + wb).contains { AttributionLexicon.organisationWords.contains($0) }
        if organisation {
            return wa.count < wb.count ? wb.suffix(wa.count).elementsEqual(wa) : wa.suffix(wb.count).elementsEqual(wb)
        }
        guard la == lb || (oneEditApart(la, lb) && min(la.count, lb.count) >= 5) else { return false }
        if wa.count >= 2, wb.count >= 2 { return oneEditApart(wa[0], wb[0]) }
        return true
    }

    /// The words of a name, case and accents folded: "Konashenkó" is typed for "Konashenko".
    private static func words(_ name: String) -> [String] {
        let plain = name.unicodeScalars.allSatisfy(\.isASCII) ? name : name.folding(options: .diacriticInsensitive, locale: nil)
        return TextFold.fold(plain).spaceSeparated().map(String.init).filter { $0 != "the" }
    }

    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        return x[min(i + 1, x.count)...] == y[min(i + 1, y.count)...]
            || x[i...] == y[min(i + 1, y.count)...]
            || x[min(i + 1, x.count)...] == y[i...]
    }
}
