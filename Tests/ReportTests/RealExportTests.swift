import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// The second round of real downloads (issue 11): each fixture has the export's exact header
/// and quirks, and each test states the figures computed by hand.
@Suite struct RealExportTests {
    /// A campaign over [start, end] reading `data` from the export fixtures, with every
    /// diagnostic as printed (the "has no post" warnings of single-export campaigns left out).
    func load(start: String = "2026-03-01", end: String = "2026-03-31", extra: String = "", data: String) throws -> (Campaign?, [String]) {
        let yaml = """
        name: Spring
        objective: sales
        start: \(start)
        end: \(end)
        \(extra)influencers:
          - handle: claire.cuisine
            name: Claire en cuisine
            platform: instagram
            followers: 20000
          - handle: tom.tok
            platform: tiktok
            followers: 150000
          - handle: chloe.yt
            platform: youtube
            followers: 80000
        data:

        """
        let (campaign, messages) = try loadCampaign(["campaign.yaml": yaml + data, "posts.csv": "post_id,influencer,format,published_at\n"])
        return (campaign, messages.filter { !$0.hasSuffix("has no post") })
    }

    static let oneInfluencer = "name: C\nobjective: sales\nstart: 2026-03-01\nend: 2026-03-31\ninfluencers:\n  - {handle: tom.tok, platform: tiktok, followers: 10}\n"

    func followers(_ file: String, start: String, end: String) throws -> (Campaign?, [String]) {
        try load(start: start, end: end, data: "  followers:\n    - {path: exports/\(file), influencer: tom.tok}\n")
    }

    // MARK: 1. Placeholder cells

