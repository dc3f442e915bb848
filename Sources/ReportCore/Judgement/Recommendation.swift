/// One recommendation of kpis.md §11, as kpis.json `recommendations` carries it (§12):
/// a rule name, the handles it names, the money at stake and one sentence quoting its numbers.
public struct Recommendation: Codable, Sendable, Hashable {
    /// The rules of kpis.md §11. Declaration order is the tie-break order of the list.
    public enum Rule: String, Codable, Sendable, Hashable, CaseIterable {
        case rankPrimary = "rank_primary"
        case costlyProfile = "costly_profile"
        case bestFormat = "best_format"
        case bestTiming = "best_timing"
        case platform
        case fraudFlag = "fraud_flag"
        case missedTarget = "missed_target"
        case budgetShift = "budget_shift"

        /// Position in `allCases`, for sorting equal amounts.
        var order: Int { Rule.allCases.firstIndex(of: self) ?? Rule.allCases.count }
    }

    public let rule: Rule
    /// Handles as written in campaign.yaml, without `@`, in the order the text names them.
    public let influencers: [String]
    /// Money at stake in the campaign currency; nil for rules that put no amount on the table
    /// (docs/kpis.md "Recommendations" defines each amount).
    public let amount: Double?
    /// One sentence in the project's locale, numbers formatted as the page formats them.
    public let text: String

    public init(rule: Rule, influencers: [String], amount: Double?, text: String) {
        self.rule = rule
        self.influencers = influencers
        self.amount = amount
        self.text = text
    }
}
