import ReportCore

/// The trust section's sentences: each flag in one sentence with its numbers, worded by the
/// locale's `Words`.
struct TrustText {
    let locale: ReportLocale
    let format: NumberFormat

    var words: any Words { locale.words }

    var heuristics: String { words.trustHeuristics }
    var none: String { words.none }
    var tableHeadings: [String] { words.trustHeadings }
    var podHeadings: [String] { words.podHeadings }
    var followersSeries: String { words.followersSeries }
    var spikeSeries: String { words.spikeSeries }
    var audienceSeries: String { words.audienceSeries }

    func name(_ flag: FraudFlag) -> String { words.flag(flag) }

    func heading(_ a: FraudAssessment) -> String {
        words.audienceQuality(handle: "@" + a.influencer.handle, quality: a.audienceQuality)
    }

    func percent(_ share: Double) -> String { format.percent(share * 100) }
    func count(_ n: Double) -> String { format.number(n, decimals: 0) }

    func sentence(_ flag: FraudFlag, _ a: FraudAssessment) -> String {
        let handle = "@" + a.influencer.handle
        switch flag {
        case .incoherentEngagement:
            guard let e = a.incoherentEngagement.evidence else { return name(flag) }
            // Two decimals: a rate and its limit can round to the same tenth.
            let rate = format.percent(e.rate, decimals: 2), range = format.percent(e.range.low) + "–" + format.percent(e.range.high)
            let factor = format.number(e.factor, decimals: e.factor == e.factor.rounded() ? 0 : 1)
            if e.isAbove {
                return words.engagementAbove(handle: handle, rate: rate, factor: factor, range: range, limit: format.percent(e.upperLimit, decimals: 2))
            }
            return words.engagementBelow(handle: handle, rate: rate, factor: factor, range: range, limit: format.percent(e.lowerLimit, decimals: 2))
        case .followerSpike:
            guard let e = a.followerSpike.evidence else { return name(flag) }
            let dates = DateFormat(locale: locale)
            let steps = e.spikes.map { s in
                words.spikeStep(growth: count(s.growth), date: dates.format(s.end), previous: count(Double(s.previousFollowers)))
            }.joined(separator: words.listSeparator)
            return words.followerSpike(handle: handle, steps: steps, median: count(e.median), threshold: format.number(e.threshold, decimals: 1),
                                       madK: format.number(e.madK, decimals: 0), minShare: format.percent(e.minShare * 100))
        case .foreignAudience:
            guard let e = a.foreignAudience.evidence else { return name(flag) }
            return words.foreignAudience(handle: handle, share: percent(e.foreignShare), targets: e.targetCountries.joined(separator: ", "),
                                         limit: percent(e.limit))
        case .commentPods:
            guard let e = a.commentPods.evidence else { return name(flag) }
            return words.commentPods(handle: handle, share: percent(e.share), podComments: count(Double(e.podComments)),
                                     comments: count(Double(e.comments)), minWords: e.minWords, minRepeats: e.minRepeats, limit: percent(e.limit))
        }
    }

    func clean(_ list: [FraudAssessment]) -> String {
        words.trustClean(list.map { "@" + $0.influencer.handle }.joined(separator: ", "))
    }

    func unchecked(_ list: [FraudAssessment]) -> String {
        words.trustUnchecked(list.map { "@" + $0.influencer.handle }.joined(separator: ", "))
    }

    /// The rules that could not run for this creator, and why.
    func notChecked(_ a: FraudAssessment) -> String {
        let skipped = FraudFlag.allCases.compactMap { flag in a.skipReason(flag).map { name(flag) + " (" + reason($0) + ")" } }
        return skipped.isEmpty ? none : skipped.joined(separator: ", ")
    }

    func reason(_ r: FraudSkipReason) -> String { words.skipReason(r) }

    func engagementTitle(_ handle: String) -> String { words.engagementTitle(handle) }
    func followersTitle(_ handle: String) -> String { words.followersTitle(handle) }
    func audienceTitle(_ handle: String) -> String { words.audienceTitle(handle) }
    func podsTitle(_ handle: String) -> String { words.podsTitle(handle) }
    func target(_ country: String) -> String { words.targetCountry(country) }
}
