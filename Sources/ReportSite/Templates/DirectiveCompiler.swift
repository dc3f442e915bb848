import ReportCharts
import ReportCore
import ReportLoading
import Yams

/// Turns the YAML body of one directive block into a typed spec, or into every error it
/// holds at its template line and column. Nothing here sees data: what compiles here renders.
struct DirectiveCompiler {
    static let directives = ["kpis", "table", "chart", "recommendations", "trust", "methodology", "searches"]
    /// Info strings that stay ordinary code blocks even though they look like a directive.
    static let codeLanguages: Set<String> = ["", "text", "code", "plain", "sh", "shell", "json", "csv", "yaml", "markdown", "md"]
    static let tableOptions = ["data", "columns", "sort", "limit", "title"]
    static let commonChartOptions = ["type", "data", "title", "sort", "limit"]
    static let unitNames: [(String, KPIUnit?)] = [("auto", nil), ("count", .count), ("number", .decimal), ("percent", .percent), ("money", .money), ("ratio", .ratio)]

    let file: String
    let page: PageKind
    /// Template line of the opening fence; the body starts on the next line.
    let fenceLine: Int
    /// Columns cmark removed from the body's lines (the fence's indentation).
    let indent: Int
    private(set) var problems: [Diagnostic] = []

    init(file: String, page: PageKind, fenceLine: Int, indent: Int) {
        self.file = file
        self.page = page
        self.fenceLine = fenceLine
        self.indent = indent
    }

