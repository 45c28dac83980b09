/// Finds the date or time in a short line ("Rachel says 28 January 2018 at 08:48", "#1 — vor 8
/// Stunden", "Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07", "AmySeptember 11, 2008 at 2:06 PM")
/// and what stands before and after it. Comment systems print a date with every comment, in the
/// page's language and their own format, so the date is what a comment header is known by.
///
/// A line is cut into words at spaces; each word is a kind of date word or not (`DateWords`), and
/// the date is the longest run of date words that holds a day and a month, a numeric date, a
/// time with a day, or a time ago.
struct DateLine: Equatable {
    /// Bytes of the line before the date, the date itself, and after it.
    var before: Substring
    var date: Substring
    var after: Substring

    /// Lines longer than this are sentences that may mention a date, not a header.
    static let mostWords = 16

    static func find(_ line: String) -> DateLine? {
        // Every form has a digit except "yesterday" and "a month ago", which no widget prints alone.
        guard line.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        var words: [(range: Range<String.Index>, kind: DateWords.Kind)] = []
        var start: String.Index?
        var i = line.startIndex
        while true {
            let atEnd = i == line.endIndex
            if atEnd || line[i] == " " || line[i] == "\u{A0}" {
                if let s = start {
                    if words.count == mostWords { return nil }
                    words.append((s..<i, DateWords.kind(of: line[s..<i])))
                    start = nil
                }
                if atEnd { break }
            } else if start == nil {
                start = i
            }
            i = line.index(after: i)
        }
        // The longest qualifying run of date words.
        var best: (Int, Int)?
        var s = 0
        while s < words.count {
            guard words[s].kind != .other else { s += 1; continue }
            var e = s
            while e < words.count, words[e].kind != .other { e += 1 }
            var (a, b) = (s, e)
            // A run opens on a word that starts a date: a number only before its month or unit.
            while a < b, words[a].kind == .connector || words[a].kind == .zone || (words[a].kind == .number && !(a + 1 < b && [.month, .unit, .number].contains(words[a + 1].kind))) { a += 1 }
            while b > a, words[b - 1].kind == .connector { b -= 1 }
            if a < b, qualifies(words[a..<b].map(\.kind)), best.map({ b - a > $0.1 - $0.0 }) ?? true { best = (a, b) }
            s = e
        }
        if best == nil, let glued = gluedMonth(line, words) { return glued }
        guard let (a, b) = best else { return nil }
        let dateStart = words[a].range.lowerBound, dateEnd = words[b - 1].range.upperBound
        return DateLine(before: line[..<dateStart], date: line[dateStart..<dateEnd], after: line[dateEnd...])
    }

    private static func qualifies(_ kinds: [DateWords.Kind]) -> Bool {
        let has = { (k: DateWords.Kind) in kinds.contains(k) }
        if has(.numericDate) { return true }
        if has(.month), has(.number) || has(.year) { return true }
        if has(.time), has(.weekday) || has(.number) || has(.day) { return true }
        if has(.unit), has(.number) || has(.count), has(.ago) { return true }
        return false
    }

    /// Blogger prints the name and the date with no space between ("AmySeptember 11, 2008 at
    /// 2:06 PM"): a word that ends in a capitalised month name, before a date's numbers.
    private static func gluedMonth(_ line: String, _ words: [(range: Range<String.Index>, kind: DateWords.Kind)]) -> DateLine? {
        for (n, word) in words.enumerated() where word.kind == .other && n + 1 < words.count && words[n + 1].kind == .number {
            let text = line[word.range]
            for month in DateWords.capitalisedMonths where text.count > month.count && text.hasSuffix(month) {
                let split = text.index(text.endIndex, offsetBy: -month.count)
                guard text[text.index(before: split)].isLetter else { continue }
                var rest = Array(words[(n + 1)...].map(\.kind))
                rest.insert(.month, at: 0)
                var b = rest.count
                if let other = rest.firstIndex(of: .other) { b = other }
                guard qualifies(Array(rest[..<b])) else { continue }
                let end = b == rest.count ? line.endIndex : words[n + b].range.lowerBound
                return DateLine(before: line[..<split], date: line[split..<end], after: line[end...])
            }
        }
        return nil
    }
}

