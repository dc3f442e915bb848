/// Locale-aware number formatting for the pages, written out by hand: the output must be
/// byte-identical on every machine, which Foundation's ICU-backed formatters do not promise
/// across versions, and the core may not depend on system locale data.
public struct NumberFormat: Sendable {
    public let locale: ReportLocale
    public let currency: String

    public init(locale: ReportLocale, currency: String = "EUR") {
        self.locale = locale
        self.currency = currency
    }

    /// French groups digits with a narrow no-break space and puts a no-break space before
    /// `%` and `€`, as CLDR does.
    static let narrowNoBreakSpace = "\u{202F}"
    static let noBreakSpace = "\u{00A0}"

    /// "n/a", or "n.d." in French.
    public var notAvailable: String { locale == .frFR ? "n.d." : "n/a" }

    /// A KPI value as a page shows it, per its unit; nil is n/a.
    public func format(_ value: Double?, unit: KPIUnit) -> String {
        guard let value, value.isFinite else { return notAvailable }
        switch unit {
        case .count: return number(value, decimals: 0)
        case .percent: return percent(value)
        case .ratio: return number(value, decimals: 2)
        case .decimal: return number(value, decimals: 1)
        case .money: return money(value)
        }
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
                return compact(value / 1_000_000_000, step: step / 1_000_000_000, suffix: locale == .frFR ? "Md" : "B")
            }
            if abs(value) >= 1_000_000 && abs(step) >= 100_000 { return compact(value / 1_000_000, step: step / 1_000_000, suffix: "M") }
            if abs(value) >= 1_000 && abs(step) >= 1_000 { return compact(value / 1_000, step: step / 1_000, suffix: "k") }
            return number(value, decimals: decimals)
        }
    }

    private func compact(_ value: Double, step: Double, suffix: String) -> String {
        let digits = tick(value, unit: .decimal, step: step)
        return value == 0 ? "0" : digits + (locale == .frFR ? NumberFormat.noBreakSpace : "") + suffix
    }

    /// `3.2` → `3,2 %` / `3.2%`.
    public func percent(_ value: Double, decimals: Int = 1) -> String {
        let n = number(value, decimals: decimals)
        return locale == .frFR ? n + NumberFormat.noBreakSpace + "%" : n + "%"
    }

    /// `1234.5` → `1 234,50 €` / `€1,234.50`.
    public func money(_ value: Double, decimals: Int = 2) -> String {
        let negative = NumberFormat.rounded(value, decimals: decimals) < 0
        let digits = number(abs(value), decimals: decimals)
        let symbol = NumberFormat.symbol(currency)
        let sign = negative ? "-" : ""
        if locale == .frFR {
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
        let group = locale == .frFR ? NumberFormat.narrowNoBreakSpace : ","
        let point = locale == .frFR ? "," : "."
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

    /// Sign, integer digits and `decimals` fraction digits of a value rounded half away from zero.
    static func split(_ value: Double, decimals: Int) -> (Bool, String, String) {
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else {
            // Beyond exact integers in a Double: print without grouping tricks.
            return (value < 0, String(Int64(abs(value).rounded())), String(repeating: "0", count: decimals))
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let integer = String(units / divisor)
        var fraction = decimals > 0 ? String(units % divisor) : ""
        if fraction.count < decimals { fraction = String(repeating: "0", count: decimals - fraction.count) + fraction }
        return (value < 0 && units != 0, integer, fraction)
    }
}
