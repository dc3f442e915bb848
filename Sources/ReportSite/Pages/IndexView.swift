import ReportCore

/// What the portfolio page needs of each campaign; kept small so a large project's index
/// does not hold every campaign's rows.
public struct CampaignSummary: Sendable {
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
            "campaigns": campaigns.map { c -> [String: Any] in
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

    func pageData() -> PageData {
        let dates = DateFormat(locale: locale)
        let rows = campaigns.map { c in
            Dataset.Row(text: [c.name, c.name, Labels.objective(c.objective, locale), c.brand ?? "", dates.format(c.window.start),
                               dates.format(c.window.end), c.currency], kpis: c.kpis, currency: c.currency)
        }
        // Amounts of campaigns in several currencies are never added up; each row's money is
        // formatted in its own currency.
        let currencies = Set(campaigns.map(\.currency))
        let currency = currencies.count == 1 ? (currencies.first ?? "EUR") : "EUR"
        return PageData(kind: .index, datasets: [Dataset(schema: .campaigns, rows: rows)],
                        format: NumberFormat(locale: locale, currency: currency), benchmark: benchmark)
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
