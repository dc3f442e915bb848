import ReportCore

/// One page through the pipeline of site.md: Mustache fills the Markdown template with
/// Markdown-escaped values, cmark parses it, directive blocks become our HTML, cmark renders
/// in safe mode, and the layout wraps the result with the inlined stylesheet.
public struct PageRenderer: Sendable {
    public let library: TemplateLibrary

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// What the layout needs besides the body.
    public struct Frame: Sendable {
        public let title: String
        public let siteTitle: String
        public let lang: String
        /// Relative path to the site root (`../../`), for links that resolve from `file://`.
        public let root: String
        /// A one-file download: no links to other pages.
        public let standalone: Bool
        public let footer: String

        public init(title: String, siteTitle: String, lang: String, root: String, standalone: Bool, footer: String) {
            self.title = title
            self.siteTitle = siteTitle
            self.lang = lang
            self.root = root
            self.standalone = standalone
            self.footer = footer
        }
    }

    public func render(page name: String, context: [String: Any], data: PageData, frame: Frame) throws(Diagnostic) -> String {
        wrap(try body(page: name, context: context, data: data), frame: frame)
    }

    /// The page's HTML body, before the layout: rendered once, wrapped for each place it goes.
    public func body(page name: String, context: [String: Any], data: PageData) throws(Diagnostic) -> String {
        guard let page = library.pages[name] else { throw .error("templates/\(name).md", 0, "template not found") }
        let markdown = page.template.render(context)
        var directives = DirectiveRenderer(page: data, file: page.file)
        var used = Set<Int>()
        let body: String
        do {
            body = try Cmark.render(markdown) { block in
                let line = TemplateLibrary.line(of: block, in: page.fences, used: &used)
                return try directives.render(info: block.info, literal: block.literal, line: line)
            }
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw .error(page.file, 0, "\(error)")
        }
        return body
    }

    /// The layout around a body, with the stylesheet inlined.
    public func wrap(_ body: String, frame: Frame) -> String {
        let layoutContext: [String: Any] = [
            "title": frame.title,
            "site_title": frame.siteTitle,
            "lang": frame.lang,
            "root": frame.root,
            "standalone": frame.standalone,
            "footer": frame.footer,
            "style": library.style,
            "content": body,
        ]
        return library.layout.render(layoutContext)
    }
}
