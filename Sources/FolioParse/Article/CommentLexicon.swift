/// The words comment systems print around reader comments, in the languages of the corpora
/// (English, German, French, Spanish, Russian). The structure of a comment section is found by
/// its shape (`CommentHeader`, `CommentSection`); these lists only name its labels, so a new
/// widget's chrome is a line added here, not a rule.
///
/// Entries are matched against a whole line as `CommentLexicon.shape` writes it: folded by
/// `TextFold`, every run of digits made one `#` ("33 Comments" is `# comments`).
enum CommentLexicon {
    /// Lines that open a comment section: a count, a title, or the comment form's heading.
    static let sectionLines: Set<String> = [
        "notify of", "newest most voted", "oldest newest most voted", "inline feedbacks", "inline feedback",
        "view all comments", "show comments", "load comments", "comments #",
        "comments", "reader comments", "# comments", "# comment", "# reader comments", "# comments:",
        "# comment:", "comments (#)", "see all comments (#)", "show comments (#)", "# responses", "# replies",
        "join the discussion", "add a comment", "add comment", "leave a reply", "leave a comment",
        "post a comment", "write a comment", "kommentare", "# kommentare", "# kommentar", "kommentare (#)",
        "kommentare schreibe einen kommentar", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "kommentar schreiben", "leserkommentare", "commentaires", "# commentaires", "# commentaire",
        "poster un commentaire", "laisser un commentaire", "laissez un commentaire", "réagir", "comentarios",
        "# comentarios", "# comentario", "deja un comentario", "dejar un comentario", "комментарии",
        "# комментариев", "# комментария", "# комментарий", "оставить комментарий", "добавить комментарий",
    ]

    /// Beginnings of section headers that go on with the article's title or a count.
    static let sectionPrefixes: [String] = [
        "# thoughts on ", "one thought on ", "# responses to ", "one response to ", "# replies to ",
        "# comments on ", "# comments to ", "there are # comments", "{ # comments", "# comments comment from",
        "# gedanken zu ", "# antworten auf ", "# kommentare zu ", "ein gedanke zu ", "# commentaires sur ",
        "# réponses à ", "# comentarios en ", "# respuestas a ",
    ]

    /// Lines after which the page's own furniture follows, not more of a comment: the comment
    /// form, a closed thread, paging, another page's comments in a sidebar.
    static let closingLines: Set<String> = [
        "leave a reply", "leave a comment", "write a comment", "post a comment", "add a comment", "add comment",
        "comments are closed.", "comments are closed", "comments are currently closed.", "these comments are closed.",
        "recent comments", "load more...", "load more", "load more comments", "show more comments",
        "view all # comments", "older comments", "newer comments", "comments navigation", "← previous comments",
        "previous comments", "next comments →", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "kommentar schreiben", "kommentarseiten", "weitere kommentare", "neueste kommentare", "aktuelle diskussion",
        "kommentare sind geschlossen.", "poster un commentaire", "laisser un commentaire", "commentaires récents",
        "deja un comentario", "comentarios recientes", "оставить комментарий", "последние комментарии",
    ]

    static let closingPrefixes: [String] = [
        "schreibe einen kommentar ", "leave a reply ", "you must be logged in", "bitte melden sie sich an",
        "vous devez vous abonner", "vous devez être connecté", "debes iniciar sesión",
    ]

    /// Links and counters printed with each comment.
    static let actionLines: Set<String> = [
        "reply", "replies", "replydelete", "reply to comment", "delete", "edit", "report", "flag", "like", "likes",
        "quote", "permalink", "link", "share", "upvote", "downvote", "translate", "show all", "original", "×",
        "#", "+#", "-#", "# likes", "# like", "like (#)", "# replies", "# reply", "# points", "# votes",
        "no readers like this yet.", "+ # more replies", "show # more replies", "view # replies",
        "view # more replies", "load # more replies", "antworten", "melden", "empfehlen", "zitieren", "teilen",
        "daumen hoch#daumen runter", "+ # weitere antworten anzeigen", "# antworten", "répondre", "signaler",
        "citer", "responder", "denunciar", "ответить", "пожаловаться",
    ]

