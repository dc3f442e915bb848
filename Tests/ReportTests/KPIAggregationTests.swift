import Testing
@testable import ReportCore
@testable import ReportSite

/// kpis.md §1–§4 against values computed by hand. The arithmetic is in the comments.
@Suite struct KPIAggregationTests {
    static func day(_ d: Int) -> Day { Day(year: 2026, month: 3, day: d) ?? Day(ordinal: 0) }

    static let claire = Influencer(handle: "@claire", platform: Platform("instagram"), followers: 20_000, fee: 500, commissionRate: 0.1, productCost: 50, promoCodes: ["CLAIRE10"])
    static let tom = Influencer(handle: "tom", platform: Platform("tiktok"), followers: 150_000, fee: 1000, utmContent: "tom")
    // An unpaid creator is written `fee: 0` (kpis.md §4): costs 0, known.
    static let idle = Influencer(handle: "idle", platform: Platform("youtube"), followers: 5000, fee: 0)

    static func post(_ id: String, _ who: String, _ format: String, _ platform: String, _ m: [PostMetric: Int], cost: Double? = nil) -> Post {
        Post(id: id, influencerKey: who, platform: Platform(platform), format: format, publishedAt: LocalDateTime(day: day(5)), metrics: m, cost: cost)
    }

    static let posts: [Post] = [
        post("p1", "claire", "reel", "instagram", [.reach: 5000, .impressions: 7000, .views: 4000, .likes: 300, .comments: 20, .shares: 10, .saves: 5, .linkClicks: 100]),
        // A story reporting no engagement field at all: engagements unreported, not 0.
        post("p2", "claire", "story", "instagram", [.reach: 2000, .impressions: 2500, .storyReplies: 40, .linkClicks: 50], cost: 25),
        post("p3", "tom", "video", "tiktok", [.reach: 40000, .impressions: 50000, .views: 30000, .likes: 3000, .comments: 100, .shares: 200]),
        // Reach unreported: counts in sums of what it reports, in no reach-based rate.
        post("p4", "tom", "video", "tiktok", [.impressions: 10000, .views: 8000, .likes: 500]),
    ]

    static let orders: [Order] = [
        Order(id: "o1", date: day(4), revenue: 50, promoCode: "claire10"),          // claire (code, any case)
        Order(id: "o2", date: day(20), revenue: 70, utmCampaign: "spring", utmContent: "tom"), // tom (utm)
        Order(id: "o3", date: Day(year: 2026, month: 4, day: 20) ?? day(1), revenue: 70, utmCampaign: "spring", utmContent: "tom"), // after end + 10 days
        Order(id: "o4", date: day(20), revenue: 30),                                 // unattributed
        Order(id: "o5", date: day(21), revenue: 40, utmCampaign: "other", utmContent: "tom"), // wrong utm_campaign
        Order(id: "o6", date: Day(year: 2026, month: 4, day: 5) ?? day(1), revenue: 100, influencerKey: "claire"), // column wins, in window
    ]

    static func campaign(budget: Double? = nil, orders: [Order]? = orders) -> Campaign {
        Campaign(
            id: "spring", name: "Spring", objective: .sales,
            window: DayRange(start: day(1), end: day(31)), budget: budget, utmCampaign: "spring",
            attributionWindowDays: 10, influencers: [claire, tom, idle], posts: posts, orders: orders
        )
    }

    /// Post and PostTotals keep one inline slot per metric (InlineArray<11, …>): a metric added
    /// to PostMetric must grow them too.
    @Test func inlineStorageHoldsEveryMetric() {
        #expect(PostMetric.allCases.count == 11)
        var metrics: [PostMetric: Int] = [:]
        for m in PostMetric.allCases { metrics[m] = m.rawValue + 1 }
        let post = Post(id: "p", influencerKey: "a", platform: Platform("instagram"), format: "reel",
                        publishedAt: LocalDateTime(day: Day(ordinal: 20_000)), metrics: metrics)
        var totals = PostTotals()
        totals.add(post, followers: 100)
        totals.add(post, followers: 100)
        for m in PostMetric.allCases {
            #expect(post[m] == m.rawValue + 1)
            #expect(totals.sum(m) == 2 * (m.rawValue + 1))
        }
    }

