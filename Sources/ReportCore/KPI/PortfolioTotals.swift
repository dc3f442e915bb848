/// The portfolio's sums (site.md `index.html`): spend by platform and by quarter, each amount in
/// its own currency, and the ROI of a group over the campaigns that have orders only — the
/// spend of a campaign without orders (an awareness launch) has no revenue to set against it,
/// and dividing other campaigns' revenue by it would rank platforms by their mix of objectives.
public enum PortfolioTotals {
    /// One campaign's part of a group: its figures, or those of one of its platforms.
    public struct Part: Sendable {
        public let kpis: KPIValues
        /// The campaign has orders (an orders file): its revenue and spend count in the ROI.
        public let hasOrders: Bool
        /// A platform row with no creator of the campaign on it (only posts): it has no spend,
        /// which is 0 in the sum, not unknown.
        public let noCreators: Bool

        public init(kpis: KPIValues, hasOrders: Bool, noCreators: Bool = false) {
            self.kpis = kpis
            self.hasOrders = hasOrders
            self.noCreators = noCreators
        }
    }

    /// A campaign has orders when its revenue is known: an orders file was read (kpis.md §1,
    /// no file is not zero). A campaign with the file and no attributed order does count, at 0.
    public static func hasOrders(_ campaign: KPIValues) -> Bool { campaign[.revenue] != nil }

    /// spend (every part; n/a when one part's is), revenue and conversions (parts with orders),
    /// reach, and roi = revenue / spend over the parts with orders (n/a when one of those has
    /// an unknown spend, or none has orders).
    public static func sum(_ parts: [Part]) -> KPIValues {
        var k = KPIValues()
        func total(_ values: [Double?]) -> Double? {
            values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
        }
        func known(_ values: [Double?]) -> Double? {
            let present = values.compactMap { $0 }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        let spends = parts.map { $0.noCreators && $0.kpis[.spend] == nil ? 0 : $0.kpis[.spend] }
        k[.spend] = parts.isEmpty ? nil : total(spends)
        let withOrders = parts.indices.filter { parts[$0].hasOrders }
        if !withOrders.isEmpty {
            let revenue = known(withOrders.map { parts[$0].kpis[.revenue] })
            k[.revenue] = revenue
            k[.conversions] = known(withOrders.map { parts[$0].kpis[.conversions] })
            k[.roi] = ratio(revenue, total(withOrders.map { spends[$0] }))
        }
        k[.reach] = known(parts.map { $0.kpis[.reach] })
        return k
    }

    /// The spend tied to no creator of the campaigns of one currency (kpis.md §4
    /// `spend_unassigned`): what the rows by platform leave out. n/a when one campaign's is
    /// (a creator's costs unknown); nil result when every campaign's is 0 (no row needed).
    public static func unassigned(_ campaigns: [KPIValues]) -> (campaigns: Int, spend: Double?)? {
        if campaigns.contains(where: { $0[.spendUnassigned] == nil }) {
            return (campaigns.filter { ($0[.spendUnassigned] ?? 1) > 0 }.count, nil)
        }
        let parts = campaigns.compactMap { $0[.spendUnassigned] }.filter { $0 > 0 }
        return parts.isEmpty ? nil : (parts.count, parts.reduce(0, +))
    }
}
