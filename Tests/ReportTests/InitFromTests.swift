import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// `report init DIR --from FOLDER`: the campaign proposed from a folder of exports, read with
/// the loaders' own detection and readers; what the files do not say is listed.
@Suite struct InitFromTests {
    /// One export of each kind the fixtures have, as a user downloads them.
    static let exports = ["meta-posts.csv", "facebook-page-posts.csv", "tiktok-content.csv", "youtube-table-data.csv",
                          "shopify-orders.csv", "woocommerce-orders.csv", "ga4-sessions.csv", "tiktok-follower-history.csv"]

    /// Copies `files` of the export fixtures into `temp/exports` and proposes `temp/p` from them.
    func propose(_ files: [String] = exports, extra: [String: String] = [:], locale: ReportLocale = .enUS,
                 in temp: TemporaryFolder) throws -> ScaffoldResult {
        let folder = temp.url.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in files {
            try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports/" + name), to: folder.appendingPathComponent(name))
        }
        for (name, text) in extra { temp.write("exports/" + name, text) }
        return try ProjectScaffold.propose(into: temp.url.appendingPathComponent("p"), display: "p", from: folder,
                                           exportsDisplay: "exports", locale: locale)
    }

    @Test func sniffsEachExportByItsHeader() throws {
        var found: [String] = []
        for name in Self.exports + ["windows-1252-posts.csv"] {
            let bytes = try [UInt8](Data(contentsOf: Repo.fixtures.appendingPathComponent("exports/" + name)))
            let sniffed = try DataFileSniffer.sniff(header: CSVReader(bytes: bytes, file: name).header)
            found.append("\(name): \(sniffed.map { "\($0.kind.rawValue), \($0.form)\($0.needsAccount ? ", names no account" : "")" } ?? "nil")")
        }
        #expect(found == [
            "meta-posts.csv: posts, Meta Business Suite export",
            "facebook-page-posts.csv: posts, Meta Business Suite Facebook export",
            "tiktok-content.csv: posts, TikTok Studio Content.csv",
            "youtube-table-data.csv: posts, YouTube Studio export, names no account",
            "shopify-orders.csv: orders, Shopify orders export",
            "woocommerce-orders.csv: orders, WooCommerce Analytics orders export",
            "ga4-sessions.csv: sessions, GA4 report export",
            "tiktok-follower-history.csv: followers, TikTok Studio FollowerHistory.csv, names no account",
            "windows-1252-posts.csv: posts, posts.csv",
        ])
        #expect(DataFileSniffer.sniff(header: ["post_id", "text", "author"])?.kind == .comments)
        #expect(DataFileSniffer.sniff(header: ["date", "source", "text"])?.kind == .mentions)
        #expect(DataFileSniffer.sniff(header: ["Date", "Type"])?.kind == .leads)
        #expect(DataFileSniffer.sniff(header: ["name", "email"]) == nil)
    }

    /// The fixtures' influencers, codes, UTMs and window, and what they do not say.
    @Test func proposesFromThePlatformExports() throws {
        let temp = TemporaryFolder()
        let result = try propose(in: temp)
        #expect(result.campaign == "exports")
        #expect(result.filesRead == 8)
        #expect(result.files == ["report.yaml", "campaigns/exports/campaign.yaml"] + Self.exports.sorted().map { "campaigns/exports/exports/" + $0 })
        let yaml = try String(contentsOf: temp.url.appendingPathComponent("p/campaigns/exports/campaign.yaml"), encoding: .utf8)
        Golden.check(yaml, "init/from-exports/campaign.yaml")
        let report = try String(contentsOf: temp.url.appendingPathComponent("p/report.yaml"), encoding: .utf8)
        #expect(report.contains("\nlocale: en-US\n"))
        #expect(report.contains("\ncurrency: EUR  # currency of the orders in shopify-orders.csv\n"))
        // The values, line by line (the golden file holds their comments).
        let values = yaml.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        #expect(values == [
            "name: exports  # the folder's name",
            "objective: sales  # not in the files: sales, as orders were found",
            "start: 2026-02-27  # first post in the files",
            "end: 2026-03-21  # last post in the files",
            "utm_campaign: spring26  # the utm_campaign beside these utm_content values",
            "data:",
            "  posts:",
            "    - exports/facebook-page-posts.csv  # Meta Business Suite Facebook export",
            "    - exports/meta-posts.csv  # Meta Business Suite export",
            "    - exports/tiktok-content.csv  # TikTok Studio Content.csv",
            "  orders:",
            "    - exports/shopify-orders.csv  # Shopify orders export",
            "    - exports/woocommerce-orders.csv  # WooCommerce Analytics orders export",
            "  sessions:",
            "    - exports/ga4-sessions.csv  # GA4 report export",
            "influencers:",
            "  - handle: claire.cuisine  # 2 posts in facebook-page-posts.csv, 3 in meta-posts.csv",
            "    name: Claire en cuisine  # Account name in meta-posts.csv",
            "    platform: instagram  # a Meta Business Suite export",
            "    followers:  # not in the files: the audience size at the start",
            "    promo_code: CLAIRE10  # 2 orders in shopify-orders.csv; the code holds \"claire\"",
            "    utm_content: claire-ig  # 1 row in ga4-sessions.csv; the value holds \"claire\"",
            "  - handle: tom.tok  # 3 posts in tiktok-content.csv",
            "    platform: tiktok  # a TikTok Studio Content.csv",
            "    followers:  # not in the files: the audience size at the start",
            "    promo_code: tom15  # 2 orders in woocommerce-orders.csv; the code holds \"tom\"",
            "    utm_content: tom-tt  # 1 row in ga4-sessions.csv; the value holds \"tom\"",
        ])
        #expect(result.notes == [
            "name: not in the files; set to the folder's name, \"exports\"",
            "objective: not in the files; set to sales, as orders were found: change it if the campaign aimed at something else",
            "followers of claire.cuisine, tom.tok: not in the files (no followers.csv names them); report check asks for them",
            "fee, commission_rate and product_cost of each influencer, budget, gross_margin and targets: not in the files (an influencer without any cost has an unknown spend, n/a with a warning, until given; fee: 0 for an unpaid creator)",
            "brand, required_mentions, target_countries, baseline, ab_test, audience_countries and ratings: not in the files (left as commented-out examples)",
            "promo codes that name no influencer: bienvenue (1 order); if one is an influencer's, add it to their promo_code",
            "timezone: not in the files (UTC until report.yaml gives it)",
            "youtube-table-data.csv: a YouTube Studio export names no account; left out of data: (campaign.yaml says how to add it)",
            "tiktok-follower-history.csv: a TikTok Studio FollowerHistory.csv names no account; left out of data: (campaign.yaml says how to add it)",
        ])
        // report check points at the blanks, and at nothing else.
        let project = temp.url.appendingPathComponent("p")
        #expect(ProjectChecker.check(path: project, resources: Repo.root).map(\.description) == [
            "campaigns/exports/campaign.yaml:90:5: error: influencer 1: missing required key \"followers\"",
            "campaigns/exports/campaign.yaml:116:5: error: influencer 2: missing required key \"followers\"",
        ])
        // Once the counts are given the project checks clean.
        let filled = yaml.replacingOccurrences(of: "followers:  # not in the files: the audience size at the start", with: "followers: 20000")
        temp.write("p/campaigns/exports/campaign.yaml", filled)
        #expect(ProjectChecker.check(path: project, resources: Repo.root).filter { $0.severity == .error } == [])
    }

    /// The comments and notes in French.
    @Test func proposesInFrench() throws {
        let temp = TemporaryFolder()
        _ = try propose(["tiktok-content.csv", "woocommerce-orders.csv"], locale: .frFR, in: temp)
        let yaml = try String(contentsOf: temp.url.appendingPathComponent("p/campaigns/exports/campaign.yaml"), encoding: .utf8)
        #expect(yaml.contains("""
        influencers:
          # Son pseudo, tel que la colonne influencer des fichiers CSV l'écrit (obligatoire ; un @ en tête
          # est ignoré).
          - handle: tom.tok  # 3 publications dans tiktok-content.csv
        """))
        #expect(yaml.contains("    promo_code: tom15  # 2 commandes dans woocommerce-orders.csv ; le code contient « tom »\n"))
        #expect(yaml.contains("\n# Codes promo des fichiers qui ne nomment aucun de ces créateurs : bienvenue (1).\n"))
        // TikTok's year-less days take the year of the orders: 2026.
        #expect(yaml.contains("\nstart: 2026-02-27  # première publication des fichiers\n"))
    }

    /// A folder that holds generic CSVs naming every account with its platform and follower
    /// counts gives a project that checks clean: here, the sample's own data files.
    @Test func sampleDataRoundTrips() throws {
        let temp = TemporaryFolder()
        let sample = temp.url.appendingPathComponent("sample")
        _ = try ProjectScaffold.sample(into: sample, display: "sample", locale: .enUS)
        let result = try ProjectScaffold.propose(into: temp.url.appendingPathComponent("p"), display: "p",
                                                 from: sample.appendingPathComponent("campaigns/spring-2026"), exportsDisplay: "spring-2026", locale: .enUS)
        #expect(result.notes == [
            "name: not in the files; set to the folder's name, \"spring-2026\"",
            "objective: not in the files; set to sales, as orders were found: change it if the campaign aimed at something else",
            "fee, commission_rate and product_cost of each influencer, budget, gross_margin and targets: not in the files (an influencer without any cost has an unknown spend, n/a with a warning, until given; fee: 0 for an unpaid creator)",
            "brand, required_mentions, target_countries, baseline, ab_test, audience_countries and ratings: not in the files (left as commented-out examples)",
            "currency: not in the files (EUR until report.yaml gives it)",
            "timezone: not in the files (UTC until report.yaml gives it)",
        ])
        // The proposal cannot know the creators' costs: report check points at each (kpis.md §4).
        let costs = "no fee, product_cost nor commission_rate, and no post cost: its spend is unknown (n/a), and so are the campaign's costs that include it; write fee: 0 for an unpaid creator"
        #expect(ProjectChecker.check(path: temp.url.appendingPathComponent("p"), resources: Repo.root).map(\.description) == [
            "campaigns/spring-2026/campaign.yaml:83: warning: influencer \"lea.infuse\": " + costs,
            "campaigns/spring-2026/campaign.yaml:114: warning: influencer \"nora.matcha\": " + costs,
            "campaigns/spring-2026/campaign.yaml:119: warning: influencer \"teatime.tom\": " + costs,
            "campaigns/spring-2026/campaign.yaml:124: warning: influencer \"hugo.kitchen\": " + costs,
        ])
        let loader = try ProjectLoader(path: temp.url.appendingPathComponent("p"))
        let campaign = try #require(loader.loadCampaign(loader.campaignFolders[0], settings: ProjectSettings(), into: DiagnosticCollector()))
        #expect(campaign.window == DayRange(start: Day(year: 2026, month: 3, day: 3)!, end: Day(year: 2026, month: 3, day: 28)!))
        #expect(campaign.utmCampaign == "brume-0326")
        #expect(campaign.influencers.map { "\($0.handle) \($0.platform) \($0.followers) \($0.promoCodes) \($0.utmContent ?? "-")" } == [
            "lea.infuse instagram 48200 [\"LEA15\"] lea-infuse",
            "sam.brews tiktok 186500 [\"SAM15\"] sam-brews",
            "nora.matcha instagram 12900 [\"NORA10\"] nora-matcha",
            "teatime.tom youtube 312000 [\"TOM20\"] teatime-tom",
            "hugo.kitchen instagram 6400 [\"HUGO10\"] hugo-kitchen",
        ])
        #expect(campaign.orders?.count == 341)
    }

    /// Files that are not data files, or cannot be read, are listed and left out; a folder with
    /// none is refused.
    @Test func unknownAndUnreadableFiles() throws {
        let temp = TemporaryFolder()
        let result = try propose(["meta-posts.csv"], extra: ["contacts.csv": "name,email\nLéa,lea@example.com\n", "empty.csv": "", "notes.txt": "x"], in: temp)
        #expect(result.notes.suffix(2) == [
            "contacts.csv: not a kind of file report reads, left out (header: name, email)",
            "empty.csv: cannot be read, left out: empty.csv: error: the file is empty (0 bytes): expected at least a header line",
        ])
        #expect(result.files == ["report.yaml", "campaigns/exports/campaign.yaml", "campaigns/exports/exports/meta-posts.csv"])

        let none = TemporaryFolder()
        #expect(throws: Diagnostic.error("exports", 0, "no data file found: expected CSV exports (posts, orders, followers, comments, sessions, leads, mentions or searches) in the folder, found contacts.csv")) {
            _ = try propose([], extra: ["contacts.csv": "name,email\n"], in: none)
        }
        #expect(throws: Diagnostic.error("missing", 0, "not a folder: expected the folder holding the exports to read")) {
            _ = try ProjectScaffold.propose(into: none.url.appendingPathComponent("q"), display: "q", from: none.url.appendingPathComponent("missing"),
                                            exportsDisplay: "missing", locale: .enUS)
        }
    }

    /// A code or utm_content that two influencers' handles could own stays unassigned; the
    /// `influencer` column of a generic orders.csv decides when it is there.
    @Test func ambiguousValuesStayUnassigned() throws {
        let temp = TemporaryFolder()
        let posts = "post_id,influencer,platform,format,published_at\n1,lea.tea,instagram,reel,2026-03-02\n2,lea.cook,instagram,reel,2026-03-05\n"
        let orders = "order_id,date,revenue,promo_code,influencer\no1,2026-03-03,20,LEA10,\no2,2026-03-04,20,COOKLEA,lea.cook\n"
        let result = try propose([], extra: ["posts.csv": posts, "orders.csv": orders], in: temp)
        let yaml = try String(contentsOf: temp.url.appendingPathComponent("p/campaigns/exports/campaign.yaml"), encoding: .utf8)
        #expect(yaml.contains("    promo_code: COOKLEA  # 1 order in orders.csv; the influencer column names them\n"))
        #expect(result.notes.contains("promo codes that name no influencer: LEA10 (1 order); if one is an influencer's, add it to their promo_code"))
    }
}
