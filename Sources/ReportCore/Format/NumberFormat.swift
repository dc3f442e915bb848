/// Locale-aware number formatting for the pages, written out by hand: the output must be
/// byte-identical on every machine, which Foundation's ICU-backed formatters do not promise
/// across versions, and the core may not depend on system locale data.
///
/// The core holds no words and tests no locale: the symbols come from the site's `Words`
/// (`ReportLocale.words.numbers`), and `locale` only travels with the figures so the site can
/// phrase sentences around them in the same language.
public struct NumberFormat: Codable, Sendable {
    public let locale: ReportLocale
    public let symbols: NumberSymbols
    public let currency: String

    public init(locale: ReportLocale, symbols: NumberSymbols, currency: String = "EUR") {
        self.locale = locale
        self.symbols = symbols
        self.currency = currency
    }

    /// French groups digits with a narrow no-break space and puts a no-break space before
    /// `%` and `€`, as CLDR does.
    public static let narrowNoBreakSpace = "\u{202F}"
    public static let noBreakSpace = "\u{00A0}"

    /// "n/a", or "n.d." in French.
    public var notAvailable: String { symbols.notAvailable }

    /// A KPI value as a page shows it, per its unit; nil is n/a.
    ///
    /// Small non-zero values, below the threshold of their unit, are shown with two significant
    /// digits (at least the unit's usual decimals, at most 6; see `significant(_:minDecimals:)`
    /// and `small(_:minDecimals:render:)`), so a non-zero figure never reads as zero. Zero and
    /// values from the threshold up keep the usual decimals; negatives alike:
    ///
    /// | unit | usual | small values (0 < abs(v) < …) | fr-FR / en-US |
    /// |---|---|---|---|
    /// | `.money` | 2 decimals | 1 | `0,0021 €` / `€0.0021` |
    /// | `.percent` | 1 decimal | 0.05 | `0,004 %` / `0.004%` |
    /// | `.ratio` | 2 decimals | 0.01 | `0,0037` / `0.0037` |
    /// | `.decimal` | 1 decimal | 0.05 | `0,03` / `0.03` |
    ///
    /// Counts are whole numbers and keep 0 decimals. Chart ticks (`tick`) do not use this
    /// rule: an axis label takes its decimals from the tick step.
    public func format(_ value: Double?, unit: KPIUnit) -> String {
        guard let value, value.isFinite else { return notAvailable }
        switch unit {
        case .count: return number(value, decimals: 0)
        case .percent:
            guard value != 0, abs(value) < 0.05 else { return percent(value) }
            return small(value, minDecimals: 1) { percent($0, decimals: $1) }
        case .ratio:
            guard value != 0, abs(value) < 0.01 else { return number(value, decimals: 2) }
            return small(value, minDecimals: 2) { number($0, decimals: $1) }
        case .decimal:
            guard value != 0, abs(value) < 0.05 else { return number(value, decimals: 1) }
            return small(value, minDecimals: 1) { number($0, decimals: $1) }
        case .money: return money(value)
        }
    }

    /// The most decimals a small value is given: one millionth of the unit.
    static let maxSmallDecimals = 6

    /// The number of decimals that shows a small non-zero value with two significant
    /// digits: the fewest decimals, from `minDecimals` up to `maxSmallDecimals`, at which the
    /// value rounded half away from zero has two significant digits (0.0021 → 4, 0.01234 → 3,
    /// 0.5 with `minDecimals` 2 → 2). At `maxSmallDecimals` one significant digit is accepted
    /// (0.000004 → 6). nil when even `maxSmallDecimals` rounds the value to zero
    /// (abs(v) < 0.0000005); `minDecimals` for 0 itself.
    static func significant(_ value: Double, minDecimals: Int) -> Int? {
        let a = abs(value)
        guard a > 0, minDecimals <= maxSmallDecimals else { return minDecimals }
        for d in minDecimals...maxSmallDecimals where (a * pow10(d)).rounded(.toNearestOrAwayFromZero) >= 10 {
            return d
        }
        return (a * pow10(maxSmallDecimals)).rounded(.toNearestOrAwayFromZero) >= 1 ? maxSmallDecimals : nil
    }

