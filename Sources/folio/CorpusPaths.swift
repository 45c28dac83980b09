import ArgumentParser

/// The corpus a command reads, named the same way by every command.
struct CorpusPaths: ParsableArguments {
    @Argument(help: "Files or directories of articles (text, CSV, JSON Lines, JSON).")
    var paths: [String]
}
