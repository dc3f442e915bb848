import ReportCharts
import ReportCore

/// The steps of a ` ```chart ` funnel from one row, each rate from the previous step on the
/// basis its KPI card uses. Link clicks over reach is the CTR: Σ link clicks ÷ Σ reach over the
/// posts that report both (kpis.md §1, §4), not the ratio of the reach and link-click totals,
/// which add up different posts; the funnel shows the CTR card's figure and says so.
enum FunnelSteps {
    /// A rate KPI that measures step `to` against step `from`. `postsReportingBoth`: it counts
    /// only the posts that report both fields; otherwise it is the ratio of the two totals.
    struct Rate {
        let from: KPI, to: KPI, kpi: KPI, postsReportingBoth: Bool
    }

    static let rates = [
        Rate(from: .reach, to: .linkClicks, kpi: .ctr, postsReportingBoth: true),
        Rate(from: .reach, to: .engagements, kpi: .engagementRate, postsReportingBoth: true),
        Rate(from: .views, to: .longViews, kpi: .longViewRate, postsReportingBoth: true),
        // conversions ÷ clicks; clicks are the link clicks whenever a post reports them (kpis.md §4),
        // and a rate is drawn only when both steps are reported.
        Rate(from: .linkClicks, to: .conversions, kpi: .conversionRate, postsReportingBoth: false),
        Rate(from: .clicks, to: .conversions, kpi: .conversionRate, postsReportingBoth: false),
    ]

    /// How the posts-reporting-both basis reads on the chart (the methodology's words).
    static func postsReportingBoth(_ locale: ReportLocale) -> String { locale.words.postsReportingBoth }

    /// One step per y field. A pair without a rate KPI in `schema` gets the ratio of its totals,
    /// which the chart states as such.
    static func steps(_ ys: [FieldRef], row: Dataset.Row?, data: Dataset, locale: ReportLocale) -> [FunnelChart.Step] {
        ys.indices.map { i in
            let y = ys[i]
            var step = FunnelChart.Step(label: y.measure?.label(locale) ?? y.name, value: row.flatMap { data.number($0, y) })
            guard i > 0, case .kpi(let from)? = ys[i - 1].measure, case .kpi(let to)? = y.measure,
                  let rate = rates.first(where: { $0.from == from && $0.to == to }), data.schema.kpis.contains(rate.kpi) else { return step }
            step.rate = FunnelChart.KPIRate(name: rate.kpi.label(locale), value: row?.kpis[rate.kpi],
                                            basis: rate.postsReportingBoth ? postsReportingBoth(locale) : nil)
            return step
        }
    }
}
