import Foundation
import ReportCore

/// The pages that need every campaign of the project: the portfolio, the benchmarks page,
/// one card per creator (with its history.json), kpis.csv, kpis.xlsx and robots.txt. Built from what each
/// campaign left for the last stage.
struct ProjectPages {
    let outcomes: [CampaignOutcome]
    let settings: ProjectSettings
    let asOf: Day
    /// By campaign id.
    let internalBenchmarks: [String: [InternalBenchmark]]
    /// Creators by key, every campaign merged.
    let histories: [String: InfluencerHistory]
    /// Influencer key → the folder of its card, unique across the project.
    let slugs: [String: String]

    init(outcomes: [CampaignOutcome], settings: ProjectSettings, asOf: Day) {
        self.outcomes = outcomes
        self.settings = settings
        self.asOf = asOf
        internalBenchmarks = InternalBenchmarks.compute(outcomes.map {
            InternalBenchmarks.Entry(id: $0.summary.id, currency: $0.summary.currency, kpis: $0.summary.kpis, objective: $0.summary.objective,
                                     window: $0.summary.window, requiredMentions: $0.summary.requiredMentions)
        })
        var histories: [String: InfluencerHistory] = [:]
        for outcome in outcomes {
            for h in outcome.histories {
                if histories[h.key] == nil { histories[h.key] = h } else { histories[h.key]?.merge(h) }
            }
        }
        self.histories = histories
        let keys = histories.keys.sorted()
        slugs = Dictionary(uniqueKeysWithValues: zip(keys, Slug.unique(keys)))
    }

    func frame(_ title: String, _ root: String) -> PageRenderer.Frame {
        PageRenderer.Frame(title: title, siteTitle: settings.title, lang: settings.locale.rawValue, root: root,
                           standalone: false, footer: Labels.footer(asOf: asOf, settings.locale))
    }

