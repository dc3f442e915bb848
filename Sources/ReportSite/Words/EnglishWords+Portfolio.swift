/// en-US: the portfolio's words.
extension EnglishWords {
    func targetsMet(_ met: Int, of total: Int) -> String { "\(met) of \(total) met" }

    var campaignsTotalRow: String { "All campaigns" }

    func roiOverCampaignsWithOrders(withOrders: Int, excluded: [String]) -> String {
        if withOrders == 0 { return "No campaign has orders: there is no ROI (ROAS) to compute." }
        let over = "ROI (ROAS) is revenue over the spend of the campaigns that have orders"
        guard !excluded.isEmpty else { return over + " — here every campaign." }
        let names = excluded.joined(separator: ", ")
        let verb = excluded.count == 1 ? "has" : "have"
        return over + " (\(EnglishWords.count(withOrders, "campaign"))): \(names) \(verb) no orders and \(excluded.count == 1 ? "its" : "their") spend stays in the Spend column only."
    }

    var quarterROISameRule: String { "ROI (ROAS) by quarter follows the same rule: over the campaigns that have orders." }

    var platformRowsAddUp: String {
        "Each creator's costs count under their main platform; with the spend tied to no creator, the rows add up to the total of the campaigns."
    }

    /// `1 campaign`, `3 campaigns`.
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
