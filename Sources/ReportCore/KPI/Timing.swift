/// Engagement rate by weekday (Monday first) and by hour of publication, in the project
/// time zone, over posts that carry a time (kpis.md §5).
public struct Timing: Sendable {
    public struct Slot: Sendable {
        public let posts: Int
        public let engagementRate: Double?

        /// The slot as KPI values (`posts`, `engagement_rate`), for tables and heatmaps.
        public var kpis: KPIValues {
            var k = KPIValues()
            k[.posts] = Double(posts)
            k[.engagementRate] = engagementRate
            return k
        }
    }

    public let weekdays: [Slot]
    public let hours: [Slot]
    /// weekday (Monday first) × hour.
    public let grid: [[Slot]]

    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public init(posts: [Post]) {
        var byWeekday = Array(repeating: PostTotals(), count: 7)
        var byHour = Array(repeating: PostTotals(), count: 24)
        var cells = Array(repeating: Array(repeating: PostTotals(), count: 24), count: 7)
        for post in posts {
            guard let hour = post.publishedAt.hour else { continue }
            byWeekday[post.publishedAt.day.weekday].add(post, followers: 0)
            byHour[hour].add(post, followers: 0)
            cells[post.publishedAt.day.weekday][hour].add(post, followers: 0)
        }
        grid = cells.map { row in row.map { Slot(posts: $0.posts, engagementRate: $0.engagementRate.rate()) } }
        weekdays = byWeekday.map { Slot(posts: $0.posts, engagementRate: $0.engagementRate.rate()) }
        hours = byHour.map { Slot(posts: $0.posts, engagementRate: $0.engagementRate.rate()) }
    }
}
