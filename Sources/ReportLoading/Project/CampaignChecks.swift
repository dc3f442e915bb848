import ReportCore

/// Suspicious but valid data (data-format.md §13, `report check`): warnings, never errors.
/// The checks of rows run per file, so each warning names the file its row is in.
enum CampaignChecks {
    /// Posts of one file dated outside the campaign window.
    static func postsOutsideWindow(_ posts: [Post], window: DayRange, file: String) -> [Diagnostic] {
        posts.filter { !window.contains($0.publishedAt.day) }.map { post in
            .warning(file, post.line, "post \"\(post.id)\" is dated \(post.publishedAt.day), outside the campaign window \(window.start) to \(window.end)")
        }
    }

    /// `postsComplete` is false when posts.csv had errors: its skipped rows would make
    /// "has no post" warnings wrong.
    static func influencersWithoutPosts(_ campaign: Campaign, postsComplete: Bool, yamlFile: String) -> [Diagnostic] {
        let withPosts = Set(campaign.posts.map(\.influencerKey))
        return campaign.influencers.filter { postsComplete && !withPosts.contains($0.key) }.map { influencer in
            .warning(yamlFile, influencer.line, "influencer \"\(influencer.handle)\" has no post")
        }
    }

    /// One warning per promo code of one orders file that matches no influencer, at its first
    /// order, with how many orders carry it; only the orders of the campaign's attribution
    /// period count (data-format.md §12: an order of another season is not this campaign's).
    static func unknownPromoCodes(_ orders: [Order], campaign: Campaign, file: String) -> [Diagnostic] {
        let known = Set(campaign.influencers.flatMap(\.promoCodes).map { $0.lowercased() })
        let period = campaign.attributionRange
        var unknown: [String: (line: Int, count: Int, written: String)] = [:]
        for order in orders where period.contains(order.date) {
            guard let code = order.promoCode, !known.contains(code.lowercased()) else { continue }
            let key = code.lowercased()
            if let seen = unknown[key] {
                unknown[key] = (seen.line, seen.count + 1, seen.written)
            } else {
                unknown[key] = (order.line, 1, code)
            }
        }
        return unknown.values.sorted { $0.line < $1.line }.map { u in
            let orders = u.count == 1 ? "1 order" : "\(u.count) orders"
            return .warning(file, u.line, "promo code \"\(u.written)\" matches no influencer (\(orders)): not attributed by code")
        }
    }
}
