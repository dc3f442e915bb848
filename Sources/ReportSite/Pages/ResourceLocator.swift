import Foundation

/// Where the built-in `templates/` and `site/` folders are. Set `REPORT_RESOURCES` to
/// point elsewhere; otherwise they are looked for beside the executable and in its parent
/// folders (a `swift build` tree), then in the install prefix's `share/report`.
public enum ResourceLocator {
    public static func builtinRoot(executable: String = CommandLine.arguments.first ?? "") -> URL? {
        let fm = FileManager.default
        func isRoot(_ url: URL) -> Bool {
            fm.fileExists(atPath: url.appendingPathComponent("templates/en-US/campaign.md").path)
                && fm.fileExists(atPath: url.appendingPathComponent("site/layout.html").path)
        }
        if let env = ProcessInfo.processInfo.environment["REPORT_RESOURCES"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            return isRoot(url) ? url : nil
        }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir)
            candidates.append(dir.appendingPathComponent("share/report"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: "/usr/local/share/report"))
        candidates.append(URL(fileURLWithPath: "/usr/share/report"))
        return candidates.first(where: isRoot)
    }
}