    /// The directive a fence's info string names, or a misspelling of one (` ```chrat `, an
    /// error with a suggestion); nil for an ordinary code block (` ```bash `, ` ```python `).
    static func directive(of info: String) -> String? {
        let name = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)?.lowercased() ?? ""
        guard !codeLanguages.contains(name) else { return nil }
        return directives.contains(name) || Suggestion.closest(to: name, in: directives) != nil ? name : nil
    }

    mutating func compile(directive name: String, body: String) -> DirectiveSpec? {
        guard DirectiveCompiler.directives.contains(name) else {
            var message = "unknown directive \"\(name)\": expected \(DirectiveCompiler.directives.joined(separator: ", "))"
            if let s = Suggestion.closest(to: name, in: DirectiveCompiler.directives) { message += " (did you mean \"\(s)\"?)" }
            problems.append(.error(file, fenceLine, column: indent + 4, message))
            return nil
        }
        let root: Node?
        do {
            root = try YAMLDocument.compose(body, file: file)
        } catch {
            problems.append(Diagnostic(file: file, line: fenceLine + max(1, error.line), column: error.column.map { $0 + indent }, message: error.message))
            return nil
        }
        let before = problems.count
        let spec: DirectiveSpec?
        switch name {
        case "kpis": spec = kpiCards(root).map(DirectiveSpec.kpis)
        case "table": spec = table(root).map(DirectiveSpec.table)
        case "recommendations": spec = recommendations(root).map(DirectiveSpec.recommendations)
        case "trust": spec = trust(root) ? .trust : nil
        case "methodology": spec = empty("methodology", root) ? .methodology : nil
        case "searches": spec = campaignOnly("searches", root) && empty("searches", root) ? .searches : nil
        default: spec = chart(root).map(DirectiveSpec.chart)
        }
        return problems.count == before ? spec : nil
    }

    // MARK: positions and problems

    func position(_ node: Node?) -> TemplatePosition {
        guard let mark = node?.mark else { return TemplatePosition(file: file, line: fenceLine, column: nil) }
        return TemplatePosition(file: file, line: fenceLine + mark.line, column: mark.column + indent)
    }

    mutating func problem(_ node: Node?, _ message: String) {
        let p = position(node)
        problems.append(.error(p.file, p.line, column: p.column, message))
    }

    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: word, in: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    // MARK: options

    /// The block's options by name; unknown names are errors.
    mutating func options(_ root: Node?, directive: String, known: [String]) -> [String: (key: Node, value: Node)]? {
        guard let root, let mapping = root.mapping else {
            problem(root, "\(directive): expected options such as \"data: influencers\", found \(root == nil ? "an empty block" : "no mapping")")
            return nil
        }
        var out: [String: (key: Node, value: Node)] = [:]
        for (k, v) in mapping {
            let key = k.string ?? ""
            guard known.contains(key) else {
                problem(k, "\(directive): unknown option \"\(key)\": expected one of \(known.joined(separator: ", "))" + Self.suggestion(key, known))
                continue
            }
            out[key] = (k, v)
        }
        return out
    }

    mutating func scalar(_ entry: (key: Node, value: Node)?, directive: String, option: String) -> String? {
        guard let entry else { return nil }
        guard let s = entry.value.scalar?.string, !s.isEmpty else {
            problem(entry.value, "\(directive): option \"\(option)\": expected a single value, found \(YAMLMapping.describe(entry.value))")
            return nil
        }
        return s
    }

    mutating func dataset(_ options: [String: (key: Node, value: Node)], root: Node?, directive: String) -> DatasetSchema? {
        let names = page.datasets.map(\.name)
        guard let entry = options["data"] else {
            problem(root, "\(directive): missing option \"data\": expected one of \(names.joined(separator: ", "))")
            return nil
        }
        guard let name = scalar(entry, directive: directive, option: "data") else { return nil }
        guard let schema = page.dataset(name) else {
            let s = Self.suggestion(name, names)
            problem(entry.value, "\(directive): unknown dataset \"\(name)\": expected one of \(names.joined(separator: ", "))" + s)
            return nil
        }
        return schema
    }

    /// A field of `schema`; a leading `-` is only meaningful in `sort`.
    mutating func field(_ node: Node, in schema: DatasetSchema, directive: String, option: String, allowSign: Bool = false) -> (FieldRef, descending: Bool)? {
        guard let raw = node.scalar?.string, !raw.isEmpty else {
            problem(node, "\(directive): option \"\(option)\": expected a field name, found \(YAMLMapping.describe(node))")
            return nil
        }
        let descending = raw.hasPrefix("-")
        let name = descending ? String(raw.dropFirst()) : raw
        if descending && !allowSign {
            problem(node, "\(directive): option \"\(option)\": \"\(raw)\" has a sort sign; a leading \"-\" belongs only in \"sort\"")
            return nil
        }
        guard let ref = schema.resolve(name) else {
            if KPI(key: name) != nil {
                problem(node, "\(directive): KPI \"\(name)\" is not computed for the rows of dataset \(schema.name): expected one of \(schema.kpis.map(\.key).joined(separator: ", "))")
            } else {
                problem(node, "\(directive): unknown field \"\(name)\" in dataset \(schema.name)" + Self.suggestion(name, schema.fieldNames))
            }
            return nil
        }
        return (ref, descending)
    }

    mutating func numericField(_ node: Node, in schema: DatasetSchema, directive: String, option: String) -> FieldRef? {
        guard let (ref, _) = field(node, in: schema, directive: directive, option: option) else { return nil }
        guard case .number = ref.kind else {
            let what = ref.kind == .text ? "text" : "a daily trend"
            problem(node, "\(directive): option \"\(option)\": field \"\(ref.name)\" is \(what); expected a number such as reach")
            return nil
        }
        return ref
    }

    mutating func rows(_ options: [String: (key: Node, value: Node)], schema: DatasetSchema, directive: String) -> RowSelection {
        var sort: SortSpec?
        if let entry = options["sort"], let (ref, descending) = field(entry.value, in: schema, directive: directive, option: "sort", allowSign: true) {
            if case .series = ref.kind {
                problem(entry.value, "\(directive): option \"sort\": field \"\(ref.name)\" is a daily trend and cannot be sorted on")
            } else {
                sort = SortSpec(field: ref, descending: descending)
            }
        }
        var limit: Int?
        if let entry = options["limit"] {
            if let s = entry.value.scalar?.string, let n = Int(s), n > 0 {
                limit = n
            } else {
                problem(entry.value, "\(directive): option \"limit\": expected a whole number ≥ 1, found \(YAMLMapping.describe(entry.value))")
            }
        }
        return RowSelection(dataset: schema.name, sort: sort, limit: limit)
    }

    mutating func flag(_ entry: (key: Node, value: Node)?, directive: String, option: String, default value: Bool) -> Bool {
        guard let entry else { return value }
        switch entry.value.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            problem(entry.value, "\(directive): option \"\(option)\": expected true or false, found \(YAMLMapping.describe(entry.value))")
            return value
        }
    }

    // MARK: directives

    /// `- reach`, `- reach: trend`, `- objective_kpis`, `- lead_kpis`.
    mutating func kpiCards(_ root: Node?) -> KPICardsSpec? {
        guard page.hasKPICards else {
            problem(root, "kpis: a \(page.rawValue) page has no single group of KPIs; use a table of dataset \(page.datasets.map(\.name).joined(separator: ", "))")
            return nil
        }
        guard let root, let list = root.sequence, !list.isEmpty else {
            problem(root, "kpis: expected a list of KPI names such as \"- reach\"")
            return nil
        }
        let campaign = DatasetSchema.campaign
        var items: [KPICardsSpec.Item] = []
        for item in list {
            var nameNode = item
            var trendNode: Node?
            if let mapping = item.mapping, mapping.count == 1, let pair = mapping.first {
                nameNode = pair.key
                trendNode = pair.value
            }
            guard let name = nameNode.scalar?.string else {
                problem(item, "kpis: expected a KPI name such as \"- reach\", found \(YAMLMapping.describe(item))")
                continue
            }
            if trendNode == nil && name == "objective_kpis" { items.append(.objectiveKPIs); continue }
            if trendNode == nil && name == "lead_kpis" { items.append(.leadKPIs); continue }
            guard let measure = Measure(key: name) else {
                problem(nameNode, "kpis: unknown KPI \"\(name)\"" + Self.suggestion(name, KPICatalog.keys + ["objective_kpis", "lead_kpis"]))
                continue
            }
            var trend: FieldRef?
            if let trendNode {
                guard trendNode.scalar?.string == "trend" else {
                    problem(trendNode, "kpis: \"\(name)\": expected \"trend\" after the colon, found \(YAMLMapping.describe(trendNode))")
                    continue
                }
                guard let ref = campaign.resolve(name + "_trend"), case .series = ref.kind else {
                    let known = DatasetSchema.trends.map { $0.1.key }.joined(separator: ", ")
                    problem(trendNode, "kpis: no daily trend for \"\(name)\": expected one of \(known)")
                    continue
                }
                trend = ref
            }
            items.append(.measure(measure, trend: trend, at: position(nameNode)))
        }
        return KPICardsSpec(items: items)
    }

    /// Judgement blocks exist on campaign pages only.
    mutating func campaignOnly(_ directive: String, _ root: Node?) -> Bool {
        guard page == .campaign else {
            problem(root, "\(directive): only a campaign page has \(directive == "trust" ? "fraud checks" : directive == "searches" ? "searches" : "recommendations")")
            return false
        }
        return true
    }

    /// ` ```recommendations ` with an optional `limit`.
    mutating func recommendations(_ root: Node?) -> RecommendationsSpec? {
        guard campaignOnly("recommendations", root) else { return nil }
        guard let root else { return RecommendationsSpec(limit: nil) }
        guard let options = options(root, directive: "recommendations", known: ["limit"]) else { return nil }
        var limit: Int?
        if let entry = options["limit"] {
            if let s = entry.value.scalar?.string, let n = Int(s), n > 0 { limit = n } else {
                problem(entry.value, "recommendations: option \"limit\": expected a whole number ≥ 1, found \(YAMLMapping.describe(entry.value))")
            }
        }
        return RecommendationsSpec(limit: limit)
    }

    /// A block that takes no options.
    mutating func empty(_ directive: String, _ root: Node?) -> Bool {
        if let root {
            problem(root, "\(directive): expected an empty block, found \(YAMLMapping.describe(root))")
            return false
        }
        return true
    }

    /// ` ```trust ` takes no options: it shows every creator.
    mutating func trust(_ root: Node?) -> Bool {
        guard campaignOnly("trust", root) else { return false }
        if let root {
            problem(root, "trust: expected an empty block: it shows every creator's checks, found \(YAMLMapping.describe(root))")
            return false
        }
        return true
    }

    mutating func table(_ root: Node?) -> TableSpec? {
        guard let options = options(root, directive: "table", known: DirectiveCompiler.tableOptions),
              let schema = dataset(options, root: root, directive: "table") else { return nil }
        var columns: [FieldRef] = []
        if let entry = options["columns"] {
            if let list = entry.value.sequence, !list.isEmpty {
                for c in list {
                    if let (ref, _) = field(c, in: schema, directive: "table", option: "columns") { columns.append(ref) }
                }
            } else {
                problem(entry.value, "table: option \"columns\": expected a list of fields such as [handle, reach], found \(YAMLMapping.describe(entry.value))")
            }
        } else {
            problem(root, "table: missing option \"columns\": expected a list of fields such as [handle, reach]")
        }
        let rows = rows(options, schema: schema, directive: "table")
        let title = scalar(options["title"], directive: "table", option: "title")
        return TableSpec(rows: rows, columns: columns, title: title)
    }
}
