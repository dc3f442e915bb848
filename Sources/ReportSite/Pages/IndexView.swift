import ReportCore

/// What the portfolio page needs of each campaign; kept small so a large project's index
/// does not hold every campaign's rows.
public struct CampaignSummary: Codable, Sendable {
    public let id: String
    public let name: String
    public let brand: String?
    public let objective: Objective
    public let window: DayRange
    public let currency: String
    public let kpis: KPIValues
    public let posts: Int
    /// Keys still provisional on the report date.
    public let provisional: Set<Measure>
    /// The target set on the primary KPI, if any, with its status.
    public let primaryTarget: ObjectiveSummary.Target?
    /// Spend, revenue and ROI by platform, for the portfolio's totals.
    public let platforms: [CampaignKPIs.PlatformRow]
    /// For the internal benchmark of `mention_compliance`, compared only between campaigns asking the same.
    public var requiredMentions: [String] = []
}

/// The portfolio page's view model.
struct IndexView {
    let title: String
    let campaigns: [CampaignSummary]
    let locale: ReportLocale
    let benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?

    func context() -> [String: Any] {
        let dates = DateFormat(locale: locale)
        return [
            "title": title,
            "campaign_count": String(campaigns.count),
            // "1 campaign", "3 campagnes": the count with its noun, in the page's language.
            "campaign_count_words": locale.words.campaigns(campaigns.count),
            "has_several_currencies": Set(campaigns.map(\.currency)).count > 1,
            "campaigns": byDate.map { c -> [String: Any] in
                let format = NumberFormat(locale: locale, currency: c.currency)
                let primary = c.objective.primaryKPI
                let unit = primary.unit
                var item: [String: Any] = [
                    "name": c.name,
                    "link": "campaigns/" + IndexView.percentEncoded(c.id) + "/index.html",
                    "download": "downloads/" + IndexView.percentEncoded(c.id) + ".html",
                    "objective": Labels.objective(c.objective, locale),
                    "period": dates.format(c.window),
                    "primary_label": primary.label(locale),
                    "primary_value": format.format(c.kpis[primary], unit: unit),
                    "spend": format.format(c.kpis[.spend], unit: .money),
                    "roi": format.format(c.kpis[.roi], unit: .ratio),
                    "primary_provisional": c.provisional.contains(.kpi(primary)),
                    "spend_provisional": c.provisional.contains(.kpi(.spend)),
                    "roi_provisional": c.provisional.contains(.kpi(.roi)),
                ]
                if let brand = c.brand { item["brand"] = brand }
                return item
            },
        ]
    }

    /// Campaigns by start date (then id).
    var byDate: [CampaignSummary] {
        campaigns.sorted { $0.window.start != $1.window.start ? $0.window.start < $1.window.start : $0.id < $1.id }
    }

    /// Sums of spend, revenue, conversions and reach with the ROI they give; amounts of
    /// different currencies are kept in rows of their own.
    static func totals(_ parts: [KPIValues]) -> KPIValues {
        var k = KPIValues()
        func sum(_ kpi: KPI) -> Double? {
            let values = parts.compactMap { $0[kpi] }
            return values.isEmpty ? nil : values.reduce(0, +)
        }
        // A sum with an unknown part is unknown: one campaign or platform with unknown costs
        // makes the total spend n/a (kpis.md §4).
        k[.spend] = parts.contains { $0[.spend] == nil } ? nil : sum(.spend)
        k[.revenue] = sum(.revenue)
        k[.conversions] = sum(.conversions)
        k[.reach] = sum(.reach)
        k[.roi] = ratio(k[.revenue], k[.spend])
        return k
    }

    func pageData() -> PageData {
        let dates = DateFormat(locale: locale)
        let rows = byDate.map { c in
            let format = NumberFormat(locale: locale, currency: c.currency)
            let primary = c.objective.primaryKPI
            let target = c.primaryTarget
            return Dataset.Row(text: [
                c.name, c.name, Labels.objective(c.objective, locale), c.brand ?? "", dates.format(c.window.start), dates.format(c.window.end),
                c.currency, Labels.quarter(c.window.start, locale), primary.label(locale), format.format(c.kpis[primary], unit: primary.unit),
                target.map { format.format($0.target, unit: primary.unit) } ?? format.notAvailable,
                target.map { Labels.status($0.status, locale) } ?? locale.words.noTarget,
            ], kpis: c.kpis, currency: c.currency)
        }
        var byPlatform: [String: (platform: Platform, currency: String, campaigns: Set<String>, parts: [KPIValues])] = [:]
        var byQuarter: [String: (quarter: String, start: Day, currency: String, campaigns: Int, parts: [KPIValues])] = [:]
        for c in campaigns {
            for p in c.platforms {
                let key = p.platform.name + "|" + c.currency
                byPlatform[key, default: (p.platform, c.currency, [], [])].parts.append(p.kpis)
                byPlatform[key]?.campaigns.insert(c.id)
            }
            let quarter = Labels.quarter(c.window.start, locale)
            let key = quarter + "|" + c.currency
            byQuarter[key, default: (quarter, c.window.start, c.currency, 0, [])].campaigns += 1
            byQuarter[key]?.parts.append(c.kpis)
            if let start = byQuarter[key]?.start, c.window.start < start { byQuarter[key]?.start = c.window.start }
        }
        let platforms = byPlatform.values.sorted { ($0.platform.name, $0.currency) < ($1.platform.name, $1.currency) }.map { p in
            Dataset.Row(text: [p.platform.displayName, p.currency, String(p.campaigns.count)], kpis: IndexView.totals(p.parts), currency: p.currency)
        }
        // Per currency, the spend the budgets hold beyond the creators' costs, so the platform
        // rows add up to the campaigns' spend (kpis.md §4).
        var unassigned: [String: (campaigns: Int, spend: Double)] = [:]
        for c in campaigns {
            guard let part = c.kpis[.spendUnassigned], part > 0 else { continue }
            unassigned[c.currency, default: (0, 0)].campaigns += 1
            unassigned[c.currency, default: (0, 0)].spend += part
        }
        let unassignedRows = unassigned.keys.sorted().compactMap { currency -> Dataset.Row? in
            guard let u = unassigned[currency] else { return nil }
            var k = KPIValues()
            k[.spend] = u.spend
            return Dataset.Row(text: [locale.words.spendUnassignedRow, currency, String(u.campaigns)], kpis: k, currency: currency)
        }
        let quarters = byQuarter.values.sorted { ($0.start, $0.currency) < ($1.start, $1.currency) }.map { q in
            Dataset.Row(text: [q.quarter, q.currency, String(q.campaigns)], kpis: IndexView.totals(q.parts), currency: q.currency)
        }
        // Each row's money is formatted in its own currency; the page's format is only a default.
        let currencies = Set(campaigns.map(\.currency))
        let currency = currencies.count == 1 ? (currencies.first ?? "EUR") : "EUR"
        return PageData(kind: .index, datasets: [
            Dataset(schema: .campaigns, rows: rows), Dataset(schema: .platformTotals, rows: platforms, footer: unassignedRows),
            Dataset(schema: .quarters, rows: quarters),
        ], format: NumberFormat(locale: locale, currency: currency), benchmark: benchmark)
    }

    /// Campaign ids are folder names; in a link they are percent-encoded so no character
    /// can end the link or start a scheme.
    static func percentEncoded(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
