import ReportCore

/// A creator card is made from that creator's rows in the campaigns it took part in, its slug,
/// the other cards' slugs and what every page shares: its key is theirs, so a card whose
/// campaigns did not change is linked from the previous site rather than drawn again.
struct CardReuse: Sendable {
    let reuse: OutputReuse
    let global: String
    let slugsKey: String
    /// Campaign id → the key of its inputs.
    let campaignKeys: [String: String]
    /// The key of the project's files made of every campaign and nothing else (kpis.csv,
    /// kpis.xlsx, robots.txt): nil when a campaign has no key.
    let projectKey: String?

    init(reuse: OutputReuse, global: String, slugsKey: String, outcomes: [CampaignOutcome]) {
        self.reuse = reuse
        self.global = global
        self.slugsKey = slugsKey
        campaignKeys = Dictionary(outcomes.compactMap { o in o.key.map { (o.summary.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let keys = outcomes.compactMap { o in o.key.map { o.summary.id + "\t" + $0 } }
        projectKey = keys.count == outcomes.count ? ContentHash.hex((["project files", global] + keys).joined(separator: "\n")) : nil
    }

    /// Nil when a campaign of the card has no key (it is then always drawn).
    func key(_ history: InfluencerHistory, slug: String) -> String? {
        var parts = [global, slug, slugsKey]
        for entry in history.campaigns {
            guard let key = campaignKeys[entry.id] else { return nil }
            parts.append(entry.id + "\t" + key)
        }
        return ContentHash.hex(parts.joined(separator: "\n"))
    }
}
