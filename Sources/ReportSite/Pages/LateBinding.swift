import ReportCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a campaign page needs from the whole project is known only after every campaign is
/// computed: internal benchmarks (the median of the other campaigns) and the paths of creator
/// cards (slugs are unique across the project). Pages are rendered first with markers — HTML
/// comments, which no value can produce (cmark drops raw HTML from templates, and `<` in data
/// is escaped) — and filled in the last stage.
enum LateBinding {
    static let prefix = "<!--report:"
    static let suffix = "-->"
    static let internalBenchmark = "internal-benchmark:"
    static let creator = "creator:"
    /// The opening of a creator link, so a one-file download can drop the link and keep the text.
    static let creatorAnchor = "<a class=\"creator\" href=\""
    /// The opening of a template's link to another file of the site (`../../kpis.xlsx`), which a
    /// one-file download does not carry: dropped like a creator link, its text kept.
    static let siteAnchor = "<a href=\"../"
    /// The opening of a chart. A chart whose labels link to creator cards is drawn without
    /// `role="img"` (an image's children, its links, would be hidden from assistive technology);
    /// a one-file download drops those links, so it gives the chart its role back and a screen
    /// reader announces it by its title and description instead of walking its text node by node.
    static let chartOpening = "<svg class=\"chart "
    static let imageRole = " role=\"img\""

    static func marker(_ kpi: KPI) -> String { prefix + internalBenchmark + kpi.key + suffix }

    /// A link to the card of the influencer `key` (hex-encoded in the marker, so no key can
    /// end the comment or the attribute).
    static func creatorLink(_ key: String, text: String) -> HTML {
        .raw(creatorAnchor + creatorHref(key) + "\">") + .text(text) + .raw("</a>")
    }

    /// The href of a creator link, before the card paths are known.
    static func creatorHref(_ key: String) -> String { prefix + creator + hex(key) + suffix }

    static func hex(_ s: String) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for b in s.utf8 { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return out
    }

    static func unhex(_ s: String) -> String {
        var bytes: [UInt8] = []
        var high: UInt8?
        for c in s.utf8 {
            let v: UInt8 = c >= UInt8(ascii: "a") ? c - UInt8(ascii: "a") + 10 : c - UInt8(ascii: "0")
            if let h = high { bytes.append(h << 4 | v); high = nil } else { high = v }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What the last stage knows.
    struct Context {
        let internalBenchmarks: [InternalBenchmark]
        let format: NumberFormat
        /// Influencer key → slug.
        let slugs: [String: String]
        /// Relative path from the page to the site root; nil for a one-file download (no links).
        let root: String?
        /// The page's path in the site, for messages.
        var page = ""
    }

    /// The body with every marker replaced. Scans UTF-8 bytes: pages are hundreds of kilobytes,
    /// and Foundation's `range(of:)` on them showed as a sixth of a large build.
    static func fill(_ body: String, _ context: Context) throws(Diagnostic) -> String {
        let bytes = Array(body.utf8)
        let open = Array(prefix.utf8), close = Array(suffix.utf8)
        let anchors = [Array(creatorAnchor.utf8), Array(siteAnchor.utf8)]
        let chart = Array(chartOpening.utf8), role = Array(imageRole.utf8), roleAttribute = Array(" role=\"".utf8)
        let closingAnchor = Array("</a>".utf8)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        /// The next `<` at or after `from` (only a `<` can start what this scan looks for).
        func nextTag(_ from: Int) -> Int {
            bytes.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress, from < b.count, let found = memchr(base + from, Int32(UInt8(ascii: "<")), b.count - from) else {
                    return b.count
                }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
        }
        var out: [UInt8] = []
        var copied = 0, i = 0
        var dropClosingAnchor = false
        while true {
            i = nextTag(i)
            guard i < bytes.count else { break }
            let byte = bytes[i]
            if dropClosingAnchor, byte == UInt8(ascii: "<"), matches(closingAnchor, at: i) {
                out += bytes[copied..<i]
                i += 4
                copied = i
                dropClosingAnchor = false
                continue
            }
            guard byte == UInt8(ascii: "<") else { i += 1; continue }
            if context.root == nil, matches(chart, at: i) {
                var end = i + chart.count
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                if !(i..<end).contains(where: { matches(roleAttribute, at: $0) }) {
                    // `<svg`, the role, then the rest of the tag as it was.
                    let afterName = i + 4
                    out += bytes[copied..<afterName]
                    out += role
                    copied = afterName
                }
                i += chart.count
                continue
            }
            // A one-file download keeps the creator's name (or a site link's text) and drops the link.
            if context.root == nil, let anchor = anchors.first(where: { matches($0, at: i) }) {
                var end = i + anchor.count
                // The href is a marker, whose `-->` must not be taken for the tag's end.
                if matches(open, at: end) {
                    while end < bytes.count, !matches(close, at: end) { end += 1 }
                    end += close.count
                }
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                out += bytes[copied..<i]
                i = end + 1
                copied = i
                dropClosingAnchor = true
                continue
            }
            guard matches(open, at: i) else { i += 1; continue }
            var end = i + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { break }
            if out.isEmpty { out.reserveCapacity(bytes.count + 1024) }
            out += bytes[copied..<i]
            let name = String(decoding: bytes[(i + open.count)..<end], as: UTF8.self)
            if name.hasPrefix(internalBenchmark) {
                let key = String(name.dropFirst(internalBenchmark.count))
                if let b = context.internalBenchmarks.first(where: { $0.kpi.key == key }) {
                    out += HTML.element("span", [("class", "kpi-bench")], [.text(sentence(b, format: context.format))]).markup.utf8
                }
            } else if name.hasPrefix(creator), let root = context.root {
                let key = unhex(String(name.dropFirst(creator.count)))
                // Every influencer of every campaign has a card: a key without one is a link to a
                // page that does not exist, which the build refuses rather than guess its path.
                guard let slug = context.slugs[key] else {
                    throw .error(context.page, 0, "a link to the card of creator \"\(key)\", which this build does not make")
                }
                out += HTMLEscaping.escape(root + "influencers/" + IndexView.percentEncoded(slug) + "/index.html").utf8
            }
            i = end + close.count
            copied = i
        }
        guard copied > 0 else { return body }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// "26 % below your median of 18,20 € over 4 campaigns — an improvement".
    static func sentence(_ b: InternalBenchmark, format: NumberFormat) -> String {
        let words = format.words
        // As the card shows its figure: net ROI a signed percentage, a rating out of 5.
        let median = Labels.figure(.kpi(b.kpi), b.median, format)
        guard let change = b.change else { return words.internalMedian(median, campaigns: b.campaigns, objective: b.objective) }
        guard change != 0, let improved = b.improved else { return words.internalEqual(median, campaigns: b.campaigns, objective: b.objective) }
        let percent = format.percent(abs(change) * 100, decimals: 0)
        return words.internalChange(percent, below: change < 0, median: median, campaigns: b.campaigns, objective: b.objective, improved: improved)
    }
}
