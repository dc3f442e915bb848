import ReportCore

/// `influencers/<slug>/history.json`: an influencer across campaigns and months, the data of
/// the evolving identity card.
enum HistoryJSON {
    static func figures(_ tally: InfluencerHistory.Tally, indent: Int) -> String {
        JSONWriter.object(tally.figures.map { ($0.key, JSONWriter.number($0.value)) }, indent: indent)
    }

    static func encode(_ h: InfluencerHistory, slug: String) -> String {
        let s = JSONWriter.string
        let campaigns = h.campaigns.map { c in
            JSONWriter.object([
                ("id", s(c.id)), ("name", s(c.name)), ("start", s(c.window.start.description)), ("end", s(c.window.end.description)),
                ("currency", s(c.currency)), ("kpis", figures(c.tally, indent: 3)),
            ], indent: 2)
        }
        var months: [String] = []
        for month in h.months.keys.sorted() {
            for (currency, tally) in (h.months[month] ?? [:]).sorted(by: { $0.key < $1.key }) {
                months.append(JSONWriter.object([("month", s(month)), ("currency", s(currency)), ("kpis", figures(tally, indent: 3))], indent: 2))
            }
        }
        return JSONWriter.object([
            ("handle", s(h.handle)),
            ("slug", s(slug)),
            ("name", h.name.map(s) ?? "null"),
            ("platforms", JSONWriter.array(h.platforms.sorted().map { s($0.name) }, indent: 1)),
            ("campaigns", JSONWriter.array(campaigns, indent: 1)),
            ("months", JSONWriter.array(months, indent: 1)),
        ]) + "\n"
    }
}
