/// Every coordinate of an SVG goes through here: at most two decimals, trailing zeros
/// dropped, never `-0`, so the same chart is the same bytes everywhere.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// The same digits appended to `out`, without a String of their own (charts write thousands).
    static func append(_ value: Double, to out: inout String) {
        guard value.isFinite else { out += "0"; return }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        if hundredths == 0 { out += "0"; return }
        let negative = hundredths < 0
        let units = Int64(abs(hundredths))
        let integer = units / 100
        let fraction = units % 100
        if negative { out += "-" }
        out += String(integer)
        if fraction != 0 {
            out += "."
            if fraction % 10 == 0 {
                out += String(fraction / 10)
            } else {
                if fraction < 10 { out += "0" }
                out += String(fraction)
            }
        }
    }
}
