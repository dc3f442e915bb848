import Foundation
import ReportCore
import ReportLoading

/// `report check`: runs every stage that can find a problem — settings, the template compile
/// step, each campaign's files — and returns every problem once, sorted by file and line.
public enum ProjectChecker {
    public static func check(path: URL, resources: BuiltinResources = .embedded) -> [Diagnostic] {
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { return [error] }
        let collector = DiagnosticCollector()
        collector.emit(contentsOf: loader.layoutProblems)
        let settings = loader.loadSettings(into: collector)
        _ = TemplateLibrary(builtin: resources, project: loader.files, locale: settings.locale, into: collector)
        let folders = loader.campaignFolders
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            // The warnings that need the figures (budget, plausibility, disclosure) are computed too.
            guard let campaign = loader.loadCampaign(folders[i], settings: settings, into: collector) else { return }
            let kpis = KPICalculator.compute(campaign, emv: settings.emv, fraud: settings.fraud)
            let judgement = CampaignJudgement(campaign: campaign, kpis: kpis, table: settings.benchmarks, thresholds: settings.fraud, locale: settings.locale)
            collector.emit(contentsOf: CampaignWarnings.make(campaign: campaign, kpis: kpis, judgement: judgement,
                                                             file: loader.files.display(folders[i].appendingPathComponent("campaign.yaml"))))
        }
        return collector.diagnostics
    }
}
