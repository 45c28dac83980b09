import FolioParse

/// Walks a corpus for a command: each article parsed and handed on, each unreadable part reported
/// on standard error with its file name while the rest goes on.
enum CorpusRun {
    /// Returns whether anything failed, so the command can exit 1 at the end. The lines the
    /// corpus repeats on many pages are learned first from a sample of it (`RepeatedLines`).
    static func each(_ paths: [String], _ body: (Article) -> Void) -> Bool {
        let repeated = RepeatedLines.learn(from: Corpus(paths: paths).lazy.compactMap { try? $0.get() })
        var failed = false
        for result in Corpus(paths: paths) {
            switch result {
            case .success(let document): body(ArticleParser.parse(document, repeated: repeated))
            case .failure(let error):
                failed = true
                Console.error(error.description)
            }
        }
        return failed
    }
}
