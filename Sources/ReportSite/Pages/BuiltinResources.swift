import Foundation

/// The built-in `templates/` and `site/` files, by their path from the resource root
/// ("templates/en-US/campaign.md", "site/layout.html"): the copy compiled into the executable
/// (`Generated/EmbeddedResources.swift`, written by `make embed`), or a folder on disk
/// (`REPORT_RESOURCES`, for theme development; the tests use the repository's folders).
public struct BuiltinResources: Sendable {
    private enum Storage: Sendable {
        case embedded
        case folder(URL)
    }

    private let storage: Storage

    /// The files compiled into the executable.
    public static let embedded = BuiltinResources(storage: .embedded)

    /// The files below `root`, which holds `templates/` and `site/`.
    public static func folder(_ root: URL) -> BuiltinResources { BuiltinResources(storage: .folder(root)) }

    /// The bytes of the file at `path`, nil when there is none.
    /// The folder when the resources are a working copy (`REPORT_RESOURCES`), for `report serve` to watch.
    public var folder: URL? {
        if case .folder(let root) = storage { return root }
        return nil
    }

    public func data(_ path: String) -> Data? {
        switch storage {
        case .embedded: return EmbeddedResources.files[path]?.data
        case .folder(let root): return FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
        }
    }

    public func contains(_ path: String) -> Bool {
        switch storage {
        case .embedded: return EmbeddedResources.files[path] != nil
        case .folder(let root):
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}

/// One embedded file: text as written in the generated source, or base64 for anything a
/// string literal cannot give back byte for byte.
enum EmbeddedFile: Sendable {
    case text(String)
    case base64(String)

    var data: Data {
        switch self {
        case .text(let s): return Data(s.utf8)
        case .base64(let s): return Data(base64Encoded: s) ?? Data()
        }
    }
}
