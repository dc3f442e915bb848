import Foundation

/// The content hashes a build depends on: one key for what every page shares (report.yaml,
/// project templates and theme, shared exports, the built-in resources, the tool, the report
/// date and the command-line options) and one per campaign folder on top of it. Contents are
/// hashed every time rather than trusting modification times, so a file saved twice in the same
/// second, or restored with its old time, is never mistaken for unchanged.
struct InputFingerprint: Sendable {
    /// Shared by every page.
    let global: String
    /// Campaign folder path → its key (the global key included).
    let campaigns: [String: String]

    /// `exclude` are folders never read as inputs (the output, its staging and cache folders).
    init(root: URL, campaignFolders: [URL], workers: Workers, resources: URL?, identity: [String], exclude: [URL]) {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let skipped = Set(exclude.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        let campaignPaths = Set(campaignFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        // Everything in the project but the campaign folders and the outputs.
        var shared = InputFingerprint.listing(root: rootPath, skipping: skipped.union(campaignPaths).union([rootPath + "/campaigns"]))
        if let resources {
            // The built-in templates/ and site/ of a working copy (REPORT_RESOURCES), nothing else of it.
            let path = resources.standardizedFileURL.resolvingSymlinksInPath().path
            for folder in ["templates", "site"] {
                shared += InputFingerprint.listing(root: path + "/" + folder, skipping: []).map { "builtin/\(folder)/" + $0 }
            }
        }
        global = ContentHash.hex((identity + shared).joined(separator: "\n"))
        let folders = campaignFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        var keys = [String](repeating: "", count: folders.count)
        let global = self.global
        keys.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            workers.forEach(folders.count) { i in
                let files = InputFingerprint.listing(root: folders[i], skipping: [])
                // The folder's path too: two campaigns with the same files are still two campaigns.
                let relative = folders[i].hasPrefix(rootPath + "/") ? String(folders[i].dropFirst(rootPath.count + 1)) : folders[i]
                slots[i] = ContentHash.hex(([global, relative] + files).joined(separator: "\n"))
            }
        }
        campaigns = Dictionary(uniqueKeysWithValues: zip(folders, keys))
    }

    func key(_ folder: URL) -> String? {
        campaigns[folder.standardizedFileURL.resolvingSymlinksInPath().path]
    }

    /// `relative-path<TAB>hash` of every regular file under `root`, sorted; hidden files and
    /// folders and any folder written by report (it holds the site marker) are left out.
    static func listing(root: String, skipping: Set<String>) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        func walk(_ folder: String, _ prefix: String) {
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
            if names.contains(SiteWriter.marker) { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                if skipping.contains(path) { continue }
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    walk(path, prefix + name + "/")
                } else {
                    out.append(prefix + name + "\t" + hashFile(path))
                }
            }
        }
        walk(root, "")
        return out
    }

    /// The file's content hash; a file that cannot be read gets a key that never matches,
    /// so the campaign is rebuilt and the loader reports the problem at its place.
    static func hashFile(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "unreadable-" + UUID().uuidString }
        return data.withUnsafeBytes { ContentHash.hex($0) }
    }
}
