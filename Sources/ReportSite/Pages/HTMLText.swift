/// The text runs of an HTML document, for a transform that must never touch markup: tags,
/// attribute values, comments and the contents of `<style>` and `<script>` are copied as they are.
/// The pages this program writes escape `<` and `>` in text and attribute values, so a run ends at
/// the next `<` and a tag at the next `>`.
enum HTMLText {
    static func map(_ html: String, _ transform: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 64)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += transform(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: ">") else {
                out += rest[open...]
                return out
            }
            let tag = rest[open...close]
            out += tag
            rest = rest[rest.index(after: close)...]
            // Raw-text elements: copied up to their end tag.
            let name = tag.dropFirst().prefix { $0.isLetter }.lowercased()
            if name == "style" || name == "script", let end = rest.range(of: "</" + name) {
                out += rest[..<end.lowerBound]
                rest = rest[end.lowerBound...]
            } else if tag.hasPrefix("<!--"), !tag.hasSuffix("-->"), let end = rest.range(of: "-->") {
                out += rest[..<end.upperBound]
                rest = rest[end.upperBound...]
            }
        }
        out += transform(String(rest))
        return out
    }
}
