import ReportCharts
import ReportCore

/// ` ```recommendations ` and ` ```trust `: the judgement of kpis.md §8 and §11, each
/// sentence with its numbers and each flag with its evidence drawn.
extension DirectiveRenderer {
    mutating func recommendations(_ spec: RecommendationsSpec) -> HTML {
        let list = spec.limit.map { Array(page.recommendations.prefix($0)) } ?? page.recommendations
        // Group rules with too little data: said, never decided on one creator's posts.
        let thin: HTML = page.undecided.isEmpty ? .raw("") : .raw("\n") + .element("p", [("class", "recommendations-thin")], [
            .text(locale.words.tooThinToChoose(page.undecided, posts: RecommendationRules.minimumPosts, creators: RecommendationRules.minimumCreators)),
        ])
        guard !list.isEmpty else { return .element("p", [("class", "recommendations-none")], [.text(locale.words.noRecommendation)]) + thin }
        return .element("ol", [("class", "recommendations")], [.raw("\n")] + list.map {
            .element("li", [("class", "recommendation rule-" + $0.rule.rawValue.replacingOccurrences(of: "_", with: "-"))], [.text($0.text(page.format))]) + .raw("\n")
        }) + thin
    }

    mutating func trust() -> HTML {
        let text = TrustText(locale: locale, format: page.format)
        var parts: [HTML] = [.element("p", [("class", "trust-note")], [.text(text.heuristics)]), .raw("\n")]
        for a in page.assessments where !a.flags.isEmpty {
            var items: [HTML] = [.element("h4", [], [.text(text.heading(a))]), .raw("\n")]
            for flag in a.flags {
                items.append(.element("p", [("class", "trust-flag")], [.text(text.sentence(flag, a))]))
                items.append(.raw("\n"))
                if let evidence = evidence(flag, a, text: text) { items += [evidence, .raw("\n")] }
            }
            parts.append(.element("section", [("class", "trust-item flagged")], [.raw("\n")] + items))
            parts.append(.raw("\n"))
        }
        // A creator no rule could check is not called clean.
        let checked = page.assessments.filter { a in a.flags.isEmpty && FraudFlag.allCases.contains { a.isEvaluated($0) } }
        let unchecked = page.assessments.filter { a in !FraudFlag.allCases.contains { a.isEvaluated($0) } }
        if !checked.isEmpty {
            parts.append(.element("p", [("class", "trust-clean")], [.text(text.clean(checked))]))
            parts.append(.raw("\n"))
        }
        if !unchecked.isEmpty {
            parts.append(.element("p", [("class", "trust-unchecked")], [.text(text.unchecked(unchecked))]))
            parts.append(.raw("\n"))
        }
        // Every creator, flagged or not, with what could not be checked for lack of data.
        let head = text.tableHeadings.enumerated().map { i, title in
            HTML.element("th", [("scope", "col"), ("class", i == 1 ? "num" : nil)], [.text(title)])
        }
        let rows = page.assessments.map { a in
            HTML.element("tr", [], [
                .element("td", [], [.text("@" + a.influencer.handle)]),
                .element("td", [("class", "num")], [.text(String(a.audienceQuality))]),
                .element("td", [], [.text(a.flags.isEmpty ? text.none : a.flags.map(text.name).joined(separator: ", "))]),
                .element("td", [], [.text(text.notChecked(a))]),
            ]) + .raw("\n")
        }
        parts.append(DirectiveRenderer.tableWrap(text.tableHeadings.joined(separator: ", "), .element("table", [("class", "data")], [
            .raw("\n"), .element("thead", [], [.element("tr", [], head)]), .raw("\n"), .element("tbody", [], [.raw("\n")] + rows), .raw("\n"),
        ])))
        return .element("div", [("class", "trust")], [.raw("\n")] + parts + [.raw("\n")])
    }

    /// The numbers behind a flag, drawn.
    mutating func evidence(_ flag: FraudFlag, _ a: FraudAssessment, text: TrustText) -> HTML? {
        let handle = "@" + a.influencer.handle
        switch flag {
        case .incoherentEngagement:
            guard let e = a.incoherentEngagement.evidence else { return nil }
            let o = chartOptions(text.engagementTitle(handle))
            let row = BulletChart.Row(label: handle, value: e.rate, target: nil, band: e.range.closedRange)
            return figure(o, BulletChart(rows: [row], format: chartFormat(.percent, page.format), options: o).render())
        case .followerSpike:
            guard let e = a.followerSpike.evidence else { return nil }
            let dates = DateFormat(locale: locale)
            let spikeDays = Set(e.dates)
            let o = chartOptions(text.followersTitle(handle))
            let followers = ChartSeries(name: text.followersSeries, values: e.counts.map { Double($0.followers) })
            let spikes = ChartSeries(name: text.spikeSeries, values: e.counts.map { spikeDays.contains($0.day) ? Double($0.followers) : nil })
            return figure(o, LineChart(categories: e.counts.map { dates.short($0.day) }, series: [followers, spikes],
                                       format: chartFormat(.count, page.format), options: o).render())
        case .foreignAudience:
            guard let e = a.foreignAudience.evidence else { return nil }
            var o = chartOptions(text.audienceTitle(handle))
            o.labels = true
            let categories = e.shares.map { $0.isTarget ? text.target($0.country) : $0.country }
            return figure(o, BarChart(categories: categories, series: [ChartSeries(name: text.audienceSeries, values: e.shares.map { $0.share * 100 })],
                                      orientation: .horizontal, stacked: false, format: chartFormat(.percent, page.format), options: o).render())
        case .commentPods:
            guard let e = a.commentPods.evidence else { return nil }
            let head = text.podHeadings.map { HTML.element("th", [("scope", "col")], [.text($0)]) }
            // The repeated texts in one buffer: a pod can repeat hundreds.
            var rows = HTMLBuffer(capacity: 128 * e.repeatedTexts.count)
            rows.newline()
            for t in e.repeatedTexts {
                rows.open("tr")
                rows.open("td")
                rows.text(t.text)
                rows.close("td")
                rows.open("td", "class", "num")
                rows.text(page.format.number(Double(t.count), decimals: 0))
                rows.close("td")
                rows.close("tr")
                rows.newline()
            }
            return DirectiveRenderer.tableWrap(text.podsTitle(handle), .element("table", [("class", "data")], [
                .raw("\n"), .element("caption", [], [.text(text.podsTitle(handle))]), .raw("\n"),
                .element("thead", [], [.element("tr", [], head)]), .raw("\n"), .element("tbody", [], [rows.html]), .raw("\n"),
            ]))
        }
    }

    mutating func chartOptions(_ title: String) -> ChartOptions {
        chartCount += 1
        var o = ChartOptions(id: "chart-\(chartCount)", title: title)
        o.words = words
        return o
    }

    func figure(_ options: ChartOptions, _ output: ChartOutput) -> HTML {
        .element("figure", [("class", "chart")], [
            .raw("\n"), .element("figcaption", [], [.text(options.title)]), .raw("\n"), DirectiveRenderer.chartBox(options, output), .raw("\n"),
        ])
    }
}
