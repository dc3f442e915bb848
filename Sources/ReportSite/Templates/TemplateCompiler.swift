import Mustache
import ReportCore

/// A template ready to render: its Mustache tree and every directive block as a typed spec.
public struct CompiledTemplate: Sendable {
    public let file: String
    let mustache: MustacheTemplate
    /// By info string and body: Mustache tags are refused inside directive blocks, so a block
    /// cmark finds in the filled template has the very text it had when compiled.
    let directives: [String: CompiledDirective]
    /// The KPIs the page's blocks show, for its methodology (objective_kpis and lead_kpis add
    /// theirs at render time).
    var measures: Set<Measure> {
        var out = Set<Measure>()
        for d in directives.values {
            switch d.spec {
            case .kpis(let spec):
                for item in spec.items {
                    switch item {
                    case .measure(let m, _, _): out.insert(m)
                    case .leadKPIs: out.insert(.kpi(.leads))   // lead-type cards link to the leads entry
                    case .objectiveKPIs: break
                    }
                }
            case .table(let spec): out.formUnion(spec.columns.compactMap(\.measure))
            case .chart(let spec): out.formUnion((spec.ys + [spec.x].compactMap { $0 }).compactMap(\.measure))
            case .searches: out.insert(.kpi(.searchUplift))
            case .recommendations, .trust, .methodology: break
            }
        }
        return out
    }

    /// KPI labels link to the methodology entries when the page has them.
    var hasMethodology: Bool { directives.values.contains { if case .methodology = $0.spec { return true } else { return false } } }

    static func key(info: String, literal: String) -> String { info + "\u{0}" + literal }

    func directive(for block: Cmark.FencedBlock) -> CompiledDirective? {
        directives[CompiledTemplate.key(info: block.info, literal: block.literal)]
    }
}

/// The compile step of a template: Mustache syntax, then every directive block checked
/// against the datasets of its page kind. All problems are reported, each at its
/// template line and column; a template with one compiles to nothing.
public enum TemplateCompiler {
    public static func compile(_ source: String, file: String, page: PageKind, into collector: DiagnosticCollector) -> CompiledTemplate? {
        let before = collector.errorCount
        // One line ending, so positions count lines as an editor does and Mustache's columns are right.
        let text = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
        let blocks = Cmark.fencedBlocks(text)
        let isDirective = blocks.map { DirectiveCompiler.directive(of: $0.info) != nil }
        TagChecker(
            file: file, values: page.values,
            directiveLines: zip(blocks, isDirective).filter(\.1).map { $0.0.line...max($0.0.line, $0.0.endLine) },
            codeLines: zip(blocks, isDirective).filter { !$0.1 }.map { $0.0.line...max($0.0.line, $0.0.endLine) }
        ).check(text, into: collector)
        SectionMarkers.check(text, file: file, into: collector)
        var directives: [String: CompiledDirective] = [:]
        for block in blocks {
            guard let name = DirectiveCompiler.directive(of: block.info) else { continue }
            if block.info.contains("{{") {
                collector.emit(.error(file, block.line, column: block.column,
                                      "\(name): Mustache tags are not allowed in a directive's info string: it is checked before any data exists"))
                continue
            }
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
        return CompiledTemplate(file: file, mustache: mustache, directives: directives)
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
