import Foundation
import Mustache
import ReportCore
import ReportLoading

/// The templates and layout of one build: the project's `templates/` and `site/` files
/// override the built-in ones file by file. Compiled once, used for every page.
public struct TemplateLibrary: Sendable {
    public struct Page: Sendable {
        public let template: MustacheTemplate
        /// Path for messages.
        public let file: String
        /// The fenced blocks of the template, to locate errors at the template's own lines.
        public let fences: [Fence]
    }

    public let pages: [String: Page]
    /// A project's own campaign pages (`templates/pages/<name>.md` → `campaigns/<id>/<name>.html`), by name.
    public let extraPages: [String]
    public let layout: MustacheTemplate
    public let style: String

    public static let pageNames = ["campaign", "index"]

    public init(builtin: URL, project: ProjectFiles, locale: ReportLocale) throws(DiagnosticList) {
        var problems: [Diagnostic] = []
        var pages: [String: Page] = [:]
        func locate(_ relatives: [String]) -> (URL, String)? {
            for r in relatives {
                let p = project.root.appendingPathComponent(r)
                if project.exists(p) { return (p, r) }
            }
            for r in relatives {
                let b = builtin.appendingPathComponent(r)
                if FileManager.default.fileExists(atPath: b.path) { return (b, "(built-in) " + r) }
            }
            return nil
        }
        func read(_ url: URL, _ display: String) -> String? {
            guard let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) else {
                problems.append(.error(display, 0, "cannot read the file as UTF-8 text"))
                return nil
            }
            return s
        }
        for name in TemplateLibrary.pageNames {
            let candidates = ["templates/\(locale.rawValue)/\(name).md", "templates/\(name).md"]
            guard let (url, display) = locate(candidates) else {
                problems.append(.error("templates/\(name).md", 0, "template not found: expected templates/\(locale.rawValue)/\(name).md"))
                continue
            }
            guard let text = read(url, display) else { continue }
            do {
                pages[name] = Page(template: try MustacheTemplate(string: text), file: display, fences: TemplateLibrary.fences(text))
            } catch {
                problems.append(TemplateLibrary.diagnostic(error, file: display))
            }
        }
        var extra: [String] = []
        let pagesFolder = project.root.appendingPathComponent("templates/pages")
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: pagesFolder.path)) ?? []).sorted() where file.hasSuffix(".md") {
            let name = String(file.dropLast(3))
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }), name != "index" else {
                problems.append(.error("templates/pages/" + file, 0, "page name \"\(name)\": expected letters, digits, - or _ (and not index)"))
                continue
            }
            let url = pagesFolder.appendingPathComponent(file)
            guard let text = read(url, "templates/pages/" + file) else { continue }
            do {
                pages["page:" + name] = Page(template: try MustacheTemplate(string: text), file: "templates/pages/" + file, fences: TemplateLibrary.fences(text))
                extra.append(name)
            } catch {
                problems.append(TemplateLibrary.diagnostic(error, file: "templates/pages/" + file))
            }
        }
        var layout: MustacheTemplate?
        var style = ""
        if let (url, display) = locate(["site/layout.html"]), let text = read(url, display) {
            do { layout = try MustacheTemplate(string: text) } catch { problems.append(TemplateLibrary.diagnostic(error, file: display)) }
        } else {
            problems.append(.error("site/layout.html", 0, "layout not found"))
        }
        if let (url, display) = locate(["site/style.css"]), let text = read(url, display) { style = text }
        guard problems.isEmpty, let layout else { throw DiagnosticList(problems) }
        self.pages = pages
        self.extraPages = extra
        self.layout = layout
        self.style = style
    }

    static func diagnostic(_ error: Error, file: String) -> Diagnostic {
        if let e = error as? MustacheTemplate.ParserError {
            return .error(file, e.context.lineNumber, column: e.context.columnNumber, "invalid Mustache tag: \(e.error)")
        }
        return .error(file, 0, "invalid template: \(error)")
    }

    /// A fenced block of a template: the line of its opening fence, its info string and body.
    public struct Fence: Sendable {
        public let line: Int
        public let info: String
        public let body: String
    }

    static func fences(_ text: String) -> [Fence] {
        var fences: [Fence] = []
        var open: (fence: String, line: Int, info: String, body: [Substring])?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " }
            let fence = raw.count - line.count <= 3 ? line.prefix { $0 == "`" || $0 == "~" } : ""
            if let o = open {
                if fence.count >= o.fence.count, fence.first == o.fence.first, line.dropFirst(fence.count).allSatisfy({ $0 == " " || $0 == "\r" }) {
                    fences.append(Fence(line: o.line, info: o.info, body: o.body.map { $0 + "\n" }.joined()))
                    open = nil
                } else {
                    open?.body.append(raw)
                }
                continue
            }
            if fence.count >= 3, Set(fence).count == 1 {
                open = (String(fence), i + 1, line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces), [])
            }
        }
        return fences
    }

    /// The template line of a block cmark found in the filled template: the first unused
    /// fence with the same info and body, else the next unused one with the same info (its
    /// body held Mustache tags), else the line in the filled Markdown.
    static func line(of block: Cmark.FencedBlock, in fences: [Fence], used: inout Set<Int>) -> Int {
        let info = block.info.trimmingCharacters(in: .whitespaces)
        let candidate = fences.indices.first { !used.contains($0) && fences[$0].info == info && fences[$0].body == block.literal }
            ?? fences.indices.first { !used.contains($0) && fences[$0].info == info }
        guard let index = candidate else { return block.line }
        used.insert(index)
        return fences[index].line
    }
}
