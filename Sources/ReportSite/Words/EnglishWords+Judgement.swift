import ReportCore

/// en-US: the trust section, the recommendations and the workbook.
extension EnglishWords {
    // MARK: Trust section

    var trustHeuristics: String {
        "These flags are heuristics to check by hand, not verdicts: each gives the numbers that raised it and the threshold applied."
    }

    var trustHeadings: [String] { ["Influencer", "Audience quality", "Flags", "Not checked"] }
    var podHeadings: [String] { ["Repeated text", "Times"] }
    var followersSeries: String { "Followers" }
    var spikeSeries: String { "Spike" }
    var audienceSeries: String { "Audience share" }
    var noRecommendation: String { "No rule applies to this campaign." }
    func tooThinToChoose(_ rules: [Recommendation.Rule], posts: Int, creators: Int) -> String {
        let names = rules.map { rule -> String in
            switch rule {
            case .bestFormat: return "a best format"
            case .bestTiming: return "a best day or hour"
            case .platform: return "a best platform"
            default: return rule.rawValue
            }
        }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.joined()
        return "The data is too thin to choose \(list): a group needs at least \(posts) posts from \(creators) creators, flagged or questioned creators left out."
    }

    func audienceQuality(handle: String, quality: Int) -> String { "\(handle) — audience quality \(quality)/100" }

    func engagementAbove(handle: String, rate: String, factor: String, range: String, limit: String) -> String {
        "\(handle): engagement rate (followers) \(rate), more than \(factor) × the top of its range \(range) (limit \(limit))."
    }

    func engagementBelow(handle: String, rate: String, factor: String, range: String, limit: String) -> String {
        "\(handle): engagement rate (followers) \(rate), below the bottom of its range \(range) divided by \(factor) (limit \(limit))."
    }

    func spikeStep(growth: String, date: String, previous: String) -> String { "+\(growth) a day on \(date) (on \(previous) followers)" }

    func followerSpike(handle: String, steps: String, median: String, threshold: String, madK: String, minShare: String) -> String {
        "\(handle): follower jump of \(steps), against a usual growth of \(median) a day; threshold \(threshold) a day (median + \(madK) × 1.4826 × MAD) and \(minShare) of the previous count."
    }

    func foreignAudience(handle: String, share: String, targets: String, limit: String) -> String {
        "\(handle): \(share) of the listed audience is outside the target countries (\(targets)), above the limit of \(limit)."
    }

    func commentPods(handle: String, share: String, podComments: String, comments: String, minWords: Int, minRepeats: Int, limit: String) -> String {
        "\(handle): \(share) of the comments (\(podComments) of \(comments)) are texts of \(minWords)+ words repeated \(minRepeats)+ times, above the limit of \(limit)."
    }

    func trustClean(_ handles: String) -> String { "No flag for \(handles) (audience quality 100/100 on the rules checked)." }
    func trustUnchecked(_ handles: String) -> String { "Not enough data to check \(handles) (see the table)." }

    func skipReason(_ reason: FraudSkipReason) -> String {
        switch reason {
        case .noEngagementRate: return "no engagement rate"
        case .noBenchmark: return "no range"
        case .noFollowersFile: return "no follower history supplied"
        case .tooFewCounts(let counts, let needed): return "\(counts) counts of \(needed) needed"
        case .noAudienceCountries: return "no audience split by country"
        case .noTargetCountries: return "no target countries set"
        case .noCommentsFile: return "no comments supplied"
        case .noComments: return "no comments"
        }
    }

    func engagementTitle(_ handle: String) -> String { "Engagement rate (followers) of \(handle) against its range" }
    func followersTitle(_ handle: String) -> String { "Followers of \(handle), spikes marked" }
    func audienceTitle(_ handle: String) -> String { "Audience of \(handle) by country" }
    func podsTitle(_ handle: String) -> String { "Texts repeated under \(handle)’s posts" }
    func targetCountry(_ country: String) -> String { country + " (target)" }

    // MARK: Recommendations

    func ranking(kpi: String, top: String, topValue: String, bottom: String, bottomValue: String) -> String {
        "\(kpi): top @\(top) (\(topValue)), bottom @\(bottom) (\(bottomValue))."
    }

    func costlyProfile(handle: String, kpi: String, value: String, factor: String, campaign: String, amount: String?) -> String {
        let head = "@\(handle): \(kpi) \(value), \(times(factor)) the campaign’s \(campaign)"
        guard let amount else { return head + "." }
        return "\(head); \(amount) spent beyond that level."
    }

    func bestFormat(format: String, rate: String, posts: String, campaign: String) -> String {
        "Best format: \(format), engagement rate \(rate) over \(posts) posts, against \(campaign) for the campaign."
    }

    func timingPart(day: Bool, slot: String, rate: String, posts: String) -> String {
        (day ? "best day: " : "best hour: ") + "\(slot) (engagement rate \(rate) over \(posts) posts)"
    }

    func bestTiming(parts: [String], campaign: String) -> String {
        let joined = parts.joined(separator: "; ")
        let sentence = joined.prefix(1).uppercased() + joined.dropFirst()
        return "\(sentence), against \(campaign) for the campaign."
    }

    func platform(best: String, kpi: String, bestValue: String, bestPrimary: String?, worst: String, worstValue: String,
                  worstPrimary: String?, campaign: String?) -> String {
        let bp = bestPrimary.map { " (\($0))" } ?? ""
        let wp = worstPrimary.map { " (\($0))" } ?? ""
        let c = campaign.map { " and \($0) for the campaign" } ?? ""
        return "\(best) is the most efficient platform: \(kpi) \(bestValue)\(bp), against \(worstValue) on \(worst)\(wp)\(c)."
    }

    func recommendationLabelled(_ kpi: String, _ value: String) -> String { "\(kpi): \(value)" }

    func fraudFlag(handle: String, flags: [String], spend: String?) -> String {
        let names = flags.joined(separator: ", ")
        guard let spend else { return "@\(handle) is flagged (\(names)); check its audience before renewing." }
        return "@\(handle) is flagged (\(names)): \(spend) of spend at stake; check its audience before renewing."
    }

    func missedTarget(kpi: String, actual: String, target: String, gap: String, gapPercent: String?) -> String {
        let g = gapPercent.map { "\(gap), \($0)" } ?? gap
        return "Target missed — \(kpi): \(actual) against a target of \(target) (gap \(g))."
    }

    func budgetShift(from: String, to: String, kpi: String, fromValue: String, factor: String, campaign: String,
                     toValue: String, amount: String?) -> String {
        let head = "Move budget from @\(from) (\(kpi) \(fromValue), \(times(factor)) the campaign’s \(campaign)) to @\(to) (\(kpi) \(toValue))"
        guard let amount else { return head + "." }
        return "\(head): \(amount) at stake."
    }

    // MARK: Workbook

    var workbookTitle: String { "Campaign tracking workbook" }
    var workbookHeaders: [String: String] { [:] }
    var workbookSheets: [String: String] { [:] }
    func workbookMoney(_ quotedSymbol: String) -> String {
        quotedSymbol.count > 3 ? "#,##0.00\\ " + quotedSymbol : quotedSymbol + "#,##0.00"
    }
    func workbookProvisional(finalOn: String) -> String { "Provisional: final on \(finalOn)" }
    var workbookPostsMaturity: String { "Posts (+2 days)" }
    var workbookAttributionMaturity: String { "Attribution (end + window)" }
}
