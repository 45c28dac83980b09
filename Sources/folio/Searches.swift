import ArgumentParser
import FolioIndex
import FolioParse

/// `folio searches [PATH...]`: the searches kept with `--save` (or Ctrl-S at the reader's
/// prompt), each with how many articles of the corpus it finds now.
struct Searches: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "searches",
        abstract: "List the searches you kept, with how many articles each finds now.")

    @Argument(help: "Folders or files of the corpus the counts are of.")
    var paths: [String] = ["seeds"]

    @OptionGroup var index: IndexOptions

    func run() throws {
        let (opened, _) = try index.open(paths, showProgress: true, quickCheck: true)
        let saved = try opened.userData?.savedSearches() ?? []
        guard !saved.isEmpty else {
            Console.error("no searches kept: folio search QUERY --save NAME keeps one")
            throw ExitCode(1)
        }
        for search in saved {
            let found = (try? opened.count(search.query)).map { "\($0) article\($0 == 1 ? "" : "s")" } ?? "a query this version cannot read"
            // Tab-separated, for cut and awk; each field made safe for the terminal alone.
            print(["@" + search.name, search.query, found].map { TerminalSafe.text($0, keepLineBreaks: false) }.joined(separator: "\t"))
        }
    }
}
