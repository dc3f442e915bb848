/// Earned-media-value rates of one platform (kpis.md §6): currency units per 1000 impressions,
/// per engagement and per link click. Assumptions, stated as such on the methodology page.
public struct EMVRates: Sendable, Hashable {
    public var cpm: Double
    public var engagement: Double
    public var click: Double

    public init(cpm: Double, engagement: Double, click: Double) {
        self.cpm = cpm
        self.engagement = engagement
        self.click = click
    }

    public static func defaults(_ platform: Platform) -> EMVRates {
        switch platform.name {
        case "instagram": return EMVRates(cpm: 8, engagement: 0.10, click: 1.00)
        case "tiktok": return EMVRates(cpm: 6, engagement: 0.05, click: 0.80)
        case "youtube": return EMVRates(cpm: 12, engagement: 0.15, click: 1.20)
        default: return EMVRates(cpm: 7, engagement: 0.08, click: 1.00)
        }
    }

    /// A post's EMV; nil when it reports none of impressions, engagements and link clicks.
    public func value(of post: Post) -> Double? {
        let impressions = post[.impressions], engagements = post.engagements, clicks = post[.linkClicks]
        guard impressions != nil || engagements != nil || clicks != nil else { return nil }
        return Double(impressions ?? 0) / 1000 * cpm + Double(engagements ?? 0) * engagement + Double(clicks ?? 0) * click
    }
}

/// The rates in force: report.yaml `emv:` overrides one rate at a time, the rest keep their defaults.
public struct EMVTable: Sendable {
    /// platform name → (rate name → value), as written in report.yaml.
    public let overrides: [String: [String: Double]]

    public init(overrides: [String: [String: Double]] = [:]) {
        self.overrides = overrides
    }

    public func rates(_ platform: Platform) -> EMVRates {
        var r = EMVRates.defaults(platform)
        let o = overrides[platform.name] ?? (Platform.known.contains(platform.name) ? [:] : overrides["others"] ?? [:])
        if let v = o["cpm"] { r.cpm = v }
        if let v = o["engagement"] { r.engagement = v }
        if let v = o["click"] { r.click = v }
        return r
    }

    public static let rateNames = ["cpm", "engagement", "click"]
}
