import Testing
@testable import ReportCore

/// `CampaignSeries` against values computed by hand (arithmetic in comments).
///
/// Window 2026-03-30 (a Monday) … 2026-04-02, 4 days. Followers: a 10,000, b 20,000, c 5,000.
/// - p1 a, day 1 (03-30) 09:00: reach 1000, likes 50, comments 10, link_clicks 5
/// - p2 b, day 1 (03-30) 09:30: reach 3000, likes 90, comments 30, link_clicks 15
/// - p3 a, day 3 (04-01, Wednesday) 18:00: reach empty, likes 20, comments 0, link_clicks 2
/// - p4 b, 04-05 (after the window), no time: reach 500, likes 10
/// c has no posts. Nobody reports impressions.
@Suite struct CampaignSeriesTests {
    static func day(_ m: Int, _ d: Int) -> Day { Make.day(m, d) }

    static let campaign = Campaign(
        id: "s", name: "S", objective: .sales, window: DayRange(start: day(3, 30), end: day(4, 2)),
        influencers: [Make.influencer("a", followers: 10_000), Make.influencer("b", followers: 20_000), Make.influencer("c", followers: 5000)],
        posts: [
            Make.post("p1", "a", day: day(3, 30), minute: 9 * 60, [.reach: 1000, .likes: 50, .comments: 10, .linkClicks: 5]),
            Make.post("p2", "b", day: day(3, 30), minute: 9 * 60 + 30, [.reach: 3000, .likes: 90, .comments: 30, .linkClicks: 15]),
            Make.post("p3", "a", day: day(4, 1), minute: 18 * 60, [.likes: 20, .comments: 0, .linkClicks: 2]),
            Make.post("p4", "b", day: day(4, 5), [.reach: 500, .likes: 10]),
        ]
    )
    static let series = CampaignSeries(campaign: campaign)

    /// MonthKeyCache gives MonthKey.of's key for every day, in runs or jumping about (month
    /// ends, leap years, years apart), on a seeded random walk.
    @Test func theMonthKeyCacheAgreesWithMonthKey() {
        var cache = MonthKeyCache()
        var generator = MutationTests.SeededGenerator(state: 12)
        var ordinal = Day(year: 2023, month: 12, day: 25)?.ordinal ?? 0
        for _ in 0..<5_000 {
            ordinal += [-400, -31, -1, 0, 0, 1, 1, 1, 2, 29, 366].randomElement(using: &generator) ?? 1
            let day = Day(ordinal: ordinal)
            #expect(cache.of(day) == MonthKey.of(day), "\(day)")
        }
    }

