import Foundation
import ReportCore
import ReportLoading

/// One campaign through load → compute → render → write; its rows are released on return.
struct CampaignRun: Sendable {
    let loader: ProjectLoader
    let settings: ProjectSettings
    let asOf: Day
    let renderer: PageRenderer
    let clock: StageClock

    /// The industry range in force for a KPI and an influencer's platform and tier.
    var benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>? { PageData.bands(settings.benchmarks) }

    /// Its problems go to `collector`: a campaign's own, so the cache can replay them.
    func campaign(_ folder: URL, into collector: DiagnosticCollector) -> CampaignOutcome? {
        guard let loaded = clock.measure(.read, { loader.loadCampaign(folder, settings: settings, into: collector) }) else { return nil }
        // Every figure from each post's latest measurement on or before the report date (kpis.md §10).
        let campaign = loaded.measured(asOf: asOf)
        let computeStart = DispatchTime.now().uptimeNanoseconds
        let kpis = KPICalculator.compute(campaign, emv: settings.emv, fraud: settings.fraud, asOf: asOf)
        let judgement = CampaignJudgement(campaign: campaign, kpis: kpis, table: settings.benchmarks, thresholds: settings.fraud, locale: settings.locale)
        collector.emit(contentsOf: CampaignWarnings.make(campaign: campaign, kpis: kpis, judgement: judgement,
                                                         file: loader.files.display(folder.appendingPathComponent("campaign.yaml"))))
        let view = CampaignView(campaign: campaign, kpis: kpis, judgement: judgement, locale: settings.locale, asOf: asOf, benchmark: benchmark,
                                emv: settings.emv)
        let context = view.context()
        let data = view.pageData()
        let renderStart = DispatchTime.now().uptimeNanoseconds
        clock.add(.compute, Double(renderStart - computeStart) / 1e9)
        defer { clock.add(.render, Double(DispatchTime.now().uptimeNanoseconds - renderStart) / 1e9) }
        let footer = Labels.footer(asOf: asOf, settings.locale)
        var pages: [CampaignOutcome.Page] = []
        do throws(Diagnostic) {
            guard let template = renderer.library.pages[.campaign] else { throw Diagnostic.error("templates/campaign.md", 0, "template not found") }
            let page = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                          root: "../../", standalone: false, footer: footer)
            let download = PageRenderer.Frame(title: campaign.name, siteTitle: settings.title, lang: settings.locale.rawValue,
                                              root: "../", standalone: true, footer: footer)
            let body = try renderer.body(template, context: context, data: data)
            pages.append(.init(path: "campaigns/\(campaign.id)/index.html", body: .text(body), frame: page))
            pages.append(.init(path: "downloads/\(campaign.id).html", body: .text(body), frame: download))
            for extra in renderer.library.extraPages {
                let html = try renderer.body(extra.template, context: context, data: data)
                pages.append(.init(path: "campaigns/\(campaign.id)/\(extra.name).html", body: .text(html), frame: page))
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
                targets: kpis.objective?.targets ?? [],
                platforms: kpis.platforms,
                requiredMentions: campaign.requiredMentions,
                tiers: kpis.tiers
            ),
            csvRows: KPICSV.rows(campaign: campaign, kpis: kpis),
            workbook: KPIWorkbook.Part(campaign: campaign, kpis: kpis, judgement: judgement, locale: settings.locale),
            histories: InfluencerHistory.contributions(campaign, kpis: kpis, judgement: judgement),
            pages: pages,
            json: .document(KPIJSON.encode(campaign: campaign, kpis: kpis, judgement: judgement, asOf: asOf)),
            judgement: CampaignOutcome.JudgementDigest(judgement),
            review: CampaignReview(campaign: campaign, kpis: kpis, judgement: judgement),
            folder: loader.files.display(folder),
            format: view.format,
            emailFacts: EmailFacts(settings: settings.email, campaign: campaign, kpis: kpis, view: view)
        )
    }
}

