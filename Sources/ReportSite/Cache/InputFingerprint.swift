import Foundation
import ReportLoading

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
    private let rootPath: String
    private let sharedSkips: Set<String>
    private let resources: String?
    private let identity: [String]

    /// `exclude` are folders never read as inputs (the output, its staging and cache folders).
    init(root: URL, campaignFolders: [URL], workers: Workers, resources: URL?, identity: [String], exclude: [URL]) {
        rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let skipped = Set(exclude.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        let campaignPaths = Set(campaignFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        sharedSkips = skipped.union(campaignPaths).union([rootPath + "/campaigns"])
        self.resources = resources.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        self.identity = identity
        global = InputFingerprint.globalKey(rootPath: rootPath, skipping: sharedSkips, resources: self.resources, identity: identity)
        let folders = campaignFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        var keys = [String](repeating: "", count: folders.count)
        let global = self.global, rootPath = self.rootPath
        keys.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            workers.forEach(folders.count) { i in
                slots[i] = InputFingerprint.campaignKey(folders[i], global: global, rootPath: rootPath)
            }
        }
        campaigns = Dictionary(uniqueKeysWithValues: zip(folders, keys))
    }

    /// Everything in the project but the campaign folders and the outputs, and what identifies
    /// the tool and the options.
    private static func globalKey(rootPath: String, skipping: Set<String>, resources: String?, identity: [String]) -> String {
        var shared = listing(root: rootPath, skipping: skipping)
        // report.yaml without its title (SettingsTitle): the title is in each page's frame,
        // which the manifest's title and FrameParts take care of.
        if let i = shared.firstIndex(where: { $0.hasPrefix("report.yaml\t") }),
           let bytes = FileManager.default.contents(atPath: rootPath + "/report.yaml").map({ [UInt8]($0) }),
           shared[i] == "report.yaml\t" + bytes.withUnsafeBytes({ ContentHash.hex($0) }),
           let neutral = SettingsTitle.neutralized(bytes) {
            shared[i] = "report.yaml\ttitle left out\t" + neutral.withUnsafeBytes { ContentHash.hex($0) }
        }
        if let resources {
            // The built-in templates/ and site/ of a working copy (REPORT_RESOURCES), nothing else of it.
            for folder in ["templates", "site"] {
                shared += listing(root: resources + "/" + folder, skipping: []).map { "builtin/\(folder)/" + $0 }
            }
        }
        return ContentHash.hex((identity + shared).joined(separator: "\n"))
    }

    private static func campaignKey(_ folder: String, global: String, rootPath: String) -> String {
        let files = listing(root: folder, skipping: [])
        // The folder's path too: two campaigns with the same files are still two campaigns.
        let relative = folder.hasPrefix(rootPath + "/") ? String(folder.dropFirst(rootPath.count + 1)) : folder
        return ContentHash.hex(([global, relative] + files).joined(separator: "\n"))
    }

    func key(_ folder: URL) -> String? {
        campaigns[folder.standardizedFileURL.resolvingSymlinksInPath().path]
    }

    /// True when the campaign's files are still those its key was taken from: a file saved
    /// while the campaign was being read must not leave its figures under the old key.
    func unchanged(_ folder: URL) -> Bool {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return campaigns[path] == InputFingerprint.campaignKey(path, global: global, rootPath: rootPath)
    }

    /// The same for what every page shares (report.yaml, templates, theme), at the end of a build.
    var globalUnchanged: Bool {
        global == InputFingerprint.globalKey(rootPath: rootPath, skipping: sharedSkips, resources: resources, identity: identity)
    }

    /// `relative-path<TAB>hash` of every regular file under `root`, sorted; hidden files and
    /// folders and any folder written by report (it holds the site marker) are left out.
    /// Nothing is followed blindly (a project someone else sent may hold links): a link is
    /// followed only to a file or folder inside `root`, each folder once (two `ln -s .` links
    /// do not make the walk endless), and special files (a FIFO would block a read forever)
    /// are named, not read.
    static func listing(root: String, skipping: Set<String>) -> [String] {
        let fm = FileManager.default
        let realRoot = ProjectFiles.realPath(root) ?? root
        func inside(_ real: String) -> Bool { real == realRoot || real.hasPrefix(realRoot + "/") }
        var visited: Set<String> = [realRoot]
        var out: [String] = []
        func walk(_ folder: String, _ prefix: String) {
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
            if names.contains(SiteWriter.marker) { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                if skipping.contains(path) { continue }
                var entry = stat()
                guard lstat(path, &entry) == 0 else { continue }
                var kind = entry.st_mode & S_IFMT
                var target = path
                if kind == S_IFLNK {
                    var info = stat()
                    guard let real = ProjectFiles.realPath(path), stat(real, &info) == 0 else {
                        out.append(prefix + name + "\tlink to nothing")
                        continue
                    }
                    guard inside(real) else {
                        out.append(prefix + name + "\tlink outside:" + real)
                        continue
                    }
                    kind = info.st_mode & S_IFMT
                    target = real
                }
                switch kind {
                case S_IFDIR:
                    let real = ProjectFiles.realPath(target) ?? target
                    if visited.insert(real).inserted {
                        walk(path, prefix + name + "/")
                    } else {
                        out.append(prefix + name + "\tfolder seen:" + real)
                    }
                case S_IFREG:
                    out.append(prefix + name + "\t" + hashFile(target))
                default:
                    out.append(prefix + name + "\tspecial file")
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