    @Test func campaignVisibilityAndEngagement() {
        let k = KPICalculator.compute(Self.campaign()).campaign
        #expect(k[.posts] == 4)
        #expect(k[.reach] == 47_000)                // 5000 + 2000 + 40000
        #expect(k[.impressions] == 69_500)          // 7000 + 2500 + 50000 + 10000
        #expect(k[.views] == 42_000)                // 4000 + 30000 + 8000
        #expect(k[.longViews] == nil)              // nobody reports it
        #expect(k[.frequency] == 59_500.0 / 47_000) // posts with both: p1, p2, p3
        #expect(k[.reachRate] == 47_000.0 / 190_000 * 100) // followers once per post reporting reach: 20000 + 20000 + 150000
        #expect(k[.engagements] == 4135)            // 335 + 3300 + 500 (p2 unreported)
        #expect(k[.engagementRate] == 3635.0 / 45_000 * 100) // p1, p3 report both
        #expect(k[.engagementRateFollowers] == 4135.0 / 320_000 * 100) // p1 20000, p3 150000, p4 150000
        #expect(k[.shareSaveRate] == 215.0 / 45_000 * 100) // (10 + 5) + 200 over p1, p3
        #expect(k[.commentsPerPost] == 60)        // (20 + 100) / 2
        #expect(k[.storyReplyRate] == 2)          // 40 / 2000
        #expect(k[.stickerTapRate] == nil)
    }

    @Test func campaignConversionAndCost() {
        let k = KPICalculator.compute(Self.campaign()).campaign
        #expect(k[.linkClicks] == 150)
        #expect(k[.ctr] == 150.0 / 7000 * 100)      // p1 + p2
        #expect(k[.storyCtr] == 2.5)               // 50 / 2000
        #expect(k[.clicks] == 150)
        #expect(k[.conversions] == 3)               // o1, o6 (claire), o2 (tom)
        #expect(k[.revenue] == 220)
        #expect(k[.conversionRate] == 2)           // 3 / 150
        #expect(k[.aov] == 220.0 / 3)
        // spend: claire 500 + 50 + 0.1 × 150 + 25 = 590; tom 1000; idle 0
        #expect(k[.spend] == 1590)
        #expect(k[.cpa] == 530)
        #expect(k[.cpm] == 1590.0 / 69_500 * 1000)
        #expect(k[.cpe] == 1590.0 / 4135)
        #expect(k[.cpc] == 1590.0 / 150)
        #expect(k[.cpv] == 1590.0 / 42_000)
        #expect(k[.leads] == nil)                   // no leads file
        #expect(k[.cpl] == nil)
        #expect(k[.roi] == 220.0 / 1590)
        #expect(k[.profit] == -1370)
    }

    @Test func budgetReplacesTheSumOfInfluencerSpend() {
        let k = KPICalculator.compute(Self.campaign(budget: 3000)).campaign
        #expect(k[.spend] == 3000)
        #expect(k[.cpa] == 1000)
        #expect(k[.roi] == 220.0 / 3000)
    }

    @Test func perInfluencer() throws {
        let rows = KPICalculator.compute(Self.campaign()).influencers
        #expect(rows.map(\.influencer.handle) == ["claire", "tom", "idle"])
        let claire = rows[0].kpis, tom = rows[1].kpis, idle = rows[2].kpis
        #expect(claire[.conversions] == 2)
        #expect(claire[.revenue] == 150)
        #expect(claire[.spend] == 590)
        #expect(claire[.cpa] == 295)
        #expect(tom[.conversions] == 1)             // o3 outside the window, o5 wrong utm_campaign
        #expect(tom[.ctr] == nil)                   // tom reports no link clicks
        #expect(tom[.conversionRate] == nil)       // no clicks: n/a, not infinity
        #expect(tom[.engagementRate] == 8.25)      // 3300 / 40000
        // An influencer without posts: counts are n/a, sales are 0 (the file exists), ROI n/a (spend 0).
        #expect(idle[.posts] == 0)
        #expect(idle[.reach] == nil)
        #expect(idle[.conversions] == 0)
        #expect(idle[.spend] == 0)
        #expect(idle[.roi] == nil)
    }

