import ReportCore

/// One tier's side of a comparison (kpis.md §7 Tiers): its figure as the table shows it and the
/// creators and posts behind it.
struct TierSide {
    let tier: Tier
    /// The figure, formatted as the page shows it.
    let value: String
    let creators: Int
    let posts: Int
    /// The counts formatted as the page shows them.
    let creatorsText: String
    let postsText: String
}

/// The words of the tier comparison (section "Nano, micro, macro" of a campaign page and of the
/// portfolio): the sentence that says what the comparison shows, with its numbers.
protocol TierWords {
    /// A tier's creators as a sentence names them, lower case: `micro creators` / `micro-influenceurs`.
    func tierCreators(_ tier: Tier) -> String
    /// The compared figure as a sentence names it (`ROI (ROAS)`, `CPM`, `engagement rate on followers`).
    func tierFigure(_ kpi: KPI) -> String
    /// The tier with the best value and the one with the worst, each with its creators and posts:
    /// "Micro creators had the highest ROI (ROAS), 4.60, and macro creators the lowest, 1.20: …".
    /// `higherIsBetter` is false for a cost (the best is the lowest).
    func tierComparison(figure: String, higherIsBetter: Bool, best: TierSide, worst: TierSide) -> String
    /// Every compared tier shows the same value.
    func tierSame(figure: String, value: String) -> String
    /// The tiers without the figure (n/a), after the comparison.
    func tierWithout(figure: String, tiers: [Tier]) -> String
    /// Under the portfolio's table by tier: how tiers are pooled over campaigns.
    var tierPortfolioNote: String { get }
}
