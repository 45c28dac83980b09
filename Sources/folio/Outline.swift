import FolioIndex
import FolioParse

/// The readable outline of `folio parse`: the title, each block labelled with its kind, and the
/// comments as an indented tree.
enum Outline {
    static func render(_ article: Article) -> String {
        var out = "== \(article.source)\n"
        out += "title: \(article.title)\n"
        if article.encoding != .utf8 { out += "encoding: \(article.encoding.rawValue)\n" }
        for story in article.stories { out += "story: \(story)\n" }
        for block in article.blocks where block.kind != .comment {
            out += "\(label(block.kind)) \(block.text)\n"
        }
        let quotes = article.quotes.filter { !$0.inComment }
        if !quotes.isEmpty {
            out += "quotes (\(quotes.count)):\n"
            for quote in quotes {
                out += "  \(quote.kind.rawValue.padding(toLength: 8))"
                if let speaker = quote.speaker {
                    out += "\(speaker)"
                    if let mention = quote.mention, mention != speaker { out += " as “\(mention)”" }
                    if let sieve = quote.sieve { out += " (\(sieve.rawValue))" }
                } else {
                    out += quote.mention.map { "(no speaker: “\($0)”)" } ?? "(no speaker)"
                }
                out += ": \(quote.text)\n"
            }
        }
        if !article.comments.isEmpty {
            out += "comments (\(article.comments.count)):\n"
            var depth = [Int](repeating: 0, count: article.comments.count)
            for comment in article.comments {
                let level = comment.parent.map { depth[$0] + 1 } ?? 0
                depth[comment.index] = level
                let indent = String(repeating: "  ", count: level + 1)
                out += "\(indent)#\(comment.index + 1) \(comment.author ?? "(no name)")"
                if let parent = comment.parent { out += " replying to #\(parent + 1)" }
                out += "\n"
                for paragraph in comment.paragraphs { out += "\(indent)  \(paragraph)\n" }
            }
        }
        return out
    }

    /// The user's marks on the article and its quotations, as the reader's outline ends with
    /// them (`folio seeds | less`); nothing for an article without any.
    static func marks(_ article: Article, _ user: UserData) -> String {
        let marks = (try? user.marks(of: [article.source]))?[article.source] ?? UserData.Marks()
        let (quoteTags, quoteNotes) = ((try? user.quoteTags(of: article.source)) ?? [:], (try? user.quoteNotes(of: article.source)) ?? [:])
        func said(_ tags: [String], _ note: String?) -> String {
            (tags.map { "#" + $0 } + (note.map { ["note: " + UserData.oneLine($0)] } ?? [])).joined(separator: " · ")
        }
        var out = ""
        if marks.read || !marks.tags.isEmpty || marks.note != nil {
            out += "marks: " + ([marks.read ? "read" : "unread"] + [said(marks.tags, marks.note)].filter { !$0.isEmpty }).joined(separator: " · ") + "\n"
        }
        for quote in article.quotes where quoteTags[quote.range.lowerBound] != nil || quoteNotes[quote.range.lowerBound] != nil {
            out += "  marked quotation “\(quote.text.prefix(40))…”: " + said(quoteTags[quote.range.lowerBound] ?? [], quoteNotes[quote.range.lowerBound]) + "\n"
        }
        return out
    }

    private static func label(_ kind: Block.Kind) -> String {
        let name = "[\(kind.rawValue)]"
        return name.padding(toLength: 13)
    }
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
