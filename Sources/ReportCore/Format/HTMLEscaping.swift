/// Text placed in HTML we generate ourselves (directive output, SVG): `& < > " '` escaped, and
/// NUL replaced by U+FFFD (the HTML reaches cmark as a C string, which a NUL would cut).
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" || $0 == "\u{0}" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.append(c)
            }
        }
        return out
    }
}
