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
    static var account: Influencer? { campaign.influencers.first }
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
        // 0–3 and 7 keep the selectors of the first seeds; 4–6 are the readers added since.
        switch selector % 8 {
        case 0: outcome.attempts = [csv(input, shape: PostsLoader.shape, load: { t, c, d in PostsLoader.load(t, c, into: d) != nil })]
        case 1: outcome.attempts = [csv(input, shape: OrdersLoader.shape, load: { t, c, d in OrdersLoader.load(t, c, into: d) != nil })]
        case 4:
            // Followers, both as a generic file and as one account's export (TikTok's needs it).
            outcome.attempts = [nil, account].map { who in
                csv(input, shape: FollowersLoader.shape, account: who, load: { t, c, d in FollowersLoader.load(t, c, into: d) != nil })
            }
        case 5:
            // Posts as one account's export (YouTube Studio, TikTok Studio).
            outcome.attempts = [csv(input, shape: PostsLoader.shape, account: account, load: { t, c, d in PostsLoader.load(t, c, into: d) != nil })]
        case 6:
            outcome.attempts = [
                csv(input, shape: DataFileLoaders.sessionsShape, load: { t, c, d in DataFileLoaders.sessions(t, c, into: d) != nil }),
                csv(input, shape: FileShape.fixed(DataFileLoaders.leadsRequired), load: { t, c, d in DataFileLoaders.leads(t, c, into: d) != nil }),
                csv(input, shape: FileShape.fixed(DataFileLoaders.mentionsRequired), load: { t, c, d in DataFileLoaders.mentions(t, c, into: d) != nil }),
                csv(SearchesLoader.prepared(input), shape: SearchesLoader.shape, load: { t, c, d in SearchesLoader.load(t, c, into: d) != nil }),
            ]
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
            _ = ExportDates.meta(text); _ = ExportDates.youtube(text); _ = PostsDialect.tiktokPostTime(text, window: campaign.window)
            _ = PostsDialect.tiktokLink(text)
            _ = CommentLexicon.read(text); _ = Hashtags.extract(text)
            outcome.cellsRead = (n == nil ? 0 : 1) + (d == nil ? 0 : 1)
        }
        return outcome
    }

    /// Reads `input` as `f.csv` and loads it; a failure at any step keeps its diagnostics.
    static func csv(_ input: [UInt8], shape: ([String]) -> FileShape, account: Influencer? = nil,
                    load: (CSVTable, LoadContext, DiagnosticCollector) -> Bool) -> Attempt {
        let file = "f.csv"
        let collector = DiagnosticCollector()
        let reader: CSVReader
        do throws(Diagnostic) {
            reader = try CSVReader(bytes: input, file: file)
        } catch {
            return Attempt(file: file, loaded: false, diagnostics: [error])
        }
        collector.emit(contentsOf: reader.warnings)
        let s = shape(reader.header)
        guard let table = CSVTable(reader: reader, required: s.required, aliases: s.aliases, platformExport: s.platformExport, shortRows: s.shortRows, into: collector) else {
            return Attempt(file: file, loaded: false, diagnostics: collector.diagnostics)
        }
        let loaded = load(table, LoadContext(campaign: campaign, dates: dates, account: account, ids: IDRegistry()), collector)
        return Attempt(file: file, loaded: loaded, diagnostics: collector.diagnostics)
    }
}