    @Test func oneValuePerDayOfTheWindow() {
        #expect(Self.series.days.count == 4)
        for key in ["a", "b", "c"] { #expect(Self.series.influencerDays[key]?.count == 4) }
        #expect(Set(Self.series.influencerDays.keys) == ["a", "b", "c"])
    }

    @Test func daySums() throws {
        let d1 = Self.series.days[0]
        #expect(d1[.posts] == 2)
        #expect(d1[.reach] == 4000)                 // 1000 + 3000
        #expect(d1[.engagements] == 180)            // (50 + 10) + (90 + 30)
        #expect(d1[.engagementRate] == 4.5)         // 180 / 4000 × 100
        #expect(d1[.linkClicks] == 20)              // 5 + 15
        #expect(d1[.ctr] == 0.5)                    // 20 / 4000 × 100
        let reachRate = try #require(d1[.reachRate])
        #expect(abs(reachRate - 4000.0 / 30_000 * 100) < 1e-9) // 4000 / (10,000 + 20,000) × 100
        // A day with posts that all leave impressions empty: n/a, not 0.
        #expect(d1[.impressions] == nil)
        #expect(d1[.frequency] == nil)
    }

    @Test func dayWhoseOnlyPostLeavesReachEmptyStaysNA() {
        let d3 = Self.series.days[2]
        #expect(d3[.posts] == 1)
        #expect(d3[.reach] == nil)
        #expect(d3[.engagements] == 20)             // 20 + 0
        #expect(d3[.engagementRate] == nil)         // no post reports both engagements and reach
        #expect(d3[.linkClicks] == 2)
        #expect(d3[.ctr] == nil)
    }

    @Test(arguments: [1, 3])
    func daysWithoutPostsCountZero(index: Int) {
        let k = Self.series.days[index]
        for kpi in [KPI.posts, .reach, .impressions, .views, .longViews, .engagements, .linkClicks] {
            #expect(k[kpi] == 0, "\(kpi.key)")
        }
        // Rates stay n/a, and counts that are not post sums of a day are not forced to 0.
        for kpi in [KPI.engagementRate, .ctr, .reachRate, .frequency, .longViewRate, .clicks, .newFollowers, .conversions, .emv] {
            #expect(k[kpi] == nil, "\(kpi.key)")
        }
        // Exactly posts and the listed counts carry a value.
        let set = KPI.allCases.filter { k[$0] != nil }
        #expect(set == [.posts] + CampaignSeries.zeroOnEmptyDay)
    }

    @Test func zeroOnEmptyDayIsNotEveryCountKPI() {
        // The rule concerns post sums only: `posts`, `clicks`, `conversions` … are `.count` too.
        #expect(CampaignSeries.zeroOnEmptyDay == [.reach, .impressions, .views, .longViews, .engagements, .linkClicks])
        #expect(KPI.allCases.filter { $0.unit == .count } != CampaignSeries.zeroOnEmptyDay)
    }

    @Test func perInfluencerDays() throws {
        let a = try #require(Self.series.influencerDays["a"])
        #expect(a.map { $0[.posts] } == [1, 0, 1, 0])
        #expect(a.map { $0[.reach] } == [1000, 0, nil, 0])
        #expect(a.map { $0[.engagements] } == [60, 0, 20, 0])
        #expect(a.map { $0[.engagementRate] } == [6, nil, nil, nil]) // 60 / 1000 × 100
        #expect(a[0][.reachRate] == 10)                               // 1000 / 10,000 × 100
        let b = try #require(Self.series.influencerDays["b"])
        #expect(b.map { $0[.reach] } == [3000, 0, 0, 0])             // p4 is after the window
        #expect(b.map { $0[.engagementRate] } == [4, nil, nil, nil])  // 120 / 3000 × 100
        #expect(b.map { $0[.linkClicks] } == [15, 0, 0, 0])
        let c = try #require(Self.series.influencerDays["c"])
        #expect(c.map { $0[.posts] } == [0, 0, 0, 0])
        #expect(c.map { $0[.reach] } == [0, 0, 0, 0])
        #expect(c.map { $0[.engagementRate] } == [nil, nil, nil, nil])
    }

    @Test func monthsAcrossTheBoundary() {
        let months = Self.series.months
        #expect(months.map(\.month) == ["2026-03", "2026-04"])
        let march = months[0].kpis, april = months[1].kpis
        #expect(march[.posts] == 2)
        #expect(march[.reach] == 4000)
        #expect(march[.engagements] == 180)
        #expect(march[.engagementRate] == 4.5)
        // Months take every post of the campaign, p4 after the window included.
        #expect(april[.posts] == 2)                  // p3, p4
        #expect(april[.reach] == 500)                // p3 leaves reach empty
        #expect(april[.engagements] == 30)           // 20 + 10
        #expect(april[.engagementRate] == 2)         // p4 only: 10 / 500 × 100
    }

    @Test func weekdayHourCells() {
        let grid = CampaignSeries.weekdayHour(Timing(posts: Self.campaign.posts))
        #expect(grid.count == 7)
        #expect(grid.allSatisfy { $0.count == 24 })
        let monday9 = grid[0][9]                     // p1, p2
        #expect(monday9[.posts] == 2)
        #expect(monday9[.engagementRate] == 4.5)     // 180 / 4000 × 100
        let wednesday18 = grid[2][18]                // p3, no reach
        #expect(wednesday18[.posts] == 1)
        #expect(wednesday18[.engagementRate] == nil)
        // p4 has no time: in no cell. Every other cell is empty.
        var others = 0.0
        for (d, row) in grid.enumerated() {
            for (h, cell) in row.enumerated() where !(d == 0 && h == 9) && !(d == 2 && h == 18) {
                others += cell[.posts] ?? -1
                #expect(cell[.engagementRate] == nil)
            }
        }
        #expect(others == 0)
        // Only posts and engagement rate are set.
        #expect(KPI.allCases.filter { monday9[$0] != nil } == [.posts, .engagementRate])
    }
}
