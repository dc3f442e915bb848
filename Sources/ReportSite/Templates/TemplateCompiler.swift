import Mustache
import ReportCore

/// A template ready to render: its Mustache tree and every directive block as a typed spec.
public struct CompiledTemplate: Sendable {
    public let file: String
    public let page: PageKind
    let mustache: MustacheTemplate
    /// By info string and body: Mustache tags are refused inside directive blocks, so a block
    /// cmark finds in the filled template has the very text it had when compiled.
    let directives: [String: CompiledDirective]

    static func key(info: String, literal: String) -> String { info + "\u{0}" + literal }

    func directive(for block: Cmark.FencedBlock) -> CompiledDirective? {
        directives[CompiledTemplate.key(info: block.info, literal: block.literal)]
    }
}

/// The compile step of a template: Mustache syntax, then every directive block checked
/// against the datasets of its page kind. All problems are reported, each at its
/// template line and column; a template with one compiles to nothing.
public enum TemplateCompiler {
    public static func compile(_ text: String, file: String, page: PageKind, into collector: DiagnosticCollector) -> CompiledTemplate? {
        let before = collector.errorCount
        tags(text, file: file, page: page, into: collector)
        var mustache: MustacheTemplate?
        _ = MarkdownContentType.registered
        do {
            mustache = try MustacheTemplate(string: MarkdownContentType.pragma + text)
        } catch let e as MustacheTemplate.ParserError {
            let column = e.context.lineNumber == 1 ? e.context.columnNumber - MarkdownContentType.pragma.count : e.context.columnNumber
            collector.emit(.error(file, e.context.lineNumber, column: max(1, column), MustacheErrorText.describe(e)))
        } catch {
            collector.emit(.error(file, 1, "invalid Mustache template: \(error)"))
        }
        var directives: [String: CompiledDirective] = [:]
        for block in Cmark.fencedBlocks(text) {
            guard let name = DirectiveCompiler.directive(of: block.info) else { continue }
            if let offset = mustacheTag(in: block.literal) {
                collector.emit(.error(file, block.line + offset.line, column: offset.column + block.column - 1,
                                      "\(name): Mustache tags are not allowed inside a directive block: it is checked before any data exists; use objective_kpis or lead_kpis in a kpis list, or a dataset field"))
                continue
            }
            var compiler = DirectiveCompiler(file: file, page: page, fenceLine: block.line, indent: block.column - 1)
            let spec = compiler.compile(directive: name, body: block.literal)
            collector.emit(contentsOf: compiler.problems)
            if let spec {
                let position = TemplatePosition(file: file, line: block.line, column: block.column)
                directives[CompiledTemplate.key(info: block.info, literal: block.literal)] = CompiledDirective(spec: spec, position: position)
            }
        }
        guard collector.errorCount == before, let mustache else { return nil }
        return CompiledTemplate(file: file, page: page, mustache: mustache, directives: directives)
    }

    /// Every Mustache tag names a value of the page, or is an error: a misspelt `{{nmae}}`
    /// would otherwise render as nothing. Values are escaped for Markdown in every template, so
    /// a pragma that changes the content type is refused, and so are partials and delimiter
    /// changes, which this check could not follow.
    static func tags(_ text: String, file: String, page: PageKind, into collector: DiagnosticCollector) {
        var line = 1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = raw[...]
            while let open = rest.range(of: "{{") {
                let column = raw.distance(from: raw.startIndex, to: open.lowerBound) + 1
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                var inner = rest[open.upperBound..<close.lowerBound]
                rest = rest[close.upperBound...]
                if inner.hasPrefix("{"), rest.hasPrefix("}") { rest = rest.dropFirst(); inner = inner.dropFirst() }
                guard let sigil = inner.first else { continue }
                func problem(_ message: String) { collector.emit(.error(file, line, column: column, message)) }
                switch sigil {
                case "!": continue
                case "%":
                    problem("Mustache pragmas are not allowed: every value is escaped for Markdown; remove the pragma, and write {{{name}}} where a value must stay as it is")
                    continue
                case ">", "<", "$": problem("Mustache partials and blocks are not supported in report templates"); continue
                case "=": problem("Mustache delimiter changes are not supported in report templates"); continue
                case "#", "^", "/", "&": inner = inner.dropFirst()
                default: break
                }
                let name = inner.trimmingCharacters(in: .whitespaces)
                guard name != "." else { continue }
                for part in name.split(separator: ".").map(String.init) where !page.values.contains(part) {
                    problem("unknown value \"\(part)\" in {{…}}: a \(page.rawValue) page has " + page.values.joined(separator: ", ")
                        + DirectiveCompiler.suggestion(part, page.values))
                }
            }
            line += 1
        }
    }

    /// Line (from 1) and column of the first `{{` in a block body, if any.
    static func mustacheTag(in literal: String) -> (line: Int, column: Int)? {
        var line = 1
        for raw in literal.split(separator: "\n", omittingEmptySubsequences: false) {
            if let range = raw.range(of: "{{") { return (line, raw.distance(from: raw.startIndex, to: range.lowerBound) + 1) }
            line += 1
        }
        return nil
    }
}