    @Test func unattributedOrdersAreKept() {
        let result = KPICalculator.compute(Self.campaign())
        #expect(result.unattributedOrders == 2)      // o4, o5
    }

    @Test func noOrdersFileIsNotZero() {
        let k = KPICalculator.compute(Self.campaign(orders: nil)).campaign
        #expect(k[.conversions] == nil)
        #expect(k[.revenue] == nil)
        #expect(k[.roi] == nil)
        #expect(k[.profit] == nil)
        #expect(k[.spend] == 1575)                  // no revenue, so no commission: 575 + 1000
    }

    @Test func platformsAndFormats() {
        let result = KPICalculator.compute(Self.campaign())
        #expect(result.platforms.map(\.platform.name) == ["instagram", "tiktok", "youtube"])
        let instagram = result.platforms[0].kpis
        #expect(instagram[.reach] == 7000)
        #expect(instagram[.spend] == 590)
        #expect(instagram[.conversions] == 2)
        let youtube = result.platforms[2].kpis       // idle's main platform, no posts
        #expect(youtube[.posts] == 0)
        #expect(youtube[.spend] == 0)
        #expect(result.formats.map(\.format) == ["reel", "story", "video"])
        let video = result.formats[2].kpis
        #expect(video[.views] == 38_000)
        #expect(video[.spend] == nil)               // a format group has no spend
        #expect(video[.conversions] == nil)
        #expect(video[.cpm] == nil)
    }

    @Test func zeroDenominatorIsNotAvailable() {
        let zero = Self.post("z", "claire", "reel", "instagram", [.reach: 0, .likes: 0])
        let c = Campaign(id: "z", name: "Z", objective: .awareness, window: DayRange(start: Self.day(1), end: Self.day(2)),
                         influencers: [Self.claire], posts: [zero])
        let k = KPICalculator.compute(c).campaign
        #expect(k[.reach] == 0)
        #expect(k[.engagements] == 0)
        #expect(k[.engagementRate] == nil)         // 0 / 0
        #expect(k[.frequency] == nil)               // impressions unreported
    }
}

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (ReportLocale.frFR, 12_500.0, KPIUnit.count, "12\u{202F}500"),
        (.frFR, 3.2, .percent, "3,2\u{00A0}%"),
        (.frFR, 1234.5, .money, "1\u{202F}234,50\u{00A0}€"),
        (.enUS, 12_500, .count, "12,500"),
        (.enUS, 3.2, .percent, "3.2%"),
        (.enUS, 1234.5, .money, "€1,234.50"),
        (.enUS, -0.001, .ratio, "-0.001"),     // small, non-zero: 2 significant digits, not `-0.00` nor `0.00`
        (.enUS, -0.001, .count, "0"),           // never `-0`
        (.enUS, -1370, .money, "-€1,370.00"),
        (.enUS, 0.125, .ratio, "0.13"),
    ])
    func formats(locale: ReportLocale, value: Double, unit: KPIUnit, expected: String) {
        #expect(NumberFormat(locale: locale, currency: "EUR").format(value, unit: unit) == expected)
    }

    @Test func notAvailable() {
        #expect(NumberFormat(locale: .enUS).format(nil, unit: .count) == "n/a")
        #expect(NumberFormat(locale: .frFR).format(nil, unit: .percent) == "n.d.")
        #expect(NumberFormat(locale: .enUS).format(.nan, unit: .count) == "n/a")
    }
}
