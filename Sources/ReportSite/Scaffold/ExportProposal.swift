import Foundation
import ReportCore
import ReportLoading

/// The project `report init DIR --from FOLDER` proposes from an `ExportSurvey` of FOLDER: the
/// influencers its posts name, the promo codes and utm_content values of its orders, sessions
/// and leads given to the influencer they name, the window of its posts, and a `data:` block
/// pointing at copies of its files. Every value written is one the files hold; what they do
/// not hold is left blank (required keys, so `report check` points at them) or commented out
/// (optional keys), and listed in `notes`, in English, for the terminal. Pure: no IO.
struct ExportProposal {
    let campaignID: String
    let report: [ScaffoldEntry]
    let campaign: [ScaffoldEntry]
    let campaignHeader: [String]
    let reportHeader: [String]
    /// What the files do not say, one line each.
    let notes: [String]
    /// Files of the folder to copy into the campaign's `exports/`, every recognised one.
    let copies: [String]

    static let exportsFolder = "exports"

    init(survey: ExportSurvey, folderName: String, locale: ReportLocale) {
        let w = ScaffoldHelp.of(locale).words
        campaignID = ExportProposal.campaignID(folderName)
        copies = survey.files.map(\.name)
        campaignHeader = w.proposalHeader(folderName)
        reportHeader = w.reportHeader

        let kinds = Set(survey.files.map(\.sniffed.kind))
        let objective = kinds.contains(.orders) ? "sales" : kinds.contains(.leads) ? "leads" : "awareness"
        var notes = [
            "name: not in the files; set to the folder's name, \"\(folderName)\"",
            "objective: not in the files; set to \(objective)"
                + (objective == "awareness" ? "" : ", as \(objective == "sales" ? "orders" : "leads") were found")
                + ": change it if the campaign aimed at something else",
        ]
        var campaign: [ScaffoldEntry] = [
            ScaffoldEntry(key: "name", value: .scalar(ScaffoldYAML.quote(folderName)), note: w.nameFromFolder),
            ScaffoldEntry(key: "brand", value: .example),
            ScaffoldEntry(key: "objective", value: .scalar(objective),
                          note: objective == "sales" ? w.objectiveFromOrders : objective == "leads" ? w.objectiveFromLeads : w.objectiveDefault),
        ]
        if let window = survey.window {
            campaign.append(ScaffoldEntry(key: "start", value: .scalar(window.start.description), note: w.firstPost))
            campaign.append(ScaffoldEntry(key: "end", value: .scalar(window.end.description), note: w.lastPost))
        } else {
            campaign.append(ScaffoldEntry(key: "start", value: .blank, note: w.noDatedPost))
            campaign.append(ScaffoldEntry(key: "end", value: .blank, note: w.noDatedPost))
            notes.append("start, end: no post in the files has a date with its year; report check asks for them")
        }
        let attribution = AttributionProposal(survey: survey)
        let roster = ExportProposal.influencers(survey, attribution, w, notes: &notes)
        for key in ["currency", "budget", "gross_margin", "targets", "required_mentions", "target_countries"] {
            campaign.append(ScaffoldEntry(key: key, value: .example))
        }
        campaign.append(attribution.utmCampaignEntry(w))
        for key in ["attribution_window_days", "baseline", "ab_test", "search_term"] {
            campaign.append(ScaffoldEntry(key: key, value: .example))
        }
        var fileNotes: [String] = []
        campaign.append(ExportProposal.data(survey, w, notes: &fileNotes))
        var influencers = roster.isEmpty
            ? ScaffoldEntry(key: "influencers", value: .blank, note: w.noAccount)
            : ScaffoldEntry(key: "influencers", value: .list(roster))
        influencers.trailer = attribution.unassignedLines(w)
        campaign.append(influencers)
        self.campaign = campaign
        if roster.isEmpty { notes.append("influencers: no post in the files names an account; report check asks for at least one") }

        notes.append("fee, commission_rate and product_cost of each influencer, budget, gross_margin and targets: not in the files (an influencer without any cost has an unknown spend, n/a with a warning, until given; fee: 0 for an unpaid creator)")
        notes.append("brand, required_mentions, target_countries, baseline, ab_test, audience_countries and ratings: not in the files (left as commented-out examples)")
        notes += attribution.notes
        report = ExportProposal.report(survey, locale: locale, w, notes: &notes)
        notes += fileNotes
        for (name, header) in survey.unrecognised {
            if let refusal = UnusableExport.refusal(header: header) {
                notes.append("\(name): \(refusal); left out")
                continue
            }
            notes.append("\(name): not a kind of file report reads, left out (header: \(header.joined(separator: ", ")))")
        }
        for problem in survey.unreadable { notes.append("\(problem.file): cannot be read, left out: \(problem.description)") }
        self.notes = notes
    }

    /// The folder's name made a campaign id (a folder name under campaigns/).
    static func campaignID(_ folderName: String) -> String {
        var id = Slug.make(folderName)
        while id.hasPrefix("_") || id.hasPrefix(".") || id.hasPrefix("-") { id.removeFirst() }
        return id.isEmpty ? "campaign" : id
    }

