import ReportCore

/// The campaign report's view model: Markdown-escaped text for the template, datasets for
/// its directive blocks. Templates place these; they compute nothing.
struct CampaignView {
    let campaign: Campaign
    let kpis: CampaignKPIs
    let locale: ReportLocale
    let asOf: Day

    var format: NumberFormat { NumberFormat(locale: locale, currency: campaign.currency) }

    func context() -> [String: Any] {
        let md = MarkdownEscaping.escape
        let dates = DateFormat(locale: locale)
        let objective = campaign.objective
        let summaryKeys = [objective.primaryKPI] + objective.secondaryKPIs + [objective.costKPI]
            + (objective == .sales ? ["roi"] : [])
        let known = summaryKeys.filter { KPICatalog.definition($0) != nil }
        var context: [String: Any] = [
            "name": md(campaign.name),
            "id": md(campaign.id),
            "objective": md(Labels.objective(objective, locale)),
            "period": md(dates.format(campaign.window)),
            "currency": md(campaign.currency),
            "as_of": md(dates.format(asOf)),
            "influencer_count": md(format.number(Double(campaign.influencers.count), decimals: 0)),
            "post_count": md(format.number(Double(campaign.posts.count), decimals: 0)),
            "attribution_window_days": md(String(campaign.attributionWindowDays)),
            // KPI keys come from our catalog, not from data: safe to place in a directive block as they are.
            "summary_kpis": known.map { ["key": $0] },
            "has_orders": campaign.orders != nil,
            "has_budget": campaign.budget != nil,
        ]
        if let brand = campaign.brand { context["brand"] = md(brand) }
        if let unattributed = kpis.unattributedOrders {
            context["unattributed_orders"] = md(format.number(Double(unattributed), decimals: 0))
        }
        return context
    }

    func pageData() -> PageData {
        let influencers = Dataset.kpiRows(
            textFields: ["handle", "name", "platform", "tier"],
            rows: kpis.influencers.map { row in
                let i = row.influencer
                return (["@" + i.handle, i.name ?? i.handle, i.platform.displayName, i.tier.rawValue], row.kpis)
            }
        )
        let platforms = Dataset.kpiRows(
            textFields: ["platform"],
            rows: kpis.platforms.map { ([$0.platform.displayName], $0.kpis) }
        )
        let formats = Dataset.kpiRows(
            textFields: ["format"],
            rows: kpis.formats.map { ([$0.format], $0.kpis) }
        )
        let byKey = Dictionary(campaign.influencers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let dates = DateFormat(locale: locale)
        let posts = Dataset.kpiRows(
            textFields: ["post_id", "handle", "platform", "format", "published", "caption"],
            rows: campaign.posts.map { post in
                let influencer = byKey[post.influencerKey]
                return ([
                    post.id, "@" + (influencer?.handle ?? post.influencerKey), post.platform.displayName, post.format,
                    dates.format(post.publishedAt.day), CampaignView.excerpt(post.caption ?? ""),
                ], KPICalculator.values(post: post, followers: influencer?.followers ?? 0))
            }
        )
        return PageData(
            datasets: ["influencers": influencers, "platforms": platforms, "formats": formats, "posts": posts],
            kpis: kpis.campaign, format: format
        )
    }

    /// Captions in tables are cut to one readable line.
    static func excerpt(_ caption: String, limit: Int = 90) -> String {
        if caption.utf8.count <= limit && !caption.utf8.contains(where: { $0 == 10 || $0 == 13 }) { return caption }
        var out = ""
        var count = 0
        for c in caption {
            if count == limit - 1 { return out + "…" }
            out.append(c == "\n" || c == "\r" || c == "\r\n" ? " " : c)
            count += 1
        }
        return out
    }
}
