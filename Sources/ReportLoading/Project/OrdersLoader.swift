import ReportCore

/// orders.csv in its generic form, a Shopify orders export or a WooCommerce Analytics
/// orders export (data-format.md §5, §12). The header decides.
enum OrdersLoader {
    static let required = ["order_id", "date", "revenue"]
    static let shopifyRequired = ["name", "created at", "total", "discount code"]
    static let wooRequired = ["date", "order #", "status", "coupon(s)", "net sales"]

    enum Dialect { case generic, shopify, woocommerce }

    static func dialect(header: [String]) -> Dialect {
        let names = Set(header.map { $0.lowercased() })
        if shopifyRequired.allSatisfy(names.contains) { return .shopify }
        if wooRequired.allSatisfy(names.contains) { return .woocommerce }
        return .generic
    }

    /// The columns this header must have; the two exports are platform exports.
    static func shape(header: [String]) -> FileShape {
        switch dialect(header: header) {
        case .shopify: return FileShape(required: shopifyRequired, platformExport: true)
        case .woocommerce: return FileShape(required: wooRequired, platformExport: true)
        case .generic: return FileShape(required: required)
        }
    }

    static func load(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Order]? {
        context.ids.reserve(table.reader.bodyLineFeeds())
        switch dialect(header: table.reader.header) {
        case .shopify: return loadShopify(table, context, into: collector)
        case .woocommerce: return loadWooCommerce(table, context, into: collector)
        case .generic: return loadGeneric(table, context, into: collector)
        }
    }

    static func checkCurrency(_ cells: inout CSVCells, column: CSVColumn, campaign: Campaign) {
        if let currency = cells.text(column), currency.uppercased() != campaign.currency {
            cells.error(column, "expected \(campaign.currency), the campaign's currency, found \"\(currency)\" (a report never mixes currencies)")
        }
    }

    /// Shopify writes one row per line item and fills the order columns on the first row of
    /// each order only; `voided` and `refunded` orders are not sales; a `partially_refunded`
    /// order counts `Total − Refunded Amount`.
    static func loadShopify(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Order]? {
        let owners = codeOwners(context.campaign)
        var orders: [Order] = []
        var seen = Set<String>()
        let nameColumn = table.resolve("name"), createdAt = table.resolve("created at"), total = table.resolve("total")
        let currency = table.resolve("currency"), financialStatus = table.resolve("financial status")
        let refundedAmount = table.resolve("refunded amount"), discountCode = table.resolve("discount code")
        let complete = table.forEachRow(into: collector) { cells in
            guard let name = cells.required(nameColumn) else { return }
            // Later line items of an order add nothing to the count or the revenue.
            guard seen.insert(name).inserted else { return }
            let date = cells.requiredDateTime(createdAt, clock: context.dates)
            var revenue = cells.requiredNumber(total)
            checkCurrency(&cells, column: currency, campaign: context.campaign)
            let status = cells.text(financialStatus)?.lowercased()
            if !isShopifySale(status) { return }
            if status == "partially_refunded", let total = revenue {
                revenue = total - (cells.number(refundedAmount) ?? 0)
            }
            if let first = context.ids.register(name, file: table.file, line: cells.line) {
                cells.error(nameColumn, "duplicate order \"\(name)\": already used on \(first)")
            }
            guard !cells.hasErrors, let date, let revenue else { return }
            let code = cells.text(discountCode).map { stackedCode($0, owners: owners, cells: &cells) }
            orders.append(Order(id: name, date: date.day, revenue: revenue, promoCode: code, line: cells.line))
        }
        return complete ? orders : nil
    }

    /// Promo code (lower-cased) → the handle of the influencer it is the code of.
    static func codeOwners(_ campaign: Campaign) -> [String: String] {
        var owners: [String: String] = [:]
        for influencer in campaign.influencers {
            for code in influencer.promoCodes where owners[code.lowercased()] == nil { owners[code.lowercased()] = influencer.handle }
        }
        return owners
    }

