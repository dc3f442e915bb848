import Foundation
import ReportCore

/// What the fuzzers feed: the first byte picks a reader, the rest is its input. Kept in the
/// library so the libFuzzer target (Fuzz/) and the seeded mutation test share it.
public enum FuzzHarness {
    static let campaign = Campaign(
        id: "f", name: "F", objective: .sales,
        window: DayRange(start: Day(ordinal: 20_500), end: Day(ordinal: 20_530)),
        influencers: [Influencer(handle: "a", platform: Platform("instagram"), followers: 10, promoCodes: ["A"], utmContent: "a")]
    )
    static let dates = DateReader(timeZone: TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 0) ?? .current)

    /// Runs one input; returns how many diagnostics it produced (so work is not optimised away).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        guard let selector = bytes.first else { return 0 }
        let input = Array(bytes.dropFirst())
        switch selector % 4 {
        case 0: return csv(input, load: { t, c, d in PostsLoader.load(t, c, into: d)?.count ?? 0 })
        case 1: return csv(input, load: { t, c, d in OrdersLoader.load(t, c, into: d)?.count ?? 0 })
        case 2:
            let text = String(decoding: input, as: UTF8.self)
            let collector = DiagnosticCollector()
            let described = CampaignFileLoader.load(text, file: "c.yaml", id: "c", settings: ProjectSettings(), into: collector)
            _ = SettingsLoader.load(text, file: "r.yaml", into: collector)
            return collector.diagnostics.count + (described == nil ? 0 : 1)
        default:
            let text = String(decoding: input, as: UTF8.self)
            let n = CSVNumber.parse(text, semicolonFile: selector & 4 != 0, allowPercent: true)
            let d = dates.parse(text)
            _ = ExportDates.meta(text); _ = ExportDates.youtube(text); _ = ExportDates.tiktok(text, window: campaign.window)
            _ = CommentLexicon.read(text); _ = Hashtags.extract(text)
            return (n == nil ? 0 : 1) + (d == nil ? 0 : 1)
        }
    }

    /// Rows loaded plus diagnostics emitted.
    static func csv(_ input: [UInt8], load: (CSVTable, LoadContext, DiagnosticCollector) -> Int) -> Int {
        let collector = DiagnosticCollector()
        let reader: CSVReader
        do { reader = try CSVReader(bytes: input, file: "f.csv") } catch { return 1 }
        guard let table = CSVTable(reader: reader, required: [], aliases: PostsLoader.aliases(header: reader.header), into: collector) else {
            return collector.diagnostics.count
        }
        let rows = load(table, LoadContext(campaign: campaign, dates: dates, account: nil, ids: IDRegistry()), collector)
        return rows + collector.diagnostics.count
    }
}
