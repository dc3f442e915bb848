import ReportCore

/// Suspicious but valid data (data-format.md §13, `report check`): warnings, never errors.
enum CampaignChecks {
    /// `postsComplete` is false when posts.csv had errors: its skipped rows would make
    /// "has no post" warnings wrong.
    static func warnings(_ campaign: Campaign, postsComplete: Bool, yamlFile: String, postsFile: String, ordersFile: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let window = campaign.window
        for post in campaign.posts where !window.contains(post.publishedAt.day) {
            out.append(.warning(postsFile, post.line,
                "post \"\(post.id)\" is dated \(post.publishedAt.day), outside the campaign window \(window.start) to \(window.end)"))
        }
        let withPosts = Set(campaign.posts.map(\.influencerKey))
        for influencer in campaign.influencers where postsComplete && !withPosts.contains(influencer.key) {
            out.append(.warning(yamlFile, influencer.line, "influencer \"\(influencer.handle)\" has no post"))
        }
        if let orders = campaign.orders {
            let known = Set(campaign.influencers.flatMap(\.promoCodes).map { $0.lowercased() })
            // One warning per unknown code, at its first order, with how many orders carry it.
            var unknown: [String: (line: Int, count: Int, written: String)] = [:]
            for order in orders {
                guard let code = order.promoCode, !known.contains(code.lowercased()) else { continue }
                let key = code.lowercased()
                if let seen = unknown[key] {
                    unknown[key] = (seen.line, seen.count + 1, seen.written)
                } else {
                    unknown[key] = (order.line, 1, code)
                }
            }
            for (_, u) in unknown {
                let orders = u.count == 1 ? "1 order" : "\(u.count) orders"
                out.append(.warning(ordersFile, u.line, "promo code \"\(u.written)\" matches no influencer (\(orders)): not attributed by code"))
            }
        }
        return out
    }
}
