import ReportCore

/// The campaign report's view model: formatted text for the template (escaped for Markdown
/// by the template's content type), datasets for its directive blocks. Templates place
/// these; they compute nothing.
struct CampaignView {
    let campaign: Campaign
    let kpis: CampaignKPIs
    let judgement: CampaignJudgement
    let locale: ReportLocale
    let asOf: Day
    /// The industry range in force for a KPI and a profile (report.yaml overrides applied).
    let benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?
    /// The EMV rates in force, for the methodology's assumptions.
    let emv: EMVTable

    var format: NumberFormat { NumberFormat(locale: locale, currency: campaign.currency) }

    func context() -> [String: Any] {
        let dates = DateFormat(locale: locale)
        var context: [String: Any] = [
            "name": campaign.name,
            "id": campaign.id,
            "objective": Labels.objective(campaign.objective, locale),
            "period": dates.format(campaign.window),
            "currency": campaign.currency,
            "as_of": dates.format(asOf),
            "influencer_count": format.number(Double(campaign.influencers.count), decimals: 0),
            "post_count": format.number(Double(campaign.posts.count), decimals: 0),
            "attribution_window_days": String(campaign.attributionWindowDays),
        ]
        if let brand = campaign.brand { context["brand"] = brand }
        context["has_targets"] = !campaign.targets.isEmpty
        context["has_comments"] = campaign.comments != nil
        context["has_mentions"] = campaign.mentions != nil
        context["has_searches"] = campaign.searches != nil
        context["has_word_of_mouth"] = campaign.mentions != nil || campaign.searches != nil
        context["has_hashtags"] = !(kpis.topHashtags ?? []).isEmpty
        context["has_reusable"] = kpis.campaign[.reusableContents] != nil
        context["has_timing"] = kpis.timing.weekdays.contains { $0.posts > 0 }
        context["has_provisional"] = !pageProvisional.isEmpty
        if let next = nextReview { context["next_review"] = next }
        MeasurementView(campaign: campaign, kpis: kpis, locale: locale, format: format).context(into: &context)
        if let baseline = campaign.baseline { context["baseline_period"] = dates.format(baseline) }
        if let ab = kpis.abTest {
            let handles = Dictionary(campaign.influencers.map { ($0.key, $0.handle) }, uniquingKeysWith: { a, _ in a })
            let descriptions = ab.variants.compactMap { v in v.description.map { ["variant": v.variant, "description": $0] } }
            context["ab_test"] = [
                "name": ab.name, "statement": ABStatement.text(ab, locale: locale, format: format, handles: handles),
                "descriptions": descriptions,
            ] as [String: Any]
        }
        if let tiers = tierComparison.context { context["tiers"] = tiers }
        context["has_orders"] = campaign.orders != nil
        context["has_gross_margin"] = campaign.grossMargin != nil
        context["has_leads"] = campaign.leads != nil
        let notes = ClientNotes(campaign: campaign, kpis: kpis, format: format)
        if let budget = notes.budget { context["budget_note"] = budget }
        if let costs = notes.costsUnknown { context["costs_note"] = costs }
        if let roi = notes.roiAndIncremental { context["roi_note"] = roi }
        if let sample = notes.commentSample { context["comment_sample"] = sample }
        context.merge(notes.said) { _, new in new }
        if let searches = notes.searches { context["search_statement"] = searches }
        if let disclosure = notes.disclosure { context["disclosure_note"] = disclosure }
        context["mention_shares"] = notes.mentionShares
        context["has_mention_shares"] = !notes.mentionShares.isEmpty
        if let unattributed = kpis.unattributedOrders {
            let n = format.number(Double(unattributed), decimals: 0)
            context["unattributed_orders"] = n
            // Only a campaign with a baseline uses them for incrementality (kpis.md §4, §5).
            if unattributed > 0 {
                context["unattributed_orders_note"] = locale.words.unattributedOrders(n, count: unattributed, baseline: campaign.baseline != nil)
            }
        }
        return context
    }

    /// kpis.md §7 Tiers: the section "Nano, micro, macro".
    var tierComparison: TierComparison { TierComparison(rows: kpis.tiers, objective: campaign.objective, format: format) }

    /// What the page marks provisional: kpis.json's list (kpis.md §10), which already leaves out
    /// the figures no data can still change (`Maturity.canChange`).
    var pageProvisional: Set<Measure> { Set(kpis.provisional) }

