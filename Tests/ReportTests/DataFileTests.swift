import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// data-format.md §6–§10: the optional files, each located in its messages.
@Suite struct DataFileTests {
    static let campaignYAML = """
    name: Spring
    objective: sales
    start: 2026-03-01
    end: 2026-03-31
    utm_campaign: spring
    influencers:
      - handle: claire
        platform: instagram
        followers: 1000
        promo_code: CLAIRE
        utm_content: claire-ig

    """
    static let posts = "post_id,influencer,format,published_at,reach\np1,claire,reel,2026-03-03,100\n"

    func load(_ files: [String: String], yaml: String = campaignYAML) -> (Campaign?, [String]) {
        let temp = TemporaryFolder()
        temp.write("p/campaigns/c/campaign.yaml", yaml)
        temp.write("p/campaigns/c/posts.csv", Self.posts)
        for (name, text) in files { temp.write("p/campaigns/c/" + name, text) }
        do {
            let loader = try ProjectLoader(path: temp.url.appendingPathComponent("p"))
            let collector = DiagnosticCollector()
            let campaign = loader.loadCampaign(loader.campaignFolders[0], settings: ProjectSettings(timezone: "Europe/Paris"), into: collector)
            return (campaign, collector.diagnostics.map(\.description))
        } catch {
            return (nil, ["\(error)"])
        }
    }

    @Test func followers() throws {
        let (campaign, messages) = load(["followers.csv": "date,influencer,followers\n2026-02-28,@Claire,1000\n2026-03-31,claire,1200\n2026-03-01,someone,5\n2026-03-02,someone,6\n"])
        #expect(messages == ["campaigns/c/followers.csv:4: warning: handle \"someone\" is not in the campaign: its rows are ignored"])
        #expect(try #require(campaign).followers?.count == 2)
        let (_, duplicate) = load(["followers.csv": "date,influencer,followers\n2026-02-28,claire,1000\n2026-02-28,CLAIRE,1001\n"])
        #expect(duplicate == ["campaigns/c/followers.csv:3: error: column \"followers\": a second count for \"CLAIRE\" on 2026-02-28: already counted on line 2"])
    }

    @Test func comments() throws {
        let (campaign, messages) = load(["comments.csv": "post_id,text,author\np1,\"Top, j'adore\",x\nghost,hello,y\nghost,again,z\n"])
        #expect(messages == ["campaigns/c/comments.csv:3: warning: 2 comments on post ids not in posts.csv: ignored"])
        #expect(try #require(campaign).comments?.map(\.text) == ["Top, j'adore"])
    }

    @Test func ga4SessionsExport() throws {
        let ga4 = """
        # ----------------------------------------
        # Traffic acquisition: Session source / medium
        # Start date: 20260301
        # ----------------------------------------
        Date,Session source,Session medium,Session campaign,Session manual ad content,Sessions
        20260303,instagram,social,spring,claire-ig,40
        20260304,(direct),(none),(not set),(not set),"1,200"
        ,,,,,1240

        """
        let (campaign, messages) = load(["sessions.csv": ga4])
        #expect(messages.isEmpty)
        let loaded = try #require(campaign)
        let sessions = try #require(loaded.sessions)
        #expect(sessions.count == 2)
        #expect(sessions[0].day == Make.day(3, 3))
        #expect(sessions[0].content == "claire-ig")
        #expect(sessions[1].isDirect)
        #expect(sessions[1].campaign == nil)
        #expect(sessions[1].sessions == 1200)
        let k = KPICalculator.compute(loaded).campaign
        #expect(k[.clicks] == 40)
    }

    @Test func genericSessions() throws {
        let (campaign, messages) = load(["sessions.csv": "date;source;medium;campaign;content;sessions\n03/03/2026;(DIRECT);;;;12\n2026-03-04;google;organic;;;x\n"])
        #expect(messages == ["campaigns/c/sessions.csv:3: error: column \"sessions\": expected a non-negative integer, found \"x\""])
        #expect(campaign == nil)
    }

    @Test func leads() throws {
        let (campaign, messages) = load(["leads.csv": "date,type,promo_code,influencer\n2026-03-03,Newsletter,claire,\n2026-03-04,quote,,claire\n"])
        #expect(messages.isEmpty)
        #expect(try #require(campaign).leads?.map(\.type) == ["newsletter", "quote"])
        let (_, unknown) = load(["leads.csv": "date,type,influencer\n2026-03-03,quote,nobody\n"])
        #expect(unknown == ["campaigns/c/leads.csv:2: error: column \"influencer\": unknown handle \"nobody\": expected one of the campaign's influencers"])
    }

    @Test func mentions() throws {
        let (campaign, messages) = load(["mentions.csv": "date,source,text,author,url\n2026-03-03,blog,#maisonlune top,a,https://x\n2026-03-04,blog,,b,\n"])
        #expect(messages == ["campaigns/c/mentions.csv:3: error: column \"text\": expected a value, found an empty cell"])
        #expect(campaign == nil)
    }

    @Test func renamedDataFile() throws {
        let yaml = Self.campaignYAML + "data:\n  comments: exports/comments-march.csv\n"
        let (campaign, messages) = load(["exports/comments-march.csv": "post_id,text\np1,hello there my friend\n"], yaml: yaml)
        #expect(messages.isEmpty)
        #expect(try #require(campaign).comments?.count == 1)
    }

    @Test func unknownTargetKPIIsAnError() {
        let yaml = Self.campaignYAML.replacingOccurrences(of: "utm_campaign: spring\n", with: "utm_campaign: spring\ntargets:\n  roas: 3\n  cpa: 20\n")
        let (campaign, messages) = load([:], yaml: yaml)
        #expect(messages == ["campaigns/c/campaign.yaml:7:3: error: targets: unknown KPI \"roas\": expected a KPI of kpis.md such as cpa or engagement_rate (did you mean \"roi\"?)"])
        #expect(campaign == nil)
    }

    @Test func emvOverridesInReportYAML() {
        let collector = DiagnosticCollector()
        let settings = SettingsLoader.load("emv:\n  instagram: {cpm: 9}\n  tiktok: {click: -1}\n  myspace: {cpm: 1}\n", file: "report.yaml", into: collector)
        #expect(collector.diagnostics.map(\.description) == [
            "report.yaml:3:19: error: key \"click\": expected a number ≥ 0, found -1",
            "report.yaml:4:3: warning: emv: unknown key \"myspace\"",
        ])
        #expect(settings.emv.rates(Platform("instagram")) == EMVRates(cpm: 9, engagement: 0.10, click: 1.00))
    }
}
