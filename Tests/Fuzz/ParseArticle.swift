/// libFuzzer entry for the article parser: any bytes must parse, without a trap, into an article
/// that keeps `ArticleInvariants`. Built and run by `make fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func parseArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article = ArticleParser.parse(bytes: bytes, source: "fuzz")
    let violations = ArticleInvariants.violations(article)
    if !violations.isEmpty { fatalError(violations.joined(separator: "; ")) }
    return 0
}
