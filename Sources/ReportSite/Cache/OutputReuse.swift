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

    init(previous: BuildCache.Manifest?, writer: SiteWriter) {
        self.previous = previous?.units ?? [:]
        self.writer = writer
    }

    /// Links the unit's files from the previous site when it was written under the same key and
    /// none of its files changed since; false (nothing linked) otherwise.
    func link(_ unit: String, key: String) -> Bool {
        guard let old = previous[unit], old.key == key else { return false }
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

    func record(_ unit: String, key: String, files: [String]) {
        units.withLock { $0[unit] = (key, files) }
    }

    /// The manifest of the site now in place (stamps taken after the swap).
    func manifest() -> BuildCache.Manifest {
        var manifest = BuildCache.Manifest()
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