    /// kpis.md §10: "Jun 9, 2026 (Conversions, Revenue, ROI (ROAS))", the next date on which a
    /// group of figures the page marks provisional becomes final, with up to three of its headline
    /// figures that have a value; nil once none is provisional.
    var nextReview: String? {
        let marked = pageProvisional
        let open = kpis.calendar.filter { $0.kpis.contains(where: marked.contains) }
        guard let next = Maturity.nextReview(open, asOf: asOf) else { return nil }
        let headline: [KPI] = next.maturity == .posts ? [.reach, .engagementRate, .linkClicks, .ctr, .emv]
                                                      : [.conversions, .revenue, .roi, .leads, .cpa, .cpl, .spend]
        let shown = headline.filter { marked.contains(.kpi($0)) && kpis.campaign[$0] != nil }.prefix(3).map { $0.label(locale) }
        let date = DateFormat(locale: locale).format(next.finalOn)
        return shown.isEmpty ? date : "\(date) (\(shown.joined(separator: ", ")))"
    }

    /// The objective's figures (kpis.md §9), per-format ones aside (they are in the formats table).
    var objectiveKPIs: [Measure] {
        kpis.objective.map { ([$0.primary] + $0.secondaries.filter { $0.format == nil } + $0.costs).map(\.kpi) } ?? []
    }

    /// The assumptions behind the figures, in words: EMV rates per platform and where they
    /// come from, the attribution window, where the benchmark ranges come from.
    var assumptions: [String] {
        let words = locale.words
        let f = format
        var platforms = Set(campaign.posts.map(\.platform))
        for i in campaign.influencers { platforms.insert(i.platform) }
        var lines = platforms.sorted().map { p -> String in
            let r = emv.rates(p)
            let own = emv.overrides[p.name] != nil || (!Platform.known.contains(p.name) && emv.overrides["others"] != nil)
            return words.emvAssumption(platform: Labels.platform(p, locale), cpm: f.money(r.cpm), engagement: f.money(r.engagement), click: f.money(r.click),
                                       ownRates: own)
        }
        let days = campaign.attributionWindowDays
        lines.append(words.attributionWindow(days: days))
        // A mix range is the mean of its creators' ranges: their sources are what it rests on.
        let sources = Set(judgement.benchmarks.map(\.range.source) + judgement.influencers.flatMap { $0.benchmarks.map(\.range.source) })
            .subtracting([.mix])
        if !sources.isEmpty {
            lines.append(words.industryRanges(sources.sorted { $0.rawValue < $1.rawValue }.map { Labels.source($0, locale) }.joined(separator: ", ")))
        }
        return lines
    }

