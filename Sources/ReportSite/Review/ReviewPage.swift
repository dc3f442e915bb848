import ReportCore

/// The review's index.html body, built from values (`HTML` escapes every text): the agency
/// reads it in the project's language, with the file names and codes that help it fix an input.
struct ReviewPage {
    let site: ReviewSite
    var words: any Words { site.locale.words }

    func body(siteFolder: String) -> String {
        var parts: [HTML] = [
            .element("h1", [], [.text(words.reviewTitle(site.siteTitle))]),
            .element("p", [], [.text(words.reviewIntro(site: siteFolder))]),
            .element("p", [("class", "review-items")], [.element("strong", [], [.text(words.reviewItems(site.items))])]),
        ]
        if !site.projectWarnings.isEmpty {
            parts.append(.element("h2", [], [.text(words.reviewProjectWarnings)]))
            parts.append(warnings(site.projectWarnings))
        }
        for entry in site.entries { parts += campaign(entry) }
        return parts.map(\.markup).joined(separator: "\n") + "\n"
    }

    private func campaign(_ entry: ReviewSite.Entry) -> [HTML] {
        let r = entry.review, f = entry.format
        var parts: [HTML] = [.element("h2", [("id", r.id)], [.text(r.name)])]

        parts.append(.element("h3", [], [.text(words.reviewChecks)]))
        let rows = r.creators.flatMap { creator in
            creator.checks.map { check in
                HTML.element("tr", [], [
                    .element("td", [], [.text("@" + creator.handle)]),
                    .element("td", [], [.text(words.kpiLabel(check.kpi))]),
                    .element("td", [("class", "num")], [.text(value(check, format: f))]),
                    .element("td", [], [.text(sentence(check, format: f))]),
                ])
            }
        }
        if rows.isEmpty {
            parts.append(.element("p", [], [.text(words.reviewNone)]))
        } else {
            let head = HTML.element("tr", [], words.reviewChecksColumns.map { HTML.element("th", [("scope", "col")], [.text($0)]) })
            parts.append(.element("div", [("class", "table-wrap")], [
                .element("table", [], [.element("thead", [], [head]), .element("tbody", [], rows)]),
            ]))
        }

        parts.append(.element("h3", [], [.text(words.reviewCoverage)]))
        let c = r.coverage
        func count(_ n: Int) -> String { f.number(Double(n), decimals: 0) }
        var coverage = [words.reviewPostsWithoutClicks(count(c.postsWithoutClicks), of: count(c.posts), count: c.postsWithoutClicks)]
        if let analysed = c.commentsAnalysed {
            coverage.append(words.reviewCommentsAnalysed(f.number(analysed, decimals: 0), coverage: c.commentsCoverage.map { f.percent($0) }))
        } else {
            coverage.append(words.reviewNoComments)
        }
        if let orders = c.orders {
            if let unattributed = c.unattributedOrders {
                coverage.append(words.reviewUnattributedOrders(count(unattributed), of: count(orders), number: unattributed))
            }
        } else {
            coverage.append(words.reviewNoOrders)
        }
        parts.append(list(coverage))

        parts.append(.element("h3", [], [.text(words.reviewLeftOut)]))
        var leftOut: [String] = []
        if r.checkCount > 0 { leftOut.append(words.reviewChecksOnlyHere) }
        for e in r.excluded {
            let reasons = e.flags.map { words.flag($0) } + e.checks.map { words.reviewCheckName($0) }
            leftOut.append(words.reviewExcludedCreator("@" + e.handle, reasons: reasons.joined(separator: ", ")))
        }
        leftOut += r.figuresNotAvailable.map { words.reviewFigureNotAvailable(words.kpiLabel($0)) }
        parts.append(leftOut.isEmpty ? .element("p", [], [.text(words.reviewNone)]) : list(leftOut))

        parts.append(.element("h3", [], [.text(words.reviewWarnings)]))
        parts.append(entry.warnings.isEmpty ? .element("p", [], [.text(words.reviewNone)]) : warnings(entry.warnings))
        return parts
    }

    private func list(_ items: [String]) -> HTML {
        .element("ul", [], items.map { HTML.element("li", [], [.text($0)]) })
    }

    private func warnings(_ list: [Diagnostic]) -> HTML {
        .element("ul", [("class", "review-warnings")], list.map { HTML.element("li", [], [.element("code", [], [.text($0.description)])]) })
    }

    /// The checked value as the check measures it: code_leak's is a share of link clicks.
    func value(_ check: PlausibilityCheck, format f: NumberFormat) -> String {
        if case .codeLeak = check.evidence { return f.percent(check.value) }
        return f.format(check.value, unit: check.kpi.unit)
    }

    /// The check in a sentence with the numbers that raised it (kpis.md §8b).
    func sentence(_ check: PlausibilityCheck, format f: NumberFormat) -> String {
        func value(_ v: Double) -> String { f.format(v, unit: check.kpi.unit) }
        switch check.evidence {
        case .costOutlier(let median):
            let factor = f.number(check.value / median, decimals: 2)
            return words.costOutlier(kpi: words.kpiLabel(check.kpi), value: value(check.value), factor: factor, median: value(median))
        case .codeLeak(let orders, let clicks):
            return words.codeLeak(orders: f.number(Double(orders), decimals: 0), clicks: f.number(clicks, decimals: 0), share: f.percent(check.value))
        case .conversionFlat(let conversionsCV, let reachCV, _):
            return words.conversionFlat(conversionsCV: f.number(conversionsCV, decimals: 2), reachCV: f.number(reachCV, decimals: 2))
        }
    }
}
