import ReportCore

/// Checks every Mustache tag of a template against the values its page offers, with
/// Mustache's own scoping: inside `{{#ab_test}}` the names of `ab_test` resolve, then the
/// page's. A misspelt `{{nmae}}` would otherwise render as nothing, and a group printed as a
/// value (`{{campaigns}}`) as a dump whose key order changes between runs.
/// Tags may span lines (Mustache allows whitespace, newlines included, inside them).
struct TagChecker {
    let file: String
    let values: [String: TemplateValue]
    /// Line ranges (first, last) of directive blocks: their tags are reported by the compiler.
    let directiveLines: [ClosedRange<Int>]
    /// Line ranges of other fenced blocks: a section tag there would change where the block ends.
    let codeLines: [ClosedRange<Int>]

    static let pragmaMessage = "Mustache pragmas are not allowed: every value is escaped for Markdown; remove the pragma, and write {{{name}}} where a value must stay as it is"

    func check(_ text: String, into collector: DiagnosticCollector) {
        let chars = Array(text)
        var scopes: [TemplateValue] = [.object(values)]
        var i = 0, line = 1, column = 1
        func advance(to end: Int) {
            while i < end {
                if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i + 1 < chars.count {
            guard chars[i] == "{", chars[i + 1] == "{" else { advance(to: i + 1); continue }
            let (tagLine, tagColumn) = (line, column)
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            let start = i + (triple ? 3 : 2)
            var end = start
            while end + 1 < chars.count, !(chars[end] == "}" && chars[end + 1] == "}") { end += 1 }
            guard end + 1 < chars.count else { return }   // Mustache's parser reports the unclosed tag
            let inner = String(chars[start..<end])
            advance(to: min(chars.count, end + (triple ? 3 : 2)))
            func problem(_ message: String) { collector.emit(.error(file, tagLine, column: tagColumn, message)) }
            if directiveLines.contains(where: { $0.contains(tagLine) }) { continue }
            var body = Substring(inner)
            let sigil = triple ? nil : body.first
            if let sigil, "!%><$=#^/&".contains(sigil) { body = body.dropFirst() }
            let name = body.trimmingCharacters(in: .whitespacesAndNewlines)
            switch sigil {
            case "!": continue
            case "%": problem(TagChecker.pragmaMessage)
            case ">", "<", "$": problem("Mustache partials and blocks are not supported in report templates")
            case "=": problem("Mustache delimiter changes are not supported in report templates")
            case "#", "^":
                if codeLines.contains(where: { $0.contains(tagLine) }) {
                    problem("a section tag inside a code block would change where the block ends: put {{\(sigil ?? "#")\(name)}} outside the fences")
                }
                let found = resolve(name, in: scopes, problem: problem)
                switch found {
                case .object(let children)?, .list(let children)?: scopes.append(.object(children))
                default: scopes.append(found ?? .text)
                }
            case "/":
                if codeLines.contains(where: { $0.contains(tagLine) }) {
                    problem("a section tag inside a code block would change where the block ends: put {{/\(name)}} outside the fences")
                }
                if scopes.count > 1 { scopes.removeLast() }
            default:
                if name == "." {
                    if case .text? = scopes.last, scopes.count > 1 { continue }
                    problem("{{.}} shows the current value only inside a section over a text value, such as {{#brand}}{{.}}{{/brand}}")
                    continue
                }
                switch resolve(name, in: scopes, problem: problem) {
                case .flag?: problem("\"\(name)\" is true or false: use it as a section, {{#\(name)}}…{{/\(name)}}")
                case .object?, .list?: problem("\"\(name)\" is a group of values: open it as a section, {{#\(name)}}…{{/\(name)}}, and show its values inside")
                default: break
                }
            }
        }
    }

    /// A dotted name resolves its first part from the innermost scope outwards, the rest inside it.
    func resolve(_ name: String, in scopes: [TemplateValue], problem: (String) -> Void) -> TemplateValue? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else {
            problem("empty name in {{…}}")
            return nil
        }
        var visible: [String] = []
        var found: TemplateValue?
        for scope in scopes.reversed() {
            guard case .object(let names) = scope else { continue }
            if let v = names[first] { found = v; break }
            visible += names.keys.sorted()
        }
        guard var current = found else {
            problem("unknown value \"\(first)\" here: expected one of \(Self.unique(visible).joined(separator: ", "))" + DirectiveCompiler.suggestion(first, visible))
            return nil
        }
        for part in parts.dropFirst() {
            guard case .object(let names) = current, let next = names[part] else {
                problem("unknown value \"\(name)\": \"\(part)\" is not a value of \"\(first)\"")
                return nil
            }
            current = next
        }
        return current
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
