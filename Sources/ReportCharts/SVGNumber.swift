/// Every coordinate of an SVG goes through here: at most two decimals, trailing zeros
/// dropped, never `-0`, so the same chart is the same bytes everywhere.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let units = Int64(abs(hundredths))
        let integer = units / 100
        let fraction = units % 100
        var out = negative ? "-" : ""
        out += String(integer)
        if fraction != 0 {
            out += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" + String(fraction) : "." + String(fraction))
        }
        return out
    }
}