    /// One entry list per account the posts name, in the order the files name them.
    static func influencers(_ survey: ExportSurvey, _ attribution: AttributionProposal, _ w: ScaffoldWords,
                            notes: inout [String]) -> [[ScaffoldEntry]] {
        var noPlatform: [String] = [], noFollowers: [String] = []
        let roster: [[ScaffoldEntry]] = survey.accounts.enumerated().map { i, account in
            let first = i == 0
            func optional(_ key: String) -> ScaffoldEntry? { first ? ScaffoldEntry(key: key, value: .example) : nil }
            let postFiles = account.posts.sorted { $0.key < $1.key }.map { (file: $0.key, posts: $0.value) }
            var entries = [ScaffoldEntry(key: "handle", value: .scalar(ScaffoldYAML.quote(account.handle)), note: w.posts(postFiles))]
            if let name = account.name {
                entries.append(ScaffoldEntry(key: "name", value: .scalar(ScaffoldYAML.quote(name.text)), note: w.accountName(name.file)))
            } else if let e = optional("name") { entries.append(e) }
            if let platform = account.platform, Platform.known.contains(platform.name) {
                let form = survey.files.first { $0.name == platform.file }?.sniffed.form ?? ""
                entries.append(ScaffoldEntry(key: "platform", value: .scalar(platform.name),
                                             note: form == "posts.csv" ? w.platformColumn(platform.file) : w.platformOf(form)))
            } else {
                entries.append(ScaffoldEntry(key: "platform", value: .blank, note: w.platformMissing))
                noPlatform.append(account.handle)
            }
            if let count = startCount(survey.followerCounts[Influencer.key(account.handle)] ?? [], window: survey.window) {
                entries.append(ScaffoldEntry(key: "followers", value: .scalar(String(count.count)), note: w.followersOn(count.file, count.day.description)))
            } else {
                entries.append(ScaffoldEntry(key: "followers", value: .blank, note: w.followersMissing))
                noFollowers.append(account.handle)
            }
            entries += ["fee", "commission_rate", "product_cost"].compactMap(optional)
            entries += attribution.entries(for: account.handle, w, first: first)
            entries += ["audience_countries", "ratings"].compactMap(optional)
            return entries.map { e in
                var e = e
                e.explained = first
                return e
            }
        }
        if !noPlatform.isEmpty {
            notes.append("platform of \(noPlatform.joined(separator: ", ")): not in the files; report check asks for it")
        }
        if !noFollowers.isEmpty {
            notes.append("followers of \(noFollowers.joined(separator: ", ")): not in the files (no followers.csv names \(noFollowers.count == 1 ? "it" : "them")); report check asks for \(noFollowers.count == 1 ? "it" : "them")")
        }
        return roster
    }

    /// The count at the start: the last dated on or before the first post, else the first after it.
    static func startCount(_ counts: [(day: Day, count: Int, file: String)], window: DayRange?) -> (day: Day, count: Int, file: String)? {
        let sorted = counts.sorted { $0.day < $1.day }
        guard let start = window?.start else { return sorted.first }
        return sorted.last { $0.day <= start } ?? sorted.first
    }

    /// `data:`: every file under its kind, by its copy in exports/; the per-account exports left
    /// out with the reason and the way to add them.
    static func data(_ survey: ExportSurvey, _ w: ScaffoldWords, notes: inout [String]) -> ScaffoldEntry {
        var lines: [String] = [], leftOut: [String] = []
        for kind in DataFileKind.allCases {
            let files = survey.files.filter { $0.sniffed.kind == kind }
            let kept = files.filter { !$0.sniffed.needsAccount }
            if !kept.isEmpty {
                lines.append(kind.rawValue + ":")
                for file in kept {
                    let generic = file.sniffed.form == kind.rawValue + ".csv"
                    lines.append("  - " + ScaffoldYAML.quote(exportsFolder + "/" + file.name) + (generic ? "" : "  # " + file.sniffed.form))
                }
            }
            for file in files where file.sniffed.needsAccount {
                let path = exportsFolder + "/" + file.name
                // Block lines stand four columns in (`data:`'s two, and the `# `).
                leftOut += ScaffoldYAML.wrap(w.leftOut(path, file.sniffed.form, kind == .posts ? survey.postsWithoutAccount[file.name] ?? 0 : nil),
                                             width: ScaffoldYAML.width - 4)
                notes.append("\(file.name): a \(file.sniffed.form) names no account; left out of data: (campaign.yaml says how to add it)")
            }
        }
        if lines.isEmpty { return ScaffoldEntry(key: "data", value: .example, trailer: leftOut) }
        // One paragraph per file left out.
        return ScaffoldEntry(key: "data", value: .block(lines + leftOut.map { "# " + $0 }))
    }

    /// report.yaml: the locale asked for and the orders' currency; the rest as examples.
    static func report(_ survey: ExportSurvey, locale: ReportLocale, _ w: ScaffoldWords, notes: inout [String]) -> [ScaffoldEntry] {
        var entries = [ScaffoldEntry(key: "title", value: .example), ScaffoldEntry(key: "locale", value: .scalar(locale.rawValue))]
        let currencies = survey.currencies.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if let top = currencies.first {
            entries.append(ScaffoldEntry(key: "currency", value: .scalar(ScaffoldYAML.quote(top.key)), note: w.currencyFrom(survey.currencyFiles)))
            if currencies.count > 1 {
                notes.append("currency: the orders carry several currencies (\(currencies.map { "\($0.key) \($0.value)" }.joined(separator: ", "))); a report never mixes them, report check lists the others")
            }
        } else {
            entries.append(ScaffoldEntry(key: "currency", value: .example))
            if survey.files.contains(where: { $0.sniffed.kind == .orders }) {
                notes.append("currency: not in the files (EUR until report.yaml gives it)")
            }
        }
        entries.append(ScaffoldEntry(key: "timezone", value: .example))
        notes.append("timezone: not in the files (UTC until report.yaml gives it)")
        for key in ["as_of", "output", "indexable", "benchmarks", "emv", "fraud"] { entries.append(ScaffoldEntry(key: key, value: .example)) }
        return entries
    }
}
