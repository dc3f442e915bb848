import ReportCore

/// en-US: early and settled measurements (kpis.md §10).
extension EnglishWords {
    var earlyStage: String { "Within 48 hours" }
    var settledStage: String { "Settled (7 days or more)" }

    func earlyShares(reach: String?, engagements: String?, posts: Int) -> String {
        let over = "over \(posts) post\(posts == 1 ? "" : "s") measured both times"
        switch (reach, engagements) {
        case let (r?, e?): return "\(r) of the reach was there after 48 hours, and \(e) of the engagements, \(over)."
        case let (r?, nil): return "\(r) of the reach was there after 48 hours, \(over)."
        case let (nil, e?): return "\(e) of the engagements were there after 48 hours, \(over)."
        case (nil, nil): return noEarlyAndSettled
        }
    }

    var noEarlyAndSettled: String {
        "No post has both a measurement within 48 hours of publication and one at least 7 days after it yet."
    }

    func settledDue(handle: String, date: String, posts: Int) -> String {
        "\(handle): settled measurement due from \(date) (\(posts) post\(posts == 1 ? "" : "s"))"
    }

    /// The methodology of early_reach_share and early_engagement_share, sources in words.
    func earlyShareMethodology(_ kpi: KPI) -> KPIMethodology {
        let what = kpi == .earlyReachShare ? "reach" : "engagements"
        return KPIMethodology(
            formula: kpiLabel(kpi) + " = Σ \(what) at each post’s last measurement within 48 hours of publication ÷ Σ \(what) at its last measurement at least 7 days after publication × 100, over the posts that have both",
            inputs: "the \(what) of the platforms’ post statistics read several times per post, each reading with its date and time, up to the report date",
            notAvailable: "n/a when no post has both measurements reporting its \(what), or the settled \(what) is 0")
    }
}
