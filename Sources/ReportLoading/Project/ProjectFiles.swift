import Foundation
import ReportCore

/// Where a project's files are, and reading them with located errors. Paths in messages
/// are relative to the project folder, as a user would type them.
public struct ProjectFiles: Sendable {
    /// Absolute, standardized project folder.
    public let root: URL

    /// The project folder's real path (realpath(3)), against which links are checked.
    public let realRoot: String

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        realRoot = ProjectFiles.realPath(self.root.path) ?? self.root.path
    }

    /// True when `url` itself is a symbolic link (whether or not it leads anywhere).
    public static func isLink(_ url: URL) -> Bool {
        var entry = stat()
        return lstat(url.path, &entry) == 0 && (entry.st_mode & S_IFMT) == S_IFLNK
    }

    /// `url` relative to the project, for messages.
    public func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    public func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// The real path of `path` (every link followed), or nil when it leads nowhere.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when `path` (a real path) is the project folder or inside it.
    public func contains(realPath path: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    /// Refuses what a project someone else sent could use to read outside it or to hang the
    /// build: a link that leads outside the project (or nowhere), and anything but a regular
    /// file (a FIFO would block the read forever; a device has no end).
    public func checkReadable(_ url: URL) throws(Diagnostic) {
        var entry = stat()
        guard lstat(url.path, &entry) == 0 else { throw .error(display(url), 0, "file not found") }
        guard let real = ProjectFiles.realPath(url.path) else {
            throw .error(display(url), 0, "a link that leads to no file")
        }
        guard contains(realPath: real) else {
            throw .error(display(url), 0, "a link to a file outside the project folder (\(real)): refusing to read it; copy the file into the project")
        }
        var info = stat()
        guard stat(real, &info) == 0 else { throw .error(display(url), 0, "cannot read the file") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .error(display(url), 0, "is a folder: expected a file")
        default: throw .error(display(url), 0, "not a regular file (a pipe, a device or a socket): expected a file")
        }
    }

    /// The bytes of a file; a folder, a special file, a link leading outside the project or an
    /// unreadable file is an error naming it.
    public func bytes(_ url: URL) throws(Diagnostic) -> [UInt8] {
        try checkReadable(url)
        if let bytes = ProjectFiles.read(url.path) { return bytes }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .error(display(url), 0, "cannot read the file")
        }
        return [UInt8](data)
    }

    /// The file read straight into the array, in one pass: `FileManager.contents` and then
    /// `[UInt8](data)` copied every byte once more (a few percent of loading). nil when the
    /// file cannot be opened or does not end where its size says (a growing file, a pipe):
    /// `bytes` then reads it the Foundation way, with its message when that fails too.
    static func read(_ path: String) -> [UInt8]? {
        // Non-blocking: a FIFO put in place after the check must not hang the build.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = false
        // One byte more than the size, to see that the file ends there.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized <= size {
                let n = Foundation.read(fd, base + initialized, size + 1 - initialized)
                if n < 0 { return }
                if n == 0 { complete = initialized == size; return }
                initialized += n
            }
        }
        return complete ? bytes : nil
    }

    /// UTF-8 text of a file.
    public func text(_ url: URL) throws(Diagnostic) -> String {
        var b = try bytes(url)
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        guard let s = String(validating: b, as: UTF8.self) else {
            throw .error(display(url), 0, "invalid UTF-8: expected the file saved as UTF-8 text")
        }
        return s
    }

    /// A path from a `data:` entry, resolved against `base`; nil when it leaves the project.
    public func resolve(_ relative: String, against base: URL) -> URL? {
        let url = URL(fileURLWithPath: relative, relativeTo: base).standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(rootPath) ? url : nil
    }
}
