import Testing
@testable import ReportCore
@testable import ReportSite

/// The narrow no-break space (U+202F) NumberFormat groups French digits with, and the no-break
/// space (U+00A0) it puts before `%` and `€` in French and after `<`/`>` in both languages.
private let nnbsp = "\u{202F}"
private let nbsp = "\u{00A0}"

private func fr(_ currency: String = "EUR") -> NumberFormat { NumberFormat(locale: .frFR, currency: currency) }
private func en(_ currency: String = "EUR") -> NumberFormat { NumberFormat(locale: .enUS, currency: currency) }

/// Locale tables: every row is checked in fr-FR and en-US.
@Suite struct LocaleFormattingTests {
    // MARK: small money (site.md: `1 234,50 €` / `€1,234.50`; small amounts keep 2 significant digits)

    @Test(arguments: [
        (0.5, "0,50\(nbsp)€", "€0.50"),
        (0.1, "0,10\(nbsp)€", "€0.10"),
        (0.99, "0,99\(nbsp)€", "€0.99"),
        (0.999, "1,00\(nbsp)€", "€1.00"),                 // rounds up to 1 at 2 decimals
        (0.0999, "0,10\(nbsp)€", "€0.10"),
        (0.05, "0,05\(nbsp)€", "€0.05"),
        (0.055, "0,055\(nbsp)€", "€0.055"),
        (0.01, "0,01\(nbsp)€", "€0.01"),
        (0.00999, "0,01\(nbsp)€", "€0.01"),
        (0.01234, "0,012\(nbsp)€", "€0.012"),
        (0.0021, "0,0021\(nbsp)€", "€0.0021"),            // a CPV
        (0.004, "0,004\(nbsp)€", "€0.004"),               // no trailing 0 past the 2nd decimal
        (0.00015, "0,00015\(nbsp)€", "€0.00015"),
        (0.000004, "0,000004\(nbsp)€", "€0.000004"),      // 6 decimals at most: one digit left
        (0.0000041, "0,000004\(nbsp)€", "€0.000004"),
        (0.00000051, "0,000001\(nbsp)€", "€0.000001"),
        (0.0000004, "<\(nbsp)0,000001\(nbsp)€", "<\(nbsp)€0.000001"),   // never shown as zero
        (1e-12, "<\(nbsp)0,000001\(nbsp)€", "<\(nbsp)€0.000001"),
        (0, "0,00\(nbsp)€", "€0.00"),
        (1, "1,00\(nbsp)€", "€1.00"),
        (12.3456, "12,35\(nbsp)€", "€12.35"),
        (-0.0021, "-0,0021\(nbsp)€", "-€0.0021"),
        (-0.5, "-0,50\(nbsp)€", "-€0.50"),
        (-0.0000001, ">\(nbsp)-0,000001\(nbsp)€", ">\(nbsp)-€0.000001"),
    ])
    func smallMoney(value: Double, french: String, english: String) {
        #expect(fr().format(value, unit: .money) == french)
        #expect(en().format(value, unit: .money) == english)
        #expect(fr().money(value) == french)
        #expect(en().money(value) == english)
    }

    /// Fixed decimals stay fixed: chart axes take their decimals from the tick step.
    @Test func fixedDecimalsAndTicksUnchanged() {
        #expect(fr().money(0.0021, decimals: 2) == "0,00\(nbsp)€")
        #expect(en().money(0.0021, decimals: 2) == "€0.00")
        #expect(en().tick(0.0021, unit: .money, step: 0.001) == "€0.002")
        #expect(fr().tick(0.5, unit: .money, step: 0.5) == "0,5\(nbsp)€")
        #expect(en().tick(0.5, unit: .money, step: 0.5) == "€0.5")
        #expect(en().tick(0, unit: .money, step: 0.5) == "€0.0")
        #expect(en().tick(0.004, unit: .percent, step: 0.1) == "0.0%")
        #expect(fr().tick(0.02, unit: .decimal, step: 1) == "0")
        #expect(en().tick(1_500_000, unit: .count, step: 500_000) == "1.5M")
        #expect(fr().tick(1_500_000, unit: .count, step: 500_000) == "1,5\(nbsp)M")
        #expect(fr().percent(0.004) == "0,0\(nbsp)%")        // percent(_:decimals:) is fixed too
    }

