import Foundation
import ReportCore

/// Where a project's files are, and reading them with located errors. Paths in messages
/// are relative to the project folder, as a user would type them.
public struct ProjectFiles: Sendable {
    /// Absolute, standardized project folder.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
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

    /// The bytes of a file; a folder or an unreadable file is an error naming it.
    public func bytes(_ url: URL) throws(Diagnostic) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .error(display(url), 0, "file not found")
        }
        if isDirectory.boolValue {
            throw .error(display(url), 0, "is a folder: expected a file")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .error(display(url), 0, "cannot read the file")
        }
        return [UInt8](data)
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
