import ReportCore

/// The early and settled part of the campaign page (kpis.md §10): per creator, the reach at the
/// posts' early measurement against their settled one, the sentence with the campaign's shares,
/// and the measurement calendar of the settled readings still to take. Shown only when
/// posts.csv dates its measurements (`measured_at`).
struct MeasurementView {
    let campaign: Campaign
    let kpis: CampaignKPIs
    let locale: ReportLocale
    let format: NumberFormat

    var hasMeasurements: Bool { !campaign.measurements.isEmpty }

    /// The creators in campaign.yaml order, each with its measured posts paired.
    private var pairsByCreator: [(influencer: Influencer, pairs: [(post: Post, pair: EarlySettled.Pair)])] {
        var byKey: [String: [(post: Post, pair: EarlySettled.Pair)]] = [:]
        for post in campaign.posts {
            guard let rows = campaign.measurements[post.id] else { continue }
            byKey[post.influencerKey, default: []].append((post, EarlySettled.pair(rows, publishedAt: post.publishedAt)))
        }
        return campaign.influencers.compactMap { i in byKey[i.key].map { (i, $0) } }
    }

    /// Two rows per creator with a post measured early and settled (both reporting reach): the
    /// early reach and the settled reach over those posts, so the bars compare like with like.
    func dataset() -> Dataset {
        var rows: [Dataset.Row] = []
        for (influencer, pairs) in pairsByCreator {
            var sums = EarlySettled.Sums()
            for p in pairs { sums.add(p.pair) }
            guard sums.reachPosts > 0 else { continue }
            var early = KPIValues(), settled = KPIValues()
            early[.reach] = Double(sums.earlyReach)
            settled[.reach] = Double(sums.settledReach)
            early[.posts] = Double(sums.reachPosts)
            settled[.posts] = Double(sums.reachPosts)
            for (stage, values) in [(locale.words.earlyStage, early), (locale.words.settledStage, settled)] {
                rows.append(Dataset.Row(text: ["@" + influencer.handle, stage], kpis: values, creator: (0, influencer.key)))
            }
        }
        return Dataset(schema: .measurements, rows: rows)
    }

    /// The sentence counts the posts behind the reach share (those behind the engagement share
    /// when reach is n/a).
    /// The template's values: `has_measurements`, `has_early_chart`, `early_statement` and
    /// `settled_due` (one line per creator whose measured posts still lack a settled reading).
    func context(into context: inout [String: Any]) {
        context["has_measurements"] = hasMeasurements
        guard hasMeasurements else { return }
        let words = locale.words
        let sums = EarlySettled.sums(campaign.posts, measurements: campaign.measurements)
        context["has_early_chart"] = sums.reachPosts > 0
        let reach = kpis.campaign[.earlyReachShare].map { format.format($0, unit: .percent) }
        let engagements = kpis.campaign[.earlyEngagementShare].map { format.format($0, unit: .percent) }
        context["early_statement"] = reach == nil && engagements == nil
            ? words.noEarlyAndSettled
            : words.earlyShares(reach: reach, engagements: engagements, posts: reach == nil ? sums.engagementPosts : sums.reachPosts)
        let dates = DateFormat(locale: locale)
        var due: [[String: Any]] = []
        for (influencer, pairs) in pairsByCreator {
            let waiting = pairs.filter { $0.pair.settled == nil }
            guard let last = waiting.map({ EarlySettled.settledDue($0.post) }).max() else { continue }
            due.append(["line": words.settledDue(handle: "@" + influencer.handle, date: dates.format(last), posts: waiting.count)])
        }
        context["settled_due"] = due
    }
}
