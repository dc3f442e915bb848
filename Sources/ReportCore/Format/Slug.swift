/// Path-safe names for influencer pages (site.md): lower-cased; anything but `a-z 0-9 . _ -`
/// becomes `-`; a leading `.` becomes `-` (a folder whose name starts with a dot is hidden, and
/// servers refuse it); empty becomes `-`; collisions get a numbered suffix. A slug is at most
/// `maxLength` characters (a folder name is at most 255 bytes): a longer one keeps its first
/// characters, readable, and ends with a hash of the whole text, so two long handles that
/// start alike still get different folders.
public enum Slug {
    public static let maxLength = 96
    /// The part kept of a longer slug: this many characters, `-`, 16 hex digits of the hash.
    static let keptLength = maxLength - 17

    public static func make(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "_", "-": out.unicodeScalars.append(scalar)
            case ".": out.unicodeScalars.append(out.isEmpty ? "-" : scalar)
            default: out.append("-")
            }
        }
        if out.isEmpty { return "-" }
        if out.utf8.count > maxLength {
            out = String(out.prefix(keptLength)) + "-" + hash(text)
        }
        return out
    }

    /// FNV-1a, 64 bits, of the text's UTF-8, in 16 lower-case hex digits: the same on every
    /// machine and run (Swift's `Hasher` is seeded per process).
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Slugs for several names, unique in the order given (`a`, `a-2`, `a-3`).
    public static func unique(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            let base = make(name)
            var candidate = base
            var n = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
