import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a request target to a file of the output folder and refuses anything that would leave
/// it: `..` (also percent-encoded), an encoded `/` or `\`, and a symbolic link pointing out.
/// The target is read as the client sent it, before any normalisation, so what is refused does
/// not depend on what the HTTP layer does with dot segments.
public struct SiteFiles: Sendable {
    public enum Resolution: Sendable, Equatable {
        case file(URL)
        /// A folder asked for without its final `/`: relative links need it.
        case redirect(String)
        case forbidden
        case notFound
    }

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// `target` is the raw request target (`/campaigns/spring/`, `/index.html?x=1`).
    public func resolve(_ target: String) -> Resolution {
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        guard path.hasPrefix("/") else { return .forbidden }
        var names: [String] = []
        for segment in path.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            guard let name = segment.removingPercentEncoding else { return .notFound }
            if name == "." || name == ".." || name.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\u{0}" }) { return .forbidden }
            // Hidden files (the `.report-site` marker) are not part of the site.
            if name.hasPrefix(".") { return .notFound }
            names.append(name)
        }
        guard let base = Self.realPath(root.path) else { return .notFound }
        guard let real = Self.realPath(([base] + names).joined(separator: "/")) else { return .notFound }
        guard Self.isInside(real, base) else { return .forbidden }
        switch Self.kind(real) {
        case .folder:
            if !path.hasSuffix("/") { return .redirect(path + "/") }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.isInside(index, base) else { return .forbidden }
            return Self.kind(index) == .file ? .file(URL(fileURLWithPath: index)) : .notFound
        case .file:
            return .file(URL(fileURLWithPath: real))
        case .other:
            return .notFound
        }
    }

    /// The Content-Type of a file of the site, by its extension.
    public static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "eml": "message/rfc822"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "svg": "image/svg+xml"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }

    private enum Kind { case file, folder, other }

    private static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    private static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// The path with every symbolic link resolved; nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
