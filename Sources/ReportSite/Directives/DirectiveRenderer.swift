import ReportCharts
import ReportCore
import ReportLoading
import Yams

/// Turns the directive blocks of site.md (` ```kpis `, ` ```table `, ` ```chart `) into HTML.
/// Everything it writes from data is HTML-escaped; the HTML reaches the page through a cmark
/// custom block, never through raw HTML in the Markdown.
public struct DirectiveRenderer {
    public static let names = ["kpis", "table", "chart"]
    /// Info strings that stay ordinary code blocks; any other word is a misspelt directive.
    static let codeLanguages: Set<String> = ["", "text", "code", "plain", "sh", "shell", "json", "csv", "yaml", "markdown", "md"]
    static let chartTypes = ["bar", "line", "donut", "funnel", "scatter", "heatmap", "bullet", "sparkline"]

    let page: PageData
    /// Template file, for messages.
    let file: String
    /// Chart ids must be unique on a page; charts are numbered in order.
    var chartCount = 0
    /// Deferred datasets once built.
    private var built: [String: Dataset] = [:]

    public init(page: PageData, file: String) {
        self.page = page
        self.file = file
    }

    /// HTML for a fenced block, or nil when it is an ordinary code block. `line` is the
    /// template line of the opening fence.
    public mutating func render(info: String, literal: String, line: Int) throws(Diagnostic) -> String? {
        let name = info.split(separator: " ").first.map(String.init)?.lowercased() ?? ""
        switch name {
        case "kpis": return try kpis(literal, line: line)
        case "table": return try table(literal, line: line)
        case "chart": return try chart(literal, line: line)
        default:
            if DirectiveRenderer.codeLanguages.contains(name) { return nil }
            var message = "unknown directive \"\(name)\": expected kpis, table or chart"
            if let s = Suggestion.closest(to: name, in: DirectiveRenderer.names) { message += " (did you mean \"\(s)\"?)" }
            throw .error(file, line, message)
        }
    }

    // MARK: parsing

    /// The block body as YAML; positions are shifted to template lines (body starts after the fence).
    func parse(_ literal: String, line: Int) throws(Diagnostic) -> Node? {
        do {
            return try YAMLDocument.compose(literal, file: file)
        } catch {
            throw Diagnostic(file: file, line: line + max(1, error.line), column: error.column, message: error.message)
        }
    }

    func at(_ node: Node, _ line: Int) -> Int { line + (node.mark?.line ?? 1) }

    func options(_ literal: String, line: Int, directive: String, known: [String]) throws(Diagnostic) -> (Node, [String: Node]) {
        guard let root = try parse(literal, line: line), let mapping = root.mapping else {
            throw .error(file, line, "\(directive): expected options such as \"data: influencers\", found an empty block")
        }
        var out: [String: Node] = [:]
        for (k, v) in mapping {
            let key = k.string ?? ""
            guard known.contains(key) else {
                var message = "\(directive): unknown option \"\(key)\": expected one of \(known.joined(separator: ", "))"
                if let s = Suggestion.closest(to: key, in: known) { message += " (did you mean \"\(s)\"?)" }
                throw .error(file, at(k, line), message)
            }
            out[key] = v
        }
        return (root, out)
    }

    mutating func dataset(_ options: [String: Node], root: Node, line: Int, directive: String) throws(Diagnostic) -> Dataset {
        guard let node = options["data"], let name = node.string else {
            throw .error(file, at(root, line), "\(directive): missing option \"data\": expected one of \(page.names.joined(separator: ", "))")
        }
        if let data = page.datasets[name] ?? built[name] { return data }
        guard let make = page.deferred[name] else {
            var message = "\(directive): unknown dataset \"\(name)\": expected one of \(page.names.joined(separator: ", "))"
            if let s = Suggestion.closest(to: name, in: page.names), s != name { message += " (did you mean \"\(s)\"?)" }
            throw .error(file, at(node, line), message)
        }
        let data = make()
        built[name] = data
        return data
    }

