import Testing
@testable import ReportCore

@Suite struct DayTests {
    /// The digit-by-digit writer against the padded form, at the edges of four-digit years.
    @Test func descriptionsAndMonthKeysArePadded() throws {
        let cases: [(Int, Int, Int, String)] = [(987, 1, 5, "0987-01-05"), (2026, 12, 31, "2026-12-31"), (9999, 12, 31, "9999-12-31"), (1, 2, 3, "0001-02-03")]
        for (y, m, d, text) in cases {
            let day = try #require(Day(year: y, month: m, day: d))
            #expect(day.description == text)
            #expect(MonthKey.of(day) == String(text.prefix(7)))
        }
    }

    @Test(arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (2026, 3, 4, 20_516), (1969, 12, 31, -1),
    ])
    func ordinal(year: Int, month: Int, day: Int, ordinal: Int) throws {
        let d = try #require(Day(year: year, month: month, day: day))
        #expect(d.ordinal == ordinal)
        #expect(d.components == (year, month, day))
    }

    @Test func invalidDates() {
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func weekdayStartsMonday() throws {
        // 2026-03-02 is a Monday, 2026-03-08 a Sunday.
        #expect(try #require(Day(year: 2026, month: 3, day: 2)).weekday == 0)
        #expect(try #require(Day(year: 2026, month: 3, day: 8)).weekday == 6)
    }
}
