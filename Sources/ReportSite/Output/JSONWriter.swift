/// A small deterministic JSON writer: keys in the order given, numbers unrounded in their
/// shortest exact form, no NaN or infinity (they become null). Foundation's JSONSerialization
/// neither keeps key order nor prints doubles in shortest form on every platform.
struct JSONWriter {
    private(set) var text = ""

    static func number(_ value: Double?) -> String {
        guard let v = value, v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 9_007_199_254_740_992 { return String(Int64(v)) }
        return "\(v)"
    }

    /// Most strings need no escape: checked on the bytes (E2 80 A8/A9 are U+2028/U+2029).
    static func isPlain(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 && $0 != 0xE2 }
    }

    /// `string(s)` appended to `out`, a plain one (every key) without a String of its own.
    static func append(string s: String, to out: inout String) {
        guard isPlain(s) else {
            out += string(s)
            return
        }
        out += "\""
        out += s
        out += "\""
    }

    static func string(_ s: String) -> String {
        if isPlain(s) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An object from (key, already-encoded value) pairs. Appended into one string of the
    /// final size: kpis.json of a large campaign is hundreds of kilobytes of nested objects.
    static func object(_ pairs: [(String, String)], indent: Int = 0) -> String {
        guard !pairs.isEmpty else { return "{}" }
        let pad = String(repeating: "  ", count: indent + 1)
        var size = 4 + 2 * indent
        for (key, value) in pairs { size += pad.utf8.count + key.utf8.count + value.utf8.count + 8 }
        var out = "{\n"
        out.reserveCapacity(size)
        for (i, (key, value)) in pairs.enumerated() {
            if i > 0 { out += ",\n" }
            out += pad
            append(string: key, to: &out)
            out += ": "
            out += value
        }
        out += "\n"
        out += String(repeating: "  ", count: indent)
        out += "}"
        return out
    }

    static func array(_ items: [String], indent: Int = 0) -> String {
        guard !items.isEmpty else { return "[]" }
        let pad = String(repeating: "  ", count: indent + 1)
        var size = 4 + 2 * indent
        for item in items { size += pad.utf8.count + item.utf8.count + 2 }
        var out = "[\n"
        out.reserveCapacity(size)
        for (i, item) in items.enumerated() {
            if i > 0 { out += ",\n" }
            out += pad
            out += item
        }
        out += "\n"
        out += String(repeating: "  ", count: indent)
        out += "]"
        return out
    }
}