    func pageData() -> PageData {
        let trends = CampaignTrends(campaign: campaign, locale: locale)
        let leadTypes = kpis.leadTypes
        let format = self.format
        let influencers = Dataset(schema: .influencers, rows: zip(kpis.influencers, judgement.influencers).map { row, judged in
            let i = row.influencer
            let erf = judged.benchmarks.first { $0.kpi == .engagementRateFollowers }
            return Dataset.Row(text: ["@" + i.handle, i.name ?? i.handle, Labels.platform(i.platform, locale), Labels.tier(i.tier, locale),
                                      erf.map { Labels.range($0.range, format: format) } ?? format.notAvailable,
                                      erf.map { Labels.status($0, locale) } ?? format.notAvailable],
                               kpis: row.kpis, series: trends.influencerTrends(i.key), profile: Dataset.Profile(platform: i.platform, tier: i.tier),
                               creator: (0, i.key))
        }, leadTypes: leadTypes)
        // The spend tied to no creator closes the platforms, so they add up to the campaign's (kpis.md §4).
        var unassigned: [Dataset.Row] = []
        if let part = kpis.campaign[.spendUnassigned], part > 0 {
            var k = KPIValues()
            k[.spend] = part
            unassigned.append(Dataset.Row(text: [locale.words.spendUnassignedRow], kpis: k))
        }
        let platforms = Dataset(schema: .platforms, rows: kpis.platforms.map { Dataset.Row(text: [Labels.platform($0.platform, locale)], kpis: $0.kpis) },
                                footer: unassigned, leadTypes: leadTypes)
        let formats = Dataset(schema: .formats, rows: kpis.formats.map { Dataset.Row(text: [Labels.format($0.format, locale)], kpis: $0.kpis) })
        let byKey = Dictionary(campaign.influencers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let dates = DateFormat(locale: locale)
        let campaignPosts = campaign.posts
        let emv = self.emv
        // Captured alone: a row's text closure that named `locale` held a copy of the whole view,
        // copied and released once per post.
        let postLocale = locale
        let posts: @Sendable () -> Dataset = {
            Dataset(schema: .posts, rows: campaignPosts.map { post in
                let influencer = byKey[post.influencerKey]
                let handle = influencer?.handle ?? post.influencerKey
                return Dataset.Row(lazyText: {
                    [post.id, "@" + handle, Labels.platform(post.platform, postLocale), Labels.format(post.format, postLocale), dates.format(post.publishedAt.day),
                     post.caption ?? ""]
                }, kpis: KPICalculator.values(post: post, followers: influencer?.followers ?? 0, emv: emv), creator: (1, post.influencerKey))
            })
        }
        let targets = Dataset(schema: .targets, rows: (kpis.objective?.targets ?? []).map { t in
            let unit = t.kpi.unit
            return Dataset.Row(text: [
                t.kpi.label(locale), format.format(t.target, unit: unit), format.format(t.actual, unit: unit),
                Labels.status(t.status, locale), t.difference.map { ($0 > 0 ? "+" : "") + format.format($0, unit: unit) } ?? format.notAvailable,
            ])
        })
        let hashtags = Dataset(schema: .hashtags, rows: (kpis.topHashtags ?? []).map {
            Dataset.Row(text: [$0.hashtag, format.number(Double($0.count), decimals: 0)])
        })
        func slots(_ schema: DatasetSchema, _ list: [Timing.Slot], labels: [String]) -> Dataset {
            Dataset(schema: schema, rows: zip(labels, list).map { label, slot in Dataset.Row(text: [label], kpis: slot.kpis) })
        }
        let variants = Dataset(schema: .abVariants, rows: (kpis.abTest?.variants ?? []).map {
            Dataset.Row(text: [$0.variant, format.number(Double($0.posts), decimals: 0), format.number($0.numerator, decimals: 0),
                               format.number($0.denominator, decimals: 0), format.format($0.rate, unit: .percent)])
        })
        let campaignRow = Dataset(schema: .campaign, rows: [Dataset.Row(text: [campaign.name], kpis: kpis.campaign, series: trends.campaignTrends())],
                                  leadTypes: leadTypes)
        var data = PageData(
            kind: .campaign,
            datasets: [
                campaignRow, influencers, platforms, formats, trends.days(), trends.months(), trends.weekdayHour(kpis.timing),
                slots(.weekdays, kpis.timing.weekdays, labels: Labels.weekdays(locale)),
                slots(.hours, kpis.timing.hours, labels: (0..<24).map { Day.pad($0, 2) + "h" }), targets, hashtags, variants,
                tierComparison.dataset(leadTypes: leadTypes),
                MeasurementView(campaign: campaign, kpis: kpis, locale: locale, format: format).dataset(),
            ],
            deferred: ["posts": posts], kpis: kpis.campaign, format: format, provisional: pageProvisional,
            targets: Dictionary(campaign.targets.map { ($0.kpi, $0.value) }, uniquingKeysWith: { a, _ in a }),
            objectiveKPIs: objectiveKPIs, leadTypes: leadTypes, benchmark: benchmark,
            industry: Dictionary(judgement.benchmarks.map { ($0.kpi, $0) }, uniquingKeysWith: { a, _ in a }),
            recommendations: judgement.recommendations, assessments: judgement.influencers.map(\.fraud), assumptions: assumptions
        )
        data.unavailable = DataFile.unavailable(without: DataFile.present(in: campaign))
        if campaign.budget == nil { data.unavailable.insert(.budgetUsed) }
        // Without a baseline there is no incrementality: no card beside the ROI that stays n/a.
        if campaign.baseline == nil { data.unavailable.insert(.incrementalRoas) }
        // Without dated measurements there is no early and settled pair (kpis.md §10).
        if campaign.measurements.isEmpty { data.unavailable.formUnion([.earlyReachShare, .earlyEngagementShare]) }
        // With a gross margin the page leads with net figures and leaves out revenue − spend, which
        // a reader would take for a profit beside the net profit; without one there is no net figure.
        if campaign.grossMargin != nil {
            data.unavailable.insert(.profit)
        } else {
            data.unavailable.formUnion([.netProfit, .netROI])
        }
        data.leadSections = SectionMarkers.sections(for: campaign.objective)
        data.undecided = judgement.undecided
        data.searches = SearchInterest(campaign)
        return data
    }
}
