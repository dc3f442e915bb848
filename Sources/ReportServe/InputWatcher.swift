import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `report serve` watches: every file under the project folder (report.yaml, campaigns/,
/// data files — which must lie inside the project —, templates/ and site/ overrides) and under
/// the extra folders (the built-in templates/ and site/ when REPORT_RESOURCES is set), but
/// neither the output folder nor hidden entries (`.git`, the build's `.<output>.tmp-*`
/// staging folder, editors' swap files).
///
/// Polled, not notified: a scan is one `stat` per file, which is portable (Linux has no
/// FSEvents, macOS no inotify) and cheap at a project's size, and it cannot miss the
/// rename-over-the-file that many editors save with.
public struct InputWatcher: Sendable {
    /// One file's identity and state at a scan: a save changes at least one of them.
    public struct Stamp: Sendable, Hashable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: Int64
        let changed: Int64
    }

    /// Path → stamp for every watched file.
    public typealias Snapshot = [String: Stamp]

    public let roots: [URL]

    public init(roots: [URL]) {
        self.roots = roots.map { $0.standardizedFileURL }
    }

    /// Every watched file now; `excluding` are folders left out (the output).
    public func scan(excluding excluded: [URL] = []) -> Snapshot {
        completeScan(excluding: excluded, orNil: false) ?? [:]
    }

    /// As `scan`, but nil when a folder could not be opened because the process had no
    /// descriptor left (EMFILE, ENFILE — many connections to the preview at once): that
    /// folder would look empty, and its files deleted, so the round is skipped instead.
    public func completeScan(excluding excluded: [URL] = []) -> Snapshot? {
        completeScan(excluding: excluded, orNil: true)
    }

    private func completeScan(excluding excluded: [URL], orNil: Bool) -> Snapshot? {
        let skip = Set(excluded.flatMap { [$0.standardizedFileURL.path, $0.standardizedFileURL.resolvingSymlinksInPath().path] })
        var out: Snapshot = [:]
        var visited = Set<[UInt64]>()
        var complete = true
        for root in roots { walk(root.path, skip: skip, visited: &visited, complete: &complete, into: &out) }
        return complete || !orNil ? out : nil
    }

    private func walk(_ path: String, skip: Set<String>, visited: inout Set<[UInt64]>, complete: inout Bool, into out: inout Snapshot) {
        guard !skip.contains(path), let info = Self.status(path) else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            // Symbolic links are followed; a folder seen twice (a link loop) is walked once.
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
            guard let names = Self.names(in: path) else {
                complete = false
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                walk(path + "/" + name, skip: skip, visited: &visited, complete: &complete, into: &out)
            }
        } else if (info.st_mode & S_IFMT) == S_IFREG {
            #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
            #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
            #endif
            out[path] = Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                              modified: Self.nanoseconds(modified), changed: Self.nanoseconds(changed))
        }
    }

    /// The entries of a folder; nil only when it could not be opened for want of descriptors
    /// (a folder that vanished or cannot be read has none).
    private static func names(in path: String) -> [String]? {
        guard let dir = opendir(path) else { return errno == EMFILE || errno == ENFILE ? nil : [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func status(_ path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    private static func nanoseconds(_ t: timespec) -> Int64 {
        Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}
