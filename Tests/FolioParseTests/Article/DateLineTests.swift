import Testing
@testable import FolioParse

/// Lines from the comment development pages (shared/comments-dev), one each.
@Suite struct DateLineTests {
    private func date(_ line: String) -> String? { DateLine.find(line).map { String($0.date) } }

    @Test func aDateAfterANameIsFoundWithTheNameBeforeIt() {
        // getrichslowly.com, WordPress.
        let found = DateLine.find("Rachel says 28 January 2018 at 08:48")
        #expect(found?.before == "Rachel says ")
        #expect(found?.date == "28 January 2018 at 08:48")
    }

    @Test(arguments: [
        ("#1 — vor 8 Stunden", "vor 8 Stunden"),                                  // zeit.de
        ("6 months ago", "6 months ago"),                                          // whitecoatinvestor.com
        ("1 Monat her", "1 Monat her"),                                            // spontis.de
        ("8. April 2019 @ 11:38", "8. April 2019 @ 11:38"),                        // scilogs.spektrum.de
        ("Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07", "mercredi 15 mai 2019 à 08h07"),  // lopinion.fr
        ("Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten", "Do 9 Apr 2020 / 08:34"),   // verfassungsblog.de
        ("Wed, 12/03/2025 - 02:42", "Wed, 12/03/2025 - 02:42"),                    // almanac.com
        ("Armanox June 28, 2015 at 10:25 pm", "June 28, 2015 at 10:25 pm"),        // hearya.com
    ])
    func datesInTheFormatsOfFiveLanguagesAndSevenSystemsAreFound(line: String, expected: String) {
        #expect(date(line) == expected)
    }

    @Test func aNameGluedToTheMonthIsCutOffIt() {
        // Blogger prints "Amy" and "September 11, 2008" with nothing between them.
        let found = DateLine.find("AmySeptember 11, 2008 at 2:06 PM")
        #expect(found?.before == "Amy")
        #expect(found?.date == "September 11, 2008 at 2:06 PM")
    }

    @Test func aNumberInANameIsNotTakenForADay() {
        let found = DateLine.find("Par Yves Leclercq 214, le samedi 18 mai 2019 à 19h38")
        #expect(found?.before == "Par Yves Leclercq 214, le ")
    }

    @Test(arguments: [
        "Ray Gillen @ 100???!!! r u kidding me ? he should number 1.",
        "A 650W-700W PSU will be just fine.",
        "Klaus Meine@ 22, that’s a mistake right?",
    ])
    func numbersInACommentAreNotADate(line: String) {
        #expect(date(line) == nil)
    }
}
