/// Path-safe names for influencer pages (site.md): lower-cased; anything but `a-z 0-9 . _ -`
/// becomes `-`; empty or dots-only becomes `-`; collisions get a numbered suffix.
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", ".", "_", "-": out.unicodeScalars.append(scalar)
            default: out.append("-")
            }
        }
        if out.isEmpty || out.allSatisfy({ $0 == "." }) { return "-" }
        return out
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
