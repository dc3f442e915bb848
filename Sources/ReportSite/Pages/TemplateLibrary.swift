import Foundation
import Mustache
import ReportCore
import ReportLoading

/// The templates and layout of one build: the project's `templates/` and `site/` files
/// override the built-in ones file by file. Every template — each page kind in each
/// locale, and the project's `templates/pages/` — is compiled once, before any campaign is
/// rendered; a template with an error stops the build before anything is drawn.
public struct TemplateLibrary: Sendable {
    /// The templates of the build's locale, by page kind.
    public let pages: [PageKind: CompiledTemplate]
    /// A project's own campaign pages (`templates/pages/<name>.md` → `campaigns/<id>/<name>.html`), by name.
    public let extraPages: [(name: String, template: CompiledTemplate)]
    public let layout: MustacheTemplate
    public let style: String

    /// nil when a template or the layout has an error (all of them are in `collector`).
    public init?(builtin: BuiltinResources, project: ProjectFiles, locale: ReportLocale, into collector: DiagnosticCollector) {
        let before = collector.errorCount
        /// The first of `relatives` the project has, else the first built in: its bytes and the
        /// name messages give it.
        func locate(_ relatives: [String]) -> (data: Data?, display: String)? {
            for r in relatives {
                let p = project.root.appendingPathComponent(r)
                if project.exists(p) || ProjectFiles.isLink(p) { return (projectData(p, r), r) }
            }
            for r in relatives where builtin.contains(r) {
                return (builtin.data(r), "(built-in) " + r)
            }
            return nil
        }
        /// A project file through the project's checks (no link outside it, no FIFO); nil
        /// with its error emitted when refused.
        func projectData(_ url: URL, _ display: String) -> Data? {
            do { return Data(try project.bytes(url)) } catch {
                collector.emit(Diagnostic(file: display, line: error.line, column: error.column, severity: error.severity, message: error.message))
                return nil
            }
        }
        func read(_ file: (data: Data?, display: String)) -> String? {
            guard let data = file.data else { return nil }
            guard let s = String(data: data, encoding: .utf8) else {
                collector.emit(.error(file.display, 0, "cannot read the file as UTF-8 text"))
                return nil
            }
            return s
        }
        var pages: [PageKind: CompiledTemplate] = [:]
        // Every locale's templates are checked, so a mistake in the other language's file is not
        // found only on the day someone builds in it.
        for templateLocale in ReportLocale.allCases {
            for kind in PageKind.allCases {
                let candidates = ["templates/\(templateLocale.rawValue)/\(kind.templateName).md", "templates/\(kind.templateName).md"]
                guard let file = locate(candidates) else {
                    collector.emit(.error("templates/\(kind.templateName).md", 0, "template not found: expected templates/\(templateLocale.rawValue)/\(kind.templateName).md"))
                    continue
                }
                // `templates/<name>.md` serves both locales: compiled once.
                if templateLocale != locale && !file.display.contains("/\(templateLocale.rawValue)/") { continue }
                guard let text = read(file),
                      let compiled = TemplateCompiler.compile(text, file: file.display, page: kind, into: collector) else { continue }
                if templateLocale == locale { pages[kind] = compiled }
            }
        }
        var extra: [(name: String, template: CompiledTemplate)] = []
        let pagesFolder = project.root.appendingPathComponent("templates/pages")
        var pageFiles: [String] = []
        var entry = stat()
        if lstat(pagesFolder.path, &entry) == 0 {
            // Something is there: a folder of pages that cannot be listed (a file, a link that
            // leads nowhere, no permission) would publish a site without them.
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: pagesFolder.path, isDirectory: &isFolder) {
                collector.emit(.error("templates/pages", 0, "cannot read the folder of extra pages: it is a link that leads to no file"))
            } else if !isFolder.boolValue {
                collector.emit(.error("templates/pages", 0, "expected a folder of Markdown pages, found a file"))
            } else if let files = try? FileManager.default.contentsOfDirectory(atPath: pagesFolder.path) {
                pageFiles = files
            } else {
                collector.emit(.error("templates/pages", 0, "cannot list the folder of extra pages (check its permissions)"))
            }
        }
        for file in pageFiles.sorted() where file.hasSuffix(".md") {
            let name = String(file.dropLast(3))
            let display = "templates/pages/" + file
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }), name != "index" else {
                collector.emit(.error(display, 0, "page name \"\(name)\": expected letters, digits, - or _ (and not index)"))
                continue
            }
            guard let text = read((projectData(pagesFolder.appendingPathComponent(file), display), display)),
                  let compiled = TemplateCompiler.compile(text, file: display, page: .campaign, into: collector) else { continue }
            extra.append((name, compiled))
        }
        var layout: MustacheTemplate?
        if let file = locate(["site/layout.html"]), let text = read(file) {
            let display = file.display
            TagChecker(file: display, values: LayoutValues.values, directiveLines: [], codeLines: []).check(text, into: collector)
            do { layout = try MustacheTemplate(string: text) } catch { collector.emit(TemplateLibrary.diagnostic(error, file: display)) }
        } else {
            collector.emit(.error("site/layout.html", 0, "layout not found"))
        }
        var style = ""
        if let file = locate(["site/style.css"]), let text = read(file) { style = text }
        guard collector.errorCount == before, let layout else { return nil }
        self.pages = pages
        self.extraPages = extra
        self.layout = layout
        self.style = style
    }

    static func diagnostic(_ error: Error, file: String) -> Diagnostic {
        if let e = error as? MustacheTemplate.ParserError {
            return .error(file, e.context.lineNumber, column: e.context.columnNumber, MustacheErrorText.describe(e))
        }
        return .error(file, 1, "invalid template: \(error)")
    }
}