    /// A small non-zero value rendered by `render(value, decimals)` with the decimals of
    /// `significant(_:minDecimals:)`, then trailing zeros beyond `minDecimals` dropped (0.004
    /// shows `0,004`, not `0,0040`: the zero would claim a precision nobody measured).
    /// A value too small even for `maxSmallDecimals` shows as a bound rather than as zero:
    /// `< 0,000001 €` / `< €0.000001`, and `> -0,000001 €` / `> -€0.000001` below zero
    /// (`<` and `>` followed by a no-break space, in both languages).
    func small(_ value: Double, minDecimals: Int, render: (Double, Int) -> String) -> String {
        guard let decimals = NumberFormat.significant(value, minDecimals: minDecimals) else {
            let floor = 1 / NumberFormat.pow10(NumberFormat.maxSmallDecimals)
            return value > 0 ? "<" + NumberFormat.noBreakSpace + render(floor, NumberFormat.maxSmallDecimals)
                             : ">" + NumberFormat.noBreakSpace + render(-floor, NumberFormat.maxSmallDecimals)
        }
        // The fraction's last digit is the text's last ASCII digit (a symbol or `%` may follow).
        var chars = Array(render(value, decimals))
        guard var last = chars.lastIndex(where: { $0.isASCII && $0.isNumber }) else { return String(chars) }
        var extra = decimals - minDecimals
        while extra > 0, chars[last] == "0" {
            chars.remove(at: last)
            last -= 1
            extra -= 1
        }
        return String(chars)
    }

    /// An axis tick: as many decimals as the tick step needs (`2%`, `0.5%`, `€1,000`), no more.
    public func tick(_ value: Double, unit: KPIUnit, step: Double) -> String {
        var decimals = 0
        var s = step
        while decimals < 6, s > 0, abs(s - s.rounded()) > 1e-9 {
            s *= 10
            decimals += 1
        }
        switch unit {
        case .percent: return percent(value, decimals: decimals)
        case .money: return money(value, decimals: decimals)
        case .decimal: return number(value, decimals: decimals)
        default:
            // Large counts read better short on an axis, as d3's SI format does: 500 k, 1,5 M.
            if abs(value) >= 1_000_000_000 && abs(step) >= 100_000_000 {
                return compact(value / 1_000_000_000, step: step / 1_000_000_000, suffix: symbols.billion)
            }
            if abs(value) >= 1_000_000 && abs(step) >= 100_000 { return compact(value / 1_000_000, step: step / 1_000_000, suffix: "M") }
            if abs(value) >= 1_000 && abs(step) >= 1_000 { return compact(value / 1_000, step: step / 1_000, suffix: "k") }
            return number(value, decimals: decimals)
        }
    }

    private func compact(_ value: Double, step: Double, suffix: String) -> String {
        let digits = tick(value, unit: .decimal, step: step)
        return value == 0 ? "0" : digits + symbols.unitSpace + suffix
    }

    /// `3.2` → `3,2 %` / `3.2%`.
    public func percent(_ value: Double, decimals: Int = 1) -> String {
        let n = number(value, decimals: decimals)
        return n + symbols.unitSpace + "%"
    }

    /// An amount in the currency as a page shows it: `1234.5` → `1 234,50 €` / `€1,234.50`.
    ///
    /// Amounts with abs(value) ≥ 1, and exactly 0, keep 2 decimals. Amounts with
    /// 0 < abs(value) < 1 get two significant digits beyond the leading zeros, at least 2
    /// decimals and at most 6, trailing zeros past the second decimal dropped; negatives alike:
    ///
    /// | value | fr-FR | en-US |
    /// |---|---|---|
    /// | 0.5 | `0,50 €` | `€0.50` |
    /// | 0.0021 | `0,0021 €` | `€0.0021` |
    /// | 0.01234 | `0,012 €` | `€0.012` |
    /// | 0.004 | `0,004 €` | `€0.004` |
    /// | 0.000004 | `0,000004 €` | `€0.000004` |
    /// | 0.0000001 | `< 0,000001 €` | `< €0.000001` |
    /// | -0.0021 | `-0,0021 €` | `-€0.0021` |
    ///
    /// A non-zero amount below half a millionth (abs(value) < 0.0000005) would round to zero
    /// even at 6 decimals, so it shows as a bound: `< 0,000001 €`, or `> -0,000001 €` when
    /// negative. `money(_:decimals:)` keeps a fixed number of decimals (chart ticks).
    public func money(_ value: Double) -> String {
        guard value != 0, abs(value) < 1 else { return money(value, decimals: 2) }
        return small(value, minDecimals: 2) { money($0, decimals: $1) }
    }

