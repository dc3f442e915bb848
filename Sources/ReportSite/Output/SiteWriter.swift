import Foundation
import ReportCore

/// Writes a site into a staging folder beside the output and swaps it in at the end, so a
/// failed or interrupted build leaves the previous site exactly as it was.
public struct SiteWriter: Sendable {
    /// Marks a folder as written by report: only such a folder may be replaced.
    public static let marker = ".report-site"

    public let output: URL
    public let staging: URL
    /// Where the time spent writing is counted, when measured.
    public let clock: StageClock?

    /// Refuses an output that is the project folder or one of its parents, or a non-empty
    /// folder report did not create.
    public init(output: URL, projectRoot: URL, clock: StageClock? = nil) throws(Diagnostic) {
        self.clock = clock
        let fm = FileManager.default
        let out = output.standardizedFileURL.resolvingSymlinksInPath()
        let root = projectRoot.standardizedFileURL.resolvingSymlinksInPath()
        let outPath = out.path.hasSuffix("/") ? out.path : out.path + "/"
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        if rootPath.hasPrefix(outPath) {
            throw .error(output.path, 0, "refusing to write the site here: the output folder is the project folder or one of its parents; choose a folder such as _site")
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: out.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .error(output.path, 0, "refusing to write the site here: a file of that name exists; expected a folder")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: out.path)) ?? []
            if !entries.isEmpty && !fm.fileExists(atPath: out.appendingPathComponent(SiteWriter.marker).path) {
                throw .error(output.path, 0, "refusing to write the site here: the folder is not empty and was not created by report (no \(SiteWriter.marker) file)")
            }
        }
        self.output = out
        let parent = out.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(out.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    }

    public func begin() throws(Diagnostic) {
        let fm = FileManager.default
        SiteWriter.removeLeftovers(of: output)
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .error(staging.path, 0, "cannot create the build folder: \(error.localizedDescription)")
        }
        try write(SiteWriter.marker, "This folder was written by report; it is replaced whole at each build.\n")
    }

    /// Writes one file under the staging folder, creating its folders.
    public func write(_ relative: String, _ text: String) throws(Diagnostic) {
        guard let clock else { return try put(relative, text) }
        try clock.measure(.write) { () throws(Diagnostic) in try put(relative, text) }
    }

    /// Writes one file of UTF-8 bytes (a finished page) under the staging folder.
    public func write(_ relative: String, bytes: [UInt8]) throws(Diagnostic) {
        guard let clock else { return try put(relative, Data(bytes)) }
        try clock.measure(.write) { () throws(Diagnostic) in try put(relative, Data(bytes)) }
    }

    private func put(_ relative: String, _ text: String) throws(Diagnostic) {
        try put(relative, Data(text.utf8))
    }

    private func put(_ relative: String, _ data: Data) throws(Diagnostic) {
        let url = staging.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw .error(url.path, 0, "cannot write: \(error.localizedDescription)")
        }
    }

    /// Hard-links the previous site's file into the staging folder (an unchanged page costs no
    /// writing); false when that is not possible.
    func link(_ relative: String) -> Bool {
        let target = staging.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            return false
        }
        return Foundation.link(output.appendingPathComponent(relative).path, target.path) == 0
    }

    /// Removes a staged file (a link made before the unit turned out not to be reusable).
    func unlink(_ relative: String) {
        _ = Foundation.unlink(staging.appendingPathComponent(relative).path)
    }

    /// The staged path of a file, its folders created, for a writer that needs a path (libxlsxwriter).
    public func stagedURL(_ relative: String) throws(Diagnostic) -> URL {
        let url = staging.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .error(url.path, 0, "cannot create the folder: \(error.localizedDescription)")
        }
        return url
    }

    /// Puts the staged site in place of the output.
    public func commit() throws(Diagnostic) {
        let fm = FileManager.default
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        let hadPrevious = fm.fileExists(atPath: output.path)
        do {
            if hadPrevious { try fm.moveItem(at: output, to: old) }
            try fm.moveItem(at: staging, to: output)
        } catch {
            if hadPrevious && !fm.fileExists(atPath: output.path) { try? fm.moveItem(at: old, to: output) }
            discard()
            throw .error(output.path, 0, "cannot put the new site in place: \(error.localizedDescription)")
        }
        try? fm.removeItem(at: old)
    }

    /// Removes what killed builds of `output` left beside it: staging and spill folders
    /// (`.<output>.tmp-<pid>…`) and previous sites set aside during a swap (`.<output>.old-<pid>`)
    /// — only plain folders (never a link) holding the site marker, and only when the build
    /// that made them is no longer running, so a concurrent build's folders are left alone.
    static func removeLeftovers(of output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        for kind in [".tmp-", ".old-"] {
            let prefix = ".\(output.lastPathComponent)" + kind
            for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
                let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
                guard let pid = Int32(digits), !SiteWriter.isRunning(pid) else { continue }
                let stale = parent.appendingPathComponent(name)
                var info = stat()
                guard lstat(stale.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                      lstat(stale.appendingPathComponent(SiteWriter.marker).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                try? fm.removeItem(at: stale)
            }
        }
    }

    /// Whether a process of that id exists (this one included).
    static func isRunning(_ pid: Int32) -> Bool {
        pid == getpid() ? false : (kill(pid, 0) == 0 || errno == EPERM)
    }

    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