    func field(_ node: Node?, in data: Dataset, option: String, line: Int, directive: String) throws(Diagnostic) -> String {
        guard let node, let name = node.string, !name.isEmpty else {
            throw .error(file, line, "\(directive): missing option \"\(option)\"")
        }
        let bare = name.hasPrefix("-") ? String(name.dropFirst()) : name
        guard data.fields.contains(bare) else {
            var message = "\(directive): unknown field \"\(bare)\""
            if let s = Suggestion.closest(to: bare, in: data.fields) { message += " (did you mean \"\(s)\"?)" }
            throw .error(file, at(node, line), message)
        }
        return name
    }

    // MARK: directives

    /// A list of KPI keys; `- reach: trend` adds the campaign's daily sparkline to the card.
    private mutating func kpis(_ literal: String, line: Int) throws(Diagnostic) -> String {
        guard let root = try parse(literal, line: line), let items = root.sequence else {
            throw .error(file, line, "kpis: expected a list of KPI names such as \"- reach\"")
        }
        guard let values = page.kpis else { throw .error(file, line, "kpis: this page has no KPIs to show") }
        var html = "<div class=\"kpis\">\n"
        for item in items {
            var name = item.string ?? ""
            var trend = false
            if let mapping = item.mapping, mapping.count == 1, let pair = mapping.first {
                name = pair.key.string ?? ""
                guard pair.value.string == "trend" else {
                    throw .error(file, at(pair.value, line), "kpis: \"\(name)\": expected \"trend\" after the colon, found \"\(pair.value.string ?? "")\"")
                }
                trend = true
            }
            guard let definition = Measure(key: name) else {
                var message = "kpis: unknown KPI \"\(name)\""
                if let s = Suggestion.closest(to: name, in: KPICatalog.keys) { message += " (did you mean \"\(s)\"?)" }
                throw .error(file, at(item, line), message)
            }
            let key = name
            let value = page.format.format(values[key], unit: definition.unit)
            let provisional = page.provisional.contains(key)
            html += "<div class=\"kpi\(provisional ? " provisional" : "")\"><span class=\"kpi-label\">\(HTMLEscaping.escape(definition.label(page.format.locale)))</span>"
            html += "<span class=\"kpi-value\">\(HTMLEscaping.escape(value))</span>"
            if trend {
                guard case .series(let series, let unit)? = page.trends[key + "_trend"] else {
                    throw .error(file, at(item, line), "kpis: no daily trend for \"\(key)\": expected one of \(page.trends.keys.sorted().map { String($0.dropLast(6)) }.joined(separator: ", "))")
                }
                chartCount += 1
                var o = ChartOptions(id: "spark-\(chartCount)", title: definition.label(page.format.locale))
                o.words = page.format.locale == .frFR ? .french : .english
                html += "<span class=\"kpi-trend\">" + Sparkline(values: series, format: chartFormat(unit), options: o).svg() + "</span>"
            }
            if provisional { html += "<span class=\"kpi-note\">\(HTMLEscaping.escape(Self.provisionalWord(page.format.locale)))</span>" }
            html += "</div>\n"
        }
        return html + "</div>"
    }

