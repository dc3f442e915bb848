import Foundation
import ReportCore
import ReportLoading

/// `report check`: reads every input and returns every problem, sorted by file and line.
public enum ProjectChecker {
    public static func check(path: URL, resources: URL) -> [Diagnostic] {
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { return [error] }
        let collector = DiagnosticCollector()
        let settings = loader.loadSettings(into: collector)
        do { _ = try TemplateLibrary(builtin: resources, project: loader.files, locale: settings.locale) } catch {
            collector.emit(contentsOf: error.diagnostics)
        }
        let folders = loader.campaignFolders
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            _ = loader.loadCampaign(folders[i], settings: settings, into: collector)
        }
        return collector.diagnostics
    }
}
