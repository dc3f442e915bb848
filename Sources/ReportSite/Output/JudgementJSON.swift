import ReportCore

/// The judgement parts of kpis.json (kpis.md §12): each raised flag with the numbers behind
/// it, and the recommendations.
enum JudgementJSON {
    static let s = JSONWriter.string
    static let n = JSONWriter.number

    static func flags(_ a: FraudAssessment, indent: Int) -> String {
        JSONWriter.array(a.flags.map { s($0.rawValue) }, indent: indent)
    }

    /// Raised flags only, each with its evidence.
    static func flagDetails(_ a: FraudAssessment, indent: Int) -> String {
        var pairs: [(String, String)] = []
        let inner = indent + 1
        if a.flags.contains(.incoherentEngagement), let e = a.incoherentEngagement.evidence {
            pairs.append((FraudFlag.incoherentEngagement.rawValue, JSONWriter.object([
                ("engagement_rate_followers", n(e.rate)), ("low", n(e.range.low)), ("high", n(e.range.high)),
                ("source", s(e.range.source.rawValue)), ("factor", n(e.factor)),
                ("lower_limit", n(e.lowerLimit)), ("upper_limit", n(e.upperLimit)),
            ], indent: inner)))
        }
        if a.flags.contains(.followerSpike), let e = a.followerSpike.evidence {
            pairs.append((FraudFlag.followerSpike.rawValue, JSONWriter.object([
                ("dates", JSONWriter.array(e.dates.map { s($0.description) }, indent: inner + 1)),
                ("spikes", JSONWriter.array(e.spikes.map { step in
                    JSONWriter.object([("date", s(step.end.description)), ("growth_per_day", n(step.growth)),
                                       ("previous_followers", n(Double(step.previousFollowers))), ("followers", n(Double(step.followers)))], indent: inner + 2)
                }, indent: inner + 1)),
                ("median_growth", n(e.median)), ("mad", n(e.mad)), ("threshold", n(e.threshold)),
                ("mad_k", n(e.madK)), ("min_share", n(e.minShare)), ("counts", n(Double(e.counts.count))),
            ], indent: inner)))
        }
        if a.flags.contains(.foreignAudience), let e = a.foreignAudience.evidence {
            pairs.append((FraudFlag.foreignAudience.rawValue, JSONWriter.object([
                ("foreign_share", n(e.foreignShare)), ("limit", n(e.limit)),
                ("target_countries", JSONWriter.array(e.targetCountries.map(s), indent: inner + 1)),
                ("countries", JSONWriter.object(e.shares.map { ($0.country, n($0.share)) }, indent: inner + 1)),
            ], indent: inner)))
        }
        if a.flags.contains(.commentPods), let e = a.commentPods.evidence {
            pairs.append((FraudFlag.commentPods.rawValue, JSONWriter.object([
                ("share", n(e.share)), ("limit", n(e.limit)), ("comments", n(Double(e.comments))), ("pod_comments", n(Double(e.podComments))),
                ("texts", JSONWriter.array(e.repeatedTexts.map { t in
                    JSONWriter.object([("text", s(t.text)), ("count", n(Double(t.count)))], indent: inner + 2)
                }, indent: inner + 1)),
            ], indent: inner)))
        }
        return JSONWriter.object(pairs, indent: indent)
    }

    /// Each recommendation's sentence is phrased with `format`, as the page shows it.
    static func recommendations(_ list: [Recommendation], format: NumberFormat, indent: Int) -> String {
        JSONWriter.array(list.map { r in
            JSONWriter.object([
                ("rule", s(r.rule.rawValue)), ("influencers", JSONWriter.array(r.influencers.map(s), indent: indent + 2)),
                ("amount", n(r.amount)), ("text", s(r.text(format))),
            ], indent: indent + 1)
        }, indent: indent)
    }
}
