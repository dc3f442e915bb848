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
    /// Folders under campaigns/ that are not campaigns (no campaign.yaml): errors, so a
    /// forgotten file cannot make a campaign vanish from the report.
    public let layoutProblems: [Diagnostic]

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
            layoutProblems = []
            return
        }
        files = ProjectFiles(root: folder)
        singleCampaign = false
        defaultOutputBase = folder
        let campaigns = folder.appendingPathComponent("campaigns")
        var found: [URL] = [], problems: [Diagnostic] = []
        var names = (try? fm.contentsOfDirectory(atPath: campaigns.path)) ?? []
        // A project someone else sent is read inside its folder only (docs/security.md).
        if let real = ProjectFiles.realPath(campaigns.path), !files.contains(realPath: real) {
            problems.append(.error("campaigns", 0, "a link to a folder outside the project folder (\(real)): refusing to read it"))
            names = []
        }
        // `_` and `.` folders are parked campaigns (and editors' and systems' folders): ignored.
        for name in names.sorted() where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let url = campaigns.appendingPathComponent(name)
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            if let real = ProjectFiles.realPath(url.path), !files.contains(realPath: real) {
                problems.append(.error(files.display(url), 0, "a link to a folder outside the project folder (\(real)): refusing to read it; copy the campaign into the project"))
                continue
            }
            if fm.fileExists(atPath: url.appendingPathComponent("campaign.yaml").path) {
                found.append(url.resolvingSymlinksInPath())
            } else {
                problems.append(.error(files.display(url), 0, "a campaign folder without campaign.yaml: add \(files.display(url))/campaign.yaml, or rename the folder to _\(name) to leave it out of the report"))
            }
        }
        campaignFolders = found
        layoutProblems = problems
        if found.isEmpty && problems.isEmpty {
            throw .error(path.path, 0, "no campaign found: expected campaigns/<id>/campaign.yaml in the project folder")
        }
    }

    /// report.yaml, or the defaults when there is none (or where it has nothing usable);
    /// its problems go to `collector`.
    public func loadSettings(into collector: DiagnosticCollector) -> ProjectSettings {
        let url = files.root.appendingPathComponent("report.yaml")
        guard files.exists(url) else { return ProjectSettings() }
        do {
            return SettingsLoader.load(try files.text(url), file: files.display(url), into: collector)
        } catch {
            collector.emit(error)
            return ProjectSettings()
        }
    }

    /// One campaign with its data files; nil when that campaign had errors. Every problem,
    /// warnings included, goes to `collector`.
    public func loadCampaign(_ folder: URL, settings: ProjectSettings, into collector: DiagnosticCollector) -> Campaign? {
        // A collector of its own: campaigns load in parallel into one shared collector, and
        // only this campaign's errors decide whether it is returned.
        let found = DiagnosticCollector()
        defer { collector.emit(contentsOf: found.diagnostics) }
        let yamlURL = folder.appendingPathComponent("campaign.yaml")
        let yamlName = files.display(yamlURL)
        let text: String
        do { text = try files.text(yamlURL) } catch {
            found.emit(error)
            return nil
        }
        guard let described = CampaignFileLoader.load(text, file: yamlName, id: folder.lastPathComponent, settings: settings, into: found) else {
            return nil
        }
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
                    found.emit(Diagnostic(file: yamlName, line: entry.node.mark?.line ?? 1, column: entry.node.mark?.column, message: message))
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

        func table(_ url: URL, shape: ([String]) -> FileShape, prepare: ([UInt8]) -> [UInt8] = { $0 }) -> CSVTable? {
            let reader: CSVReader
            do { reader = try CSVReader(bytes: prepare(try files.bytes(url)), file: files.display(url)) } catch {
                found.emit(error)
                return nil
            }
            found.emit(contentsOf: reader.warnings)
            let s = shape(reader.header)
            // An export known to be the wrong download: say which one to download instead.
            if let refusal = UnusableExport.refusal(header: reader.header, shape: s) {
                found.emit(.error(reader.file, reader.headerLine, refusal))
                return nil
            }
            return CSVTable(reader: reader, required: s.required, aliases: s.aliases, platformExport: s.platformExport, shortRows: s.shortRows, into: found)
        }

        /// Every file of a kind, read and concatenated; nil when the kind has no file.
        func read<Row>(_ kind: String, shape: ([String]) -> FileShape, prepare: ([UInt8]) -> [UInt8] = { $0 },
                       _ load: (CSVTable, LoadContext) -> [Row]?) -> [Row]? {
            let list = sources(kind)
            guard !list.isEmpty else { return nil }
            let ids = IDRegistry()
            var rows: [Row] = []
            for source in list {
                guard let t = table(source.url, shape: shape, prepare: prepare) else { continue }
                let loaded = load(t, LoadContext(campaign: campaign, dates: dates, account: source.account, ids: ids)) ?? []
                // The first file's rows are taken as they are, not copied element by element.
                if rows.isEmpty { rows = loaded } else { rows += loaded }
            }
            return rows
        }

        if described.data["posts"] == nil && !files.exists(folder.appendingPathComponent("posts.csv")) {
            found.emit(.error(files.display(folder.appendingPathComponent("posts.csv")), 0, "file not found: every campaign needs its posts.csv"))
        }
        let errorsBeforePosts = found.errorCount
        // A post measured several times (measured_at, data-format.md §4) is one post; its
        // measurements are kept beside for the report date to choose from (kpis.md §10).
        var measurements: [String: [Post]] = [:]
        campaign.posts = read("posts", shape: PostsLoader.shape) { t, c in
            guard let rows = PostsLoader.load(t, c, into: found) else { return nil }
            let folded = MeasuredPosts(rows)
            measurements.merge(folded.measurements) { first, _ in first }
            found.emit(contentsOf: CampaignChecks.postsOutsideWindow(folded.posts, window: c.campaign.window, file: t.file))
            return folded.posts
        } ?? []
        campaign.measurements = measurements
        let postsComplete = found.errorCount == errorsBeforePosts
        if postsComplete { found.emit(contentsOf: ABTestLoader.unusedDescriptions(campaign, yamlFile: yamlName)) }
        campaign.orders = read("orders", shape: OrdersLoader.shape) { t, c in
            let orders = OrdersLoader.load(t, c, into: found)
            found.emit(contentsOf: CampaignChecks.unknownPromoCodes(orders ?? [], campaign: c.campaign, file: t.file))
            return orders
        }
        campaign.followers = read("followers", shape: FollowersLoader.shape) { t, c in FollowersLoader.load(t, c, into: found) }
        let postIDs = Set(campaign.posts.map(\.id))
        campaign.comments = read("comments", shape: FileShape.fixed(DataFileLoaders.commentsRequired)) { t, c in DataFileLoaders.comments(t, posts: postIDs, c, into: found) }
        campaign.sessions = read("sessions", shape: DataFileLoaders.sessionsShape) { t, c in DataFileLoaders.sessions(t, c, into: found) }
        campaign.leads = read("leads", shape: FileShape.fixed(DataFileLoaders.leadsRequired)) { t, c in DataFileLoaders.leads(t, c, into: found) }
        campaign.mentions = read("mentions", shape: FileShape.fixed(DataFileLoaders.mentionsRequired)) { t, c in DataFileLoaders.mentions(t, c, into: found) }
        campaign.searches = read("searches", shape: SearchesLoader.shape, prepare: SearchesLoader.prepared) { t, c in SearchesLoader.load(t, c, into: found) }
        if let term = campaign.searchTerm, campaign.searches == nil {
            found.emit(.warning(yamlName, campaign.keyLines["search_term"] ?? 1, "search_term \"\(term)\" is set but the campaign has no searches file (searches.csv, data: searches): it is not used"))
        }
        found.emit(contentsOf: CampaignChecks.influencersWithoutPosts(campaign, postsComplete: postsComplete, yamlFile: yamlName))
        return found.hasErrors ? nil : campaign
    }
}
