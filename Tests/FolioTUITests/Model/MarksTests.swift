import Foundation
import Testing
@testable import FolioTUI

/// Tags and read marks put on articles from the keyboard.
@Suite struct MarksTests {
    @Test func tTagsTheArticleUnderTheCursorWhichTheLibraryShowsAndTagFinds() throws {
        let d = try Driver(width: 100, height: 9)
        d.press(.char("j"), .char("t"))
        #expect(d.statusLine.hasPrefix("tag: ▏"))
        d.type("Dresden comparison")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("tagged “Dresden comparison”"))
        #expect(d.lines[2].contains("Russian Military Releases Photos") && d.lines[2].contains("#Dresden comparison"))
        #expect(!d.lines[1].contains("#"))
        // Said as kept: no `;`, which an export puts between tags.
        d.press(.char("k"), .char("t"))
        d.type("claims;hoax")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("tagged “claims,hoax”"))
        d.press(.char("/"))
        d.type("tag:dresden*")
        // The results show the marks as the library does.
        #expect(d.lines[1].contains("Russian Military Releases Photos") && d.lines[1].hasSuffix("#Dresden comparison"))
        #expect(d.statusLine.hasSuffix("1 article · best first"))
    }

    @Test func tabCompletesATagInUseAndCapitalTTakesOneOff() throws {
        let d = try Driver(width: 100, height: 9)
        d.press(.char("t"))
        d.type("anonymous source")
        d.press(.enter, .char("j"), .char("j"), .char("t"))
        // The tags in use are offered, and Tab takes the first that starts with what is typed.
        #expect(d.statusLine.contains("Tab: anonymous source"))
        d.type("an")
        d.press(.tab)
        #expect(d.statusLine.hasPrefix("tag: anonymous source▏"))
        d.press(.enter)
        #expect(d.lines[3].contains("#anonymous source"))
        d.press(.char("T"), .tab, .enter)
        #expect(d.statusLine.hasPrefix("took “anonymous source” off"))
        d.press(.char("T"))
        #expect(d.statusLine.hasPrefix("the article has no tags"))
        d.press(.char("k"), .char("k"), .char("T"))
        d.type("hoax")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("“hoax” is not on the article"))
        #expect(!d.lines[3].contains("#"))
        #expect(d.lines[1].contains("#anonymous source"))
        // Esc leaves a tag prompt without tagging.
        d.press(.char("t"))
        d.type("draft")
        d.press(.escape)
        #expect(!d.screen.contains("#draft"))
    }

    @Test func anArticleOpenedIsReadAndNoLongerBoldAndUMarksItUnread() throws {
        let d = try Driver(width: 100, height: 9)
        let title = 2
        #expect(d.grid[2, title].style.bold)
        d.press(.char("j"), .enter, .char("q"), .char("k"))
        #expect(!d.grid[2, title].style.bold)
        #expect(d.grid[3, title].style.bold)
        d.press(.char("j"), .char("u"))
        #expect(d.statusLine.hasPrefix("marked unread"))
        d.press(.char("k"))
        #expect(d.grid[2, title].style.bold)
        // In an article, u marks it unread too.
        d.press(.enter, .char("u"))
        #expect(d.statusLine.hasPrefix("marked unread"))
    }

    @Test func aWritesANoteThatOpeningSaysAndNoteFindsAndAnEmptyOneTakesAway() throws {
        let d = try Driver(width: 100, height: 9)
        d.press(.char("j"), .char("j"), .char("a"))
        #expect(d.statusLine.hasPrefix("note: ▏"))
        d.type("claims Raqqa was wiped out, as Dresden")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("note kept"))
        #expect(d.lines[3].contains("✎"))
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("note: claims Raqqa was wiped out, as Dresden"))
        d.press(.char("t"))
        d.type("raqqa")
        d.press(.enter, .char("q"), .enter)
        #expect(d.statusLine.hasPrefix("#raqqa · note: claims Raqqa was wiped out, as Dresden"))
        d.press(.char("q"), .char("/"))
        d.type("note:dresden")
        #expect(d.lines[1].contains("Russia Accuses U.S. Of Wiping Entire Syrian City"))
        #expect(d.statusLine.hasSuffix("1 article · best first"))
        d.press(.escape, .char("a"))
        // The prompt starts from the note there is; emptied, it takes it away.
        #expect(d.statusLine.hasPrefix("note: claims Raqqa was wiped out, as Dresden▏"))
        d.press(.ctrl("u"), .enter)
        #expect(d.statusLine.hasPrefix("took the note away"))
        #expect(!d.lines[3].contains("✎"))
        d.press(.char("a"), .enter)
        #expect(d.statusLine.hasPrefix("there was no note"))
    }

    @Test func ctrlSAtTheSearchPromptKeepsTheSearchThatAtNameSearchesAgain() throws {
        let d = try Driver(width: 100, height: 9)
        d.press(.char("/"))
        d.type("Dresden -speaker:kiselyov")
        d.press(.ctrl("s"))
        #expect(d.statusLine.hasPrefix("keep as: @▏"))
        d.type("dresden")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("kept as @dresden: /@dresden searches it again"))
        d.press(.escape, .char("/"))
        d.type("@dresden")
        #expect(d.statusLine.hasSuffix("2 articles · best first"))
        d.press(.ctrl("u"), .ctrl("s"))
        #expect(d.statusLine.hasPrefix("type a search, then Ctrl-S keeps it by a name"))
        // @ in the library lists the searches kept, counted now; Enter searches one again.
        d.press(.escape, .char("@"))
        #expect(d.lines[0].hasPrefix(" Searches kept"))
        #expect(d.lines[1].hasPrefix(" @dresden") && d.lines[1].contains("Dresden -speaker:kiselyov") && d.lines[1].hasSuffix("2 articles"))
        #expect(d.statusLine.hasPrefix("1 search kept · Enter searches again"))
        d.press(.enter)
        #expect(d.lines[0].hasPrefix(" Search: @dresden"))
        #expect(d.statusLine.hasPrefix("2 articles · best first"))
        d.press(.char("q"), .char("q"))
        #expect(d.statusLine.hasPrefix("5 articles"))
    }

    @Test func tInTheQuotePanelTagsTheQuotationWhichThePanelShowsAndTagFinds() throws {
        let d = try Driver(width: 120, height: 12)
        d.press(.enter, .char("Q"), .char("t"))
        d.type("dresden comparison")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("tagged the quotation “dresden comparison”"))
        #expect(d.lines[1].contains("Igor Konashenkov") && d.lines[1].hasSuffix("#dresden comparison"))
        #expect(!d.lines[2].contains("#"))
        // The article itself has no tag of its own: the library shows none.
        d.press(.char("Q"), .char("q"))
        #expect(!d.lines[1].contains("#"))
        d.press(.char("/"))
        d.type("tag:\"dresden comparison\"")
        #expect(d.statusLine.hasSuffix("1 article · best first"))
        d.press(.enter, .char("Q"), .char("T"), .tab, .enter)
        #expect(d.statusLine.hasPrefix("took “dresden comparison” off"))
        #expect(!d.lines[1].contains("#"))
        // A note on the quotation, shown in the panel after ✎, found by note:.
        d.press(.char("a"))
        d.type("the ministry's comparison")
        d.press(.enter)
        #expect(d.lines[1].hasSuffix("✎ the ministry's comparison"))
        d.press(.char("Q"), .char("q"), .char("q"), .char("/"))
        d.type("note:ministry")
        #expect(d.statusLine.hasSuffix("1 article · best first"))
    }

    @Test func capitalEExportsTheListsArticlesToACSVFileNamedOnTheStatusLine() throws {
        let d = try Driver(width: 200, height: 9)
        d.press(.char("/"))
        d.type("Dresden")
        d.press(.enter, .char("q"), .char("E"))
        let said = d.statusLine
        #expect(said.hasPrefix("exported 3 articles to \(d.scratch)/folio-export-"))
        let path = try #require(said.split(separator: " ").first { $0.hasSuffix(".csv") }.map(String.init))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "source,title,site,date,url,tags,note,words,quotes,comments")
        #expect(lines.dropFirst().map { $0.prefix(9) } == ["seeds/000", "seeds/001", "seeds/004"])
        d.press(.char("q"), .char("E"))
        #expect(d.statusLine.hasPrefix("exported 5 articles"))
        // A second export in the same second is a new file: neither is written over.
        let again = d.statusLine
        d.press(.char("E"))
        #expect(d.statusLine.hasPrefix("exported 5 articles") && d.statusLine != again)
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.scratch).filter { $0.hasPrefix("folio-export-") }.count == 3)
    }

    @Test func capitalAWritesTheNoteInTheEditorOnAsManyLinesAsItTakes() throws {
        let d = try Driver(width: 120, height: 9)
        d.press(.char("a"))
        d.type("claims Raqqa was wiped out")
        d.press(.enter)
        d.reader.editor = { $0 + "\n\nas Dresden was   \n\n" }
        d.press(.char("A"))
        #expect(d.statusLine.hasPrefix("note kept"))
        d.press(.char("a"))
        #expect(d.statusLine.hasPrefix("the note has 2 lines: A edits it in $EDITOR"))
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("note: claims Raqqa was wiped out / as Dresden was"))
    }

    @Test func capitalAInTheQuotePanelWritesTheQuotationsNoteInTheEditorWhichThePanelShowsOnOneLine() throws {
        let d = try Driver(width: 120, height: 12)
        d.reader.editor = { $0 + "compares Raqqa to Dresden\nsee 004 too\n" }
        d.press(.enter, .char("Q"), .char("j"), .char("A"))
        #expect(d.statusLine.hasPrefix("note kept"))
        #expect(d.lines[2].hasSuffix("✎ compares Raqqa to Dresden / see 004 too"))
        #expect(!d.lines[1].contains("✎"))
        // The article's own note is untouched: the library shows none.
        d.press(.char("Q"), .char("q"))
        #expect(!d.lines[1].contains("✎"))
    }

    @Test func capitalTOnAQuotationOrArticleWithoutTagsSaysSoInsteadOfAsking() throws {
        let d = try Driver(width: 120, height: 12)
        d.press(.char("T"))
        #expect(d.statusLine.hasPrefix("the article has no tags"))
        d.press(.enter, .char("Q"), .char("T"))
        #expect(d.statusLine.hasPrefix("the quotation has no tags"))
        // No prompt was left open: j moves in the panel.
        d.press(.char("j"))
        #expect(d.statusLine.hasSuffix(" 2/8"))
    }

    @Test func ctrlSKeepsASearchTypedInAnArticleToo() throws {
        let d = try Driver(width: 100, height: 9)
        d.press(.enter, .char("/"))
        d.type("Dresden")
        d.press(.ctrl("s"))
        #expect(d.statusLine.hasPrefix("keep as: @▏"))
        d.type("dresden")
        d.press(.enter)
        #expect(d.statusLine.hasPrefix("kept as @dresden"))
        d.press(.char("q"), .char("/"))
        d.type("@dresden")
        #expect(d.statusLine.hasSuffix("3 articles · best first"))
    }
}
