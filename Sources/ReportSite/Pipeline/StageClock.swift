import Foundation
import Synchronization

/// Where a build spends its time, for the stage benchmark (`report-stages`) and
/// `report build --timings`. Campaigns run in parallel, so a stage's figure is the sum over
/// threads (thread-seconds), beside the build's wall time.
public final class StageClock: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        /// Every input's content hashed for the cache's keys.
        case fingerprint
        /// Cached campaigns looked up, stored and read back.
        case cache
        /// campaign.yaml and the CSV files parsed into rows.
        case read
        /// Every KPI, the judgement, the page's view model.
        case compute
        /// Template bodies, charts and tables of campaign pages.
        case render
        /// The pages that need every campaign: internal benchmarks, creator cards, portfolio.
        case project
        /// Files written to the staging folder and swapped in.
        case write
    }

    private let seconds = Mutex<[Stage: Double]>([:])

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public func measure<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    public func add(_ stage: Stage, _ duration: Double) {
        seconds.withLock { $0[stage, default: 0] += duration }
    }

    /// Thread-seconds per stage, in pipeline order.
    public var totals: [(stage: Stage, seconds: Double)] {
        let seconds = self.seconds.withLock { $0 }
        return Stage.allCases.map { ($0, seconds[$0] ?? 0) }
    }

    /// One line per stage, for the terminal: `report: stage read        12.345 s`.
    public var report: String {
        totals.map { "report: stage " + $0.stage.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%8.3f s", $0.seconds) }
            .joined(separator: "\n")
    }
}
