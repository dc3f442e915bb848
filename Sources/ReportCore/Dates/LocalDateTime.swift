/// A moment already converted to the project's time zone: its day, and its minute of the
/// day when the input carried a time (timing analysis uses only posts that do).
public struct LocalDateTime: Sendable, Hashable, Comparable {
    public let day: Day
    /// Minutes since local midnight, nil for a bare date.
    public let minuteOfDay: Int?

    public init(day: Day, minuteOfDay: Int? = nil) {
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    public var hour: Int? { minuteOfDay.map { $0 / 60 } }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        return (lhs.minuteOfDay ?? -1) < (rhs.minuteOfDay ?? -1)
    }
}
