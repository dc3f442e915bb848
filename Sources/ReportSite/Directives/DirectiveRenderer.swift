import ReportCharts
import ReportCore

/// Draws the compiled directive blocks of one page (` ```kpis `, ` ```table `, ` ```chart `)
/// from its data. Every name was resolved by the compile step; the one thing only the data
/// can refuse is a lead type the campaign's leads.csv does not have.
/// Output is built with `HTML`, so every value is escaped unless it is a chart we drew.
public struct DirectiveRenderer {
    let page: PageData
    /// KPI labels link to their methodology entry (the page has a ` ```methodology ` block).
    let linkKPIs: Bool
    /// The KPIs the page's blocks show: the methodology explains these.
    let shown: Set<Measure>
    /// Methodology entries written once per build (any other is written when needed).
    let methodologyEntries: [KPI: KPIMethodology]
    /// Chart ids must be unique on a page; charts are numbered in order.
    var chartCount = 0
    /// Deferred datasets once built.
    private var built: [String: Dataset] = [:]

    init(page: PageData, linkKPIs: Bool = false, shown: Set<Measure> = [], methodology: [KPI: KPIMethodology] = [:]) {
        self.page = page
        self.linkKPIs = linkKPIs
        self.shown = shown
        self.methodologyEntries = methodology
    }

    /// A KPI's label, linked to its methodology entry when the page has one.
    func label(_ m: Measure) -> HTML {
        let text = HTML.text(m.label(locale))
        guard linkKPIs else { return text }
        return .element("a", [("class", "kpi-def"), ("href", "#" + DirectiveRenderer.anchor(m))], [text])
    }

    /// `kpi-cpa`, `kpi-leads` for every lead type.
    static func anchor(_ m: Measure) -> String {
        switch m {
        case .kpi(let k): return "kpi-" + k.key
        case .leads: return "kpi-" + KPI.leads.key
        }
    }

    public mutating func render(_ directive: CompiledDirective) throws(Diagnostic) -> String {
        switch directive.spec {
        case .kpis(let spec): return try kpis(spec, at: directive.position).markup
        case .table(let spec): return try table(spec, at: directive.position).markup
        case .chart(let spec): return try chart(spec, at: directive.position).markup
        case .recommendations(let spec): return recommendations(spec).markup
        case .trust: return trust().markup
        case .searches: return searches().markup
        case .methodology: return methodology().markup
        }
    }

    var locale: ReportLocale { page.format.locale }

    /// A figure whose data file the campaign does not have (a lead type: leads.csv).
    func unavailable(_ m: Measure) -> Bool {
        switch m {
        case .kpi(let k): return page.unavailable.contains(k)
        case .leads: return page.unavailable.contains(.leads)
        }
    }
    var words: ChartWords { locale.words.chart }

    mutating func dataset(_ name: String) -> Dataset? {
        if let data = page.datasets[name] ?? built[name] { return data }
        guard let make = page.deferred[name] else { return nil }
        let data = make()
        built[name] = data
        return data
    }

    /// The rows a block selects; its lead-type fields checked against the campaign's types.
    mutating func rows(_ selection: RowSelection, fields: [FieldRef], at position: TemplatePosition) throws(Diagnostic) -> (Dataset, [Dataset.Row]) {
        guard let data = dataset(selection.dataset) else {
            throw .error(position.file, position.line, column: position.column, "no dataset \"\(selection.dataset)\" on this page")
        }
        for field in fields + [selection.sort?.field].compactMap({ $0 }) {
            guard case .leads(let type) = field.column, let types = data.leadTypes, !types.contains(type) else { continue }
            throw .error(position.file, position.line, column: position.column,
                         "field \"\(field.name)\": this campaign's leads.csv has no lead type \"\(type)\": its types are \(types.joined(separator: ", "))")
        }
        var rows = data.rows
        if let sort = selection.sort {
            // Sorted by position, so the rows (arrays of cells) are not copied around by the sort.
            let values = rows.map { data.value($0, sort.field) }
            let order = values.indices.sorted { a, b in
                let c = DirectiveRenderer.compare(values[a], values[b], descending: sort.descending)
                return c == 0 ? a < b : c < 0
            }
            rows = order.prefix(selection.limit ?? order.count).map { rows[$0] }
        } else if let limit = selection.limit {
            rows = Array(rows.prefix(limit))
        }
        return (data, rows)
    }

