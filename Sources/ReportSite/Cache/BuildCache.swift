import Foundation
import ReportCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The build cache beside the output (`.<output>.cache/`): each campaign's outcome stored under
/// the key of its inputs, and a manifest of the files the last build wrote, so an unchanged
/// campaign is neither read nor computed again and its pages are linked from the previous site
/// instead of written. A clean build and a cached one write the same bytes: a key covers every
/// input of what it stands for, and anything unreadable in the cache is a miss.
struct BuildCache: Sendable {
    /// Bumped whenever what the cache stores changes shape.
    static let format = 10

    let folder: URL
    private let campaignsFolder: URL

    init(output: URL) {
        folder = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cache")
        campaignsFolder = folder.appendingPathComponent("campaigns")
    }

    /// What one campaign left in the cache: its outcome (page bodies in files beside it) and the
    /// warnings its build gave, replayed on each cached build.
    struct Entry: Codable {
        var outcome: CampaignOutcome
        let diagnostics: [Diagnostic]
    }

    /// The files of the last build, grouped by what they were made from.
    struct Manifest: Codable {
        var format = BuildCache.format
        /// report.yaml's title when the site was written: the keys leave it out (SettingsTitle),
        /// so a unit is linked only under the same title and re-framed under another.
        var title: String?
        /// Unit name (`campaign:<id>`, `creator:<slug>`) → the key it was written under and its files.
        var units: [String: Unit] = [:]
    }

    struct Unit: Codable, Sendable {
        let key: String
        let files: [Stamp]
    }

    /// A written file as the file system saw it after the build: a file edited, replaced or
    /// touched since then no longer matches and is written again.
    struct Stamp: Codable, Sendable, Equatable {
        let path: String
        let size: Int
        let modified: Int
        let inode: UInt64

