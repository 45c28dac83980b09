import ArgumentParser
import Foundation
import FolioIndex
import FolioParse

/// `folio tag QUERY [PATH...] --add TAG --remove TAG --note TEXT`: marks every article a search
/// matches, as notmuch tags mail from the command line; the reader's `t`, `T` and `a` do the
/// same for one article.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Put tags on every article a search matches, or take them off.",
        discussion: "Tags are kept in $XDG_DATA_HOME/folio (else ~/.local/share/folio), apart from every index; tag:NAME finds them.")

    @OptionGroup var matched: MatchedArticles

    @Option(help: "A tag to put on each article (repeat for more).")
    var add: [String] = []

    @Option(help: "A tag to take off each article (repeat for more).")
    var remove: [String] = []

    @Option(help: "A note to keep on each article in place of its note (an empty one takes it away).")
    var note: String?

    @OptionGroup var index: IndexOptions

    func validate() throws {
        if add.isEmpty, remove.isEmpty, note == nil { throw ValidationError("give a tag to --add or to --remove, or a --note") }
    }

    func run() throws {
        let (opened, sources) = try matched.sources(index)
        guard let user = opened.userData else { throw ExitCode(1) }
        // The tags as kept (the spelling of one in use, no `;`), for what is said.
        var kept = Dictionary(uniqueKeysWithValues: add.map { ($0, $0) })
        for source in sources {
            guard let article = try opened.identity(of: source) else { continue }
            for tag in add { kept[tag] = try user.tag(article, tag) ?? tag }
            for tag in remove { try user.untag(source, tag) }
            if let note { try user.setNote(article, note) }
        }
        let changes = add.map { "+\(kept[$0] ?? $0)" } + remove.map { "-\($0)" } + (note.map { ["note “\($0)”"] } ?? [])
        print(TerminalSafe.text("\(changes.joined(separator: " ")): \(sources.count) article\(sources.count == 1 ? "" : "s")", keepLineBreaks: false))
        if sources.isEmpty { throw ExitCode(1) }
    }
}
