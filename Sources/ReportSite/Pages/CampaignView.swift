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
        // The objective's figures (kpis.md §9), per-format ones aside (they are in the formats table).
        let figures = kpis.objective.map { [$0.primary] + $0.secondaries.filter { $0.format == nil } + $0.costs } ?? []
        let known = figures.map(\.kpi.key)
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
        ]
        if let brand = campaign.brand { context["brand"] = md(brand) }
        context["lead_kpis"] = (kpis.leadTypes ?? []).map { ["key": "leads_" + $0] }
        context["has_targets"] = !campaign.targets.isEmpty
        context["has_comments"] = campaign.comments != nil
        context["has_mentions"] = campaign.mentions != nil
        context["has_hashtags"] = !(kpis.topHashtags ?? []).isEmpty
        context["has_reusable"] = kpis.campaign[.reusableContents] != nil
        context["has_timing"] = kpis.timing.weekdays.contains { $0.posts > 0 }
        context["has_provisional"] = !kpis.provisional.isEmpty
        if let baseline = campaign.baseline { context["baseline_period"] = md(dates.format(baseline)) }
        if let ab = kpis.abTest {
            context["ab_test"] = ["name": md(ab.name), "statement": md(ABStatement.text(ab, locale: locale, format: format))]
        }
        if let unattributed = kpis.unattributedOrders {
            context["unattributed_orders"] = md(format.number(Double(unattributed), decimals: 0))
        }
        return context
    }

    func pageData() -> PageData {
        let leadTypes = kpis.leadTypes ?? []
        let trends = CampaignTrends(campaign: campaign, locale: locale)
        var influencers = Dataset.kpiRows(
            textFields: ["handle", "name", "platform", "tier"],
            rows: kpis.influencers.map { row in
                let i = row.influencer
                return (["@" + i.handle, i.name ?? i.handle, i.platform.displayName, i.tier.rawValue], row.kpis)
            },
            leadTypes: leadTypes
        )
        influencers = influencers.adding(fields: CampaignTrends.trendFields, values: kpis.influencers.map { trends.influencerTrends($0.influencer.key) })
        let platforms = Dataset.kpiRows(
            textFields: ["platform"],
            rows: kpis.platforms.map { ([$0.platform.displayName], $0.kpis) },
            leadTypes: leadTypes
        )
        let formats = Dataset.kpiRows(
            textFields: ["format"],
            rows: kpis.formats.map { ([$0.format], $0.kpis) }
        )
        let byKey = Dictionary(campaign.influencers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let dates = DateFormat(locale: locale)
        let campaignPosts = campaign.posts
        let posts: @Sendable () -> Dataset = { Dataset.kpiRows(
            textFields: ["post_id", "handle", "platform", "format", "published", "caption"],
            rows: campaignPosts.map { post in
                let influencer = byKey[post.influencerKey]
                return ([
                    post.id, "@" + (influencer?.handle ?? post.influencerKey), post.platform.displayName, post.format,
                    dates.format(post.publishedAt.day), post.caption ?? "",
                ], KPICalculator.values(post: post, followers: influencer?.followers ?? 0))
            }
        ) }
        let targets = Dataset.textRows(fields: ["kpi", "target", "actual", "status", "gap"], rows: (kpis.objective?.targets ?? []).map { t in
            let unit = t.kpi.unit
            let label = t.kpi.label(locale)
            return [label, format.format(t.target, unit: unit), format.format(t.actual, unit: unit),
                    Labels.status(t.status, locale), t.difference.map { (  $0 > 0 ? "+" : "") + format.format($0, unit: unit) } ?? format.notAvailable]
        })
        let hashtags = Dataset.textRows(fields: ["hashtag", "count"], rows: (kpis.topHashtags ?? []).map {
            [$0.hashtag, format.number(Double($0.count), decimals: 0)]
        })
        func slots(_ list: [Timing.Slot], labels: [String]) -> Dataset {
            Dataset.kpiRows(textFields: ["slot"], rows: zip(labels, list).map { label, slot in
                var k = KPIValues()
                k[.posts] = Double(slot.posts)
                k[.engagementRate] = slot.engagementRate
                return ([label], k)
            })
        }
        let variants = Dataset.textRows(fields: ["variant", "numerator", "denominator", "rate"], rows: (kpis.abTest?.variants ?? []).map {
            [$0.variant, format.number($0.numerator, decimals: 0), format.number($0.denominator, decimals: 0), format.format($0.rate, unit: .percent)]
        })
        var campaignRow = Dataset.kpiRows(textFields: ["campaign"], rows: [([campaign.name], kpis.campaign)], leadTypes: leadTypes)
        campaignRow = campaignRow.adding(fields: CampaignTrends.trendFields, values: [trends.campaignTrends()])
        return PageData(
            datasets: [
                "campaign": campaignRow, "days": trends.days(), "months": trends.months(), "weekday_hour": trends.weekdayHour(kpis.timing),
                "influencers": influencers, "platforms": platforms, "formats": formats, "targets": targets,
                "hashtags": hashtags, "weekdays": slots(kpis.timing.weekdays, labels: Labels.weekdays(locale)),
                "hours": slots(kpis.timing.hours, labels: (0..<24).map { Day.pad($0, 2) + "h" }), "ab_variants": variants,
            ],
            deferred: ["posts": posts], kpis: kpis.campaign, format: format, provisional: Set(kpis.provisional.map(\.key)),
            targets: Dictionary(campaign.targets.map { ($0.kpi.key, $0.value) }, uniquingKeysWith: { a, _ in a }),
            trends: Dictionary(uniqueKeysWithValues: zip(CampaignTrends.trendFields, trends.campaignTrends()).map { ($0.0, $0.1) })
        )
    }
}
