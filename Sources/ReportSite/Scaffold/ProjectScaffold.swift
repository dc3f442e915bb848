import Foundation
import ReportCore
import ReportLoading

/// What `report init` wrote.
public struct ScaffoldResult: Sendable {
    /// The campaign's id (its folder under campaigns/).
    public let campaign: String
    /// Files written, relative to the project folder, in the order written.
    public let files: [String]
    /// `--from` only: what the exports do not say, one line each, for the terminal.
    public let notes: [String]
    /// `--from` only: how many files of the folder were read as data files.
    public let filesRead: Int
    /// `--from` only: the posts and orders read as `report build` counts them (refunded, voided,
    /// cancelled orders left out), and the loaders' warnings, placed in the proposed project.
    public var counts: (posts: Int, orders: Int, notSales: Int) = (0, 0, 0)
    public var warnings: [Diagnostic] = []
}

/// `report init DIR [--from FOLDER]`: a new project in an empty or absent folder, either the
/// sample campaign (`SampleProject`) or a campaign proposed from a folder of exports
/// (`ExportProposal`). Problems are diagnostics naming the folder as the user typed it.
public enum ProjectScaffold {
    /// Writes the sample project into `folder` (`display` is the path as typed, for messages):
    /// the files of `scaffold/sample/<locale>/` in `resources`, byte for byte.
    public static func sample(into folder: URL, display: String, locale: ReportLocale,
                              resources: BuiltinResources = .embedded) throws(Diagnostic) -> ScaffoldResult {
        try checkTarget(folder, display: display)
        let files = SampleProject.files(locale, resources: resources)
        guard let campaign = SampleProject.campaignID(files.map(\.path)) else {
            let place = resources.folder.map { $0.appendingPathComponent(SampleProject.folder(locale)).path } ?? SampleProject.folder(locale)
            throw .error(place, 0, "no sample project: expected report.yaml and campaigns/<id>/ for report init here (REPORT_RESOURCES replaces the built-in files whole)")
        }
        try write(files, into: folder, display: display)
        return ScaffoldResult(campaign: campaign, files: files.map(\.path), notes: [], filesRead: 0)
    }

    /// Writes into `folder` a project whose campaign is proposed from the CSV files of `exports`
    /// (not its subfolders), copied into the campaign's exports/ folder.
    public static func propose(into folder: URL, display: String, from exports: URL, exportsDisplay: String,
                               locale: ReportLocale) throws(Diagnostic) -> ScaffoldResult {
        try checkTarget(folder, display: display)
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: exports.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(exportsDisplay, 0, "not a folder: expected the folder holding the exports to read")
        }
        // Regular files, a link read as the file it leads to (the user gave the folder): never a
        // folder, a FIFO or a device, which reading would block on or never finish.
        let names = ((try? fm.contentsOfDirectory(atPath: exports.path)) ?? []).filter { name in
            var info = stat()
            return name.lowercased().hasSuffix(".csv") && !name.hasPrefix(".")
                && stat(exports.appendingPathComponent(name).path, &info) == 0 && (info.st_mode & mode_t(S_IFMT)) == mode_t(S_IFREG)
        }.sorted()
        let input = names.map { (name: $0, bytes: [UInt8](fm.contents(atPath: exports.appendingPathComponent($0).path) ?? Data())) }
        let survey = ExportSurvey(files: input, timeZone: TimeZone(identifier: "UTC")!)
        guard !survey.files.isEmpty else {
            throw .error(exportsDisplay, 0, "no data file found: expected CSV exports (posts, orders, followers, comments, sessions, leads, mentions or searches) in the folder, found \(names.isEmpty ? "no .csv file" : names.joined(separator: ", "))")
        }
        let folderName = exports.standardizedFileURL.lastPathComponent
        let proposal = ExportProposal(survey: survey, folderName: folderName, locale: locale)
        let yaml = ScaffoldYAML(help: .of(locale))
        let campaign = "campaigns/" + proposal.campaignID + "/"
        let yamlFiles = [
            ("report.yaml", yaml.file(header: proposal.reportHeader, proposal.report, section: .report)),
            (campaign + "campaign.yaml", yaml.file(header: proposal.campaignHeader, proposal.campaign, section: .campaign)),
        ].map { (path: $0.0, data: Data($0.1.utf8)) }
        try write(yamlFiles, into: folder, display: display)
        var files = yamlFiles.map(\.path)
        let read = Dictionary(input.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        for name in proposal.copies {
            let target = folder.appendingPathComponent(campaign + ExportProposal.exportsFolder + "/" + name)
            do {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                // The bytes read, written as a new regular file: a symbolic link is copied as the
                // file it leads to, never as a link, which the project would carry elsewhere.
                guard let bytes = read[name] else { throw CocoaError(.fileReadNoSuchFile) }
                try Data(bytes).write(to: target, options: .withoutOverwriting)
            } catch {
                throw .error(display, 0, "cannot copy \(name) into \(campaign + ExportProposal.exportsFolder): \(error.localizedDescription)")
            }
            files.append(campaign + ExportProposal.exportsFolder + "/" + name)
        }
        var result = ScaffoldResult(campaign: proposal.campaignID, files: files, notes: proposal.notes, filesRead: survey.files.count)
        result.counts = (survey.posts, survey.orders, survey.ordersNotSales)
        // The warnings `report check` gives for these files, at the path the project holds them.
        let exportsPath = campaign + ExportProposal.exportsFolder + "/"
        result.warnings = survey.warnings.map {
            Diagnostic(file: exportsPath + $0.file, line: $0.line, column: $0.column, severity: $0.severity, message: $0.message)
        }
        return result
    }

    /// An absent folder or an empty one; anything else is refused, so init never overwrites.
    static func checkTarget(_ folder: URL, display: String) throws(Diagnostic) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .error(display, 0, "not a folder: report init writes a new project only into an empty or absent folder")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        if !entries.isEmpty {
            throw .error(display, 0, "the folder is not empty: report init writes a new project only into an empty or absent folder")
        }
    }

    static func write(_ files: [(path: String, data: Data)], into folder: URL, display: String) throws(Diagnostic) {
        let fm = FileManager.default
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            } catch {
                throw .error(display, 0, "cannot write \(file.path): \(error.localizedDescription)")
            }
        }
    }
}
