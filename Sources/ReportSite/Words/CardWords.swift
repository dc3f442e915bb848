/// The creator card's words (site.md `influencers/<slug>/index.html`): the comparison with the
/// creator's own average and the month charts that have a single value.
protocol CardWords: Sendable {
    /// With one campaign there is no average to compare with yet.
    var comparisonStartsNext: String { get }
    /// Over the "against her own average" table: each campaign against the mean of the earlier ones.
    var comparisonLead: String { get }
    /// A month figure reported for one month only: its value, said instead of a chart of one point.
    /// `label` is the chart's title ("Reach by month"), `month` as the table shows it.
    func singleMonth(_ label: String, value: String, month: String) -> String
    /// An amount whose currencies do not each have two months to draw: every value said, in its
    /// currency ("CPA: €300.00 in May 2026, $250.00 in June 2026.").
    func monthValues(_ label: String, values: [(value: String, month: String)]) -> String
    /// Below the month table when it shows months without activity.
    func emptyMonths(_ count: Int) -> String
}
