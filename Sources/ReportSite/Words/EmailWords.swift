import ReportCore

/// The sentences of the email draft (`downloads/<id>.eml`, site.md) beyond its subject and its
/// attachment line: the targets with their status, the net ROI, the next review. Numbers and
/// dates arrive formatted; the status words are the campaign page's (`Words.status`).
protocol EmailWords {
    /// ` pour un objectif d’au plus 15,00 € (manqué)`: after `KPI : value`, the target with
    /// the side it must be met from (cost figures from below) and its status.
    func emailAgainstTarget(_ target: String, lowerIsBetter: Bool, status: String) -> String
    /// The heading of the list of every target: how many are met of how many.
    func emailTargets(met: Int, total: Int) -> String
    /// `ROI net : +36 % (…)`: the net ROI as a signed percent, with whether the campaign made
    /// money once the gross margin is counted (`profit` nil when the net ROI is n/a).
    func emailNetROI(label: String, value: String, profit: Int?) -> String
    /// While figures are provisional: when they are next reviewed (the page's "next review").
    func emailNextReview(_ when: String) -> String
}
