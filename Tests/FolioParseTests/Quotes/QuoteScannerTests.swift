import Testing
@testable import FolioParse

/// Which marks open and close a quotation, with lines from the seeds and the corpora.
@Suite struct QuoteScannerTests {
    private func quoted(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        return QuoteScanner.spans(in: bytes, bytes.indices).map { String(decoding: bytes[$0.inner], as: UTF8.self) }
    }

    @Test func curlyDoubleQuotesEncloseAQuotation() {
        // 000
        #expect(quoted("Russian Defense Ministry spokesman Major General Igor Konashenko said “Raqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments”")
            == ["Raqqa has inherited the fate of Dresden in 1945, wiped off the face of the earth by Anglo-American bombardments"])
    }

    @Test func straightDoubleQuotesEncloseAQuotation() {
        // 004
        #expect(quoted(#"This week, General Konashenkov, the Defense Ministry spokesman, called the actions of the US and their coalition in Syria and Iraq "an imitation of the fight against ISIS"."#)
            == ["an imitation of the fight against ISIS"])
    }

    @Test func guillemetsEncloseAQuotation() {
        // FakeNewsCorpus sample, row 36475
        #expect(quoted("The Russian philosopher Nikolai Berdyaev, in his work written between the two world wars entitled «The New Middle Ages», wrote: «We are destined to live in a historical time of era change».")
            == ["The New Middle Ages", "We are destined to live in a historical time of era change"])
    }

    @Test func twoApostrophesOpenAndCloseAQuotationAsDoubleMarksDo() {
        // PolNeAR train, nyt_2015-11-24: archive text writes “ and ” as two apostrophes, and a
        // quotation so marked may be longer than a single-quoted one can.
        #expect(quoted("Just last week, J.J. Goldberg, editor at large of The Forward, an influential New York-based newspaper catering to American Jews, wrote, ''When we think of defeating ISIS, we should think not of the familiar fight against jihadist terrorism but of the world war between Nazi Germany and the Allies.''")
            == ["When we think of defeating ISIS, we should think not of the familiar fight against jihadist terrorism but of the world war between Nazi Germany and the Allies."])
        // PolNeAR train, nyt_2016-07-07: two apostrophes close before a comma.
        #expect(quoted("When the F.B.I. director, James B. Comey, said on Tuesday that his investigators had no ''direct evidence'' that Hillary Clinton's email account had been ''successfully hacked,'' both private experts and federal investigators immediately understood his meaning.")
            == ["direct evidence", "successfully hacked,"])
    }

    @Test func singleQuotesInsideAQuotationStayPartOfIt() {
        // 000: ‘bad’ and ‘good’ are the general's words, not quotations of their own.
        let line = "“We made a list of cities and villages most in need and we didn’t distinguish between ‘bad’ and ‘good’ Syrians. But the answer from Washington, Berlin, Paris and London has always been the same: we can’t, we won’t,” the general said."
        #expect(quoted(line).count == 1)
        #expect(quoted(line)[0].hasSuffix("we can’t, we won’t,"))
    }

    @Test func aStraightMarkSpacedAfterAnInnerQuotationsCloseClosesTheOuterOne() {
        // horne2017 random/Real/166: typesetters space the two closing marks apart.
        #expect(quoted(#""I don't have to be told the same thing in the same words every single day for the next eight years," he said. "I don't need that. But I do say, 'If something should change, let us know.' ""#)
            == ["I don't have to be told the same thing in the same words every single day for the next eight years,", "I don't need that. But I do say, 'If something should change, let us know.'"])
        // PolNeAR train, wash-post_2016-07-06: the words after it are not quoted.
        #expect(quoted(#"he keeps talking about the "collective power of 'we' " and how the Labor Department wants to be a kind of "Match.com" linking workers to good jobs."#)
            == ["collective power of 'we'", "Match.com"])
    }

    @Test func apostrophesAreNotQuoteMarks() {
        // 000: Syria’s, didn’t, There’s.
        #expect(quoted("Thee Russian Defense Ministry said that what the US-led coalition has done to Syria’s Raqqa is comparable to the infamous Allied bombing of Dresden in world war two.").isEmpty)
        #expect(quoted("The ruins went to the Kurds, and the country's liberation process is underway; we didn’t publish it.").isEmpty)
    }

    @Test func aSingleQuotedTermOutsideAQuotationIsAQuotation() {
        // A probe: the line this was first shown with is in an article held out for measurement.
        #expect(quoted("Trump praised the ‘Dreamers’ on Tuesday.") == ["Dreamers"])
    }

    @Test func anUnclosedMarkEndsItsQuotationAtTheParagraphsEnd() {
        // FakeNewsCorpus sample, row 22794: the quotation goes on in the next paragraph.
        let line = "Brian said: “I always thought anxiety meant that you didn’t have your life together – regardless of what you may see, nobody has every area of their life together"
        let bytes = Array(line.utf8)
        let spans = QuoteScanner.spans(in: bytes, bytes.indices)
        #expect(spans.count == 1)
        #expect(spans[0].close == nil)
        #expect(spans[0].inner.upperBound == bytes.count)
    }

    @Test func aTextFullOfStrayMarksStaysLinearAndFindsNothingAbsurd() {
        let line = String(repeating: "rock ’n’ roll in the ’90s and the Joneses’ house, ", count: 2_000)
        #expect(quoted(line).isEmpty)
    }

    @Test func lettersBeyondASCIINextToTheMarksLeaveTheQuotationWhole() {
        // FakeNewsCorpus sample: an accented letter inside the marks and just after them.
        #expect(quoted("Pro-Jihad discussions from the San Bernardino terrorist were posted on FB before her “Fiancé Visa” was approved.")
            == ["Fiancé Visa"])
        #expect(quoted("Unlike the average press release that many celebrities release when there is “trouble in paradise” Beyoncé took it to the stage.")
            == ["trouble in paradise"])
    }
}

