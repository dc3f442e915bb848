import ReportCore

/// The root `kpis.csv`: one row per campaign × influencer with the main KPIs, for spreadsheets.
/// Numbers unrounded with a `.` decimal point; n/a is an empty cell.
enum KPICSV {
    static let kpiColumns: [KPI] = [
        .posts, .reach, .impressions, .views, .engagements, .engagementRate, .engagementRateFollowers,
        .linkClicks, .ctr, .conversions, .revenue, .spend, .cpa, .cpm, .cpe, .roi,
    ]
    static let header = (["campaign", "currency", "handle", "platform", "tier"] + kpiColumns.map(\.key)).joined(separator: ",") + "\n"

    static func rows(campaign: Campaign, kpis: CampaignKPIs) -> String {
        var out = ""
        for row in kpis.influencers {
            var cells = [campaign.id, campaign.currency, row.influencer.handle, row.influencer.platform.name, row.influencer.tier.rawValue].map(quote)
            for key in kpiColumns {
                let v = row.kpis[key]
                cells.append(v == nil ? "" : JSONWriter.number(v))
            }
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-`, `@`, TAB or CR is prefixed with `'` so a
    /// spreadsheet never runs a handle as a formula (OWASP's CSV injection advice). Checked on
    /// scalars: CR LF is one Swift character, which neither `"\r"` nor `"\n"` would match.
    static func quote(_ s: String) -> String {
        var v = s
        if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
        if v.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
