/// The campaign-level figures of kpis.md §5: incrementality against the baseline, UGC,
/// word of mouth, mention compliance, deadlines and ratings.
enum CampaignFigures {
    static func fill(_ k: inout KPIValues, campaign: Campaign, totals t: PostTotals) -> [HashtagCount]? {
        let window = campaign.window
        if let baseline = campaign.baseline {
            if let orders = campaign.orders {
                // Every shop order counts here, attributed or not.
                var campaignRevenue = 0.0, baselineRevenue = 0.0, campaignOrders = 0, baselineOrders = 0
                for o in orders {
                    if window.contains(o.date) { campaignRevenue += o.revenue; campaignOrders += 1 }
                    if baseline.contains(o.date) { baselineRevenue += o.revenue; baselineOrders += 1 }
                }
                let days = Double(window.dayCount), baseDays = Double(baseline.dayCount)
                let dailyRevenue = campaignRevenue / days, baseDailyRevenue = baselineRevenue / baseDays
                if baselineOrders > 0 {
                    k[.upliftRevenue] = ratio(dailyRevenue - baseDailyRevenue, baseDailyRevenue, scale: 100)
                    k[.incrementalRevenue] = (dailyRevenue - baseDailyRevenue) * days
                    k[.upliftOrders] = ratio(Double(campaignOrders) / days - Double(baselineOrders) / baseDays, Double(baselineOrders) / baseDays, scale: 100)
                }
            }
            if let sessions = campaign.sessions {
                var inCampaign = 0, inBaseline = 0
                for s in sessions where s.isDirect {
                    if window.contains(s.day) { inCampaign += s.sessions }
                    if baseline.contains(s.day) { inBaseline += s.sessions }
                }
                let base = Double(inBaseline) / Double(baseline.dayCount)
                k[.directTrafficUplift] = ratio(Double(inCampaign) / Double(window.dayCount) - base, base, scale: 100)
            }
            k[.searchUplift] = SearchInterest(campaign)?.uplift
        }

        if t.reusableReported > 0 {
            k[.reusableContents] = Double(t.reusable)
            k[.reusableRate] = ratio(Double(t.reusable), Double(t.reusableReported), scale: 100)
            k[.reusedContents] = Double(t.reused)
            k[.reuseRate] = ratio(Double(t.reused), Double(t.reusable), scale: 100)
        }

        var hashtags: [HashtagCount]?
        if let mentions = campaign.mentions {
            let range = campaign.attributionRange
            let counted = mentions.filter { range.contains($0.day) }
            k[.brandMentions] = Double(counted.count)
            k[.mentionAuthors] = Double(Set(counted.compactMap { $0.author?.lowercased() }.filter { !$0.isEmpty }).count)
            hashtags = Hashtags.top(counted.map(\.text), limit: 10)
        }

        if !campaign.requiredMentions.isEmpty {
            k[.mentionCompliance] = ratio(Double(t.compliant), Double(t.captioned), scale: 100)
        }
        if t.planned > 0 {
            k[.onTimeRate] = ratio(Double(t.onTime), Double(t.planned), scale: 100)
            k[.avgDelayDays] = Double(t.delayDays) / Double(t.planned)
        }
        return hashtags
    }

    /// Which required mentions a caption holds: substrings, compared with Unicode case folding
    /// (`#SPONSORISÉ` holds `#sponsorisé`). nil without a caption.
    /// `required` holds the mentions already folded (`foldedBytes`), once per campaign.
    static func mentionsHeld(_ caption: String?, required folded: [[UInt8]]) -> [Bool]? {
        guard let caption, !caption.isEmpty else { return nil }
        let text = foldedBytes(caption)
        return folded.map { contains(text, $0) }
    }

    /// Byte substring search: exact on UTF-8 once both sides are folded, and free of
    /// Foundation's locale-aware (and far slower) `range(of:)`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The Unicode case folding of kpis.md §5 as UTF-8 bytes, built scalar by scalar: ASCII is
    /// lower-cased in place, ß becomes ss, final sigma σ, other scalars
    /// through their Unicode lowercase mapping (captions are searched for every post).
    static func foldedBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        // ASCII captions (most) lower-cased byte by byte; the first other byte sends the whole
        // text through the scalar path.
        for v in s.utf8 {
            guard v < 0x80 else {
                out.removeAll(keepingCapacity: true)
                foldScalars(s, into: &out)
                return out
            }
            out.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        }
        return out
    }

    private static func foldScalars(_ s: String, into out: inout [UInt8]) {
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                out.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
            } else if scalar == "ß" || scalar == "ẞ" {
                out += [0x73, 0x73]
            } else if scalar == "ς" {
                out += Array("σ".utf8)
            } else if scalar.value >= 0x1_F000 && scalar.value <= 0x1_FFFF {
                // Emoji and pictographs (captions are full of them): no case, checked for every
                // scalar of the plane by CaseFoldingTests.
                if let bytes = UTF8.encode(scalar) { out.append(contentsOf: bytes) }
            } else if !scalar.properties.changesWhenLowercased {
                // Emoji and most letters: the scalar's own bytes, without building a String.
                if let bytes = UTF8.encode(scalar) { out.append(contentsOf: bytes) }
            } else {
                out += Array(scalar.properties.lowercaseMapping.utf8)
            }
        }
    }
}

/// A hashtag and how many mentions use it.
public struct HashtagCount: Sendable, Hashable {
    public let hashtag: String
    public let count: Int
}

/// Hashtags (`#` + Unicode letters, digits, `_`), compared lower-case (kpis.md §5).
public enum Hashtags {
    public static func extract(_ text: String) -> [String] {
        var tags: [String] = []
        var current: String?
        for c in text {
            if c == "#" {
                if let t = current, t.count > 1 { tags.append(t) }
                current = "#"
            } else if current != nil, c.isLetter || c.isNumber || c == "_" {
                current?.append(c)
            } else {
                if let t = current, t.count > 1 { tags.append(t) }
                current = nil
            }
        }
        if let t = current, t.count > 1 { tags.append(t) }
        return tags.map { $0.lowercased() }
    }

    /// The most frequent, ties by name.
    public static func top(_ texts: [String], limit: Int) -> [HashtagCount] {
        var counts: [String: Int] = [:]
        for t in texts { for tag in extract(t) { counts[tag, default: 0] += 1 } }
        return counts.map { HashtagCount(hashtag: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.hashtag < $1.hashtag }
            .prefix(limit).map { $0 }
    }
}
