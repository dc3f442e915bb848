/// One recommendation of kpis.md §11, as kpis.json `recommendations` carries it (§12):
/// a rule name, the handles it names, the money at stake and what the rule found. The core
/// holds the numbers; the site phrases them in the project's language (`Recommendation.text`
/// in ReportSite), formatted as the page formats them.
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

    /// Best and worst influencer on one figure.
    public struct Ranking: Codable, Sendable, Hashable {
        public let kpi: KPI
        public let top: String, topValue: Double
        public let bottom: String, bottomValue: Double
    }

    /// A weekday (0 is Monday) or an hour, with its engagement rate and post count.
    public struct Slot: Codable, Sendable, Hashable {
        public let index: Int
        public let rate: Double
        public let posts: Int
    }

    /// What a rule found, with every number its sentence quotes. Handles are without `@`; an
    /// amount at stake is the recommendation's `amount`.
    public enum Finding: Codable, Sendable, Hashable {
        /// The primary KPI, then the cost figure, each when it has two differing candidates.
        case ranking([Ranking])
        /// `factor` × the campaign's cost figure.
        case costlyProfile(handle: String, kpi: KPI, value: Double, factor: Double, campaign: Double)
        /// Engagement rate of the best format against the campaign's.
        case bestFormat(format: String, rate: Double, posts: Int, campaign: Double)
        case bestTiming(day: Slot?, hour: Slot?, campaign: Double)
        /// `best` and `worst` are platform display names; the primary figures may be n/a.
        case platform(best: String, worst: String, kpi: KPI, bestValue: Double, worstValue: Double,
                      primary: KPI, bestPrimary: Double?, worstPrimary: Double?, campaign: Double?)
        /// Fraud flag names (kpis.md §8), sorted and unique.
        case fraudFlag(handle: String, flags: [String])
        case missedTarget(kpi: Measure, actual: Double, target: Double, gap: Double, gapPercent: Double?)
        case budgetShift(from: String, to: String, kpi: KPI, fromValue: Double, factor: Double, campaign: Double, toValue: Double)
    }

    public let rule: Rule
    /// Handles as written in campaign.yaml, without `@`, in the order the text names them.
    public let influencers: [String]
    /// Money at stake in the campaign currency; nil for rules that put no amount on the table
    /// (docs/kpis.md "Recommendations" defines each amount).
    public let amount: Double?
    public let finding: Finding

    public init(rule: Rule, influencers: [String], amount: Double?, finding: Finding) {
        self.rule = rule
        self.influencers = influencers
        self.amount = amount
        self.finding = finding
    }
}