        init?(path: String, in root: URL) {
            var info = stat()
            guard lstat(root.appendingPathComponent(path).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.path = path
            size = Int(info.st_size)
            #if canImport(Darwin)
            let mtime = info.st_mtimespec
            #else
            let mtime = info.st_mtim
            #endif
            modified = Int(mtime.tv_sec) * 1_000_000_000 + Int(mtime.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    // MARK: campaigns

    /// The stored outcome for `key`, its bodies left in their files; nil on any miss. Every
    /// stored file is read without following a link and checked against the content hash
    /// stored with it: a truncated, edited or planted file is a miss, never published.
    func outcome(_ key: String) -> Entry? {
        let entry = campaignsFolder.appendingPathComponent(key)
        guard BuildCache.isPlainFolder(entry.path),
              let data = BuildCache.readPlainFile(entry.appendingPathComponent("outcome.bin").path),
              let hash = BuildCache.readPlainFile(entry.appendingPathComponent("outcome.hash").path),
              String(decoding: hash, as: UTF8.self) == data.withUnsafeBytes({ ContentHash.hex($0) }),
              var stored = try? BinaryDecoder().decode(Entry.self, from: data) else { return nil }
        stored.outcome.cacheFolder = entry.path
        // Every body file must be there and whole, or the campaign is built again.
        var names = Set(stored.outcome.pages.compactMap { page -> String? in if case .file(let name) = page.body { return name } else { return nil } })
        guard names.count > 0 || stored.outcome.pages.isEmpty,
              stored.outcome.pages.allSatisfy({ if case .file = $0.body { true } else { false } }) else { return nil }
        guard case .file(let json) = stored.outcome.json else { return nil }
        names.insert(json)
        for name in names {
            guard let expected = stored.outcome.bodyHashes[name], let bytes = BuildCache.readPlainFile(entry.appendingPathComponent(name).path),
                  bytes.withUnsafeBytes({ ContentHash.hex($0) }) == expected else { return nil }
        }
        return stored
    }

    /// A folder that is a folder, not a link to one.
    static func isPlainFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The bytes of a regular file, never through a link nor from a FIFO; nil otherwise.
    static func readPlainFile(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // Read straight into a buffer of the file's size (one byte more, to see the end in one
        // read): a cached build reads every stored entry and body, hundreds of megabytes.
        var capacity = max(Int(info.st_size), 0) + 1
        guard var buffer = malloc(capacity) else { return nil }
        var filled = 0
        while true {
            if filled == capacity {
                // The file grew since fstat: read on to its end.
                capacity *= 2
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    return nil
                }
                buffer = larger
            }
            let n = read(fd, buffer + filled, capacity - filled)
            if n < 0 {
                free(buffer)
                return nil
            }
            if n == 0 { return Data(bytesNoCopy: buffer, count: filled, deallocator: .free) }
            filled += n
        }
    }

    /// Makes the cache a plain folder of the tool's own: a link (or a file) in the place of the
    /// cache or of its campaigns folder — as a project someone sent may hold — is removed (the
    /// link, never what it points to) and the cache starts empty.
    func prepare() {
        for path in [folder.path, campaignsFolder.path] {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                _ = unlink(path)
                return
            }
        }
    }

    /// Stores a freshly built outcome under `key` and returns it with its bodies moved to the
    /// cache (so the build no longer holds them in memory); the outcome as it was when the cache
    /// cannot be written.
    func store(_ outcome: CampaignOutcome, diagnostics: [Diagnostic], key: String) -> CampaignOutcome {
        let fm = FileManager.default
        let entry = campaignsFolder.appendingPathComponent(key)
        let staging = campaignsFolder.appendingPathComponent(".\(key).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            var stored = try BuildCache.moveBodies(of: outcome, to: staging)
            let data = try BinaryEncoder().encode(Entry(outcome: stored, diagnostics: diagnostics))
            try data.write(to: staging.appendingPathComponent("outcome.bin"))
            try Data(data.withUnsafeBytes { ContentHash.hex($0) }.utf8).write(to: staging.appendingPathComponent("outcome.hash"))
            try? fm.removeItem(at: entry)
            try fm.moveItem(at: staging, to: entry)
            stored.cacheFolder = entry.path
            return stored
        } catch {
            try? fm.removeItem(at: staging)
            return outcome
        }
    }

    /// Writes the outcome's page bodies and kpis.json part into `folder` and returns the outcome
    /// pointing at them: a build without the cache also spills them there, so a portfolio of
    /// hundreds of campaigns never holds every page in memory while it waits for the last one.
    static func moveBodies(of outcome: CampaignOutcome, to folder: URL) throws -> CampaignOutcome {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var moved = outcome
        var names: [String] = []
        var bodies: [String] = []
        for (i, page) in outcome.pages.enumerated() {
            guard case .text(let text) = page.body else { continue }
            // A campaign's page and its one-file download share one body.
            if let same = bodies.firstIndex(of: text) {
                moved.pages[i].body = .file(names[same])
                continue
            }
            let name = "body-\(bodies.count).html"
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            moved.bodyHashes[name] = ContentHash.hex(text)
            bodies.append(text)
            names.append(name)
            moved.pages[i].body = .file(name)
        }
        if case .document(let document) = outcome.json {
            let serialized = document.serialized
            try Data(serialized.utf8).write(to: folder.appendingPathComponent("kpis.json.part"))
            moved.bodyHashes["kpis.json.part"] = ContentHash.hex(serialized)
            moved.json = .file("kpis.json.part")
        }
        moved.cacheFolder = folder.path
        return moved
    }

    // MARK: manifest

    func manifest() -> Manifest? {
        guard let data = BuildCache.readPlainFile(folder.appendingPathComponent("manifest.bin").path),
              let manifest = try? BinaryDecoder().decode(Manifest.self, from: data), manifest.format == BuildCache.format else { return nil }
        return manifest
    }

    /// Records what this build wrote, then drops the campaign entries it no longer uses.
    func save(_ manifest: Manifest, keeping keys: Set<String>) throws(Diagnostic) {
        let fm = FileManager.default
        let url = folder.appendingPathComponent("manifest.bin")
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try BinaryEncoder().encode(manifest).write(to: url, options: .atomic)
        } catch {
            throw .error(url.path, 0, "cannot write the build cache: \(error.localizedDescription)")
        }
        for name in (try? fm.contentsOfDirectory(atPath: campaignsFolder.path)) ?? [] where !keys.contains(name) {
            try? fm.removeItem(at: campaignsFolder.appendingPathComponent(name))
        }
    }
}
