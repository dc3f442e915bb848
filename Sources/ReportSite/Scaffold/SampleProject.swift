import Foundation
import ReportCore

/// The project `report init DIR` writes: the files of `scaffold/sample/<locale>/` in the built-in
/// resources (embedded by `make embed`, or read from `REPORT_RESOURCES`), copied byte for byte.
/// It is a fictional tea brand's spring launch (2026-03-02 to 2026-03-29, objective sales) with
/// five creators on Instagram, TikTok and YouTube, 30 posts, 341 orders (promo codes, UTM links,
/// a baseline fortnight before the launch), weekly follower counts and 69 comments, with
/// report.yaml and campaign.yaml commented in the project's language (the same help as
/// `ScaffoldHelp`; `InitTests` keeps them equal). `as_of` is 2026-05-15, after the 30-day
/// attribution window: every figure is final.
enum SampleProject {
    /// The sample's folder in the resources, one per language.
    static func folder(_ locale: ReportLocale) -> String { "scaffold/sample/" + locale.rawValue + "/" }

    /// Relative path → bytes, sorted by path: every file of the language's folder.
    static func files(_ locale: ReportLocale, resources: BuiltinResources) -> [(path: String, data: Data)] {
        let folder = folder(locale)
        return resources.paths(under: folder).compactMap { path in
            resources.data(path).map { (String(path.dropFirst(folder.count)), $0) }
        }
    }

    /// The campaign's id: its folder under campaigns/ (the sample holds one campaign).
    static func campaignID(_ paths: [String]) -> String? {
        paths.lazy.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count > 2 && parts[0] == "campaigns" ? String(parts[1]) : nil
        }.first
    }
}

extension BuiltinResources {
    /// The paths of the files below `prefix` (a folder path ending in `/`), sorted: the embedded
    /// files whose path starts with it, or the files under that folder of the resource folder.
    func paths(under prefix: String) -> [String] {
        guard let root = folder else {
            return EmbeddedResources.files.keys.filter { $0.hasPrefix(prefix) }.sorted()
        }
        let fm = FileManager.default
        let base = root.appendingPathComponent(prefix)
        guard let entries = fm.enumerator(atPath: base.path) else { return [] }
        var paths: [String] = []
        for case let relative as String in entries {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(prefix + relative)
            }
        }
        return paths.sorted()
    }
}
