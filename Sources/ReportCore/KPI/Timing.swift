/// Engagement rate by weekday (Monday first) and by hour of publication, in the project
/// time zone, over posts that carry a time (kpis.md §5).
public struct Timing: Sendable {
    public struct Slot: Sendable {
        public let posts: Int
        public let engagementRate: Double?
    }

    public let weekdays: [Slot]
    public let hours: [Slot]

    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public init(posts: [Post]) {
        var byWeekday = Array(repeating: PostTotals(), count: 7)
        var byHour = Array(repeating: PostTotals(), count: 24)
        for post in posts {
            guard let hour = post.publishedAt.hour else { continue }
            byWeekday[post.publishedAt.day.weekday].add(post, followers: 0)
            byHour[hour].add(post, followers: 0)
        }
        weekdays = byWeekday.map { Slot(posts: $0.posts, engagementRate: $0.engagementRate.rate()) }
        hours = byHour.map { Slot(posts: $0.posts, engagementRate: $0.engagementRate.rate()) }
    }
}
