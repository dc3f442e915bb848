import ReportCore

/// `campaigns/<id>/kpis.json` in the shape of kpis.md §12.
enum KPIJSON {
    static func kpis(_ values: KPIValues, indent: Int) -> String {
        JSONWriter.object(KPICatalog.all.map { ($0.key, JSONWriter.number(values[$0.key])) }, indent: indent)
    }

    static func encode(campaign: Campaign, kpis: CampaignKPIs, asOf: Day) -> String {
        let s = JSONWriter.string
        let head = JSONWriter.object([
            ("id", s(campaign.id)),
            ("name", s(campaign.name)),
            ("objective", s(campaign.objective.rawValue)),
            ("currency", s(campaign.currency)),
            ("start", s(campaign.window.start.description)),
            ("end", s(campaign.window.end.description)),
            ("as_of", s(asOf.description)),
            ("kpis", KPIJSON.kpis(kpis.campaign, indent: 2)),
            ("unattributed_orders", JSONWriter.number(kpis.unattributedOrders.map(Double.init))),
        ], indent: 1)
        let influencers = kpis.influencers.map { row in
            JSONWriter.object([
                ("handle", s(row.influencer.handle)),
                ("name", row.influencer.name.map(s) ?? "null"),
                ("platform", s(row.influencer.platform.name)),
                ("followers", JSONWriter.number(Double(row.influencer.followers))),
                ("tier", s(row.influencer.tier.rawValue)),
                ("kpis", KPIJSON.kpis(row.kpis, indent: 3)),
            ], indent: 2)
        }
        let platforms = kpis.platforms.map {
            JSONWriter.object([("platform", s($0.platform.name)), ("kpis", KPIJSON.kpis($0.kpis, indent: 3))], indent: 2)
        }
        let formats = kpis.formats.map {
            JSONWriter.object([("format", s($0.format)), ("kpis", KPIJSON.kpis($0.kpis, indent: 3))], indent: 2)
        }
        return JSONWriter.object([
            ("campaign", head),
            ("influencers", JSONWriter.array(influencers, indent: 1)),
            ("platforms", JSONWriter.array(platforms, indent: 1)),
            ("formats", JSONWriter.array(formats, indent: 1)),
        ]) + "\n"
    }
}