    // MARK: large counts

    @Test(arguments: [
        (0.0, "0", "0"),
        (999, "999", "999"),
        (1_000, "1\(nnbsp)000", "1,000"),
        (12_500, "12\(nnbsp)500", "12,500"),
        (123_456, "123\(nnbsp)456", "123,456"),
        (1_234_567, "1\(nnbsp)234\(nnbsp)567", "1,234,567"),
        (1_234_567_890, "1\(nnbsp)234\(nnbsp)567\(nnbsp)890", "1,234,567,890"),
        (12_345_678_901_234, "12\(nnbsp)345\(nnbsp)678\(nnbsp)901\(nnbsp)234", "12,345,678,901,234"),
        (2.5, "3", "3"),                                   // half away from zero
        (0.4, "0", "0"),                                   // counts are whole: no small-value rule
    ])
    func counts(value: Double, french: String, english: String) {
        #expect(fr().format(value, unit: .count) == french)
        #expect(en().format(value, unit: .count) == english)
    }

    @Test func frenchGroupSeparatorIsTheNarrowNoBreakSpace() {
        let s = fr().format(1_234_567_890, unit: .count)
        #expect(s.unicodeScalars.map(\.value) == [0x31, 0x202F, 0x32, 0x33, 0x34, 0x202F, 0x35, 0x36, 0x37, 0x202F, 0x38, 0x39, 0x30])
        #expect(!s.contains(" ") && !s.contains(nbsp))
        // …and the no-break space (not the narrow one) before `%` and the currency symbol.
        #expect(fr().format(3.2, unit: .percent).unicodeScalars.map(\.value) == [0x33, 0x2C, 0x32, 0xA0, 0x25])
        #expect(fr().format(1, unit: .money).unicodeScalars.map(\.value) == [0x31, 0x2C, 0x30, 0x30, 0xA0, 0x20AC])
    }

    // MARK: negative numbers

    @Test(arguments: [
        (-12_500.0, KPIUnit.count, "-12\(nnbsp)500", "-12,500"),
        (-1_234_567_890, .count, "-1\(nnbsp)234\(nnbsp)567\(nnbsp)890", "-1,234,567,890"),
        (-0.4, .count, "0", "0"),                          // never `-0`
        (-3.25, .percent, "-3,3\(nbsp)%", "-3.3%"),
        (-0.004, .percent, "-0,004\(nbsp)%", "-0.004%"),
        (-0.0000001, .percent, ">\(nbsp)-0,000001\(nbsp)%", ">\(nbsp)-0.000001%"),
        (-0.125, .ratio, "-0,13", "-0.13"),
        (-0.001, .ratio, "-0,001", "-0.001"),
        (-0.03, .decimal, "-0,03", "-0.03"),
        (-4.25, .decimal, "-4,3", "-4.3"),
        (-1_370, .money, "-1\(nnbsp)370,00\(nbsp)€", "-€1,370.00"),
        (-0.004, .money, "-0,004\(nbsp)€", "-€0.004"),
        (-0.001, .money, "-0,001\(nbsp)€", "-€0.001"),
    ])
    func negatives(value: Double, unit: KPIUnit, french: String, english: String) {
        #expect(fr().format(value, unit: unit) == french)
        #expect(en().format(value, unit: unit) == english)
    }

    // MARK: percentages (values already × 100)

    @Test(arguments: [
        (3.2, "3,2\(nbsp)%", "3.2%"),
        (0.0, "0,0\(nbsp)%", "0.0%"),
        (100, "100,0\(nbsp)%", "100.0%"),
        (12_345.67, "12\(nnbsp)345,7\(nbsp)%", "12,345.7%"),
        (0.05, "0,1\(nbsp)%", "0.1%"),                     // from 0.05 the usual 1 decimal
        (0.06, "0,1\(nbsp)%", "0.1%"),
        (0.0499, "0,05\(nbsp)%", "0.05%"),
        (0.049, "0,049\(nbsp)%", "0.049%"),
        (0.0123, "0,012\(nbsp)%", "0.012%"),
        (0.004, "0,004\(nbsp)%", "0.004%"),
        (0.00042, "0,00042\(nbsp)%", "0.00042%"),
        (0.0000004, "<\(nbsp)0,000001\(nbsp)%", "<\(nbsp)0.000001%"),
    ])
    func percentages(value: Double, french: String, english: String) {
        #expect(fr().format(value, unit: .percent) == french)
        #expect(en().format(value, unit: .percent) == english)
    }

