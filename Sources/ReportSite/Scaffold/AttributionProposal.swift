import Foundation
import ReportCore
import ReportLoading

/// Who each promo code and utm_content value of the files belongs to: the influencer an
/// `influencer` column names beside it, else the one influencer whose handle has a part (three
/// letters or more between dots, dashes or digits) the value holds, without regard to case or
/// accents: `CLAIRE10` is claire.cuisine's, `tom-tt` tom.tok's. A value that several or no
/// influencers could own stays unassigned and is listed, never guessed.
struct AttributionProposal {
    /// Why a value went to an influencer: the part of the handle it holds, or nil when an
    /// `influencer` column names them.
    typealias Owned = (seen: ExportSurvey.Seen, part: String?)

    private(set) var codes: [String: [Owned]] = [:]
    private(set) var contents: [String: Owned] = [:]
    private(set) var unassignedCodes: [ExportSurvey.Seen] = []
    private(set) var unassignedContents: [ExportSurvey.Seen] = []
    /// The one utm_campaign every assigned utm_content row carries, if there is one.
    private(set) var utmCampaign: String?
    private(set) var campaignsSeen: [String] = []

    init(survey: ExportSurvey) {
        let keys = survey.accounts.map { Influencer.key($0.handle) }
        let parts = Dictionary(uniqueKeysWithValues: survey.accounts.map { (Influencer.key($0.handle), AttributionProposal.parts($0.handle)) })
        func owner(_ seen: ExportSurvey.Seen) -> (key: String, part: String?)? {
            let named = Set(seen.influencers.map(Influencer.key))
            if !named.isEmpty {
                guard named.count == 1, let key = named.first, keys.contains(key) else { return nil }
                return (key, nil)
            }
            let text = AttributionProposal.fold(seen.text)
            let hits = keys.compactMap { key in
                parts[key]?.filter { text.contains($0) }.max { $0.count < $1.count }.map { (key: key, part: Optional($0)) }
            }
            return hits.count == 1 ? hits[0] : nil
        }
        for seen in survey.promoCodes {
            if let o = owner(seen) { codes[o.key, default: []].append((seen, o.part)) } else { unassignedCodes.append(seen) }
        }
        for seen in survey.utmContents {
            guard let o = owner(seen) else { unassignedContents.append(seen); continue }
            // One utm_content per influencer: the value most rows carry.
            if let kept = contents[o.key] {
                if seen.rows > kept.seen.rows { unassignedContents.append(kept.seen); contents[o.key] = (seen, o.part) } else { unassignedContents.append(seen) }
            } else {
                contents[o.key] = (seen, o.part)
            }
        }
        let campaigns = Set(contents.values.flatMap(\.seen.campaigns))
        if campaigns.count == 1, let only = campaigns.first, !only.isEmpty { utmCampaign = only }
        var seenCampaigns: [String] = []
        for c in survey.utmContents.flatMap(\.campaigns) where !c.isEmpty && !seenCampaigns.contains(c) { seenCampaigns.append(c) }
        campaignsSeen = seenCampaigns
    }

    /// promo_code and utm_content of one influencer; for the first, the keys without a value are
    /// commented-out examples.
    func entries(for handle: String, _ w: ScaffoldWords, first: Bool) -> [ScaffoldEntry] {
        let key = Influencer.key(handle)
        var out: [ScaffoldEntry] = []
        if let owned = codes[key], !owned.isEmpty {
            let value = owned.count == 1 ? ScaffoldYAML.quote(owned[0].seen.text) : ScaffoldYAML.list(owned.map(\.seen.text))
            let note = owned.map { o in
                (owned.count == 1 ? "" : o.seen.text + ": ") + w.codeSeen(o.seen.rows, o.seen.files, o.part) + (o.part == nil ? "; " + w.namedBeside : "")
            }.joined(separator: " / ")
            out.append(ScaffoldEntry(key: "promo_code", value: .scalar(value), note: note))
        } else if first {
            out.append(ScaffoldEntry(key: "promo_code", value: .example))
        }
        if let o = contents[key] {
            out.append(ScaffoldEntry(key: "utm_content", value: .scalar(ScaffoldYAML.quote(o.seen.text)),
                                     note: w.contentSeen(o.seen.rows, o.seen.files, o.part) + (o.part == nil ? "; " + w.namedBeside : "")))
        } else if first {
            out.append(ScaffoldEntry(key: "utm_content", value: .example))
        }
        return out
    }

    func utmCampaignEntry(_ w: ScaffoldWords) -> ScaffoldEntry {
        if let utmCampaign { return ScaffoldEntry(key: "utm_campaign", value: .scalar(ScaffoldYAML.quote(utmCampaign)), note: w.campaignSeen) }
        let others = campaignsSeen.isEmpty ? [] : [w.otherCampaigns(campaignsSeen.joined(separator: ", "))]
        return ScaffoldEntry(key: "utm_campaign", value: .example, trailer: others)
    }

    /// Comment lines after the influencers: what no influencer took.
    func unassignedLines(_ w: ScaffoldWords) -> [String] {
        var lines: [String] = []
        if !unassignedCodes.isEmpty { lines.append(w.unassignedCodes(Self.listed(unassignedCodes))) }
        if !unassignedContents.isEmpty { lines.append(w.unassignedContents(Self.listed(unassignedContents))) }
        return lines
    }

    var notes: [String] {
        var out: [String] = []
        if !unassignedCodes.isEmpty {
            out.append("promo codes that name no influencer: \(Self.listed(unassignedCodes, unit: "order")); if one is an influencer's, add it to their promo_code")
        }
        if !unassignedContents.isEmpty {
            out.append("utm_content values that name no influencer: \(Self.listed(unassignedContents, unit: "row")); if one is an influencer's, make it their utm_content")
        }
        return out
    }

    /// `bienvenue (1), SPRING (3)`, or with a unit, `bienvenue (1 order)`.
    static func listed(_ values: [ExportSurvey.Seen], unit: String? = nil) -> String {
        values.map { v in "\(v.text) (\(v.rows)\(unit.map { " " + $0 + (v.rows == 1 ? "" : "s") } ?? ""))" }.joined(separator: ", ")
    }

    /// The parts of a handle a code or utm_content can hold: runs of three letters or more.
    static func parts(_ handle: String) -> [String] {
        fold(handle).split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
