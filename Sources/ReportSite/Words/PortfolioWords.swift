/// The portfolio's words (site.md `index.html`): the cost figure of each campaign, its targets,
/// and what the rows by platform and by quarter add up to.
protocol PortfolioWords: Sendable {
    /// `2 of 3 met` / `2 atteints sur 3`; `total` > 0.
    func targetsMet(_ met: Int, of total: Int) -> String
    /// The row under a split by platform or quarter that holds every campaign of a currency.
    var campaignsTotalRow: String { get }
    /// Under the tables by platform and by quarter: the ROI is over the campaigns with orders.
    /// `excluded` names the campaigns without orders (their spend is in the spend column only);
    /// `withOrders` counts the others.
    func roiOverCampaignsWithOrders(withOrders: Int, excluded: [String]) -> String
    /// Under the table by quarter: its ROI follows the rule said under the table by platform.
    var quarterROISameRule: String { get }
    /// Under the table by platform: the rows, with the spend tied to no creator, add up to the total.
    var platformRowsAddUp: String { get }
}