    // MARK: ratios (2 decimals) and decimals (1 decimal)

    @Test(arguments: [
        (0.125, "0,13", "0.13"),
        (2.5, "2,50", "2.50"),
        (1_234.5, "1\(nnbsp)234,50", "1,234.50"),
        (0.0, "0,00", "0.00"),
        (0.01, "0,01", "0.01"),                            // from 0.01 the usual 2 decimals
        (0.009, "0,009", "0.009"),
        (0.0037, "0,0037", "0.0037"),
        (0.004, "0,004", "0.004"),
        (0.0000004, "<\(nbsp)0,000001", "<\(nbsp)0.000001"),
    ])
    func ratios(value: Double, french: String, english: String) {
        #expect(fr().format(value, unit: .ratio) == french)
        #expect(en().format(value, unit: .ratio) == english)
    }

    @Test(arguments: [
        (4.25, "4,3", "4.3"),
        (0.0, "0,0", "0.0"),
        (1_234.56, "1\(nnbsp)234,6", "1,234.6"),
        (0.05, "0,1", "0.1"),                              // from 0.05 the usual 1 decimal
        (0.03, "0,03", "0.03"),
        (0.012, "0,012", "0.012"),
        (0.004, "0,004", "0.004"),
    ])
    func decimals(value: Double, french: String, english: String) {
        #expect(fr().format(value, unit: .decimal) == french)
        #expect(en().format(value, unit: .decimal) == english)
    }

    // MARK: n/a

    @Test(arguments: [KPIUnit.count, .percent, .ratio, .money, .decimal])
    func notAvailable(unit: KPIUnit) {
        for value in [nil, .nan, .infinity, -.infinity] as [Double?] {
            #expect(fr().format(value, unit: unit) == "n.d.")
            #expect(en().format(value, unit: unit) == "n/a")
        }
        #expect(fr().notAvailable == "n.d.")
        #expect(en().notAvailable == "n/a")
    }

    // MARK: currencies other than EUR (`symbol(_:)`: EUR, USD, GBP, JPY; any other code as is)

    @Test(arguments: [
        ("USD", 1_234.5, "1\(nnbsp)234,50\(nbsp)$", "$1,234.50"),
        ("USD", 0.0021, "0,0021\(nbsp)$", "$0.0021"),
        ("USD", -5, "-5,00\(nbsp)$", "-$5.00"),
        ("usd", 1, "1,00\(nbsp)$", "$1.00"),
        ("GBP", 1_234.5, "1\(nnbsp)234,50\(nbsp)£", "£1,234.50"),
        ("GBP", 0.01234, "0,012\(nbsp)£", "£0.012"),
        ("CHF", 1_234.5, "1\(nnbsp)234,50\(nbsp)CHF", "CHF\(nbsp)1,234.50"),   // a code, not a sign: spaced
        ("CHF", 0.0021, "0,0021\(nbsp)CHF", "CHF\(nbsp)0.0021"),
        ("CHF", -5, "-5,00\(nbsp)CHF", "-CHF\(nbsp)5.00"),
        ("CHF", 0.0000001, "<\(nbsp)0,000001\(nbsp)CHF", "<\(nbsp)CHF\(nbsp)0.000001"),
        // JPY has a sign but no decimals of its own here: always 2, as every currency.
        ("JPY", 1_234.5, "1\(nnbsp)234,50\(nbsp)¥", "¥1,234.50"),
        ("JPY", 0.5, "0,50\(nbsp)¥", "¥0.50"),
        ("SEK", 10, "10,00\(nbsp)SEK", "SEK\(nbsp)10.00"),
    ])
    func otherCurrencies(currency: String, value: Double, french: String, english: String) {
        #expect(fr(currency).format(value, unit: .money) == french)
        #expect(en(currency).format(value, unit: .money) == english)
    }

