/// Text placed in HTML we generate ourselves (directive output, SVG): `& < > " '` escaped, and
/// NUL replaced by U+FFFD (the HTML reaches cmark as a C string, which a NUL would cut).
///
/// Works on UTF-8 bytes, not Characters: faster (escaping was 6 % of a large build), and a quote
/// followed by a combining mark — one Character, not equal to `"` — is still escaped.
public enum HTMLEscaping {
    @inline(__always) static func isSpecial(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0
    }

    public static func escape(_ text: String) -> String {
        let needed = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? text.utf8.contains(where: isSpecial)
        guard needed else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            case 0: out += [0xEF, 0xBF, 0xBD]  // U+FFFD
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
