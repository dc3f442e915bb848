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
    /// Every target of campaign.yaml with its status, for "2 of 3 met".
    public let targets: [ObjectiveSummary.Target]
    /// Spend, revenue and ROI by platform, for the portfolio's totals.
    public let platforms: [CampaignKPIs.PlatformRow]
    /// For the internal benchmark of `mention_compliance`, compared only between campaigns asking the same.
    public var requiredMentions: [String] = []
    /// kpis.md §7: the campaign's groups by tier, for the portfolio's comparison across campaigns.
    public var tiers: [CampaignKPIs.TierRow] = []
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
                    "cost_label": c.objective.costKPI.label(locale),
                    "cost_value": format.format(c.kpis[c.objective.costKPI], unit: c.objective.costKPI.unit),
                    "cost_provisional": c.provisional.contains(.kpi(c.objective.costKPI)),
                    "primary_provisional": c.provisional.contains(.kpi(primary)),
                    "spend_provisional": c.provisional.contains(.kpi(.spend)),
                    "roi_provisional": c.provisional.contains(.kpi(.roi)),
                ]
                if let brand = c.brand { item["brand"] = brand }
                if !c.targets.isEmpty { item["targets_met"] = targetsMet(c) }
                // Net ROI only where a gross margin gives it (kpis.md §4): no "n/a" for every campaign without one.
                if let net = c.kpis[.netROI] {
                    item["net_roi"] = Labels.figure(.kpi(.netROI), net, format)
                    item["net_roi_provisional"] = c.provisional.contains(.kpi(.netROI)) || c.provisional.contains(.kpi(.roi))
                }
                return item
            },
            "roi_note": roiNote,
            // The tier comparison from two tiers over the portfolio on (kpis.md §7).
            "has_tiers": Set(campaigns.flatMap { $0.tiers.map(\.tier) }).count >= 2,
            "tier_note": locale.words.tierPortfolioNote,
            "tier_statements": tierStatements.map { ["statement": $0] },
            "platform_note": locale.words.platformRowsAddUp,
            "quarter_note": locale.words.quarterROISameRule,
        ]
    }

    /// "2 of 3 met", or the words for no target.
    func targetsMet(_ c: CampaignSummary) -> String {
        guard !c.targets.isEmpty else { return locale.words.noTarget }
        return locale.words.targetsMet(c.targets.filter { $0.status == .met }.count, of: c.targets.count)
    }

    /// Under the tables by platform and quarter: the ROI is over the campaigns that have orders,
    /// naming those left out (by date).
    var roiNote: String {
        let excluded = byDate.filter { !PortfolioTotals.hasOrders($0.kpis) }.map(\.name)
        return locale.words.roiOverCampaignsWithOrders(withOrders: campaigns.count - excluded.count, excluded: excluded)
    }

    /// Campaigns by start date (then id).
    var byDate: [CampaignSummary] {
        campaigns.sorted { $0.window.start != $1.window.start ? $0.window.start < $1.window.start : $0.id < $1.id }
    }

    /// A campaign's part of a split by quarter.
    static func part(_ c: CampaignSummary) -> PortfolioTotals.Part {
        PortfolioTotals.Part(kpis: c.kpis, hasOrders: PortfolioTotals.hasOrders(c.kpis))
    }

    /// A campaign's platform row as a part of a split by platform. Every creator's spend known
    /// (spend_unassigned is then known) and still no spend: the platform holds posts but no
    /// creator of the campaign, and adds 0 to the spend, not an unknown.
    static func part(_ p: CampaignKPIs.PlatformRow, of c: CampaignSummary) -> PortfolioTotals.Part {
        PortfolioTotals.Part(kpis: p.kpis, hasOrders: PortfolioTotals.hasOrders(c.kpis),
                             noCreators: p.kpis[.spend] == nil && c.kpis[.spendUnassigned] != nil)
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
                c.objective.costKPI.label(locale), format.format(c.kpis[c.objective.costKPI], unit: c.objective.costKPI.unit), targetsMet(c),
            ], kpis: c.kpis, currency: c.currency)
        }
        var byPlatform: [String: (platform: Platform, currency: String, campaigns: Set<String>, parts: [PortfolioTotals.Part])] = [:]
        var byQuarter: [String: (quarter: String, start: Day, currency: String, campaigns: Int, parts: [PortfolioTotals.Part])] = [:]
        var byCurrency: [String: [CampaignSummary]] = [:]
        for c in campaigns {
            byCurrency[c.currency, default: []].append(c)
            for p in c.platforms {
                let key = p.platform.name + "|" + c.currency
                byPlatform[key, default: (p.platform, c.currency, [], [])].parts.append(IndexView.part(p, of: c))
                byPlatform[key]?.campaigns.insert(c.id)
            }
            let quarter = Labels.quarter(c.window.start, locale)
            let key = quarter + "|" + c.currency
            byQuarter[key, default: (quarter, c.window.start, c.currency, 0, [])].campaigns += 1
            byQuarter[key]?.parts.append(IndexView.part(c))
            if let start = byQuarter[key]?.start, c.window.start < start { byQuarter[key]?.start = c.window.start }
        }
        // Rows of one currency together, so each currency's rows, its spend tied to no creator
        // and its total read as one block.
        let platforms = byPlatform.values.sorted { ($0.currency, $0.platform.name) < ($1.currency, $1.platform.name) }.map { p in
            Dataset.Row(text: [p.platform.displayName, p.currency, String(p.campaigns.count)], kpis: PortfolioTotals.sum(p.parts), currency: p.currency)
        }
        // Per currency, the spend the budgets hold beyond the creators' costs, then every campaign
        // of the currency: the platform rows and the first add up to the second (kpis.md §4).
        var footer: [Dataset.Row] = []
        for currency in byCurrency.keys.sorted() {
            let members = byCurrency[currency] ?? []
            if let u = PortfolioTotals.unassigned(members.map(\.kpis)) {
                var k = KPIValues()
                k[.spend] = u.spend
                footer.append(Dataset.Row(text: [locale.words.spendUnassignedRow, currency, String(u.campaigns)], kpis: k, currency: currency))
            }
            footer.append(Dataset.Row(text: [locale.words.campaignsTotalRow, currency, String(members.count)],
                                      kpis: PortfolioTotals.sum(members.map(IndexView.part)), currency: currency))
        }
        let quarters = byQuarter.values.sorted { ($0.start, $0.currency) < ($1.start, $1.currency) }.map { q in
            Dataset.Row(text: [q.quarter, q.currency, String(q.campaigns)], kpis: PortfolioTotals.sum(q.parts), currency: q.currency)
        }
        let tiers = tierGroups.map { t in
            Dataset.Row(text: [Labels.tier(t.tier, locale), t.currency, String(t.campaigns), String(t.creators.count)],
                        kpis: t.kpis, currency: t.currency)
        }
        // Each row's money is formatted in its own currency; the page's format is only a default.
        let currencies = Set(campaigns.map(\.currency))
        let currency = currencies.count == 1 ? (currencies.first ?? "EUR") : "EUR"
        return PageData(kind: .index, datasets: [
            Dataset(schema: .campaigns, rows: rows), Dataset(schema: .platformTotals, rows: platforms, footer: footer),
            Dataset(schema: .quarters, rows: quarters), Dataset(schema: .tierTotals, rows: tiers),
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
