import Testing
@testable import FolioParse

@Suite struct WireDatelineTests {
    /// The paragraph after its dateline, as `WireDateline.end` finds it.
    private func afterDateline(_ paragraph: String) -> String {
        let bytes = Array(paragraph.utf8)
        let end = bytes.withUnsafeBufferPointer { WireDateline.end(in: $0, 0..<bytes.count) }
        return String(decoding: bytes[end...], as: UTF8.self)
    }

    @Test func aPlaceInCapitalsWithItsStateDateAndAgencyBeforeADashIsPassedOver() {
        // PolNeAR train: breitbart 2016-07-25 and 2016-06-10, huff-post 2016-05-16 and 2016-06-08,
        // wash-post 2016-07-02 and 2015-12-20.
        #expect(afterDateline("PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement") == "The Democratic National Committee released a statement")
        #expect(afterDateline("WASHINGTON, June 10 (UPI) — Presumptive Democratic presidential nominee Hillary Clinton told") == "Presumptive Democratic presidential nominee Hillary Clinton told")
        #expect(afterDateline("LONDON (Reuters) - Donald Trump said he was unlikely") == "Donald Trump said he was unlikely")
        #expect(afterDateline("WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed") == "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed")
        #expect(afterDateline("JACKSON, Miss. - U.S. District Judge Carlton W. Reeves late Thursday night issued") == "U.S. District Judge Carlton W. Reeves late Thursday night issued")
        #expect(afterDateline(#"RYE, N.H. - State Rep. Rio Tilton is "99.9" percent certain"#) == #"State Rep. Rio Tilton is "99.9" percent certain"#)
    }

    @Test func aSentenceOpeningOnAWordWithLowerCaseOrWithoutADashKeepsItsStart() {
        // PolNeAR train, huff-post 2016-06-08 and breitbart 2016-07-25; then a reviewer's probes.
        let sentences = [
            "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump‘s attack on a federal judge’s Mexican heritage — something that’s thrown the GOP into chaos all week",
            "The Democratic National Committee released a statement at the outset of the party’s convention Monday",
            "DNC staff favoring Hillary Clinton.",
            "I - for one - disagree.",
            "OBAMA, in his speech on Tuesday, said - as expected - that “we are strong.”",
        ]
        for sentence in sentences { #expect(afterDateline(sentence) == sentence) }
    }
}
