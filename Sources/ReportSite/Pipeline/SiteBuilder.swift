import Foundation
import ReportCore
import ReportLoading

/// `report build`: the pipeline of site.md as named steps — load, attribute and compute,
/// render, write — each campaign streamed through them so only summaries stay in memory.
/// Errors from any step come back as one located list; nothing is swapped in then.
public struct SiteBuilder: Sendable {
    public let path: URL
    public let options: BuildOptions
    /// Told each stage as it starts (the command line shows it on a terminal).
    public let progress: @Sendable (String) -> Void

    public init(path: URL, options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.path = path
        self.options = options
        self.progress = progress
    }

    /// The report date: `--as-of`, else report.yaml `as_of`, else today (UTC), given by the caller.
    public func build(today: Day) throws(DiagnosticList) -> BuildSummary {
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { throw DiagnosticList([error]) }
        let loaded = DiagnosticCollector()
        var settings = loader.loadSettings(into: loaded)
        let warnings = loaded.diagnostics
        if warnings.contains(where: { $0.severity == .error }) { throw DiagnosticList(warnings) }
        if let locale = options.locale { settings.locale = locale }
        let asOf = options.asOf ?? settings.asOf ?? today
        let outputURL = options.output ?? URL(fileURLWithPath: settings.output, relativeTo: loader.defaultOutputBase)

        let library: TemplateLibrary
        do { library = try TemplateLibrary(builtin: options.resources, project: loader.files, locale: settings.locale) } catch {
            throw DiagnosticList(warnings + error.diagnostics)
        }
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: outputURL, projectRoot: loader.files.root)
            try writer.begin()
        } catch { throw DiagnosticList(warnings + [error]) }

        let renderer = PageRenderer(library: library)
        let folders = loader.campaignFolders
        progress("load, compute and render \(folders.count) campaign\(folders.count == 1 ? "" : "s")")
        let counter = Counter()
        let results = ResultSlots<CampaignOutcome>(count: folders.count)
        let settingsCopy = settings
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            results[i] = SiteBuilder.campaign(folders[i], loader: loader, settings: settingsCopy, asOf: asOf, renderer: renderer, writer: writer)
            progress("campaign \(folders[i].lastPathComponent) (\(counter.next())/\(folders.count))")
        }

        var diagnostics = warnings
        var summaries: [CampaignSummary] = []
        var csv = KPICSV.header
        var pages = 0, posts = 0
        var histories: [String: InfluencerHistory] = [:]
        for outcome in results.values {
            guard let outcome else { continue }
            diagnostics += outcome.diagnostics
            for h in outcome.histories {
                if histories[h.key] == nil { histories[h.key] = h } else { histories[h.key]?.merge(h) }
            }
            if let summary = outcome.summary {
                summaries.append(summary)
                csv += outcome.csvRows
                pages += 2 + renderer.library.extraPages.count
                posts += summary.posts
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            writer.discard()
            throw DiagnosticList(diagnostics)
        }
        progress("write the portfolio, kpis.csv and influencer histories")
        do {
            let index = IndexView(title: settings.title, campaigns: summaries, locale: settings.locale)
            let frame = PageRenderer.Frame(
                title: settings.title, siteTitle: settings.title, lang: settings.locale.rawValue, root: "",
                standalone: false, footer: Labels.footer(asOf: asOf, settings.locale)
            )
            try writer.write("index.html", try renderer.render(page: "index", context: index.context(), data: index.pageData(), frame: frame))
            try writer.write("kpis.csv", csv)
            let keys = histories.keys.sorted()
            for (key, slug) in zip(keys, Slug.unique(keys)) {
                guard let history = histories[key] else { continue }
                try writer.write("influencers/\(slug)/history.json", HistoryJSON.encode(history, slug: slug))
            }
            pages += 1
            try writer.commit()
        } catch {
            writer.discard()
            throw DiagnosticList(diagnostics + [error])
        }
        return BuildSummary(output: writer.output, pages: pages, campaigns: summaries.count, posts: posts, warnings: diagnostics)
    }

    struct CampaignOutcome: Sendable {
        var summary: CampaignSummary?
        var csvRows = ""
        var diagnostics: [Diagnostic] = []
        var histories: [InfluencerHistory] = []
    }

    /// One campaign through load → compute → render → write; its rows are released on return.
    static func campaign(
        _ folder: URL, loader: ProjectLoader, settings: ProjectSettings, asOf: Day, renderer: PageRenderer, writer: SiteWriter
    ) -> CampaignOutcome {
        var outcome = CampaignOutcome()
        let collector = DiagnosticCollector()
        let loaded = loader.loadCampaign(folder, settings: settings, into: collector)
        outcome.diagnostics = collector.diagnostics
        guard let campaign = loaded else { return outcome }
        let kpis = KPICalculator.compute(campaign, emv: settings.emv, asOf: asOf)
        let view = CampaignView(campaign: campaign, kpis: kpis, locale: settings.locale, asOf: asOf)
        let context = view.context()
        let data = view.pageData()
        let footer = Labels.footer(asOf: asOf, settings.locale)
        do {
            let page = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                          root: "../../", standalone: false, footer: footer)
            let download = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                              root: "../", standalone: true, footer: footer)
            let body = try renderer.body(page: "campaign", context: context, data: data)
            try writer.write("campaigns/\(campaign.id)/index.html", renderer.wrap(body, frame: page))
            try writer.write("downloads/\(campaign.id).html", renderer.wrap(body, frame: download))
            try writer.write("campaigns/\(campaign.id)/kpis.json", KPIJSON.encode(campaign: campaign, kpis: kpis, asOf: asOf))
            for name in renderer.library.extraPages {
                let html = try renderer.render(page: "page:" + name, context: context, data: data, frame: page)
                try writer.write("campaigns/\(campaign.id)/\(name).html", html)
            }
        } catch {
            outcome.diagnostics.append(error)
            return outcome
        }
        outcome.csvRows = KPICSV.rows(campaign: campaign, kpis: kpis)
        outcome.histories = InfluencerHistory.contributions(campaign, orders: kpis.orderAttribution)
        outcome.summary = CampaignSummary(
            id: campaign.id, name: campaign.name, brand: campaign.brand, objective: campaign.objective,
            window: campaign.window, currency: campaign.currency, kpis: kpis.campaign, posts: campaign.posts.count,
            provisional: Set(kpis.provisional.map(\.key))
        )
        return outcome
    }
}

/// A count shared by the worker threads, for progress lines.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int { lock.withLock { value += 1; return value } }
}

/// Results of parallel work, one slot per index, filled from several threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
