import ReportCore

/// The campaign page's section "Nano, micro, macro" (kpis.md §7 Tiers): the tiers side by side
/// and one sentence that says what the table shows, with its numbers. The sentence compares the
/// figure the objective is judged on — ROI (ROAS) for sales (then CPA), else the objective's cost
/// figure — and, when no such figure is known for two tiers, the engagement rate on followers
/// (the seed's micro-influence argument); it names the best and the worst tier with the creators
/// and posts behind each, so a reader sees how little a tier of one creator proves.
struct TierComparison {
    let rows: [CampaignKPIs.TierRow]
    let objective: Objective
    let format: NumberFormat
    var words: any Words { format.words }

    /// The section is shown from two tiers on: one tier has nothing to be compared with.
    var shown: Bool { rows.count >= 2 }

    /// The figures the sentence may compare, in order of preference, with their direction.
    static func candidates(_ objective: Objective) -> [(kpi: KPI, higherIsBetter: Bool)] {
        let money: [(KPI, Bool)]
        switch objective {
        case .sales: money = [(.roi, true), (.cpa, false)]
        case .awareness: money = [(.cpm, false)]
        case .engagement, .ambassador, .ugc: money = [(.cpe, false)]
        case .leads: money = [(.cpl, false)]
        }
        return (money + [(.engagementRateFollowers, true)]).map { (kpi: $0.0, higherIsBetter: $0.1) }
    }

    /// The sentence; nil when no candidate figure is known for two tiers.
    var statement: String? {
        for c in TierComparison.candidates(objective) {
            let known = rows.filter { $0.kpis[c.kpi] != nil }
            guard known.count >= 2 else { continue }
            // The first tier (smallest) wins a tie, so the same figures give the same sentence.
            var best = known[0], worst = known[0]
            for r in known.dropFirst() {
                guard let v = r.kpis[c.kpi], let b = best.kpis[c.kpi], let w = worst.kpis[c.kpi] else { continue }
                if c.higherIsBetter ? v > b : v < b { best = r }
                if c.higherIsBetter ? v < w : v > w { worst = r }
            }
            let figure = words.tierFigure(c.kpi)
            let bestSide = side(best, c.kpi), worstSide = side(worst, c.kpi)
            // Values equal as the page shows them are the same to the reader.
            var text = bestSide.value == worstSide.value
                ? words.tierSame(figure: figure, value: bestSide.value)
                : words.tierComparison(figure: figure, higherIsBetter: c.higherIsBetter, best: bestSide, worst: worstSide)
            let without = rows.filter { $0.kpis[c.kpi] == nil }.map(\.tier)
            if !without.isEmpty { text += " " + words.tierWithout(figure: figure, tiers: without) }
            return text
        }
        return nil
    }

    func side(_ row: CampaignKPIs.TierRow, _ kpi: KPI) -> TierSide {
        let posts = Int(row.kpis[.posts] ?? 0)
        return TierSide(tier: row.tier, value: Labels.figure(.kpi(kpi), row.kpis[kpi], format), creators: row.influencers.count, posts: posts,
                        creatorsText: format.number(Double(row.influencers.count), decimals: 0), postsText: format.number(Double(posts), decimals: 0))
    }

    /// Template value `tiers` (an object with its `statement`), nil with fewer than two tiers.
    var context: [String: Any]? {
        guard shown else { return nil }
        var c: [String: Any] = [:]
        if let statement { c["statement"] = statement }
        return c
    }

    /// The `tiers` dataset: one row per tier, smallest first.
    func dataset(leadTypes: [String]?) -> Dataset {
        Dataset(schema: .tiers, rows: rows.map {
            Dataset.Row(text: [Labels.tier($0.tier, format.locale), format.number(Double($0.influencers.count), decimals: 0)], kpis: $0.kpis)
        }, leadTypes: leadTypes)
    }
}
