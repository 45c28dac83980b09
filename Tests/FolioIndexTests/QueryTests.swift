import Testing
@testable import FolioIndex

/// The query language: what each operator becomes in FTS5, and what each malformed query says.
@Suite struct QueryTests {
    private func fts(_ text: String) throws -> String { FTSQuery.expression(try Query.parse(text)) }

    private func message(_ text: String) -> String? {
        do { _ = try Query.parse(text); return nil } catch { return error.message }
    }

    @Test func wordsAreAndedAndQuotedSoNoWordIsReadAsAnOperator() throws {
        #expect(try fts("raqqa dresden") == #"("raqqa" AND "dresden")"#)
        #expect(try fts("raqqa AND dresden") == #"("raqqa" AND "dresden")"#)
        #expect(try fts("near") == #""near""#)
    }

    @Test func aPhraseInStraightOrCurlyQuotesIsOnePhrase() throws {
        #expect(try fts(#""wiped off the face""#) == #""wiped off the face""#)
        #expect(try fts("“wiped off the face”") == #""wiped off the face""#)
        #expect(try fts("«civil war»") == #""civil war""#)
    }

    /// Found by `make fuzz`: a NUL ended the bound expression inside SQLite, in mid-phrase.
    @Test func controlCharactersSeparateWordsLikeSpaces() throws {
        #expect(try fts("au\u{0}thor:Gaz") == #"("au" AND "thor:Gaz")"#)
        #expect(try fts("\"wiped\u{0}off\u{1B}the\"") == #""wiped off the""#)
    }

    /// Found by `make fuzz`: a straight quote under a combining mark is one `Character` to Swift,
    /// so it was not doubled, and FTS5 saw an unterminated string.
    @Test func aQuoteUnderACombiningMarkIsStillDoubledForFTS5() throws {
        #expect(try fts("speaker:i\"\u{0325}") == "speakers : \"i\"\"\u{0325}\"")
    }

    @Test func aStarMakesAPrefix() throws {
        #expect(try fts("Dresden*") == #""Dresden"*"#)
    }

    @Test func orJoinsAlternatives() throws {
        #expect(try fts("raqqa OR mosul") == #"("raqqa" OR "mosul")"#)
        #expect(try fts("isis raqqa OR mosul") == #"(("isis" AND "raqqa") OR "mosul")"#)
    }

    @Test func minusAndNotExcludeAfterWhatIsFound() throws {
        #expect(try fts("raqqa -dresden") == #"(("raqqa") NOT "dresden")"#)
        #expect(try fts("raqqa NOT dresden") == #"(("raqqa") NOT "dresden")"#)
        #expect(try fts("Anglo-American") == #""Anglo-American""#)
    }

    @Test func parenthesesGroup() throws {
        #expect(try fts("(raqqa OR mosul) coalition") == #"(("raqqa" OR "mosul") AND "coalition")"#)
    }

    @Test func fieldsLimitATermOrAGroupToOneColumn() throws {
        #expect(try fts("title:raqqa") == #"title : "raqqa""#)
        #expect(try fts(#"speaker:"Igor Konashenkov""#) == #"speakers : "Igor Konashenkov""#)
        #expect(try fts("quote:(dresden OR raqqa)") == #"(quotes : "dresden" OR quotes : "raqqa")"#)
        #expect(try fts("comment: dresden author:gaz site:southfront") == #"(comments : "dresden" AND authors : "gaz" AND site : "southfront")"#)
    }

    @Test func aDoubleQuoteInsideAWordCannotEscapeItsString() throws {
        #expect(FTSQuery.string(#"say "hi" OR title:x"#) == #""say ""hi"" OR title:x""#)
        #expect(try fts(#""title: raqqa""#) == #""title: raqqa""#)
        #expect(try fts("NEAR(a b)") == #"("NEAR" AND ("a" AND "b"))"#)
    }

    @Test func malformedQueriesSayWhatIsWrongAndWhere() {
        #expect(message(#""unclosed"#) == "the phrase opened at column 1 is not closed")
        #expect(message("title:") == "title: at column 1 needs a word, a phrase or a group after it")
        #expect(message("(") == "the ( at column 1 is not closed")
        #expect(message("(raqqa") == "the ( at column 1 is not closed")
        #expect(message("raqqa)") == "the ) at column 6 closes no parenthesis")
        #expect(message("()") == "the ( at column 1 holds nothing to search for")
        #expect(message("OR raqqa") == "OR at column 1 needs something to search for before it")
        #expect(message("raqqa OR") == "OR at column 7 needs something to search for after it")
        #expect(message("AND raqqa") == "AND at column 1 needs something to search for before it")
        #expect(message("-raqqa") == "a query cannot only exclude words: add a word to search for")
        #expect(message("raqqa OR -mosul") == "a query cannot only exclude words: add a word to search for")
        #expect(message("raqqa NOT") == "NOT at column 7 needs a word after it")
        #expect(message("") == "the query is empty")
        #expect(message("   ") == "the query is empty")
        #expect(message("***") == "“**” has no letters or digits to search for")
    }
}
