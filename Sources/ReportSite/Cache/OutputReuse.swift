import Foundation
import Synchronization
import ReportCore

/// During a cached build: decides, per group of output files, whether the previous site's files
/// can be linked into the new one (same key, files untouched since they were written), and
/// records what this build put where for the next one.
final class OutputReuse: Sendable {
    private let previous: [String: BuildCache.Unit]
    private let writer: SiteWriter
    private let units = Mutex<[String: (key: String, files: [String])]>([:])
    /// report.yaml's title now and when the previous site was written.
    let title: String
    let previousTitle: String?

    init(previous: BuildCache.Manifest?, writer: SiteWriter, title: String) {
        self.previous = previous?.units ?? [:]
        previousTitle = previous?.title
        self.writer = writer
        self.title = title
    }

    /// Links the unit's files from the previous site when it was written under the same key and
    /// title (`showsTitle`: its files show the site title) and none of its files changed since;
    /// false (nothing linked) otherwise.
    func link(_ unit: String, key: String, showsTitle: Bool = true) -> Bool {
        guard !showsTitle || previousTitle == title, let old = previous[unit], old.key == key else { return false }
        for stamp in old.files {
            guard BuildCache.Stamp(path: stamp.path, in: writer.output) == stamp else { return false }
        }
        var linked: [String] = []
        for stamp in old.files {
            guard writer.link(stamp.path) else {
                // Nothing half-linked stays: the files will be written whole.
                for path in linked { writer.unlink(path) }
                return false
            }
            linked.append(stamp.path)
        }
        record(unit, key: key, files: linked)
        return true
    }

    /// The unit's pages under the new title: when it was written under the same key but another
    /// title, each page is the previous file's body between the new frame's head and tail
    /// (`frames`: path → previous and new `FrameParts`; nil for a layout that does not allow it),
    /// and its other files are linked. False, with nothing left staged, when any file is not
    /// exactly what the previous build wrote: the unit is then drawn again.
    func reframe(_ unit: String, key: String, frames: [String: (old: FrameParts?, new: FrameParts?)]) -> Bool {
        guard let previousTitle, previousTitle != title, let old = previous[unit], old.key == key,
              frames.keys.allSatisfy({ path in old.files.contains { $0.path == path } }) else { return false }
        var staged: [String] = []
        func undo() -> Bool {
            for path in staged { writer.unlink(path) }
            return false
        }
        for stamp in old.files {
            guard BuildCache.Stamp(path: stamp.path, in: writer.output) == stamp else { return undo() }
            if let parts = frames[stamp.path] {
                guard let from = parts.old, let to = parts.new,
                      let file = BuildCache.readPlainFile(writer.output.appendingPathComponent(stamp.path).path).map({ [UInt8]($0) }),
                      let body = from.body(of: file) else { return undo() }
                var page: [UInt8] = []
                page.reserveCapacity(to.head.count + body.count + to.tail.count)
                page += to.head
                page += body
                page += to.tail
                guard (try? writer.write(stamp.path, bytes: page)) != nil else { return undo() }
            } else {
                guard writer.link(stamp.path) else { return undo() }
            }
            staged.append(stamp.path)
        }
        record(unit, key: key, files: staged)
        return true
    }

    func record(_ unit: String, key: String, files: [String]) {
        units.withLock { $0[unit] = (key, files) }
    }

    /// The manifest of the site now in place (stamps taken after the swap).
    func manifest() -> BuildCache.Manifest {
        var manifest = BuildCache.Manifest()
        manifest.title = title
        let units = self.units.withLock { $0 }
        for (name, unit) in units {
            let stamps = unit.files.compactMap { BuildCache.Stamp(path: $0, in: writer.output) }
            // A file that cannot be stamped is simply written again next time.
            guard stamps.count == unit.files.count else { continue }
            manifest.units[name] = BuildCache.Unit(key: unit.key, files: stamps)
        }
        return manifest
    }
}
