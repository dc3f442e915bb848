import Foundation
import ReportCore

/// Finds a project's campaigns and loads them one at a time, so a large project never
/// holds every campaign's rows at once.
public struct ProjectLoader: Sendable {
    public let files: ProjectFiles
    /// Campaign folders, sorted by id.
    public let campaignFolders: [URL]
    /// True when the path given was one campaign folder.
    public let singleCampaign: Bool
    /// Where the site goes by default: the project's, or the campaign folder's `_site`.
    public let defaultOutputBase: URL

    /// `path` is a project folder or one campaign folder (holding campaign.yaml).
    public init(path: URL) throws(Diagnostic) {
        let fm = FileManager.default
        let folder = path.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(path.path, 0, "not a folder: expected a report project (a folder holding campaigns/) or a campaign folder")
        }
        if fm.fileExists(atPath: folder.appendingPathComponent("campaign.yaml").path) {
            let parent = folder.deletingLastPathComponent()
            let root = parent.lastPathComponent == "campaigns" ? parent.deletingLastPathComponent() : folder
            files = ProjectFiles(root: root)
            campaignFolders = [folder.resolvingSymlinksInPath()]
            singleCampaign = true
            defaultOutputBase = folder
            return
        }
        files = ProjectFiles(root: folder)
        singleCampaign = false
        defaultOutputBase = folder
        let campaigns = folder.appendingPathComponent("campaigns")
        let names = (try? fm.contentsOfDirectory(atPath: campaigns.path)) ?? []
        campaignFolders = names.sorted().map { campaigns.appendingPathComponent($0) }.filter {
            fm.fileExists(atPath: $0.appendingPathComponent("campaign.yaml").path)
        }.map { $0.resolvingSymlinksInPath() }
        if campaignFolders.isEmpty {
            throw .error(path.path, 0, "no campaign found: expected campaigns/<id>/campaign.yaml in the project folder")
        }
    }

    /// report.yaml, or the defaults when there is none.
    public func loadSettings() -> (ProjectSettings, [Diagnostic]) {
        let url = files.root.appendingPathComponent("report.yaml")
        guard files.exists(url) else { return (ProjectSettings(), []) }
        do {
            return SettingsLoader.load(try files.text(url), file: files.display(url))
        } catch {
            return (ProjectSettings(), [error])
        }
    }

    /// One campaign with its data files; nil when it has errors (all of them in the list).
    public func loadCampaign(_ folder: URL, settings: ProjectSettings) -> (Campaign?, [Diagnostic]) {
        let yamlURL = folder.appendingPathComponent("campaign.yaml")
        let yamlName = files.display(yamlURL)
        let text: String
        do { text = try files.text(yamlURL) } catch { return (nil, [error]) }
        let (described, yamlDiagnostics) = CampaignFileLoader.load(text, file: yamlName, id: folder.lastPathComponent, settings: settings)
        guard let described else { return (nil, yamlDiagnostics) }
        var diagnostics = yamlDiagnostics
        var campaign = described.campaign
        let dates = DateReader(timeZone: TimeZone(identifier: settings.timezone) ?? TimeZone(secondsFromGMT: 0) ?? .current)

        let influencers = Dictionary(campaign.influencers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })

        /// The files of a kind: the `data:` entries, else `<kind>.csv` when present.
        func sources(_ kind: String) -> [(url: URL, account: Influencer?)] {
            guard let entries = described.data[kind] else {
                let url = folder.appendingPathComponent("\(kind).csv")
                return files.exists(url) ? [(url, nil)] : []
            }
            return entries.compactMap { entry in
                func problem(_ message: String) {
                    diagnostics.append(Diagnostic(file: yamlName, line: entry.node.mark?.line ?? 1, column: entry.node.mark?.column, message: message))
                }
                guard let url = files.resolve(entry.path, against: folder) else {
                    problem("data: \(kind): path \"\(entry.path)\" leaves the project folder: expected a path inside it")
                    return nil
                }
                guard files.exists(url) else {
                    problem("data: \(kind): file \"\(entry.path)\" not found")
                    return nil
                }
                var account: Influencer?
                if let handle = entry.influencer {
                    account = influencers[Influencer.key(handle)]
                    if account == nil { problem("data: \(kind): unknown influencer \"\(handle)\": expected one of the campaign's handles") }
                }
                return (url, account)
            }
        }

        func table(_ url: URL, required: ([String]) -> [String], aliases: ([String]) -> [String: String]) -> CSVTable? {
            do {
                let reader = try CSVReader(bytes: try files.bytes(url), file: files.display(url))
                return try CSVTable(reader: reader, required: required(reader.header), aliases: aliases(reader.header))
            } catch let d as Diagnostic {
                diagnostics.append(d)
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics
            } catch {
                diagnostics.append(.error(files.display(url), 0, "\(error)"))
            }
            return nil
        }

        /// Every file of a kind, read and concatenated; nil when the kind has no file.
        func read<Row>(_ kind: String, required: ([String]) -> [String], aliases: ([String]) -> [String: String] = { _ in [:] },
                       _ load: (CSVTable, LoadContext) throws(DiagnosticList) -> ([Row], [Diagnostic])) -> [Row]? {
            let list = sources(kind)
            guard !list.isEmpty else { return nil }
            let ids = IDRegistry()
            var rows: [Row] = []
            for source in list {
                guard let t = table(source.url, required: required, aliases: aliases) else { continue }
                do {
                    let (found, messages) = try load(t, LoadContext(campaign: campaign, dates: dates, account: source.account, ids: ids))
                    rows += found
                    diagnostics += messages
                } catch {
                    diagnostics += error.diagnostics
                }
            }
            return rows
        }

        if described.data["posts"] == nil && !files.exists(folder.appendingPathComponent("posts.csv")) {
            diagnostics.append(.error(files.display(folder.appendingPathComponent("posts.csv")), 0, "file not found: every campaign needs its posts.csv"))
        }
        let errorsBeforePosts = diagnostics.filter { $0.severity == .error }.count
        campaign.posts = read("posts", required: PostsLoader.requiredColumns, aliases: PostsLoader.aliases) { t, c throws(DiagnosticList) in
            try PostsLoader.load(t, c)
        } ?? []
        let postsComplete = diagnostics.filter { $0.severity == .error }.count == errorsBeforePosts
        campaign.orders = read("orders", required: OrdersLoader.requiredColumns) { t, c throws(DiagnosticList) in try OrdersLoader.load(t, c) }
        campaign.followers = read("followers", required: DataFileLoaders.followersColumns) { t, c throws(DiagnosticList) in
            try DataFileLoaders.followers(t, c)
        }
        let postIDs = Set(campaign.posts.map(\.id))
        campaign.comments = read("comments", required: { _ in DataFileLoaders.commentsRequired }) { t, c throws(DiagnosticList) in
            try DataFileLoaders.comments(t, posts: postIDs, c)
        }
        campaign.sessions = read("sessions", required: DataFileLoaders.sessionsColumns) { t, c throws(DiagnosticList) in try DataFileLoaders.sessions(t, c) }
        campaign.leads = read("leads", required: { _ in DataFileLoaders.leadsRequired }) { t, c throws(DiagnosticList) in try DataFileLoaders.leads(t, c) }
        campaign.mentions = read("mentions", required: { _ in DataFileLoaders.mentionsRequired }) { t, c throws(DiagnosticList) in try DataFileLoaders.mentions(t, c) }
        let display = { (kind: String) in
            described.data[kind]?.first.map { files.display(URL(fileURLWithPath: $0.path, relativeTo: folder)) } ?? files.display(folder.appendingPathComponent("\(kind).csv"))
        }
        diagnostics += CampaignChecks.warnings(campaign, postsComplete: postsComplete, yamlFile: yamlName, postsFile: display("posts"), ordersFile: display("orders"))
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (campaign, diagnostics)
    }
}