    /// Writes the project's pages; returns how many HTML pages it wrote.
    /// `cards`, in a cached build, links the cards whose campaigns did not change from the previous site.
    func write(renderer: PageRenderer, writer: SiteWriter, clock: StageClock, workers: Workers = Workers(count: nil),
               cards: CardReuse? = nil) throws(Diagnostic) -> Int {
        let library = renderer.library
        var pages = 0
        func template(_ kind: PageKind) throws(Diagnostic) -> CompiledTemplate {
            guard let t = library.pages[kind] else { throw .error("templates/\(kind.templateName).md", 0, "template not found") }
            return t
        }
        /// Renders a project page, its creator links pointing from `root`.
        func page(_ path: String, _ kind: PageKind, context: [String: Any], data: PageData, title: String, root: String) throws(Diagnostic) {
            let html = try clock.measure(.project) { () throws(Diagnostic) in
                let body = try renderer.body(template(kind), context: context, data: data)
                let filled = try LateBinding.fill(body, LateBinding.Context(internalBenchmarks: [], format: data.format, slugs: slugs, root: root, page: path))
                return renderer.wrapBytes(filled, frame: frame(title, root))
            }
            try writer.write(path, bytes: html)
            pages += 1
        }
        // kpis.csv, kpis.xlsx and robots.txt come from the campaigns' figures and report.yaml only:
        // linked from the previous site when none of them changed (the site title is not in them).
        let projectFiles = ["kpis.xlsx", "kpis.csv", "robots.txt"]
        var projectLinked = false
        if let cards, let key = cards.projectKey {
            projectLinked = clock.measure(.write) { cards.reuse.link("project", key: key, showsTitle: false) }
            if !projectLinked { cards.reuse.record("project", key: key, files: projectFiles) }
        }
        // The workbook is written on a thread of its own while the pages are drawn (libxlsxwriter
        // works on one file from one thread; nothing else touches it).
        let workbookDone = DispatchGroup()
        let workbookFailure = ResultSlots<Diagnostic>(count: 1)
        if !projectLinked {
            let workbookURL = try writer.stagedURL("kpis.xlsx")
            let parts = outcomes.map(\.workbook), allHistories = Array(histories.values), locale = settings.locale, asOf = self.asOf
            DispatchQueue.global().async(group: workbookDone) {
                do throws(Diagnostic) {
                    try clock.measure(.project) { () throws(Diagnostic) in
                        try KPIWorkbook.write(to: workbookURL, parts: parts, histories: allHistories, locale: locale, asOf: asOf)
                    }
                } catch {
                    workbookFailure[0] = error
                }
            }
        }
        defer { workbookDone.wait() }
        let summaries = outcomes.map(\.summary)
        let index = IndexView(title: settings.title, campaigns: summaries, locale: settings.locale, benchmark: PageData.bands(settings.benchmarks))
        // The layout adds the site title: the portfolio's own title says what the page is.
        try page("index.html", .index, context: index.context(), data: index.pageData(),
                 title: settings.locale.words.portfolioTitle, root: "")
        let benchmarks = BenchmarksView(outcomes: outcomes, internalBenchmarks: internalBenchmarks, table: settings.benchmarks,
                                        locale: settings.locale)
        try page("benchmarks/index.html", .benchmarks, context: benchmarks.context(), data: benchmarks.pageData(), title: benchmarks.title, root: "../")
        // One card per creator: thousands on a large project, rendered in parallel.
        let cardTemplate = try template(.influencer)
        let keys = histories.keys.sorted()
        let failures = ResultSlots<Diagnostic>(count: keys.count)
        let settings = self.settings, histories = self.histories, cardSlugs = self.slugs, makeFrame = self.frame
        workers.forEach(keys.count) { i in
            guard let history = histories[keys[i]], let slug = cardSlugs[keys[i]] else { return }
            let unit = "creator:" + slug, files = ["influencers/\(slug)/index.html", "influencers/\(slug)/history.json"]
            let cardKey = cards?.key(history, slug: slug)
            if let cards, let cardKey {
                if clock.measure(.write, { cards.reuse.link(unit, key: cardKey) }) { return }
                if let previousTitle = cards.reuse.previousTitle {
                    var old = makeFrame("@" + history.handle, "../../")
                    old.siteTitle = previousTitle
                    let frames = [files[0]: (old: renderer.frameParts(old), new: renderer.frameParts(makeFrame("@" + history.handle, "../../")))]
                    if clock.measure(.write, { cards.reuse.reframe(unit, key: cardKey, frames: frames) }) { return }
                }
                cards.reuse.record(unit, key: cardKey, files: files)
            }
            do throws(Diagnostic) {
                let (html, json) = try clock.measure(.project) { () throws(Diagnostic) in
                    let card = CreatorView(history: history, locale: settings.locale, benchmark: PageData.bands(settings.benchmarks))
                    let data = card.pageData()
                    let body = try renderer.body(cardTemplate, context: card.context(), data: data)
                    let filled = try LateBinding.fill(body, LateBinding.Context(internalBenchmarks: [], format: data.format, slugs: cardSlugs, root: "../../",
                                                                                page: files[0]))
                    return (renderer.wrapBytes(filled, frame: makeFrame("@" + history.handle, "../../")), HistoryJSON.encode(history, slug: slug))
                }
                try writer.write(files[0], bytes: html)
                try writer.write(files[1], json)
            } catch {
                failures[i] = error
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        pages += keys.count
        if !projectLinked {
            try writer.write("kpis.csv", KPICSV.header + outcomes.map(\.csvRows).joined())
            workbookDone.wait()
            if let failure = workbookFailure[0] { throw failure }
            // Client reports are private unless report.yaml says `indexable: true` (site.md).
            try writer.write("robots.txt", settings.indexable ? "User-agent: *\nAllow: /\n" : "User-agent: *\nDisallow: /\n")
        }
        return pages
    }
}
