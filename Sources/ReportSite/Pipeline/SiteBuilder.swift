import Foundation
import ReportCore
import ReportLoading

/// `report build`: the pipeline of site.md as named stages over one diagnostics collector —
/// settings, template compilation, then each campaign streamed through load → compute →
/// render → write (so only summaries stay in memory), then the portfolio and the swap.
/// Nothing is swapped in when any stage reported an error.
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
    /// Every problem is in the thrown list (errors) or in the summary (warnings).
    public func build(today: Day) throws(DiagnosticList) -> BuildSummary {
        let collector = DiagnosticCollector()
        func fail() -> DiagnosticList { DiagnosticList(collector.diagnostics) }

        // Stage: settings.
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { throw DiagnosticList([error]) }
        collector.emit(contentsOf: loader.layoutProblems)
        var settings = loader.loadSettings(into: collector)
        if collector.hasErrors { throw fail() }
        if let locale = options.locale { settings.locale = locale }
        let asOf = options.asOf ?? settings.asOf ?? today
        let outputURL = options.output ?? URL(fileURLWithPath: settings.output, relativeTo: loader.defaultOutputBase)

        // Stage: compile templates, before any campaign is read.
        progress("compile templates")
        guard let library = TemplateLibrary(builtin: options.resources, project: loader.files, locale: settings.locale, into: collector) else {
            throw fail()
        }
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: outputURL, projectRoot: loader.files.root)
            try writer.begin()
        } catch {
            collector.emit(error)
            throw fail()
        }

        // Stages per campaign: load, compute, render, write.
        let renderer = PageRenderer(library: library, indexable: settings.indexable, locale: settings.locale)
        let folders = loader.campaignFolders
        progress("load, compute and render \(folders.count) campaign\(folders.count == 1 ? "" : "s")")
        let counter = Counter()
        let results = ResultSlots<CampaignOutcome>(count: folders.count)
        let run = CampaignRun(loader: loader, settings: settings, asOf: asOf, renderer: renderer, writer: writer, collector: collector)
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            results[i] = run.campaign(folders[i])
            progress("campaign \(folders[i].lastPathComponent) (\(counter.next())/\(folders.count))")
        }
        if collector.hasErrors {
            writer.discard()
            throw fail()
        }

        // Stage: what needs every campaign — internal benchmarks, creator cards and their slugs,
        // the portfolio and benchmarks pages — then each campaign's pages and kpis.json; then the swap.
        progress("internal benchmarks, creator cards, portfolio; write every page")
        let outcomes = results.values.compactMap { $0 }
        let project = ProjectPages(outcomes: outcomes, settings: settings, asOf: asOf)
        DispatchQueue.concurrentPerform(iterations: outcomes.count) { i in
            outcomes[i].write(project.internalBenchmarks[outcomes[i].summary.id] ?? [], slugs: project.slugs, renderer: renderer,
                              writer: writer, email: options.email, into: collector)
        }
        if collector.hasErrors {
            writer.discard()
            throw fail()
        }
        var pages = outcomes.reduce(0) { $0 + $1.pages.count }
        do throws(Diagnostic) {
            pages += try project.write(renderer: renderer, writer: writer)
            try writer.commit()
        } catch {
            writer.discard()
            collector.emit(error)
            throw fail()
        }
        let posts = outcomes.reduce(0) { $0 + $1.summary.posts }
        return BuildSummary(output: writer.output, pages: pages, campaigns: outcomes.count, posts: posts, warnings: collector.diagnostics)
    }
}

/// What a campaign leaves for the last stage: its pages rendered but for their internal
/// benchmarks, its kpis.json likewise, and what the portfolio needs.
struct CampaignOutcome: Sendable {
    struct Page: Sendable {
        let path: String
        let body: String
        let frame: PageRenderer.Frame
    }

    let summary: CampaignSummary
    let csvRows: String
    /// The campaign's rows of kpis.xlsx.
    let workbook: KPIWorkbook.Part
    let histories: [InfluencerHistory]
    let pages: [Page]
    let json: KPIJSON.Document
    /// For the benchmarks page.
    let judgement: CampaignJudgement
    let format: NumberFormat

