import Testing
@testable import ReportCore
@testable import ReportLoading

/// kpis.md §7, cell by cell, and how report.yaml overrides take precedence.
@Suite struct BenchmarkTableTests {
    typealias Row = (platform: String, tier: Tier, low: Double, high: Double, source: String)

    /// The table of kpis.md §7 for engagement_rate_followers, copied by hand.
    static let engagementRows: [Row] = [
        ("instagram", .nano, 2.0, 4.0, "assumption"), ("instagram", .micro, 1.5, 3.0, "seed"),
        ("instagram", .macro, 0.5, 2.0, "seed"), ("instagram", .mega, 0.5, 1.5, "assumption"),
        ("tiktok", .nano, 4.0, 7.0, "seed"), ("tiktok", .micro, 4.0, 7.0, "seed"),
        ("tiktok", .macro, 4.0, 7.0, "seed"), ("tiktok", .mega, 4.0, 7.0, "seed"),
        ("youtube", .nano, 1.0, 3.0, "assumption"), ("youtube", .micro, 1.0, 3.0, "assumption"),
        ("youtube", .macro, 0.5, 2.0, "assumption"), ("youtube", .mega, 0.5, 1.5, "assumption"),
        // "platforms without a row use others": the others row is youtube's.
        ("twitch", .nano, 1.0, 3.0, "assumption"), ("linkedin", .micro, 1.0, 3.0, "assumption"),
        ("other", .macro, 0.5, 2.0, "assumption"), ("pinterest", .mega, 0.5, 1.5, "assumption"),
        ("others", .nano, 1.0, 3.0, "assumption"),
    ]

    func described(_ r: BenchmarkRange?) -> String {
        guard let r else { return "none" }
        return "\(r.low)–\(r.high) \(r.source.rawValue)"
    }

    @Test func builtInEngagementRateFollowers() {
        for row in Self.engagementRows {
            let found = BenchmarkTable.builtIn.range(.engagementRateFollowers, platform: Platform(row.platform), tier: row.tier)
            #expect(described(found) == "\(row.low)–\(row.high) \(row.source)", "\(row.platform) \(row.tier)")
        }
    }

    @Test func storyCtrAndConversionRateHaveOneRange() {
        for platform in ["instagram", "tiktok", "youtube", "twitch"] {
            for tier in Tier.allCases {
                #expect(described(BenchmarkTable.builtIn.range(.storyCtr, platform: Platform(platform), tier: tier)) == "3.0–4.0 seed")
                #expect(described(BenchmarkTable.builtIn.range(.conversionRate, platform: Platform(platform), tier: tier)) == "2.0–3.0 seed")
            }
        }
    }

    @Test func kpisWithoutIndustryRange() {
        #expect(BenchmarkTable.kpis == [.engagementRateFollowers, .storyCtr, .conversionRate])
        #expect(BenchmarkTable.builtIn.range(.engagementRate, platform: Platform("instagram"), tier: .micro) == nil)
        #expect(BenchmarkTable.builtIn.range(.cpa, platform: Platform("tiktok"), tier: .nano) == nil)
    }

    @Test func sourceRawValues() {
        #expect(BenchmarkRange.Source.allCases.map(\.rawValue) == ["seed", "assumption", "report.yaml", "mix"])
    }

    // MARK: overrides from report.yaml

    func table(_ yaml: String) -> (BenchmarkTable, [String]) {
        let collector = DiagnosticCollector()
        let settings = SettingsLoader.load("benchmarks:\n" + yaml, file: "report.yaml", into: collector)
        return (settings.benchmarks, collector.diagnostics.map(\.description))
    }

    func er(_ t: BenchmarkTable, _ platform: String, _ tier: Tier) -> String {
        described(t.range(.engagementRateFollowers, platform: Platform(platform), tier: tier))
    }

    @Test func oneCellOverride() {
        let (t, messages) = table("  engagement_rate_followers: {instagram: {micro: [1.2, 2.8]}}\n")
        #expect(messages.isEmpty)
        #expect(er(t, "instagram", .micro) == "1.2–2.8 report.yaml")
        #expect(er(t, "instagram", .nano) == "2.0–4.0 assumption")
        #expect(er(t, "tiktok", .micro) == "4.0–7.0 seed")
        #expect(described(t.range(.storyCtr, platform: Platform("instagram"), tier: .micro)) == "3.0–4.0 seed")
    }

    @Test func tierBeatsAllTiers() {
        let (t, messages) = table("  engagement_rate_followers:\n    instagram: {all: [1, 2], micro: [3, 4]}\n")
        #expect(messages.isEmpty)
        #expect(er(t, "instagram", .micro) == "3.0–4.0 report.yaml")
        #expect(er(t, "instagram", .macro) == "1.0–2.0 report.yaml")
        #expect(er(t, "instagram", .nano) == "1.0–2.0 report.yaml")
        #expect(er(t, "youtube", .macro) == "0.5–2.0 assumption")
    }

    @Test func othersCoversOnlyPlatformsWithoutARow() {
        let (t, messages) = table("  engagement_rate_followers:\n    others: {all: [9, 10]}\n")
        #expect(messages.isEmpty)
        #expect(er(t, "twitch", .nano) == "9.0–10.0 report.yaml")
        #expect(er(t, "other", .mega) == "9.0–10.0 report.yaml")
        #expect(er(t, "youtube", .nano) == "1.0–3.0 assumption")
        #expect(er(t, "instagram", .micro) == "1.5–3.0 seed")
    }

    @Test func namedPlatformBeatsOthersAndAll() {
        let yaml = "  engagement_rate_followers:\n    all: {all: [5, 6]}\n    others: {all: [2, 2.5]}\n    tiktok: {mega: [7, 8]}\n    twitch: {nano: [0.1, 0.2]}\n"
        let (t, messages) = table(yaml)
        #expect(messages.isEmpty)
        #expect(er(t, "tiktok", .mega) == "7.0–8.0 report.yaml")
        #expect(er(t, "tiktok", .nano) == "5.0–6.0 report.yaml")
        #expect(er(t, "instagram", .micro) == "5.0–6.0 report.yaml")
        #expect(er(t, "twitch", .nano) == "0.1–0.2 report.yaml")
        #expect(er(t, "twitch", .micro) == "2.0–2.5 report.yaml")
        #expect(er(t, "youtube", .micro) == "5.0–6.0 report.yaml")
    }

    @Test func platformEntryBeatsAllPlatformsForATier() {
        // `all: {micro}` names the tier, `instagram: {all}` the platform: the platform wins.
        let (t, messages) = table("  engagement_rate_followers:\n    all: {micro: [1, 1.5]}\n    instagram: {all: [2, 2.5]}\n")
        #expect(messages.isEmpty)
        #expect(er(t, "instagram", .micro) == "2.0–2.5 report.yaml")
        #expect(er(t, "tiktok", .micro) == "1.0–1.5 report.yaml")
        #expect(er(t, "tiktok", .macro) == "4.0–7.0 seed")
    }

    @Test func singleRangeKPIsOverriddenForEveryone() {
        let (t, messages) = table("  story_ctr: {all: {all: [1, 2]}}\n  conversion_rate: {all: {all: [0.5, 1]}}\n")
        #expect(messages.isEmpty)
        #expect(described(t.range(.storyCtr, platform: Platform("tiktok"), tier: .mega)) == "1.0–2.0 report.yaml")
        #expect(described(t.range(.conversionRate, platform: Platform("twitch"), tier: .nano)) == "0.5–1.0 report.yaml")
        #expect(er(t, "instagram", .micro) == "1.5–3.0 seed")
    }
}
