import ReportCore

/// ` ```methodology `: every KPI with its formula, inputs and what n/a means (the targets of
/// the links on KPI labels), then the assumptions in force on this page — no black box.
extension DirectiveRenderer {
    func methodology() -> HTML {
        let words = locale.words
        // The KPIs this page shows, in catalog order; lead types after leads.
        let wanted = shown.union(page.objectiveKPIs)
        // Figures left out of the page (their data file is absent) are not defined either.
        var measures = KPICatalog.all.map { Measure.kpi($0.kpi) }.filter { wanted.contains($0) && !unavailable($0) }
        let types = (page.leadTypes ?? []).filter { wanted.contains(.leads(type: $0)) || page.objectiveKPIs.contains(.leads(type: $0)) }
        if !types.isEmpty {
            let at = measures.firstIndex { $0 > .kpi(.leads) } ?? measures.count
            measures.insert(contentsOf: types.map { Measure.leads(type: $0) }, at: at)
        }
        var entries: [HTML] = [.raw("\n")]
        var anchored = Set<String>()
        for m in measures {
            let entry: KPIMethodology
            if case .kpi(let k) = m, let known = methodologyEntries[k] { entry = known } else { entry = KPIMethodology.entry(m, locale) }
            let anchor = DirectiveRenderer.anchor(m)
            // One id per page: lead types share the leads entry's anchor.
            let id = anchored.insert(anchor).inserted ? anchor : nil
            entries.append(.element("dt", [("id", id)], [.text(m.label(locale))]))
            entries.append(.element("dd", [], [
                .element("span", [("class", "formula")], [.text(entry.formula + ".")]), .text(" "),
                .text(words.inputsLead + entry.inputs + "."), .text(" "),
                .element("span", [("class", "na")], [.text(DirectiveRenderer.sentenceCase(entry.notAvailable) + ".")]),
            ]))
            entries.append(.raw("\n"))
        }
        var parts: [HTML] = []
        // The assumptions are Words sentences written with ordinary spaces, as the entries are.
        if !page.assumptions.isEmpty {
            parts.append(.element("h3", [], [.text(words.assumptionsHeading)]))
            parts.append(.element("ul", [("class", "assumptions")], page.assumptions.map { .element("li", [], [.text(words.typeset($0))]) }))
        }
        parts.append(.element("h3", [], [.text(words.methodologyHeading)]))
        parts.append(.element("dl", [("class", "methodology")], entries))
        return .element("div", [("class", "methodology-block")], [.raw("\n")] + parts.map { $0 + .raw("\n") })
    }

    /// The first letter upper-cased (`n.d. quand…` → `N.d. quand…`).
    static func sentenceCase(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
