/// The numbers behind `foreign_audience` (kpis.md §8): the audience shares the influencer
/// listed (campaign.yaml `audience_countries`) against the campaign's `target_countries`.
/// Unlisted countries are not guessed: the foreign share is the sum of the listed shares
/// outside the targets. A share equal to the limit is not flagged (the rule says ">").
public struct ForeignAudienceEvidence: Sendable, Hashable {
    /// One listed country of `audience_countries`.
    public struct CountryShare: Sendable, Hashable {
        /// Upper-case ISO 3166 alpha-2 code.
        public let country: String
        /// Share of the audience, 0–1.
        public let share: Double
        /// The country is one of the campaign's target countries.
        public let isTarget: Bool
    }

    /// Every listed country, sorted by code.
    public let shares: [CountryShare]
    /// campaign.yaml `target_countries`, upper-case, in the order written.
    public let targetCountries: [String]
    /// Sum of the listed shares of countries outside the targets (0–1, summed in code order).
    public let foreignShare: Double
    /// report.yaml `fraud.foreign_share`.
    public let limit: Double

    init(shares: [CountryShare], targetCountries: [String], foreignShare: Double, limit: Double) {
        self.shares = shares
        self.targetCountries = targetCountries
        self.foreignShare = foreignShare
        self.limit = limit
    }

    public var isFlagged: Bool { FraudRules.exceeds(foreignShare, limit) }
}