    /// Fills the internal benchmarks and creator links in and writes the campaign's files.
    /// With `email`, also the draft email carrying the one-file report.
    func write(_ internalBenchmarks: [InternalBenchmark], slugs: [String: String], renderer: PageRenderer, writer: SiteWriter,
               email: Bool = false, into collector: DiagnosticCollector) {
        do throws(Diagnostic) {
            for page in pages {
                let context = LateBinding.Context(internalBenchmarks: internalBenchmarks, format: format, slugs: slugs,
                                                  root: page.frame.standalone ? nil : page.frame.root)
                let body = LateBinding.fill(page.body, context)
                let html = renderer.wrap(body, frame: page.frame)
                try writer.write(page.path, html)
                if email && page.frame.standalone {
                    try writer.write("downloads/\(summary.id).eml", EmailDraft.make(summary: summary, recommendations: judgement.recommendations,
                                                                                    format: format, report: html))
                }
            }
            try writer.write("campaigns/\(summary.id)/kpis.json", json.text(internalBenchmarks: internalBenchmarks))
        } catch {
            collector.emit(error)
        }
    }
}

/// One campaign through load → compute → render → write; its rows are released on return.
struct CampaignRun: Sendable {
    let loader: ProjectLoader
    let settings: ProjectSettings
    let asOf: Day
    let renderer: PageRenderer
    let writer: SiteWriter
    let collector: DiagnosticCollector

    /// The industry range in force for a KPI and an influencer's platform and tier.
    var benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>? { PageData.bands(settings.benchmarks) }

    func campaign(_ folder: URL) -> CampaignOutcome? {
        guard let campaign = loader.loadCampaign(folder, settings: settings, into: collector) else { return nil }
        let kpis = KPICalculator.compute(campaign, emv: settings.emv, asOf: asOf)
        let judgement = CampaignJudgement(campaign: campaign, kpis: kpis, table: settings.benchmarks, thresholds: settings.fraud, locale: settings.locale)
        collector.emit(contentsOf: CampaignWarnings.make(campaign: campaign, kpis: kpis, judgement: judgement,
                                                         file: loader.files.display(folder.appendingPathComponent("campaign.yaml"))))
        let view = CampaignView(campaign: campaign, kpis: kpis, judgement: judgement, locale: settings.locale, asOf: asOf, benchmark: benchmark,
                                emv: settings.emv)
        let context = view.context()
        let data = view.pageData()
        let footer = Labels.footer(asOf: asOf, settings.locale)
        var pages: [CampaignOutcome.Page] = []
        do throws(Diagnostic) {
            guard let template = renderer.library.pages[.campaign] else { throw Diagnostic.error("templates/campaign.md", 0, "template not found") }
            let page = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                          root: "../../", standalone: false, footer: footer)
            let download = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                              root: "../", standalone: true, footer: footer)
            let body = try renderer.body(template, context: context, data: data)
            pages.append(.init(path: "campaigns/\(campaign.id)/index.html", body: body, frame: page))
            pages.append(.init(path: "downloads/\(campaign.id).html", body: body, frame: download))
            for extra in renderer.library.extraPages {
                let html = try renderer.body(extra.template, context: context, data: data)
                pages.append(.init(path: "campaigns/\(campaign.id)/\(extra.name).html", body: html, frame: page))
            }
        } catch {
            // A template error found only with this campaign's data names the campaign: the same
            // line may be fine for another one.
            collector.emit(Diagnostic(file: error.file, line: error.line, column: error.column, severity: error.severity,
                                      message: "campaign \(campaign.id): " + error.message))
            return nil
        }
        return CampaignOutcome(
            summary: CampaignSummary(
                id: campaign.id, name: campaign.name, brand: campaign.brand, objective: campaign.objective,
                window: campaign.window, currency: campaign.currency, kpis: kpis.campaign, posts: campaign.posts.count,
                provisional: view.pageProvisional,
                primaryTarget: kpis.objective?.targets.first { $0.kpi == .kpi(campaign.objective.primaryKPI) },
                platforms: kpis.platforms
            ),
            csvRows: KPICSV.rows(campaign: campaign, kpis: kpis),
            workbook: KPIWorkbook.Part(campaign: campaign, kpis: kpis, judgement: judgement),
            histories: InfluencerHistory.contributions(campaign, kpis: kpis, judgement: judgement),
            pages: pages,
            json: KPIJSON.encode(campaign: campaign, kpis: kpis, judgement: judgement, asOf: asOf),
            judgement: judgement,
            format: view.format
        )
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
