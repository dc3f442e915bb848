import ReportCore

/// orders.csv in its generic form (data-format.md §5).
enum OrdersLoader {
    static let required = ["order_id", "date", "revenue"]

    static func load(_ table: CSVTable, campaign: Campaign, dates: DateReader) throws(DiagnosticList) -> ([Order], [Diagnostic]) {
        let known = Set(campaign.influencers.map(\.key))
        var orders: [Order] = []
        var seen: [String: Int] = [:]
        let diagnostics = try table.forEachRow { cells in
            let id = cells.required("order_id")
            let date = cells.required("date") == nil ? nil : cells.dateTime("date", clock: dates)
            let revenue = cells.required("revenue") == nil ? nil : cells.number("revenue", nonNegative: false)
            if let currency = cells.text("currency"), currency.uppercased() != campaign.currency {
                cells.error("currency", "expected \(campaign.currency), the campaign's currency, found \"\(currency)\" (a report never mixes currencies)")
            }
            var influencerKey: String?
            if let handle = cells.text("influencer") {
                influencerKey = Influencer.key(handle)
                if !known.contains(influencerKey ?? "") {
                    cells.error("influencer", "unknown handle \"\(handle)\": expected one of the campaign's influencers")
                }
            }
            if let id {
                if let first = seen[id] {
                    cells.error("order_id", "duplicate order id \"\(id)\": already used on line \(first)")
                } else {
                    seen[id] = cells.line
                }
            }
            guard !cells.hasErrors, let id, let date, let revenue else { return }
            orders.append(Order(
                id: id, date: date.day, revenue: revenue, promoCode: cells.text("promo_code"),
                utmCampaign: cells.text("utm_campaign"), utmContent: cells.text("utm_content"),
                influencerKey: influencerKey, line: cells.line
            ))
        }
        return (orders, diagnostics)
    }
}
