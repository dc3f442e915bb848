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

        func locate(_ kind: String) -> URL? {
            if let entry = described.data[kind] {
                guard let url = files.resolve(entry.path, against: folder) else {
                    diagnostics.append(Diagnostic(file: yamlName, line: entry.node.mark?.line ?? 1, column: entry.node.mark?.column,
                                                  message: "data: \(kind): path \"\(entry.path)\" leaves the project folder: expected a path inside it"))
                    return nil
                }
                guard files.exists(url) else {
                    diagnostics.append(Diagnostic(file: yamlName, line: entry.node.mark?.line ?? 1, column: entry.node.mark?.column,
                                                  message: "data: \(kind): file \"\(entry.path)\" not found"))
                    return nil
                }
                return url
            }
            let url = folder.appendingPathComponent("\(kind).csv")
            return files.exists(url) ? url : nil
        }

        func table(_ url: URL, required: ([String]) -> [String]) -> CSVTable? {
            do {
                let reader = try CSVReader(bytes: try files.bytes(url), file: files.display(url))
                return try CSVTable(reader: reader, required: required(reader.header))
            } catch let d as Diagnostic {
                diagnostics.append(d)
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics
            } catch {
                diagnostics.append(.error(files.display(url), 0, "\(error)"))
            }
            return nil
        }

        /// One optional file: located, its header checked, its rows read; nil when absent or unreadable.
        func read<Row>(_ kind: String, required: ([String]) -> [String], _ load: (CSVTable) throws(DiagnosticList) -> ([Row], [Diagnostic])) -> [Row]? {
            guard let url = locate(kind), let t = table(url, required: required) else { return nil }
            do {
                let (rows, found) = try load(t)
                diagnostics += found
                return rows
            } catch {
                diagnostics += error.diagnostics
                return nil
            }
        }

        if described.data["posts"] == nil && !files.exists(folder.appendingPathComponent("posts.csv")) {
            diagnostics.append(.error(files.display(folder.appendingPathComponent("posts.csv")), 0, "file not found: every campaign needs its posts.csv"))
        }
        let fixed = campaign
        campaign.posts = read("posts", required: { _ in PostsLoader.required }) { t throws(DiagnosticList) in try PostsLoader.load(t, campaign: fixed, dates: dates) } ?? []
        campaign.orders = read("orders", required: OrdersLoader.requiredColumns) { t throws(DiagnosticList) in try OrdersLoader.load(t, campaign: fixed, dates: dates) }
        campaign.followers = read("followers", required: { _ in DataFileLoaders.followersRequired }) { t throws(DiagnosticList) in
            try DataFileLoaders.followers(t, campaign: fixed, dates: dates)
        }
        let postIDs = Set(campaign.posts.map(\.id))
        campaign.comments = read("comments", required: { _ in DataFileLoaders.commentsRequired }) { t throws(DiagnosticList) in
            try DataFileLoaders.comments(t, posts: postIDs, dates: dates)
        }
        campaign.sessions = read("sessions", required: DataFileLoaders.sessionsColumns) { t throws(DiagnosticList) in try DataFileLoaders.sessions(t, dates: dates) }
        campaign.leads = read("leads", required: { _ in DataFileLoaders.leadsRequired }) { t throws(DiagnosticList) in
            try DataFileLoaders.leads(t, campaign: fixed, dates: dates)
        }
        campaign.mentions = read("mentions", required: { _ in DataFileLoaders.mentionsRequired }) { t throws(DiagnosticList) in try DataFileLoaders.mentions(t, dates: dates) }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (campaign, diagnostics)
    }
}