    /// An amount with exactly `decimals` decimals; never `-0`.
    public func money(_ value: Double, decimals: Int) -> String {
        let negative = NumberFormat.rounded(value, decimals: decimals) < 0
        let digits = number(abs(value), decimals: decimals)
        let symbol = NumberFormat.symbol(currency)
        let sign = negative ? "-" : ""
        if symbols.currencyAfter {
            return sign + digits + NumberFormat.noBreakSpace + symbol
        }
        return symbol.count == 1 ? sign + symbol + digits : sign + symbol + NumberFormat.noBreakSpace + digits
    }

    public static func symbol(_ currency: String) -> String {
        switch currency.uppercased() {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "JPY": return "¥"
        default: return currency.uppercased()
        }
    }

    /// Grouped digits with a fixed number of decimals; never `-0`.
    public func number(_ value: Double, decimals: Int) -> String {
        let (negative, integer, fraction) = NumberFormat.split(value, decimals: decimals)
        let group = symbols.grouping
        let point = symbols.decimal
        var grouped = ""
        let chars = Array(integer)
        for (i, c) in chars.enumerated() {
            if i > 0 && (chars.count - i) % 3 == 0 { grouped += group }
            grouped.append(c)
        }
        var out = negative ? "-" + grouped : grouped
        if decimals > 0 { out += point + fraction }
        return out
    }

    static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = pow10(decimals)
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<max(0, n) { r *= 10 }
        return r
    }

    /// The largest magnitude an input value may have (a count, an amount, a setting): a
    /// thousand billion. Loaders refuse larger values at their line, so no sum of a campaign's
    /// rows overflows and every figure prints (data-format.md §1).
    public static let largest: Double = 1e12

    /// Sign, integer digits and `decimals` fraction digits of a value rounded half away from zero.
    static func split(_ value: Double, decimals: Int) -> (Bool, String, String) {
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else {
            // Beyond exact integers in a Double (inputs are capped at `largest`, but sums of
            // many can pass it): the digits one by one, never through Int64, which would trap
            // beyond 9.2e18.
            var rest = abs(value).rounded()
            guard rest.isFinite else { return (value < 0, "∞", "") }
            var digits: [UInt8] = []
            while rest >= 1 {
                let d = rest.truncatingRemainder(dividingBy: 10)
                digits.append(UInt8(ascii: "0") + UInt8(d))
                rest = ((rest - d) / 10).rounded()
            }
            return (value < 0, String(decoding: digits.reversed(), as: UTF8.self), String(repeating: "0", count: decimals))
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let integer = String(units / divisor)
        var fraction = decimals > 0 ? String(units % divisor) : ""
        if fraction.count < decimals { fraction = String(repeating: "0", count: decimals - fraction.count) + fraction }
        return (value < 0 && units != 0, integer, fraction)
    }
}

/// The symbols a language writes numbers with; the site's `Words` give one per language, and
/// `plain` (en-US) is for the core's own diagnostics and the chart galleries.
public struct NumberSymbols: Codable, Sendable, Hashable {
    /// Between the integer and the fraction: `.` / `,`.
    public let decimal: String
    /// Between groups of three digits: `,` / a narrow no-break space.
    public let grouping: String
    /// Before `%` and a short-scale suffix (`1,5 M`): "" / a no-break space.
    public let unitSpace: String
    /// The currency symbol after the amount (`12,00 €`) rather than before it (`€12.00`).
    public let currencyAfter: Bool
    /// The suffix of a billion on an axis: `B` / `Md`.
    public let billion: String
    /// What a missing figure reads: `n/a` / `n.d.`.
    public let notAvailable: String

    public init(decimal: String, grouping: String, unitSpace: String, currencyAfter: Bool, billion: String, notAvailable: String) {
        self.decimal = decimal
        self.grouping = grouping
        self.unitSpace = unitSpace
        self.currencyAfter = currencyAfter
        self.billion = billion
        self.notAvailable = notAvailable
    }

    /// en-US: `1,234.5`, `3.2%`, `€12.00`, `n/a`.
    public static let plain = NumberSymbols(decimal: ".", grouping: ",", unitSpace: "", currencyAfter: false, billion: "B", notAvailable: "n/a")
}