    /// -1 when a comes first. Unreported values go last whatever the direction.
    static func compare(_ a: Dataset.Value, _ b: Dataset.Value, descending: Bool) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)):
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

    // MARK: kpis

    private mutating func kpis(_ spec: KPICardsSpec, at position: TemplatePosition) throws(Diagnostic) -> HTML {
        // The compile step allows cards on campaign pages only, which always have their KPIs.
        guard let values = page.kpis else {
            throw .error(position.file, position.line, column: position.column, "kpis: a \(page.kind.rawValue) page has no KPIs to show")
        }
        var cards: [HTML] = []
        for item in spec.items {
            switch item {
            case .objectiveKPIs:
                // The summary's cards also say how the figure compares with the project's other campaigns.
                for m in page.objectiveKPIs where !unavailable(m) { cards.append(card(m, value: values[m], trend: nil, internalBenchmark: true)) }
            case .leadKPIs:
                for type in page.leadTypes ?? [] { cards.append(card(.leads(type: type), value: values[.leads(type: type)], trend: nil)) }
            case .measure(let m, let trend, let position):
                if case .leads(let type) = m, let types = page.leadTypes, !types.contains(type) {
                    throw .error(position.file, position.line, column: position.column,
                                 "kpis: this campaign's leads.csv has no lead type \"\(type)\": its types are \(types.joined(separator: ", "))")
                }
                if unavailable(m) { continue }
                var series: (values: [Double?], unit: KPIUnit)?
                if let trend, case .series(let i, let unit) = trend.column, let row = page.datasets["campaign"]?.rows.first {
                    series = (row.series[i], unit)
                }
                cards.append(card(m, value: values[m], trend: series))
            }
        }
        if cards.isEmpty { return .raw("") }
        return .element("div", [("class", "kpis")], [.raw("\n")] + cards.map { $0 + .raw("\n") })
    }

    private mutating func card(_ m: Measure, value: Double?, trend: (values: [Double?], unit: KPIUnit)?, internalBenchmark: Bool = false) -> HTML {
        let provisional = page.provisional.contains(m)
        var parts: [HTML] = [
            .element("span", [("class", "kpi-label")], [label(m)]),
            .element("span", [("class", "kpi-value")], [.text(Labels.figure(m, value, page.format))]),
        ]
        if let trend {
            chartCount += 1
            var o = ChartOptions(id: "spark-\(chartCount)", title: m.label(locale))
            o.words = words
            parts.append(.element("span", [("class", "kpi-trend")], [.raw(Sparkline(values: trend.values, format: chartFormat(trend.unit, page.format), options: o).svg())]))
        }
        if provisional { parts.append(.element("span", [("class", "kpi-note")], [.text(Self.provisionalWord(locale))])) }
        // New followers say the part at creators flagged follower_spike (kpis.md §2).
        if m == .kpi(.newFollowers), let flagged = page.kpis?[.newFollowersFlagged], flagged > 0 {
            let creators = page.assessments.filter { $0.followerSpike.evidence?.isFlagged == true }.count
            parts.append(.element("span", [("class", "kpi-note")], [.text(locale.words.newFollowersFlagged(page.format.number(flagged, decimals: 0), creators: creators))]))
        }
        if case .kpi(let k) = m, let b = page.industry[k] {
            var words = Labels.status(b, locale) + " " + Labels.range(b.range, format: page.format) + " (" + Labels.source(b.range.source, locale) + ")"
            if let counts = b.influencers { words += locale.words.listSeparator + locale.words.mixCounts(counts) }
            parts.append(.element("span", [("class", "kpi-bench kpi-" + (b.status?.rawValue ?? "na"))], [.text(words)]))
        }
        if internalBenchmark, case .kpi(let k) = m { parts.append(.raw(LateBinding.marker(k))) }
        return .element("div", [("class", provisional ? "kpi provisional" : "kpi")], parts)
    }

    // MARK: table

    private mutating func table(_ spec: TableSpec, at position: TemplatePosition) throws(Diagnostic) -> HTML {
        let (data, selected) = try rows(spec.rows, fields: spec.columns, at: position)
        // A footer row (the spend tied to no creator) closes the table whatever the sort.
        let rows = DirectiveRenderer.closing(selected, with: data.footer)
        let columns = spec.columns.filter { c in c.measure.map { !unavailable($0) } ?? true }
        var head: [HTML] = []
        for c in columns {
            var label: [HTML] = [c.measure.map { self.label($0) } ?? .text(FieldLabels.label(c, locale))]
            if let m = c.measure, page.provisional.contains(m) {
                label.append(.element("abbr", [("class", "provisional-mark"), ("title", Self.provisionalWord(locale))], [.text("*")]))
            }
            let numeric: Bool
            if case .number = c.kind { numeric = true } else { numeric = false }
            head.append(.element("th", [("scope", "col"), ("class", numeric ? "num" : nil)], label))
        }
        // The body in one buffer: a posts or benchmarks table has hundreds of cells.
        var body = HTMLBuffer(capacity: 256 * rows.count)
        body.newline()
        for (row, footer) in rows {
            let format = formatter(for: row)
            let text = row.text
            // A footer row holds only its amounts: its other cells stay empty, not n/a.
            body.open("tr")
            for c in columns {
                switch c.column {
                case .text(let i):
                    if let key = row.creator(i) {
                        body.open("td")
                        body.append(LateBinding.creatorLink(key, text: text[i]))
                        body.close("td")
                    } else {
                        DirectiveRenderer.textCell(text[i], into: &body)
                    }
                case .kpi(let k):
                    // Footer rows exist so the spend adds up: their spend is shown even when unknown (n/a).
                    body.open("td", "class", "num")
                    if !(footer && row.kpis[k] == nil && k != .spend) { body.text(Labels.figure(.kpi(k), row.kpis[k], format)) }
                    body.close("td")
                case .leads(let type):
                    body.open("td", "class", "num")
                    body.text(format.format(row.kpis[.leads(type: type)], unit: .count))
                    body.close("td")
                case .series(let i, let unit):
                    chartCount += 1
                    var o = ChartOptions(id: "spark-\(chartCount)", title: FieldLabels.label(c, locale))
                    o.words = words
                    body.open("td", "class", "spark")
                    body.append(.raw(Sparkline(values: row.series[i], format: chartFormat(unit, format), options: o).svg()))
                    body.close("td")
                }
            }
            body.close("tr")
            body.newline()
        }
        var table: [HTML] = [.raw("\n")]
        if let title = spec.title { table += [.element("caption", [], [.text(title)]), .raw("\n")] }
        table += [.element("thead", [], [.element("tr", [], head)]), .raw("\n"),
                  .element("tbody", [], [body.html]), .raw("\n")]
        let name = spec.title ?? columns.prefix(3).map { FieldLabels.label($0, locale) }.joined(separator: ", ")
        // The leading text columns, as a phone keeps them in view (TableKey).
        var leading: [Int] = []
        for c in columns { if case .text(let i) = c.column { leading.append(i) } else { break } }
        let key = TableKey(rows: selected.map { row in leading.map { row.text[$0] } },
                           headings: columns.prefix(leading.count).map { FieldLabels.label($0, locale) })
        return DirectiveRenderer.tableWrap(name, .element("table", key.attributes, table))
    }

    /// The selected rows, each footer row after the last row of its currency (the portfolio's
    /// rows by platform: each currency's block closed by its own spend tied to no creator and
    /// total); footer rows of a currency no row has, and of none, close the table.
    static func closing(_ rows: [Dataset.Row], with footer: [Dataset.Row]) -> [(row: Dataset.Row, footer: Bool)] {
        var out = rows.map { (row: $0, footer: false) }
        var last: [String: Int] = [:]
        for (i, r) in rows.enumerated() { if let c = r.currency { last[c] = i } }
        var inserted: [Int: [Dataset.Row]] = [:]
        var rest: [Dataset.Row] = []
        for f in footer {
            if let c = f.currency, let i = last[c] { inserted[i, default: []].append(f) } else { rest.append(f) }
        }
        for i in inserted.keys.sorted(by: >) {
            out.insert(contentsOf: (inserted[i] ?? []).map { (row: $0, footer: true) }, at: i + 1)
        }
        return out + rest.map { (row: $0, footer: true) }
    }

    /// The box a wide table scrolls in on a phone: focusable and named, so a keyboard user can
    /// scroll it too (axe `scrollable-region-focusable`).
    static func tableWrap(_ name: String, _ table: HTML) -> HTML {
        .element("div", [("class", "table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-label", name)], [table])
    }

    /// Long text (captions) is cut to one readable line; the whole text stays in `title`.
    static func textCell(_ s: String, limit: Int = 90, into out: inout HTMLBuffer) {
        // Fewer bytes than the limit and no line break: fewer Characters too, nothing to change.
        if s.utf8.count < limit, !s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            out.open("td")
            out.text(s)
            out.close("td")
            return
        }
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
            out.open("td", "title", s)
            out.text(flat)
        } else {
            out.open("td")
            out.text(s)
        }
        out.close("td")
    }

    /// The word that marks a figure that may still change (kpis.md §10).
    static func provisionalWord(_ locale: ReportLocale) -> String {
        locale.words.provisional
    }

    /// Money is shown in the row's own currency when it has one (the portfolio mixes them).
    private func formatter(for row: Dataset.Row) -> NumberFormat {
        if let code = row.currency, code != page.format.currency {
            return NumberFormat(locale: locale, currency: code)
        }
        return page.format
    }

    func chartFormat(_ unit: KPIUnit, _ f: NumberFormat) -> ChartFormat {
        return ChartFormat(value: { f.format($0, unit: unit) }, tick: { f.tick($0, unit: unit, step: $1) }, notAvailable: f.notAvailable)
    }
}
