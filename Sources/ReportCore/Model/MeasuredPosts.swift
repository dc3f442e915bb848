/// The rows of posts.csv folded into one post each (data-format.md §4): a post measured several
/// times (rows with `measured_at`) keeps every measurement, oldest first, and stands for its
/// latest one until the report date picks (`Campaign.measured(asOf:)`).
public struct MeasuredPosts: Sendable {
    /// One post per id, in the order of its first row.
    public let posts: [Post]
    /// post id → its dated measurements, oldest first; only for posts with a `measured_at`.
    public let measurements: [String: [Post]]

    /// `rows` as the loader read them; the loader has refused a repeated id without distinct
    /// measured_at, so rows without one are single posts.
    public init(_ rows: [Post]) {
        guard rows.contains(where: { $0.measuredAt != nil }) else {
            posts = rows
            measurements = [:]
            return
        }
        var order: [Post] = []
        var byID: [String: [Post]] = [:]
        for row in rows {
            guard row.measuredAt != nil else {
                order.append(row)
                continue
            }
            if byID[row.id] == nil { order.append(row) }
            byID[row.id, default: []].append(row)
        }
        for (id, list) in byID {
            byID[id] = list.sorted { a, b in
                guard let x = a.measuredAt, let y = b.measuredAt, x != y else { return a.line < b.line }
                return x < y
            }
        }
        posts = order.map { first in byID[first.id]?.last ?? first }
        measurements = byID
    }
}

extension Campaign {
    /// The campaign as known on `asOf` (kpis.md §10): each measured post is its latest
    /// measurement dated on or before that day, and later measurements are dropped everywhere;
    /// a post whose every measurement is later has no figure yet.
    public func measured(asOf: Day) -> Campaign {
        guard !measurements.isEmpty else { return self }
        var known: [String: [Post]] = [:]
        var copy = self
        copy.posts = posts.map { post in
            guard let rows = measurements[post.id] else { return post }
            let kept = rows.filter { ($0.measuredAt?.day).map { $0 <= asOf } ?? false }
            known[post.id] = kept
            return kept.last ?? post.withoutFigures()
        }
        copy.measurements = known
        return copy
    }
}