    /// The codes of a Shopify `Discount Code` cell: stacked discounts are written
    /// `CODE1 + CODE2` or `CODE1, CODE2` (data-format.md §12).
    public static func stackedCodes(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "+" || $0 == "," }).map { CSVReader.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// The code an order is attributed by: the first of the cell's codes that is an
    /// influencer's (a warning when the codes of two influencers are stacked), else the first.
    static func stackedCode(_ cell: String, owners: [String: String], cells: inout CSVCells) -> String {
        let codes = stackedCodes(cell)
        guard codes.count > 1 else { return codes.first ?? cell }
        let owned = codes.compactMap { code in owners[code.lowercased()].map { (code: code, handle: $0) } }
        guard let first = owned.first else { return codes[0] }
        if let other = owned.first(where: { Influencer.key($0.handle) != Influencer.key(first.handle) }) {
            cells.warning("column \"Discount Code\": \"\(cell)\" stacks the codes of \(first.handle) (\(first.code)) and \(other.handle) (\(other.code)): the order is attributed to \(first.handle), whose code comes first")
        }
        return first.code
    }

    /// WooCommerce Analytics: `Coupon(s)` may list several codes (the influencer's is kept);
    /// status refunded, cancelled or failed is not a sale.
    static func loadWooCommerce(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Order]? {
        let codes = Set(context.campaign.influencers.flatMap(\.promoCodes).map { $0.lowercased() })
        var orders: [Order] = []
        let orderNumber = table.resolve("order #"), statusColumn = table.resolve("status"), dateColumn = table.resolve("date")
        let netSales = table.resolve("net sales"), couponsColumn = table.resolve("coupon(s)")
        let complete = table.forEachRow(into: collector) { cells in
            let id = cells.required(orderNumber)
            let status = cells.text(statusColumn)?.lowercased() ?? ""
            if notSales.contains(status) { return }
            let date = cells.requiredDateTime(dateColumn, clock: context.dates)
            let revenue = cells.requiredNumber(netSales, nonNegative: false)
            let coupons = (cells.text(couponsColumn) ?? "").split(separator: ",").map { CSVReader.trimmed(String($0)) }.filter { !$0.isEmpty }
            let coupon = coupons.first { codes.contains($0.lowercased()) } ?? coupons.first
            if let id, let first = context.ids.register(id, file: table.file, line: cells.line) {
                cells.error(orderNumber, "duplicate order \"\(id)\": already used on \(first)")
            }
            guard !cells.hasErrors, let id, let date, let revenue else { return }
            orders.append(Order(id: id, date: date.day, revenue: revenue, promoCode: coupon, line: cells.line))
        }
        return complete ? orders : nil
    }

    /// A Shopify order whose `Financial Status` is `voided` or `refunded` is not a sale.
    static func isShopifySale(_ status: String?) -> Bool { status != "voided" && status != "refunded" }

    /// WooCommerce statuses that are not a sale.
    static let notSales: Set<String> = ["refunded", "cancelled", "canceled", "failed"]

    static func loadGeneric(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Order]? {
        let known = Set(context.campaign.influencers.map(\.key))
        var orders: [Order] = []
        let orderID = table.resolve("order_id"), dateColumn = table.resolve("date"), revenueColumn = table.resolve("revenue")
        let currency = table.resolve("currency"), influencerColumn = table.resolve("influencer"), promoCode = table.resolve("promo_code")
        let utmCampaign = table.resolve("utm_campaign"), utmContent = table.resolve("utm_content")
        let complete = table.forEachRow(into: collector) { cells in
            let id = cells.required(orderID)
            let date = cells.requiredDateTime(dateColumn, clock: context.dates)
            let revenue = cells.requiredNumber(revenueColumn, nonNegative: false)
            checkCurrency(&cells, column: currency, campaign: context.campaign)
            var influencerKey: String?
            if let handle = cells.text(influencerColumn) {
                influencerKey = Influencer.key(handle)
                if !known.contains(influencerKey ?? "") {
                    cells.error(influencerColumn, "unknown handle \"\(handle)\": expected one of the campaign's influencers")
                }
            }
            if let id, let first = context.ids.register(id, file: table.file, line: cells.line) {
                cells.error(orderID, "duplicate order id \"\(id)\": already used on \(first)")
            }
            guard !cells.hasErrors, let id, let date, let revenue else { return }
            orders.append(Order(
                id: id, date: date.day, revenue: revenue, promoCode: cells.text(promoCode),
                utmCampaign: cells.text(utmCampaign), utmContent: cells.text(utmContent),
                influencerKey: influencerKey, line: cells.line
            ))
        }
        return complete ? orders : nil
    }
}
