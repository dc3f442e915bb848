import ReportCore

/// One page through the pipeline of site.md: Mustache fills the compiled Markdown template
/// (values escaped by its content type), cmark parses it, each directive block is drawn from
/// its compiled spec, cmark renders in safe mode, and the layout wraps the result with the
/// inlined stylesheet.
public struct PageRenderer: Sendable {
    public let library: TemplateLibrary
    /// report.yaml `indexable`: without it every page carries `noindex` (site.md).
    public let indexable: Bool
    /// Every KPI's methodology entry in the build's language, written once for all pages.
    let methodology: [KPI: KPIMethodology]
    /// The page's language, whose typography is applied to the finished page.
    let locale: ReportLocale

    public init(library: TemplateLibrary, indexable: Bool = false, locale: ReportLocale = .enUS) {
        self.library = library
        self.indexable = indexable
        self.locale = locale
        methodology = Dictionary(uniqueKeysWithValues: KPI.allCases.map { ($0, KPIMethodology.entry(.kpi($0), locale)) })
    }

    /// What the layout needs besides the body.
    public struct Frame: Codable, Sendable {
        public let title: String
        public var siteTitle: String
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

    /// The page's HTML body, before the layout: rendered once, wrapped for each place it goes.
    public func body(_ template: CompiledTemplate, context: [String: Any], data: PageData) throws(Diagnostic) -> String {
        try PageRenderer.body(template, context: context, data: data, methodology: methodology)
    }

    static func body(_ template: CompiledTemplate, context: [String: Any], data: PageData,
                     methodology: [KPI: KPIMethodology] = [:]) throws(Diagnostic) -> String {
        let markdown = SectionMarkers.arrange(template.mustache.render(context), lead: data.leadSections)
        var directives = DirectiveRenderer(page: data, linkKPIs: template.hasMethodology, shown: template.measures, methodology: methodology)
        return try Cmark.render(markdown) { (block: Cmark.FencedBlock) throws(Diagnostic) -> String? in
            guard let name = DirectiveCompiler.directive(of: block.info) else { return nil }
            guard let compiled = template.directive(for: block) else {
                // Only a raw `{{{value}}}` can build a block the compile step never saw.
                throw .error(template.file, block.line, "\(name): this block was not in the template when it was compiled: a raw {{{value}}} must not produce directive blocks")
            }
            return try directives.render(compiled)
        }
    }

    /// The layout around a body, with the stylesheet inlined.
    public func wrap(_ body: String, frame: Frame) -> String { locale.words.typesetPage(layout(body, frame: frame)) }

    /// `wrap` as the bytes of the page's file, for the writer (no String made of the page again).
    public func wrapBytes(_ body: String, frame: Frame) -> [UInt8] { locale.words.typesetPageBytes(layout(body, frame: frame)) }

    /// The finished layout around any body, when it can be swapped around a previous page's body
    /// (`FrameParts`); nil for a layout whose boundaries could change the body's typography.
    func frameParts(_ frame: Frame) -> FrameParts? {
        // With an `&`: a layout that escapes the stylesheet ({{style}}) changes it, and is not spliced.
        let placeholder = "\u{1}report&style\u{1}"
        if let parts = FrameParts(layoutOutput: layout(FrameParts.sentinel, frame: frame, style: placeholder), typeset: locale.words.typesetPage),
           let spliced = parts.splicing(Array(placeholder.utf8), with: Array(library.style.utf8)) {
            return spliced
        }
        return FrameParts(layoutOutput: layout(FrameParts.sentinel, frame: frame), typeset: locale.words.typesetPage)
    }

    private func layout(_ body: String, frame: Frame, style: String? = nil) -> String {
        let layoutContext: [String: Any] = [
            "title": frame.title,
            "site_title": frame.siteTitle,
            "lang": frame.lang,
            "root": frame.root,
            "standalone": frame.standalone,
            "indexable": indexable,
            "footer": frame.footer,
            "style": style ?? library.style,
            "content": body,
        ]
        return library.layout.render(layoutContext)
    }
}
