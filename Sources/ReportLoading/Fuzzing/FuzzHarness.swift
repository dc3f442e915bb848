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

    /// What one loader made of an input: the file name it was given, whether it returned a
    /// value, and every diagnostic it returned or threw. The seeded mutation test checks these,
    /// so a reader that fails without saying where (or why) is caught, not only a crash.
    public struct Attempt: Sendable, Hashable {
        public let file: String
        public let loaded: Bool
        public let diagnostics: [Diagnostic]
    }

    /// Everything one input produced: the loaders that ran on it, and for a cell input how
    /// many cell readers accepted it.
    public struct Outcome: Sendable, Hashable {
        public var attempts: [Attempt] = []
        public var cellsRead = 0
    }

    /// Runs one input; returns how many results it produced (so work is not optimised away).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        let o = outcome(bytes)
        return o.attempts.reduce(o.cellsRead) { $0 + $1.diagnostics.count + ($1.loaded ? 1 : 0) }
    }

    /// Runs one input through the reader its first byte picks (the same path as `run`).
    public static func outcome(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        guard let selector = bytes.first else { return outcome }
        let input = Array(bytes.dropFirst())
        switch selector % 4 {
        case 0: outcome.attempts = [csv(input, load: { t, c, d in PostsLoader.load(t, c, into: d) != nil })]
        case 1: outcome.attempts = [csv(input, load: { t, c, d in OrdersLoader.load(t, c, into: d) != nil })]
        case 2:
            let text = String(decoding: input, as: UTF8.self)
            let campaignFile = DiagnosticCollector(), settingsFile = DiagnosticCollector()
            let described = CampaignFileLoader.load(text, file: "c.yaml", id: "c", settings: ProjectSettings(), into: campaignFile)
            _ = SettingsLoader.load(text, file: "r.yaml", into: settingsFile)
            outcome.attempts = [
                Attempt(file: "c.yaml", loaded: described != nil, diagnostics: campaignFile.diagnostics),
                // Settings always load (defaults); their diagnostics are still checked.
                Attempt(file: "r.yaml", loaded: true, diagnostics: settingsFile.diagnostics),
            ]
        default:
            let text = String(decoding: input, as: UTF8.self)
            let n = CSVNumber.parse(text, semicolonFile: selector & 4 != 0, allowPercent: true)
            let d = dates.parse(text)
            _ = ExportDates.meta(text); _ = ExportDates.youtube(text); _ = ExportDates.tiktok(text, window: campaign.window)
            _ = CommentLexicon.read(text); _ = Hashtags.extract(text)
            outcome.cellsRead = (n == nil ? 0 : 1) + (d == nil ? 0 : 1)
        }
        return outcome
    }

    /// Reads `input` as `f.csv` and loads it; a failure at any step keeps its diagnostics.
    static func csv(_ input: [UInt8], load: (CSVTable, LoadContext, DiagnosticCollector) -> Bool) -> Attempt {
        let file = "f.csv"
        let collector = DiagnosticCollector()
        let reader: CSVReader
        do throws(Diagnostic) {
            reader = try CSVReader(bytes: input, file: file)
        } catch {
            return Attempt(file: file, loaded: false, diagnostics: [error])
        }
        guard let table = CSVTable(reader: reader, required: [], aliases: PostsLoader.aliases(header: reader.header), into: collector) else {
            return Attempt(file: file, loaded: false, diagnostics: collector.diagnostics)
        }
        let loaded = load(table, LoadContext(campaign: campaign, dates: dates, account: nil, ids: IDRegistry()), collector)
        return Attempt(file: file, loaded: loaded, diagnostics: collector.diagnostics)
    }
}
