import Foundation
import ReportCore
import ReportLoading

/// `report check`: reads every input and returns every problem, sorted by file and line.
public enum ProjectChecker {
    public static func check(path: URL, resources: URL) -> [Diagnostic] {
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { return [error] }
        let (settings, found) = loader.loadSettings()
        var diagnostics = found
        do { _ = try TemplateLibrary(builtin: resources, project: loader.files, locale: settings.locale) } catch {
            diagnostics += error.diagnostics
        }
        let folders = loader.campaignFolders
        let results = ResultSlots<[Diagnostic]>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in
            results[i] = loader.loadCampaign(folders[i], settings: settings).1
        }
        for r in results.values { diagnostics += r ?? [] }
        return diagnostics.sorted()
    }
}
