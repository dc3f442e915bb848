/// The words of early and settled measurements (kpis.md §10, seed: "mesurer à 24–48 h, puis à
/// 7–30 jours"): the two stages of the per-creator chart, the sentence that says how much of
/// the reach was there after 48 hours, and when the settled measurement is due.
protocol MeasurementWords {
    /// The chart's series for a post's last measurement within 48 hours of publication.
    var earlyStage: String { get }
    /// The chart's series for its last measurement at least 7 days after publication.
    var settledStage: String { get }
    /// "62 % of the reach was there after 48 hours (and 55 % of the engagements), over 12 posts
    /// measured both times." `engagements` nil when n/a.
    func earlyShares(reach: String?, engagements: String?, posts: Int) -> String
    /// The campaign has dated measurements but no post has both an early and a settled one yet.
    var noEarlyAndSettled: String { get }
    /// One line of the measurement calendar: a creator's posts still without a settled
    /// measurement and the day from which it can be taken.
    func settledDue(handle: String, date: String, posts: Int) -> String
}
