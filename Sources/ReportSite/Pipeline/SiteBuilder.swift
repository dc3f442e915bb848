import Foundation
import ReportCore
import ReportLoading

/// `report build`: the pipeline of site.md as named stages over one diagnostics collector —
/// settings, template compilation, then each campaign streamed through load → compute →
/// render → write (so only summaries stay in memory), then the portfolio and the swap.
/// Nothing is swapped in when any stage reported an error.
public struct SiteBuilder: Sendable {
    public let path: URL
    public let options: BuildOptions
    /// Told each stage as it starts (the command line shows it on a terminal).
    public let progress: @Sendable (String) -> Void

    public init(path: URL, options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.path = path
        self.options = options
        self.progress = progress
    }

    /// The report date: `--as-of`, else report.yaml `as_of`, else today (UTC), given by the caller.
    /// Every problem is in the thrown list (errors) or in the summary (warnings).
    public func build(today: Day) throws(DiagnosticList) -> BuildSummary {
        let collector = DiagnosticCollector()
        func fail() -> DiagnosticList { DiagnosticList(collector.diagnostics) }

        // Stage: settings.
        let loader: ProjectLoader
        do { loader = try ProjectLoader(path: path) } catch { throw DiagnosticList([error]) }
        collector.emit(contentsOf: loader.layoutProblems)
        var settings = loader.loadSettings(into: collector)
        if collector.hasErrors { throw fail() }
        if let locale = options.locale { settings.locale = locale }
        let asOf = options.asOf ?? settings.asOf ?? today
        let outputURL = options.output ?? URL(fileURLWithPath: settings.output, relativeTo: loader.defaultOutputBase)

        // Stage: compile templates, before any campaign is read.
        progress("compile templates")
        guard let library = TemplateLibrary(builtin: options.resources, project: loader.files, locale: settings.locale, into: collector) else {
            throw fail()
        }
        // report.yaml's output stays inside the project, links included (checked on the folder
        // that exists: the output itself may not yet).
        if options.output == nil, let real = ProjectFiles.realPath(SiteBuilder.existingAncestor(of: outputURL).path), !loader.files.contains(realPath: real) {
            collector.emit(Diagnostic(file: "report.yaml", line: settings.outputLine ?? 0, column: nil, severity: .error,
                                      message: "key \"output\": the folder \"\(settings.output)\" leads outside the project (\(real)): expected a folder inside it (a site elsewhere is written with --output)"))
            throw fail()
        }
        // One build of an output at a time: the others wait here (docs/security.md).
        let lock: BuildLock
        do {
            lock = try BuildLock(output: outputURL.standardizedFileURL) { progress("waiting for another build of this output to finish") }
        } catch {
            collector.emit(error)
            throw fail()
        }
        defer { withExtendedLifetime(lock) {} }
        let writer: SiteWriter, reviewWriter: SiteWriter
        do {
            writer = try SiteWriter(output: outputURL, projectRoot: loader.files.root, clock: options.clock)
            reviewWriter = try SiteWriter(output: ReviewSite.folder(for: writer.output), projectRoot: loader.files.root, clock: options.clock)
            try writer.begin()
        } catch {
            collector.emit(error)
            throw fail()
        }

        // Stages per campaign: load, compute, render, write — or the cached outcome when the
        // campaign's inputs are those of a previous build.
        let renderer = PageRenderer(library: library, indexable: settings.indexable, locale: settings.locale)
        let folders = loader.campaignFolders
        let clock = options.clock ?? StageClock()
        let workers = Workers(count: options.jobs)
        let cache = options.cache ? BuildCache(output: writer.output) : nil
        cache?.prepare()
        let fingerprint = cache.map { cache in
            clock.measure(.fingerprint) {
                InputFingerprint(root: loader.files.root, campaignFolders: folders, workers: workers, resources: options.resources.folder,
                                 identity: identity(asOf: asOf, locale: settings.locale),
                                 exclude: [writer.output, cache.folder, writer.staging, reviewWriter.output, reviewWriter.staging])
            }
        }
        let spill = writer.output.deletingLastPathComponent().appendingPathComponent(".\(writer.output.lastPathComponent).tmp-\(getpid())-spill")
        defer { try? FileManager.default.removeItem(at: spill) }
        if cache == nil {
            // Marked like a staging folder, so a killed build's spill is cleared by the next one.
            try? FileManager.default.createDirectory(at: spill, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: spill.appendingPathComponent(SiteWriter.marker).path, contents: Data())
        }
        progress("load, compute and render \(folders.count) campaign\(folders.count == 1 ? "" : "s")")
        let counter = Counter()
        let results = ResultSlots<CampaignOutcome>(count: folders.count)
        let run = CampaignRun(loader: loader, settings: settings, asOf: asOf, renderer: renderer, clock: clock)
        let siteTitle = settings.title
        workers.forEach(folders.count) { i in
            defer { progress("campaign \(folders[i].lastPathComponent) (\(counter.next())/\(folders.count))") }
            let key = fingerprint?.key(folders[i])
            if let cache, let key, let entry = clock.measure(.cache, { cache.outcome(key) }) {
                collector.emit(contentsOf: entry.diagnostics)
                var outcome = entry.outcome
                outcome.key = key
                // The key leaves report.yaml's title out (SettingsTitle): the frames get today's.
                for page in outcome.pages.indices { outcome.pages[page].frame.siteTitle = siteTitle }
                results[i] = outcome
                return
            }
            let own = DiagnosticCollector()
            var outcome = run.campaign(folders[i], into: own)
            let diagnostics = own.diagnostics
            collector.emit(contentsOf: diagnostics)
            if let cache, let key, let built = outcome, !own.hasErrors, fingerprint?.unchanged(folders[i]) == true {
                outcome = clock.measure(.cache) { cache.store(built, diagnostics: diagnostics, key: key) }
                outcome?.key = key
            } else if cache == nil, let built = outcome {
                // Without the cache, the bodies wait in a scratch folder rather than in memory.
                outcome = clock.measure(.write) { (try? BuildCache.moveBodies(of: built, to: spill.appendingPathComponent(String(i)))) ?? built }
            }
            results[i] = outcome
        }
        if collector.hasErrors {
            writer.discard()
            throw fail()
        }

        // Stage: what needs every campaign — internal benchmarks, creator cards and their slugs,
        // the portfolio and benchmarks pages — then each campaign's pages and kpis.json; then the swap.
        progress("internal benchmarks, creator cards, portfolio; write every page")
        let outcomes = results.values.compactMap { $0 }
        let project = clock.measure(.project) { ProjectPages(outcomes: outcomes, settings: settings, asOf: asOf) }
        let reuse = cache.map { cache in OutputReuse(previous: clock.measure(.cache) { cache.manifest() }, writer: writer, title: settings.title) }
        let slugsKey = ContentHash.hex(project.slugs.sorted { $0.key < $1.key }.map { $0.key + "\t" + $0.value }.joined(separator: "\n"))
        workers.forEach(outcomes.count) { i in
            let outcome = outcomes[i]
            let internalBenchmarks = project.internalBenchmarks[outcome.summary.id] ?? []
            // A campaign's files change with its inputs, the medians of the others and the card paths.
            let unit = "campaign:" + outcome.summary.id
            let unitKey = outcome.key.map { ContentHash.hex([$0, KPIJSON.internalBenchmarks(internalBenchmarks), slugsKey].joined(separator: "\n")) }
            if let reuse, let unitKey, clock.measure(.write, { reuse.link(unit, key: unitKey) }) { return }
            // Renamed site (report.yaml title): the previous pages in a new frame. The draft
            // emails carry the page whole, so with --email the pages are drawn again.
            if let reuse, let unitKey, !options.email, let previousTitle = reuse.previousTitle,
               clock.measure(.write, { reuse.reframe(unit, key: unitKey, frames: outcome.frames(renderer, previousTitle: previousTitle)) }) { return }
            outcome.write(internalBenchmarks, slugs: project.slugs, renderer: renderer, writer: writer, email: options.email, clock: clock, into: collector)
            if let reuse, let unitKey { reuse.record(unit, key: unitKey, files: outcome.files(email: options.email)) }
        }
        if collector.hasErrors {
            writer.discard()
            throw fail()
        }
        var pages = outcomes.reduce(0) { $0 + $1.pages.count }
        let review = ReviewSite(reviews: outcomes.map { ($0.review, $0.format, $0.folder) }, warnings: collector.diagnostics,
                                siteTitle: settings.title, asOf: asOf, locale: settings.locale)
        do throws(Diagnostic) {
            var cards: CardReuse?
            if let reuse, let fingerprint { cards = CardReuse(reuse: reuse, global: fingerprint.global, slugsKey: slugsKey, outcomes: outcomes) }
            pages += try project.write(renderer: renderer, writer: writer, clock: clock, workers: workers, cards: cards)
            // The agency's review is staged with the site and put in place right after it.
            try clock.measure(.write) { () throws(Diagnostic) in
                try reviewWriter.begin()
                try review.write(to: reviewWriter, renderer: renderer, siteFolder: writer.output.lastPathComponent)
                try writer.commit()
                try reviewWriter.commit()
            }
        } catch {
            reviewWriter.discard()
            writer.discard()
            collector.emit(error)
            throw fail()
        }
        // The site is in place: a cache that cannot be written only costs the next build time.
        // Shared inputs saved during the build (report.yaml, a template) leave no cache at all:
        // this build's figures may predate them.
        if let cache, fingerprint?.globalUnchanged == false {
            try? FileManager.default.removeItem(at: cache.folder)
        } else if let cache, let reuse {
            do throws(Diagnostic) {
                try clock.measure(.cache) { () throws(Diagnostic) in try cache.save(reuse.manifest(), keeping: Set(outcomes.compactMap(\.key))) }
            } catch {
                collector.emit(Diagnostic(file: error.file, line: error.line, column: error.column, severity: .warning, message: error.message))
            }
        }
        let posts = outcomes.reduce(0) { $0 + $1.summary.posts }
        return BuildSummary(output: writer.output, pages: pages, campaigns: outcomes.count, posts: posts, warnings: collector.diagnostics,
                            review: reviewWriter.output.appendingPathComponent("index.html"), reviewItems: review.items)
    }

    /// `url` or the nearest of its parents that exists.
    static func existingAncestor(of url: URL) -> URL {
        var current = url.standardizedFileURL
        while current.path != "/", ProjectFiles.realPath(current.path) == nil { current = current.deletingLastPathComponent() }
        return current
    }

    /// What every page depends on besides the files: the tool, the built-in resources when
    /// compiled in, the report date and the command-line options that change the output.
    private func identity(asOf: Day, locale: ReportLocale) -> [String] {
        var lines = [options.toolIdentity, "as_of=\(asOf)", "locale=\(locale.rawValue)", "email=\(options.email)"]
        if options.resources.folder == nil {
            lines += EmbeddedResources.files.keys.sorted().compactMap { path in
                EmbeddedResources.files[path].map { "embedded/\(path)\t" + ContentHash.hex([UInt8]($0.data)) }
            }
        }
        return lines
    }
}
