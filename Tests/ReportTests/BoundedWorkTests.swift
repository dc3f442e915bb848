import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// Issue 21 point 5: inputs that would make the build run for ever, use gigabytes or trap are
/// refused at their line.
@Suite struct BoundedWorkTests {
    static func campaignYAML(_ extra: String = "", start: String = "2026-03-01", end: String = "2026-03-31") -> String {
        """
        name: C
        objective: sales
        start: \(start)
        end: \(end)
        \(extra)
        influencers:
          - {handle: a, platform: instagram, followers: 1000, fee: 10}

        """
    }

    static let posts = "post_id,influencer,format,published_at,reach\np1,a,reel,2026-03-02,10\n"

    /// Nine aliases of nine: 9⁹ ≈ 387 million values from a 1 KB file. Refused where the
    /// expansion passes a million (the seventh level: 9⁶ + … values), before anything walks it.
    @Test func anAliasBombIsAnErrorAtItsLine() throws {
        var lines = ["x0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for i in 1...8 { lines.append("x\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]") }
        let (campaign, messages) = try loadCampaign(["campaign.yaml": Self.campaignYAML(lines.joined(separator: "\n") + "\nab_test: *a8"), "posts.csv": Self.posts])
        #expect(campaign == nil)
        #expect(messages == [
            "campaigns/c/campaign.yaml:11:5: error: YAML aliases make this value stand for more than a million values (an \"alias bomb\"): expected aliases that repeat a value a few times",
        ])
    }

    @Test func aFewAliasesAreFine() throws {
        let yaml = Self.campaignYAML("required_mentions: &m [\"#ad\", \"@brand\"]\ntarget_countries: [FR]")
            .replacingOccurrences(of: "fee: 10}", with: "fee: 10}\n  - {handle: b, platform: tiktok, followers: 500, fee: 5}")
        let (campaign, messages) = try loadCampaign(["campaign.yaml": yaml, "posts.csv": Self.posts])
        #expect(messages.filter { $0.contains("error") } == [])
        #expect(campaign?.requiredMentions == ["#ad", "@brand"])
    }

    /// Five years is 1 827 days (data-format.md §3): 2026-01-01 to 2031-01-01 is 1 827 days,
    /// one day more is refused.
    @Test(arguments: [("2031-01-01", true), ("2031-01-02", false), ("9999-12-31", false)])
    func aCampaignWindowIsAtMostFiveYears(_ end: String, _ accepted: Bool) throws {
        let (_, messages) = try loadCampaign(["campaign.yaml": Self.campaignYAML(start: "2026-01-01", end: end),
                                              "posts.csv": "post_id,influencer,format,published_at,reach\np1,a,reel,2026-03-02,10\n"])
        let errors = messages.filter { $0.contains(": error: ") }
        if accepted {
            #expect(errors == [])
        } else {
            let days = (DateReader.day(end)?.ordinal ?? 0) - (DateReader.day("2026-01-01")?.ordinal ?? 0) + 1
            #expect(errors == ["campaigns/c/campaign.yaml:4:6: error: key \"end\": expected a campaign of at most 5 years (1827 days), found \(days) days from 2026-01-01 to \(end)"])
        }
    }

    /// `budget: 1e19` trapped in the number formatting (SIGILL); now an error at its line, like
    /// any value beyond a thousand billion, in YAML and CSV alike.
    @Test func numbersBeyondWhatAReportShowsAreErrorsAtTheirLine() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.campaignYAML("budget: 1e19"),
            "posts.csv": "post_id,influencer,format,published_at,reach,impressions,cost\np1,a,reel,2026-03-02,10000000000000,999999999999,20000000000000.50\n",
            "orders.csv": "order_id,date,revenue,promo_code\no1,2026-03-03,1000000000001,\no2,2026-03-03,1000000000000,\n",
        ])
        #expect(campaign == nil)
        #expect(messages == [
            "campaigns/c/campaign.yaml:5:9: error: key \"budget\": 1e19 is beyond what a report can show: expected at most 1000000000000",
            "campaigns/c/orders.csv:2: error: column \"revenue\": \"1000000000001\" is beyond what a report can show: expected at most 1000000000000",
            "campaigns/c/posts.csv:2: error: column \"cost\": \"20000000000000.50\" is beyond what a report can show: expected at most 1000000000000",
            "campaigns/c/posts.csv:2: error: column \"reach\": \"10000000000000\" is beyond what a report can show: expected at most 1000000000000",
        ])
    }

    /// Sums of many capped values can still pass Int64: formatting never traps.
    @Test func hugeSumsFormatWithoutTrapping() {
        let f = NumberFormat(locale: .enUS, currency: "EUR")
        #expect(f.money(1e19) == "€10,000,000,000,000,000,000.00")
        #expect(f.number(-2.5e20, decimals: 0) == "−250,000,000,000,000,000,000" || f.number(-2.5e20, decimals: 0) == "-250,000,000,000,000,000,000")
        #expect(f.money(.infinity).contains("∞"))
    }
}