/// The words dates are written with, as data.
enum DateWords {
    enum Kind: Equatable { case month, weekday, number, year, numericDate, time, unit, ago, count, day, connector, zone, other }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "mrz", "okt", "dez",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "janv", "févr", "avr", "juil", "déc", "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "dic",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
    ]

    /// Full month names as a name glued to them shows them ("AmySeptember").
    static let capitalisedMonths: [String] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    ]

    /// Units of a time ago ("6 months ago", "vor 8 Stunden", "il y a 2 jours").
    static let units: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "sekunde", "sekunden", "minuten", "stunde",
        "stunden", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren",
        "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
        "année", "années", "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "semana",
        "semanas", "mes", "meses", "año", "años", "секунду", "секунды", "секунд", "минуту", "минуты", "минут",
        "час", "часа", "часов", "день", "дня", "дней", "неделю", "недели", "недель", "месяц", "месяца",
        "месяцев", "год", "года", "лет",
    ]

    /// Words that make a unit a time ago, before or after it.
    static let ago: Set<String> = ["ago", "her", "vor", "hace", "il", "назад", "depuis"]

    /// Words that count a unit ("a month ago", "vor einem Tag").
    static let counts: Set<String> = ["a", "an", "one", "ein", "einem", "einer", "un", "une", "una"]

    static let days: Set<String> = ["yesterday", "today", "gestern", "heute", "hier", "aujourd'hui", "ayer", "hoy", "вчера", "сегодня"]

    static let connectors: Set<String> = [
        "at", "on", "um", "à", "le", "de", "del", "of", "the", "y", "в", "-", "/", "|", "@", ",", "·", "•",
    ]

    /// Words after a time or a year that belong to the date ("10:25 pm", "2019 г."); "am" is also
    /// German for "on", so none of them starts a date.
    static let zones: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "h", "uhr", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "г", "г.",
    ]

    static func kind(of word: Substring) -> Kind {
        var w = TextFold.fold(word)[...]
        // "#1" is a comment's number, printed beside its date.
        if w.first == "#", w.dropFirst().allSatisfy(\.isASCIIDigit), w.count > 1 { return .connector }
        while let c = w.first, ",(|[".contains(c) { w = w.dropFirst() }
        while let c = w.last, ",)|]".contains(c) { w = w.dropLast() }
        if w.isEmpty || w == "-" { return .connector }
        let s = String(w)
        if connectors.contains(s) { return .connector }
        if zones.contains(s) { return .zone }
        if w.allSatisfy(\.isASCIIDigit) {
            return w.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")) ? .year : (w.count <= 2 ? .number : .other)
        }
        let bare = s.hasSuffix(".") ? String(s.dropLast()) : s
        if months.contains(bare) { return .month }
        if weekdays.contains(bare) { return .weekday }
        if units.contains(s) { return .unit }
        if ago.contains(s) { return .ago }
        if counts.contains(s) { return .count }
        if days.contains(s) { return .day }
        // "8." and "1st": a day of the month.
        if let digits = w.firstIndex(where: { !$0.isASCIIDigit }), digits != w.startIndex, w.distance(from: w.startIndex, to: digits) <= 2,
           ["." , "st", "nd", "rd", "th", "er", "e"].contains(String(w[digits...])) { return .number }
        if isTime(w) { return .time }
        if isNumericDate(w) { return .numericDate }
        return .other
    }

    /// "08:34", "2:06", "08h07", "10:25pm".
    private static func isTime(_ w: Substring) -> Bool {
        var w = w
        for suffix in ["am", "pm", "h", "uhr"] where w.hasSuffix(suffix) { w = w.dropLast(suffix.count); break }
        let parts = w.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "h" }
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return parts[0].count <= 2 && parts[1].count == 2
    }

    /// "12/03/2025", "15.05.2019", "2019-05-15".
    private static func isNumericDate(_ w: Substring) -> Bool {
        var w = w
        if w.hasSuffix(".") || w.hasSuffix(",") { w = w.dropLast() }
        for separator: Character in ["/", ".", "-"] {
            let parts = w.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { continue }
            return parts[0].count == 4 || parts[2].count == 4 || parts[2].count == 2
        }
        return false
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