    @Test func tiktokUndefinedMeansNotReported() throws {
        let (campaign, messages) = try followers("tiktok-follower-history-undefined.csv", start: "2026-03-01", end: "2026-03-31")
        #expect(messages.isEmpty)
        let counts = try #require(campaign?.followers)
        // The three `undefined` days are not counts; the rest are dated in 2026.
        #expect(counts.map(\.day) == [Make.day(2, 27), Make.day(2, 28), Make.day(3, 1), Make.day(3, 15), Make.day(3, 31), Make.day(4, 1)])
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.newFollowers] == 3400)                        // 154 010 (31 March) − 150 610 (28 February)
    }

    @Test func placeholdersStayErrorsInGenericFiles() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.oneInfluencer,
            "posts.csv": "post_id,influencer,format,published_at,reach\np1,tom.tok,video,2026-03-02,-\np2,tom.tok,video,2026-03-03,undefined\n",
        ])
        #expect(campaign == nil)
        #expect(messages == [
            "campaigns/c/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"-\"",
            "campaigns/c/posts.csv:3: error: column \"reach\": expected a non-negative integer, found \"undefined\"",
        ])
    }

    // MARK: 2. Dates without a year

    @Test func aYearOfDaysIsDatedAsOneSequence() throws {
        // 365 days from 28 February 2026 to 27 February 2027; window 25 March – 10 April 2026.
        let (campaign, messages) = try followers("tiktok-follower-history-year.csv", start: "2026-03-25", end: "2026-04-10")
        #expect(messages.isEmpty)
        let counts = try #require(campaign?.followers)
        #expect(counts.count == 365)
        #expect(counts.first?.day == Make.day(2, 28))
        #expect(counts.last?.day == Day(year: 2027, month: 2, day: 27))
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.newFollowers] == 1186)                        // 1 223 on 10 April − 37 on 24 March
    }

    @Test func newYearInsideAnOldestFirstFile() throws {
        // 20 November → 15 January; the window is December 2025, so January is 2026.
        let (campaign, messages) = try followers("tiktok-follower-history-newyear-oldest-first.csv", start: "2025-12-10", end: "2025-12-31")
        #expect(messages.isEmpty)
        let days = try #require(campaign?.followers).map(\.day)
        #expect(days.first == Day(year: 2025, month: 11, day: 20))
        #expect(days.suffix(2) == [Day(year: 2026, month: 1, day: 1), Day(year: 2026, month: 1, day: 15)])
        #expect(KPICalculator.compute(try #require(campaign)).campaign[.newFollowers] == 900)  // 9 050 (31 Dec) − 8 150 (9 Dec)
    }

    @Test func newYearInsideANewestFirstFile() throws {
        // 25 January → 4 December, newest first, `31 December` day first; the window is January 2026.
        let (campaign, messages) = try followers("tiktok-follower-history-newyear-newest-first.csv", start: "2026-01-05", end: "2026-01-20")
        #expect(messages.isEmpty)
        let days = try #require(campaign?.followers).map(\.day)
        #expect(days == [Make.day(1, 25), Make.day(1, 20), Make.day(1, 6), Make.day(1, 2),
                         Day(year: 2025, month: 12, day: 31), Day(year: 2025, month: 12, day: 4)])
        #expect(KPICalculator.compute(try #require(campaign)).campaign[.newFollowers] == 1250)  // 12 300 (20 Jan) − 11 050 (2 Jan)
    }

    @Test func aFollowerSeriesThatGoesBackIsAnError() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.oneInfluencer + "data:\n  followers: [{path: f.csv, influencer: tom.tok}]\n",
            "posts.csv": "post_id,influencer,format,published_at\np1,tom.tok,video,2026-03-02\n",
            "f.csv": "Date,Followers,Difference in followers from previous day\nMarch 1,100,0\nMarch 2,110,10\nMarch 2,110,0\nMarch 5,140,30\nFebruary 20,90,0\nMarch 4,130,0\nMarch 6,150,0\n",
        ])
        #expect(campaign == nil)
        #expect(messages == [
            "campaigns/c/f.csv:4: error: column \"Date\": a second row for March 2: one row per day",
            "campaigns/c/f.csv:6: error: column \"Date\": February 20 turns back in time after March 5: the rows run oldest first, so each day must follow the one above it",
            "campaigns/c/f.csv:7: error: column \"Date\": March 4 turns back in time after March 5: the rows run oldest first, so each day must follow the one above it",
        ])
    }

    @Test(arguments: [
        ("August 31", 8, 31), ("31 August", 8, 31), ("Aug 31", 8, 31), ("31 août", 8, 31), ("February 29", 2, 29), ("1 janvier", 1, 1),
    ])
    func yearlessDayForms(text: String, month: Int, day: Int) {
        #expect(YearlessDates.parse(text) == YearlessDates.MonthDay(month: month, day: day))
    }

    @Test(arguments: ["August", "August 32", "February 30", "31", "Augus 3", "3 4", "2026-03-04"])
    func notYearlessDays(text: String) {
        #expect(YearlessDates.parse(text) == nil)
    }

    // MARK: 3. TikTok Studio Content.csv

    @Test func tiktokContent() throws {
        let (campaign, messages) = try load(data: "  posts: exports/tiktok-content.csv\n")
        #expect(messages == ["campaigns/c/exports/tiktok-content.csv:4: warning: post \"7471111111111111111\" is dated 2026-02-27, outside the campaign window 2026-03-01 to 2026-03-31"])
        let posts = try #require(campaign?.posts)
        #expect(posts.map(\.id) == ["7481234567890123456", "7484567890123456789", "7471111111111111111"])
        #expect(posts.map(\.influencerKey) == ["tom.tok", "tom.tok", "tom.tok"])    // from the @handle in the link
        #expect(posts.map(\.publishedAt.day) == [Make.day(3, 3), Make.day(3, 18), Make.day(2, 27)])
        #expect(posts.map(\.format) == ["video", "video", "video"])
        #expect(posts[0].platform.name == "tiktok")
        #expect(posts[0][.likes] == 5431)                          // "5,431"
        #expect(posts[0][.comments] == 24)
        #expect(posts[0][.shares] == 461)
        #expect(posts[0][.views] == 289_568)
        #expect(posts[1].caption == "Le sérum Aube, 3 semaines après 👀 #collab")
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.views] == 340_388)                             // 289 568 + 41 020 + 9 800
        #expect(k[.engagements] == 7556)                          // 5 431+24+461 + 1 200+87+35 + 310+6+2
    }

    /// A row's warning names the file the row is in, not the first file of its kind.
    @Test func warningsNameTheirOwnFile() throws {
        let (campaign, messages) = try load(data: "  posts: [exports/facebook-page-posts.csv, exports/tiktok-content.csv]\n")
        #expect(campaign?.posts.count == 5)
        #expect(messages == ["campaigns/c/exports/tiktok-content.csv:4: warning: post \"7471111111111111111\" is dated 2026-02-27, outside the campaign window 2026-03-01 to 2026-03-31"])
    }

    @Test func tiktokContentGivenToAnotherAccountWarns() throws {
        let (campaign, messages) = try load(data: "  posts: [{path: exports/tiktok-content.csv, influencer: chloe.yt}]\n")
        #expect(campaign?.posts.map(\.influencerKey) == ["chloe.yt", "chloe.yt", "chloe.yt"])
        #expect(messages.contains("campaigns/c/exports/tiktok-content.csv:2: warning: the video links name @tom.tok, but data: gives this file to chloe.yt: its posts are counted for chloe.yt"))
    }

    // MARK: 4. YouTube Studio rows without a publish time

    @Test func youtubeUndatedRowsAreSkippedWithOneWarning() throws {
        let (campaign, messages) = try load(data: "  posts:\n    - {path: exports/youtube-table-data-undated.csv, influencer: chloe.yt}\n")
        #expect(messages == ["campaigns/c/exports/youtube-table-data-undated.csv:4: warning: 2 rows without a Video publish time (unlisted, private or deleted videos) skipped: lines 4, 6"])
        let posts = try #require(campaign?.posts)
        #expect(posts.map(\.id) == ["dQw4w9WgXcQ", "kJQP7kiw5Fk"])
        #expect(posts.map { $0[.likes] } == [3410, 1690])
        #expect(posts.map { $0[.shares] } == [201, 108])
        #expect(posts.map { $0[.comments] } == [322, 170])         // Comments added
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.engagements] == 5901)                          // 3 410+201+322 + 1 690+108+170
        #expect(k[.views] == 152_340)                             // 98 230 + 54 110
    }

    // MARK: 5. Windows-1252

    @Test func windows1252IsReadWithOneWarning() throws {
        let (campaign, messages) = try load(extra: "required_mentions: [\"#sponsorisé\", \"@maisonlune\"]\n", data: "  posts: exports/windows-1252-posts.csv\n")
        #expect(messages == [
            "campaigns/c/exports/windows-1252-posts.csv:2: warning: not UTF-8: read as Windows-1252, the encoding of Excel's \"CSV\" on Windows (first such letter on this line); save the file as \"CSV UTF-8\" to be sure every letter is read as written",
        ])
        let posts = try #require(campaign?.posts)
        #expect(posts[0].caption == "C’est l’heure du soin #sponsorisé @maisonlune")
        #expect(posts[2].caption == "Déjà fan de l’Aube… #SPONSORISÉ @MaisonLune")
        #expect(posts[0].cost == 1250.5)                          // `;` file: "1 250,50"
        #expect(posts[2][.likes] == 2210)
        let k = KPICalculator.compute(try #require(campaign)).campaign
        // w1 and w3 hold both mentions (é matched across case), w2 neither: 2 of 3 captions.
        #expect(k[.mentionCompliance] == 2.0 / 3 * 100)
    }

    @Test func bytesWindows1252LeavesUndefinedAreErrors() {
        var bytes = Array("post_id,influencer,format,published_at,caption\np1,tom.tok,video,2026-03-02,caf".utf8)
        bytes += [0xE9, 0x0A] + Array("p2,tom.tok,video,2026-03-03,bad ".utf8) + [0x81, 0x0A]
        #expect(throws: Diagnostic.error("f.csv", 3, "byte 0x81 is undefined in Windows-1252, the encoding this file was read in (it is not UTF-8): expected the file saved as \"CSV UTF-8\"")) {
            _ = try CSVReader(bytes: bytes, file: "f.csv")
        }
    }

    @Test func damagedUTF8IsNotReadAsWindows1252() {
        // A valid é (C3 A9) on line 2 and a lone E9 on line 3: UTF-8 with a broken byte.
        var bytes = Array("a,b\ncafé,1\n".utf8)
        bytes += Array("caf".utf8) + [0xE9] + Array(",2\n".utf8)
        #expect(throws: Diagnostic.error("f.csv", 3, "invalid UTF-8: expected the file saved as UTF-8 text")) {
            _ = try CSVReader(bytes: bytes, file: "f.csv")
        }
    }

    // MARK: 6. Campaign folders

    @Test func aFolderWithoutCampaignYAMLIsAnErrorAndUnderscoreParks() throws {
        let temp = TemporaryFolder()
        temp.write("p/campaigns/spring/campaign.yaml", "name: S\n")
        temp.write("p/campaigns/summer/posts.csv", "post_id,influencer,format,published_at\n")
        temp.write("p/campaigns/_autumn/posts.csv", "post_id\n")
        temp.write("p/campaigns/.trash/x.csv", "x\n")
        temp.write("p/campaigns/README.md", "notes\n")
        let loader = try ProjectLoader(path: temp.url.appendingPathComponent("p"))
        #expect(loader.campaignFolders.map(\.lastPathComponent) == ["spring"])
        #expect(loader.layoutProblems.map(\.description) == [
            "campaigns/summer: error: a campaign folder without campaign.yaml: add campaigns/summer/campaign.yaml, or rename the folder to _summer to leave it out of the report",
        ])
    }

    // MARK: 7. Facebook Page posts

    @Test func facebookPagePosts() throws {
        let (campaign, messages) = try load(data: "  posts: exports/facebook-page-posts.csv\n")
        #expect(messages.isEmpty)
        let posts = try #require(campaign?.posts)
        #expect(posts.map(\.id) == ["1827720132094663", "1823209189212424"])
        #expect(posts.map(\.influencerKey) == ["claire.cuisine", "claire.cuisine"])  // Page name = the influencer's name
        #expect(posts.map(\.format) == ["image", "video"])           // Photos, Videos
        #expect(posts.map(\.platform.name) == ["facebook", "facebook"])
        #expect(posts[0].publishedAt == LocalDateTime(day: Make.day(3, 8), minuteOfDay: 18 * 60 + 12))
        #expect(posts[0].caption == "Le dîner du dimanche 🍂 \navec la Crème Rosée de @maisonlune, \"vraiment\" fondante.\n\n#sponsorisé")
        #expect(posts.map { $0[.views] } == [12_400, 4100])
        #expect(posts.map { $0[.reach] } == [9870, 3020])
        #expect(posts.map { $0[.likes] } == [431, 80])               // Reactions
        #expect(posts.map { $0[.comments] } == [52, nil])            // `--`: not reported
        #expect(posts.map { $0[.linkClicks] } == [140, nil])         // `-`: not reported
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.engagements] == 608)                            // 431+52+29 + 80+16 (its comments not reported)
    }

    // MARK: Every new export in one build

    /// The files of this round dropped into one project build a site; kpis.json carries the
    /// figures computed by hand above, and the build prints the documented warnings.
    @Test func everyNewExportBuildsWithItsFigures() throws {
        let temp = TemporaryFolder()
        let project = temp.url.appendingPathComponent("p")
        temp.write("p/campaigns/c/campaign.yaml", """
        name: Spring
        objective: sales
        start: 2026-03-01
        end: 2026-03-31
        influencers:
          - {handle: claire.cuisine, name: Claire en cuisine, platform: facebook, followers: 20000, fee: 0}
          - {handle: tom.tok, platform: tiktok, followers: 150000, fee: 0}
          - {handle: chloe.yt, platform: youtube, followers: 80000, fee: 0}
        data:
          posts:
            - exports/facebook-page-posts.csv
            - exports/tiktok-content.csv
            - {path: exports/youtube-table-data-undated.csv, influencer: chloe.yt}
          followers:
            - {path: exports/tiktok-follower-history-undefined.csv, influencer: tom.tok}

        """)
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports"), to: project.appendingPathComponent("campaigns/c/exports"))
        let output = temp.url.appendingPathComponent("site")
        let r = try CommandLineTests().run(["build", project.path, "--output", output.path, "--as-of", "2026-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(warnings == [
            "campaigns/c/exports/tiktok-content.csv:4: warning: post \"7471111111111111111\" is dated 2026-02-27, outside the campaign window 2026-03-01 to 2026-03-31",
            "campaigns/c/exports/youtube-table-data-undated.csv:4: warning: 2 rows without a Video publish time (unlisted, private or deleted videos) skipped: lines 4, 6",
        ])
        let data = try Data(contentsOf: output.appendingPathComponent("campaigns/c/kpis.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        #expect(kpis["posts"] as? Int == 7)                            // 2 Facebook + 3 TikTok + 2 YouTube
        #expect(kpis["views"] as? Int == 16_500 + 340_388 + 152_340)    // Facebook 12 400 + 4 100
        #expect(kpis["engagements"] as? Int == 608 + 7556 + 5901)
        #expect(kpis["new_followers"] as? Int == 3400)
    }
}
