import ReportCore

/// orders.csv in its generic form, or a Shopify orders export (data-format.md §5).
enum OrdersLoader {
    static let required = ["order_id", "date", "revenue"]
    static let shopifyRequired = ["name", "created at", "total", "discount code"]

    /// The required columns for this header: Shopify's when its header says so.
    static func requiredColumns(header: [String]) -> [String] {
        let names = Set(header.map { $0.lowercased() })
        return shopifyRequired.allSatisfy(names.contains) ? shopifyRequired : required
    }

    static func load(_ table: CSVTable, campaign: Campaign, dates: DateReader) throws(DiagnosticList) -> ([Order], [Diagnostic]) {
        if shopifyRequired.allSatisfy(table.has) {
            return try loadShopify(table, campaign: campaign, dates: dates)
        }
        return try loadGeneric(table, campaign: campaign, dates: dates)
    }

    /// Shopify writes one row per line item and fills the order columns on the first row of
    /// each order only; `voided` and `refunded` orders are not sales; a `partially_refunded`
    /// order counts `Total − Refunded Amount`.
    static func loadShopify(_ table: CSVTable, campaign: Campaign, dates: DateReader) throws(DiagnosticList) -> ([Order], [Diagnostic]) {
        var orders: [Order] = []
        var seen = Set<String>()
        let diagnostics = try table.forEachRow { cells in
            guard let name = cells.required("name") else { return }
            // Later line items of an order add nothing to the count or the revenue.
            guard seen.insert(name).inserted else { return }
            let date = cells.required("created at") == nil ? nil : cells.dateTime("created at", clock: dates)
            var revenue = cells.required("total") == nil ? nil : cells.number("total")
            if let currency = cells.text("currency"), currency.uppercased() != campaign.currency {
                cells.error("currency", "expected \(campaign.currency), the campaign's currency, found \"\(currency)\" (a report never mixes currencies)")
            }
            let status = cells.text("financial status")?.lowercased()
            if status == "voided" || status == "refunded" { return }
            if status == "partially_refunded", let total = revenue {
                revenue = total - (cells.number("refunded amount") ?? 0)
            }
            guard !cells.hasErrors, let date, let revenue else { return }
            orders.append(Order(id: name, date: date.day, revenue: revenue, promoCode: cells.text("discount code"), line: cells.line))
        }
        return (orders, diagnostics)
    }

    static func loadGeneric(_ table: CSVTable, campaign: Campaign, dates: DateReader) throws(DiagnosticList) -> ([Order], [Diagnostic]) {
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
