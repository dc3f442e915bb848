import ReportCore

/// `benchmarks/index.html`: the industry ranges in force with their sources (report.yaml
/// overrides included), the project's internal benchmarks, and where each campaign and each
/// creator stands.
struct BenchmarksView {
    let outcomes: [CampaignOutcome]
    let internalBenchmarks: [String: [InternalBenchmark]]
    let table: BenchmarkTable
    let locale: ReportLocale

    var title: String { locale.words.benchmarksTitle }
    var format: NumberFormat { NumberFormat(locale: locale, currency: "EUR") }

    /// The ranges of kpis.md §7 in force: the platforms with a row of their own, `others`, and
    /// every platform a campaign's creators use; each tier.
    var rangeRows: [(kpi: KPI, platform: String, tier: Tier?, range: BenchmarkRange)] {
        var platforms = BenchmarkTable.builtInPlatforms + [BenchmarkTable.others]
        for o in outcomes {
            for i in o.judgement.influencers where !platforms.contains(i.influencer.platform.name) { platforms.append(i.influencer.platform.name) }
        }
        var rows: [(kpi: KPI, platform: String, tier: Tier?, range: BenchmarkRange)] = []
        for kpi in BenchmarkTable.kpis {
            if BenchmarkKPIs.byProfile.contains(kpi) {
                for p in platforms {
                    for tier in Tier.allCases {
                        if let r = table.range(kpi, platform: Platform(p), tier: tier) { rows.append((kpi, p, tier, r)) }
                    }
                }
            } else if let r = table.range(kpi, platform: Platform(BenchmarkTable.others), tier: .micro) {
                rows.append((kpi, BenchmarkTable.all, nil, r))
            }
        }
        return rows
    }

    func context() -> [String: Any] {
        let overrides = rangeRows.filter { $0.range.source == .reportYAML }.count
        return [
            "title": title,
            "override_count": format.number(Double(overrides), decimals: 0),
            "has_overrides": overrides > 0,
            "has_internal": internalBenchmarks.values.contains { !$0.isEmpty },
            "campaign_count": format.number(Double(outcomes.count), decimals: 0),
            "campaign_count_words": locale.words.campaigns(outcomes.count),
        ]
    }

    func pageData() -> PageData {
        let all = locale.words.allGroups
        let ranges = Dataset(schema: .ranges, rows: rangeRows.map { r in
            Dataset.Row(text: [r.kpi.label(locale), r.platform == BenchmarkTable.all ? all
                                   : r.platform == BenchmarkTable.others ? locale.words.otherPlatforms : Labels.platform(Platform(r.platform), locale),
                               r.tier.map { Labels.tier($0, locale) } ?? all, Labels.range(r.range, format: format), Labels.source(r.range.source, locale)])
        })
        var standings: [Dataset.Row] = [], internalRows: [Dataset.Row] = [], creators: [Dataset.Row] = []
        for o in outcomes {
            let f = o.format
            let name = o.summary.name
            for b in o.judgement.benchmarks {
                standings.append(Dataset.Row(text: [name, b.kpi.label(locale), Labels.figure(.kpi(b.kpi), b.value, f), Labels.range(b.range, format: f),
                                                    Labels.status(b, locale)]))
            }
            for b in internalBenchmarks[o.summary.id] ?? [] {
                internalRows.append(Dataset.Row(text: [
                    name, b.kpi.label(locale), Labels.figure(.kpi(b.kpi), b.value, f), Labels.figure(.kpi(b.kpi), b.median, f),
                    f.number(Double(b.campaigns), decimals: 0),
                    b.change.map { ($0 > 0 ? "+" : $0 < 0 ? "−" : "") + f.percent(abs($0) * 100, decimals: 0) } ?? f.notAvailable,
                ]))
            }
            for judged in o.judgement.influencers {
                for b in judged.benchmarks {
                    let i = judged.influencer
                    creators.append(Dataset.Row(text: [
                        "@" + i.handle, name, Labels.platform(i.platform, locale), Labels.tier(i.tier, locale), Labels.figure(.kpi(b.kpi), b.value, f),
                        Labels.range(b.range, format: f), Labels.status(b, locale),
                    ], creator: (0, i.key)))
                }
            }
        }
        return PageData(kind: .benchmarks, datasets: [
            ranges, Dataset(schema: .campaignStandings, rows: standings), Dataset(schema: .internalStandings, rows: internalRows),
            Dataset(schema: .creatorStandings, rows: creators),
        ], format: format, benchmark: PageData.bands(table))
    }
}
