import ReportCore
import Yams

/// campaign.yaml (data-format.md §3) without its data files.
struct CampaignDescription {
    var campaign: Campaign
    /// file kind → paths as written, with the node for messages.
    var data: [String: [DataEntry]]
}

/// One file of a `data:` entry: its path and, for per-account exports, the influencer it belongs to.
struct DataEntry {
    let path: String
    let influencer: String?
    let node: Node
}

enum CampaignFileLoader {
    /// The longest campaign window, in days: five years (data-format.md §3).
    static let longestPeriod = 1_827
    static let keys = [
        "name", "brand", "objective", "start", "end", "currency", "budget", "targets", "required_mentions",
        "target_countries", "utm_campaign", "attribution_window_days", "baseline", "ab_test", "data", "influencers",
        "gross_margin", "search_term", "email",
    ]
    static let influencerKeys = [
        "handle", "name", "platform", "followers", "fee", "commission_rate", "product_cost", "promo_code",
        "utm_content", "audience_countries", "ratings",
    ]
    static let dataKinds = ["posts", "orders", "followers", "comments", "sessions", "leads", "mentions", "searches"]
    static let ratingKeys = ["brand_fit", "brief", "content_quality", "responsiveness"]

    /// The campaign as described, even when some keys are wrong (the data files are then
    /// still checked); nil when the dates or the roster cannot be read. Problems go to `collector`.
    static func load(_ text: String, file: String, id: String, settings: ProjectSettings, into collector: DiagnosticCollector) -> CampaignDescription? {
        let root: Node?
        do { root = try YAMLDocument.composeStrings(text, file: file) } catch {
            collector.emit(error)
            return nil
        }
        guard let root else {
            collector.emit(.error(file, 1, "the file is empty: expected the keys name, objective, start, end and influencers"))
            return nil
        }
        guard var map = YAMLMapping(root, file: file, context: "campaign", into: collector) else { return nil }

        let name = map.string("name", required: true)
        let brand = map.string("brand")
        let objective = map.choice("objective", Objective.allCases.map(\.rawValue), required: true).flatMap(Objective.init(rawValue:))
        let start = map.day("start", required: true)
        let end = map.day("end", required: true)
        if let start, let end, end < start, let node = map.value("end") {
            map.problem(node, "key \"end\": expected a date on or after start (\(start)), found \(end)")
        } else if let start, let end, end.ordinal - start.ordinal + 1 > CampaignFileLoader.longestPeriod, let node = map.value("end") {
            // Every day of the window gets its row and chart point: a window of millennia would
            // write gigabytes (data-format.md §3).
            map.problem(node, "key \"end\": expected a campaign of at most 5 years (\(CampaignFileLoader.longestPeriod) days), found \(end.ordinal - start.ordinal + 1) days from \(start) to \(end)")
        }
        var currency = settings.currency
        if let node = map.value("currency"), let c = CurrencyCode.read(node, key: "currency", map: map) { currency = c }
        let budget = map.number("budget", range: 0...Double.greatestFiniteMagnitude)
        let grossMargin = map.number("gross_margin", range: 0...1)
        var targets: [(kpi: Measure, value: Double)] = []
        if var t = map.mapping("targets", context: "targets") {
            for entry in t.entries {
                _ = t.value(entry.key)
                // A target that names no KPI would be dropped from the report: refused, not ignored.
                guard let measure = Measure(key: entry.key) else {
                    var message = "targets: unknown KPI \"\(entry.key)\": expected a KPI of kpis.md such as cpa or engagement_rate"
                    if let s = Suggestion.closest(to: entry.key, in: KPICatalog.keys) { message += " (did you mean \"\(s)\"?)" }
                    collector.emit(YAMLMapping.at(entry.keyNode, file: file, severity: .error, message))
                    continue
                }
                if let v = t.number(entry.value, key: entry.key, range: nil) { targets.append((measure, v)) }
            }
            t.finish(known: [])
        }
        let mentions = map.strings("required_mentions")
        let countries = map.strings("target_countries").map { $0.uppercased() }
        if let node = map.value("target_countries"), countries.contains(where: { !CampaignFileLoader.isCountryCode($0) }) {
            map.problem(node, "key \"target_countries\": expected ISO 3166 alpha-2 codes such as FR, found \(countries.filter { !CampaignFileLoader.isCountryCode($0) }.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        let utmCampaign = map.string("utm_campaign")
        let searchTerm = map.string("search_term")
        let window = map.integer("attribution_window_days", range: 1...90) ?? 30
        var baseline: DayRange?
        if var b = map.mapping("baseline", context: "baseline") {
            let bs = b.day("start", required: true), be = b.day("end", required: true)
            if let bs, let be {
                if be < bs { b.problem(b.node, "baseline: expected end on or after start, found \(bs) to \(be)") } else { baseline = DayRange(start: bs, end: be) }
            }
            b.finish(known: ["start", "end"])
        }
        let abTest = ABTestLoader.load(&map)
        var data: [String: [DataEntry]] = [:]
        if var d = map.mapping("data", context: "data") {
            for entry in d.entries where dataKinds.contains(entry.key) {
                guard let node = d.value(entry.key) else { continue }
                data[entry.key] = dataEntries(node, kind: entry.key, map: &d)
            }
            d.finish(known: dataKinds)
        }
        let email = EmailSettingsLoader.read(&map)
        var influencers: [Influencer] = []
        if let node = map.value("influencers") {
            if let seq = node.sequence, !seq.isEmpty {
                var seen: [String: Int] = [:]
                for (i, item) in seq.enumerated() {
                    guard let influencer = loadInfluencer(item, index: i + 1, file: file, into: collector) else { continue }
                    if let first = seen[influencer.key] {
                        collector.emit(YAMLMapping.at(item, file: file, "influencer \(i + 1): handle \"\(influencer.handle)\" is already used by influencer \(first): expected unique handles"))
                    } else {
                        seen[influencer.key] = i + 1
                        influencers.append(influencer)
                    }
                }
            } else {
                map.problem(node, "key \"influencers\": expected a list of at least one influencer, found \(YAMLMapping.describe(node))")
            }
        } else {
            map.missing("influencers")
        }
        map.finish(known: keys)
        // With the dates and the roster readable, the data files are still checked even when
        // other keys are wrong, so `report check` lists every problem at once; the build
        // stops on the errors all the same.
        guard let start, let end, !influencers.isEmpty else { return nil }
        var campaign = Campaign(
            id: id, name: name ?? id, brand: brand, objective: objective ?? .awareness,
            window: DayRange(start: start, end: max(start, end)),
            currency: currency, budget: budget, targets: targets, requiredMentions: mentions, targetCountries: countries,
            utmCampaign: utmCampaign, attributionWindowDays: window, baseline: baseline, abTest: abTest,
            influencers: influencers
        )
        campaign.grossMargin = grossMargin
        campaign.searchTerm = searchTerm
        campaign.email = email
        if let line = map.entries.first(where: { $0.key == "search_term" })?.keyNode.mark?.line { campaign.keyLines["search_term"] = line }
        for key in ["budget", "required_mentions", "target_countries", "gross_margin"] {
            if let line = map.entries.first(where: { $0.key == key })?.keyNode.mark?.line { campaign.keyLines[key] = line }
        }
        return CampaignDescription(campaign: campaign, data: data)
    }

    /// Two ASCII letters (ISO 3166-1 alpha-2).
    static func isCountryCode(_ s: String) -> Bool {
        s.count == 2 && s.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// A path, or a list of paths and `{path, influencer}` items (data-format.md §12).
    static func dataEntries(_ node: Node, kind: String, map: inout YAMLMapping) -> [DataEntry] {
        if let path = node.scalar?.string { return [DataEntry(path: path, influencer: nil, node: node)] }
        guard let items = node.sequence else {
            map.problem(node, "data: \(kind): expected a path, or a list of paths and {path, influencer} items, found \(YAMLMapping.describe(node))")
            return []
        }
        var out: [DataEntry] = []
        for item in items {
            if let path = item.scalar?.string {
                out.append(DataEntry(path: path, influencer: nil, node: item))
                continue
            }
            guard var m = YAMLMapping(item, file: map.file, context: "data: \(kind)", into: map.collector) else { continue }
            let path = m.string("path", required: true)
            let influencer = m.string("influencer")
            m.finish(known: ["path", "influencer"])
            if let path { out.append(DataEntry(path: path, influencer: influencer, node: item)) }
        }
        return out
    }

    static func loadInfluencer(_ node: Node, index: Int, file: String, into collector: DiagnosticCollector) -> Influencer? {
        guard var m = YAMLMapping(node, file: file, context: "influencer \(index)", into: collector) else { return nil }
        let handle = m.string("handle", required: true)
        if let handle, Influencer.normalizedHandle(handle).isEmpty, let n = m.value("handle") {
            m.problem(n, "key \"handle\": expected a handle such as @claire.cuisine, found \"\(handle)\"")
        }
        let name = m.string("name")
        let platform = m.choice("platform", Platform.known, required: true)
        let followers = m.integer("followers", range: 0...Int.max, required: true)
        // No default of 0: an influencer without any cost field has unknown costs (data-format.md §3).
        let fee = m.number("fee", range: 0...Double.greatestFiniteMagnitude)
        let commission = m.number("commission_rate", range: 0...1)
        let product = m.number("product_cost", range: 0...Double.greatestFiniteMagnitude)
        let codes = m.strings("promo_code")
        let utm = m.string("utm_content")
        var countries: [String: Double] = [:]
        if var c = m.mapping("audience_countries", context: "audience_countries") {
            for entry in c.entries {
                _ = c.value(entry.key)
                guard isCountryCode(entry.key.uppercased()) else {
                    c.problem(entry.keyNode, "audience_countries: expected ISO 3166 alpha-2 codes such as FR, found \"\(entry.key)\"")
                    continue
                }
                if let v = c.number(entry.value, key: entry.key, range: 0...1) { countries[entry.key.uppercased()] = v }
            }
            c.finish(known: [])
        }
        var ratings: [String: Double] = [:]
        if var r = m.mapping("ratings", context: "ratings") {
            for key in ratingKeys {
                if let v = r.number(key, range: 1...5) { ratings[key] = v }
            }
            r.finish(known: ratingKeys)
        }
        m.finish(known: influencerKeys)
        // A readable handle keeps the influencer on the roster even when other keys are wrong,
        // so the data files are checked against the roster the user meant (no cascade of
        // "unknown handle" errors); the errors above still stop the build.
        guard let handle, !Influencer.normalizedHandle(handle).isEmpty else { return nil }
        return Influencer(
            handle: handle, name: name, platform: Platform(platform ?? "other"), followers: followers ?? 0, fee: fee,
            commissionRate: commission, productCost: product, promoCodes: codes, utmContent: utm,
            audienceCountries: countries, ratings: ratings, line: node.mark?.line ?? 0
        )
    }
}

