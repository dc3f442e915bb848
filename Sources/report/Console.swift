import Foundation
import ReportCore

/// The only place that touches stderr and the clock.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Exit 3: `REPORT_RESOURCES` names a folder without the built-in templates and theme.
    static let badResourcesFolder = "report: REPORT_RESOURCES does not name a folder holding templates/en-US/campaign.md and site/layout.html; unset it to use the built-in templates and theme"

    static func todayUTC() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
