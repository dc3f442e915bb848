import Foundation
import ReportCore
import ReportLoading

// Transitional: the collector API of ProjectLoader until data loading emits into it itself.
extension ProjectLoader {
    func loadSettings(into collector: DiagnosticCollector) -> ProjectSettings {
        let (settings, found) = loadSettings()
        collector.emit(contentsOf: found)
        return settings
    }

    func loadCampaign(_ folder: URL, settings: ProjectSettings, into collector: DiagnosticCollector) -> Campaign? {
        let (campaign, found) = loadCampaign(folder, settings: settings)
        collector.emit(contentsOf: found)
        return campaign
    }
}