    /// Role badges a widget prints beside a commenter's name.
    static let badges: Set<String> = [
        "guest", "gast", "invité", "invitado", "author", "autor", "auteur", "admin", "administrator",
        "moderator", "modérateur", "moderador", "member", "mitglied", "гость", "автор",
    ]

    /// Words a widget prints after a commenter's name ("Hans says:", "Rachel says 28 January").
    static let saysWords: Set<String> = [
        "says", "says:", "sagt", "sagt:", "schreibt", "schreibt:", "dit", "dit:", "dice", "dice:",
        "пишет", "пишет:",
    ]

    /// Words that stand before a name on an author line: a commenter's ("Par Bruno Gobin, le …")
    /// or the article's ("by oz on December 4, 2006").
    private static let bylineWords: Set<String> = ["by", "von", "par", "por"]

    static func isBylineWord(_ word: some StringProtocol) -> Bool { bylineWords.contains(TextFold.fold(word)) }

    /// Whether a line opens with such a word.
    static func opensWithByline(_ line: String) -> Bool { line.spaceSeparated().first.map(isBylineWord) ?? false }

    /// Labels a system adds after a name: "Hx (not verified)".
    static let nameSuffixes: [String] = [" (not verified)", " (nicht überprüft)", " (non vérifié)", " (no verificado)"]

    /// Reply labels that name the comment answered: each is the words before the name, and the
    /// word between a quoted opening and the name where the label gives one ("In reply to
    /// Thanks. I considered by Jason B").
    static let replyCues: [(prefix: String, by: String?)] = [
        ("in reply to ", " by "), ("reply to ", nil), ("replying to ", nil), ("antwort auf ", " von "),
        ("antwort an ", nil), ("en réponse à ", " de "), ("répondre à ", nil), ("en respuesta a ", " de "),
        ("respuesta a ", nil), ("ответ на ", nil),
    ]

    /// Words that open a reply addressed to an earlier commenter ("hallo Robert,", "Zitat Nossi:").
    static let addressWords: Set<String> = [
        "hi", "hello", "hey", "dear", "hallo", "lieber", "liebe", "zitat", "quote", "quoting", "cher", "chère",
        "bonjour", "salut", "hola", "querido", "querida", "@",
    ]

    /// Titles between an address word and a name ("@ Herr Dietmar Hilsebein").
    static let honorifics: Set<String> = ["herr", "frau", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "monsieur", "madame", "señor", "señora"]

    /// A line as the lists above hold it: folded, digit runs made `#`. Most short lines have no
    /// digit and are their own shape, with nothing copied.
    static func shape(_ key: String) -> String {
        var copy = key
        return copy.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { $0 &- 0x30 < 10 }) else { return key }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var inDigits = false
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    if i >= first, b &- 0x30 < 10 {
                        if !inDigits { out[count] = UInt8(ascii: "#"); count += 1 }
                        inDigits = true
                    } else {
                        out[count] = b
                        count += 1
                        inDigits = false
                    }
                }
                return count
            }
        }
    }

    /// `words` is the line's word count.
    static func opensSection(shape: String, words: Int) -> Bool {
        matches(shape, words: words, sectionLines, mostWords: sectionLineWords, sectionPrefixes, first: sectionPrefixFirstBytes)
    }

    static func closesComments(shape: String, words: Int) -> Bool {
        matches(shape, words: words, closingLines, mostWords: closingLineWords, closingPrefixes, first: closingPrefixFirstBytes)
    }

    /// Every short line of every article is asked whether it opens a comment section, so the
    /// look-ups are skipped where a line's word count or first byte rules them out.
    private static func matches(_ shape: String, words: Int, _ lines: Set<String>, mostWords: Int, _ prefixes: [String], first: ByteSet) -> Bool {
        if words <= mostWords, lines.contains(shape) { return true }
        guard let byte = shape.utf8.first, first.contains(byte) else { return false }
        return prefixes.contains { shape.starts(withBytes: $0) }
    }

    static let sectionLineWords = sectionLines.map { $0.split(separator: " ").count }.max()!
    static let closingLineWords = closingLines.map { $0.split(separator: " ").count }.max()!
    static let sectionPrefixFirstBytes = ByteSet(sectionPrefixes.compactMap(\.utf8.first))
    static let closingPrefixFirstBytes = ByteSet(closingPrefixes.compactMap(\.utf8.first))
}