    private mutating func table(_ literal: String, line: Int) throws(Diagnostic) -> String {
        let (root, options) = try options(literal, line: line, directive: "table", known: ["data", "columns", "sort", "limit", "title"])
        let data = try dataset(options, root: root, line: line, directive: "table")
        guard let columnsNode = options["columns"], let list = columnsNode.sequence, !list.isEmpty else {
            throw .error(file, at(root, line), "table: missing option \"columns\": expected a list of fields such as [handle, reach]")
        }
        var columns: [String] = []
        for c in list { columns.append(try field(c, in: data, option: "columns", line: line, directive: "table")) }
        let rows = try sortedRows(data, options: options, line: line, directive: "table")
        let indices = columns.map { data.column($0) ?? 0 }
        let currency = data.column("currency")
        var html = "<div class=\"table-wrap\"><table class=\"data\">\n"
        if let title = options["title"]?.string { html += "<caption>\(HTMLEscaping.escape(title))</caption>\n" }
        html += "<thead><tr>"
        for c in columns {
            let numeric = KPICatalog.definition(c) != nil
            let mark = page.provisional.contains(c) ? "<abbr class=\"provisional-mark\" title=\"\(HTMLEscaping.escape(Self.provisionalWord(page.format.locale)))\">*</abbr>" : ""
            html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(FieldLabels.label(c, page.format.locale)))\(mark)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            let format = formatter(for: row, currency: currency)
            for i in indices {
                switch row[i] {
                case .text(let s): html += DirectiveRenderer.textCell(s)
                case .kpi(let v, let unit): html += "<td class=\"num\">\(HTMLEscaping.escape(format.format(v, unit: unit)))</td>"
                case .series(let values, let unit):
                    chartCount += 1
                    var o = ChartOptions(id: "spark-\(chartCount)", title: FieldLabels.label(columns[indices.firstIndex(of: i) ?? 0], page.format.locale))
                    o.words = page.format.locale == .frFR ? .french : .english
                    html += "<td class=\"spark\">" + Sparkline(values: values, format: chartFormat(unit), options: o).svg() + "</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>"
    }

    /// Long text (captions) is cut to one readable line; the whole text stays in `title`.
    static func textCell(_ s: String, limit: Int = 90) -> String {
        var flat = ""
        var count = 0
        var cut = false
        for c in s {
            if count == limit - 1 { cut = true; break }
            flat.append(c == "\n" || c == "\r" || c == "\r\n" ? " " : c)
            count += 1
        }
        if cut || flat != s {
            if cut { flat += "…" }
            return "<td title=\"\(HTMLEscaping.escape(s))\">\(HTMLEscaping.escape(flat))</td>"
        }
        return "<td>\(HTMLEscaping.escape(s))</td>"
    }

    /// The word that marks a figure that may still change (kpis.md §10).
    static func provisionalWord(_ locale: ReportLocale) -> String {
        locale == .frFR ? "provisoire" : "provisional"
    }

    /// Money is shown in the row's own currency when the dataset has one (the portfolio mixes them).
    private func formatter(for row: [DatasetCell], currency: Int?) -> NumberFormat {
        if let currency, case .text(let code) = row[currency], code != page.format.currency {
            return NumberFormat(locale: page.format.locale, currency: code)
        }
        return page.format
    }

    /// Rows in the order `sort` asks (a leading `-` sorts descending; n/a always last), cut to `limit`.
    func sortedRows(_ data: Dataset, options: [String: Node], line: Int, directive: String) throws(Diagnostic) -> [[DatasetCell]] {
        var rows = data.rows
        if let sortNode = options["sort"] {
            let spec = try field(sortNode, in: data, option: "sort", line: line, directive: directive)
            let descending = spec.hasPrefix("-")
            let key = data.column(descending ? String(spec.dropFirst()) : spec) ?? 0
            rows = rows.enumerated().sorted { a, b in
                let order = DirectiveRenderer.compare(a.element[key], b.element[key], descending: descending)
                return order == 0 ? a.offset < b.offset : order < 0
            }.map(\.element)
        }
        if let limitNode = options["limit"] {
            guard let s = limitNode.string, let limit = Int(s), limit > 0 else {
                throw .error(file, at(limitNode, line), "\(directive): option \"limit\": expected a whole number ≥ 1, found \"\(limitNode.string ?? "")\"")
            }
            rows = Array(rows.prefix(limit))
        }
        return rows
    }

    /// -1 when a comes first. Unreported values go last whatever the direction.
    static func compare(_ a: DatasetCell, _ b: DatasetCell, descending: Bool) -> Int {
        switch (a, b) {
        case (.kpi(let x, _), .kpi(let y, _)):
            switch (x, y) {
            case (nil, nil): return 0
            case (nil, _): return 1
            case (_, nil): return -1
            case (let x?, let y?): return x == y ? 0 : ((x < y) != descending ? -1 : 1)
            }
        case (.text(let x), .text(let y)):
            return x == y ? 0 : ((x < y) != descending ? -1 : 1)
        default: return 0
        }
    }
}
