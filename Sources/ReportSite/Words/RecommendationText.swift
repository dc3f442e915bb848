import ReportCore

extension Recommendation {
    /// The recommendation in one sentence in the language of `format`, quoting its numbers as
    /// the page shows them (kpis.md §11).
    func text(_ format: NumberFormat) -> String {
        let words = format.words
        func value(_ v: Double, _ kpi: KPI) -> String { format.format(v, unit: kpi.unit) }
        func count(_ n: Int) -> String { format.number(Double(n), decimals: 0) }
        // One decimal, or two when one would print the rule's own threshold ("2,0 ×" for 2,04 ×
        // beside a rule of "more than 2 ×").
        func factor(_ f: Double) -> String {
            let threshold = RecommendationRules.costlyFactor
            let shown = (f * 10).rounded(.toNearestOrAwayFromZero) / 10
            return format.number(f, decimals: f > threshold && shown <= threshold ? 2 : 1)
        }
        let money = amount.map { format.format($0, unit: .money) }
        switch finding {
        case .ranking(let parts):
            return parts.map { r in
                words.ranking(kpi: r.kpi.label(format.locale), top: r.top, topValue: value(r.topValue, r.kpi),
                              bottom: r.bottom, bottomValue: value(r.bottomValue, r.kpi))
            }.joined(separator: " ")
        case let .costlyProfile(handle, kpi, v, f, campaign):
            return words.costlyProfile(handle: handle, kpi: kpi.label(format.locale), value: value(v, kpi), factor: factor(f),
                                       campaign: value(campaign, kpi), amount: money)
        case let .bestFormat(name, rate, posts, campaign):
            return words.bestFormat(format: Labels.format(name, format.locale).lowercased(), rate: value(rate, .engagementRate), posts: count(posts),
                                    campaign: value(campaign, .engagementRate))
        case let .bestTiming(day, hour, campaign):
            var parts: [String] = []
            if let day {
                parts.append(words.timingPart(day: true, slot: words.weekdays[day.index], rate: value(day.rate, .engagementRate),
                                              posts: count(day.posts)))
            }
            if let hour {
                // An hour slot as the hours table labels it (`18h`).
                parts.append(words.timingPart(day: false, slot: Day.pad(hour.index, 2) + "h", rate: value(hour.rate, .engagementRate),
                                              posts: count(hour.posts)))
            }
            return words.bestTiming(parts: parts, campaign: value(campaign, .engagementRate))
        case let .platform(best, worst, kpi, bestValue, worstValue, primary, bestPrimary, worstPrimary, campaign):
            func primaryText(_ v: Double?) -> String? {
                v.map { words.recommendationLabelled(primary.label(format.locale), value($0, primary)) }
            }
            return words.platform(best: best, kpi: kpi.label(format.locale), bestValue: value(bestValue, kpi), bestPrimary: primaryText(bestPrimary),
                                  worst: worst, worstValue: value(worstValue, kpi), worstPrimary: primaryText(worstPrimary),
                                  campaign: campaign.map { value($0, kpi) })
        case let .fraudFlag(handle, flags):
            // An unknown flag name is quoted as given.
            let names = flags.map { name in FraudFlag(rawValue: name).map(words.flag) ?? name }
            return words.fraudFlag(handle: handle, flags: names, spend: money)
        case let .missedTarget(kpi, actual, target, gap, gapPercent):
            let unit = kpi.unit
            func signed(_ s: String, _ v: Double) -> String { v > 0 ? "+" + s : s }
            return words.missedTarget(kpi: kpi.label(format.locale), actual: format.format(actual, unit: unit),
                                      target: format.format(target, unit: unit), gap: signed(format.format(gap, unit: unit), gap),
                                      gapPercent: gapPercent.map { signed(format.percent($0), $0) })
        case let .budgetShift(from, to, kpi, fromValue, f, campaign, toValue):
            return words.budgetShift(from: from, to: to, kpi: kpi.label(format.locale), fromValue: value(fromValue, kpi), factor: factor(f),
                                     campaign: value(campaign, kpi), toValue: value(toValue, kpi), amount: money)
        }
    }
}