    @Test(arguments: [("EUR", "€"), ("USD", "$"), ("GBP", "£"), ("JPY", "¥"), ("eur", "€"), ("CHF", "CHF"), ("sek", "SEK")])
    func symbols(code: String, symbol: String) {
        #expect(NumberFormat.symbol(code) == symbol)
    }

    // MARK: dates

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test(arguments: [
        (2026, 3, 4, "4 mars 2026", "Mar 4, 2026"),
        (2026, 3, 1, "1er mars 2026", "Mar 1, 2026"),
        (2026, 1, 15, "15 janv. 2026", "Jan 15, 2026"),
        (2026, 2, 28, "28 févr. 2026", "Feb 28, 2026"),
        (2024, 2, 29, "29 févr. 2024", "Feb 29, 2024"),
        (2026, 4, 10, "10 avr. 2026", "Apr 10, 2026"),
        (2026, 5, 1, "1er mai 2026", "May 1, 2026"),
        (2026, 6, 21, "21 juin 2026", "Jun 21, 2026"),
        (2026, 7, 14, "14 juil. 2026", "Jul 14, 2026"),
        (2026, 8, 15, "15 août 2026", "Aug 15, 2026"),
        (2026, 9, 30, "30 sept. 2026", "Sep 30, 2026"),
        (2026, 10, 31, "31 oct. 2026", "Oct 31, 2026"),
        (2026, 11, 11, "11 nov. 2026", "Nov 11, 2026"),
        (2025, 12, 31, "31 déc. 2025", "Dec 31, 2025"),
    ])
    func dates(year: Int, month: Int, day: Int, french: String, english: String) {
        let d = Self.day(year, month, day)
        #expect(DateFormat(locale: .frFR).format(d) == french)
        #expect(DateFormat(locale: .enUS).format(d) == english)
    }

    /// Chart-axis days: no year. Note `short` writes the first of the month `1`, not `1er`.
    @Test(arguments: [
        (2026, 3, 4, "4 mars", "Mar 4"),
        (2026, 3, 1, "1 mars", "Mar 1"),
        (2026, 2, 14, "14 févr.", "Feb 14"),
        (2025, 12, 25, "25 déc.", "Dec 25"),
        (2026, 8, 31, "31 août", "Aug 31"),
    ])
    func shortDates(year: Int, month: Int, day: Int, french: String, english: String) {
        let d = Self.day(year, month, day)
        #expect(DateFormat(locale: .frFR).short(d) == french)
        #expect(DateFormat(locale: .enUS).short(d) == english)
    }

    /// Ranges: both ends in full, joined by ` – ` (spaces around U+2013 EN DASH).
    @Test(arguments: [
        ((2026, 3, 1), (2026, 3, 31), "1er mars 2026 – 31 mars 2026", "Mar 1, 2026 – Mar 31, 2026"),
        ((2026, 3, 25), (2026, 4, 5), "25 mars 2026 – 5 avr. 2026", "Mar 25, 2026 – Apr 5, 2026"),
        ((2026, 1, 31), (2026, 2, 1), "31 janv. 2026 – 1er févr. 2026", "Jan 31, 2026 – Feb 1, 2026"),
        ((2025, 12, 20), (2026, 1, 10), "20 déc. 2025 – 10 janv. 2026", "Dec 20, 2025 – Jan 10, 2026"),
        ((2026, 6, 1), (2026, 6, 1), "1er juin 2026 – 1er juin 2026", "Jun 1, 2026 – Jun 1, 2026"),
    ])
    func dateRanges(start: (Int, Int, Int), end: (Int, Int, Int), french: String, english: String) {
        let range = DayRange(start: Self.day(start.0, start.1, start.2), end: Self.day(end.0, end.1, end.2))
        #expect(DateFormat(locale: .frFR).format(range) == french)
        #expect(DateFormat(locale: .enUS).format(range) == english)
        #expect(DateFormat(locale: .enUS).format(range).unicodeScalars.contains("\u{2013}"))
    }
}
