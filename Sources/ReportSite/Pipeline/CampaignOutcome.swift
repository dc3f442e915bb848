import Foundation
import ReportCore

/// What a campaign leaves for the last stage: its pages rendered but for their internal
/// benchmarks, its kpis.json likewise, and what the portfolio needs. The build cache stores it
/// as it is, page bodies in files of their own, read only when the pages are written again.
struct CampaignOutcome: Sendable, Codable {
    struct Page: Sendable, Codable {
        let path: String
        var body: PageBody
        var frame: PageRenderer.Frame
    }

    /// A page body in memory, or in a file of the campaign's cache entry.
    enum PageBody: Sendable, Codable {
        case text(String)
        case file(String)
    }

    enum JSONPart: Sendable, Codable {
        case document(KPIJSON.Document)
        case file(String)
    }

    /// What the last stage needs of the campaign's judgement (the fraud evidence stays in the
    /// campaign's own pages, already rendered).
    struct JudgementDigest: Sendable, Codable {
        struct Judged: Sendable, Codable {
            /// What the benchmarks page shows of the creator.
            struct Creator: Sendable, Codable {
                let handle: String
                let key: String
                let platform: Platform
                let tier: Tier
            }

            let influencer: Creator
            let benchmarks: [BenchmarkComparison]
        }

        let benchmarks: [BenchmarkComparison]
        let influencers: [Judged]
        let recommendations: [Recommendation]

        init(_ judgement: CampaignJudgement) {
            benchmarks = judgement.benchmarks
            influencers = judgement.influencers.map { judged in
                let i = judged.influencer
                return Judged(influencer: .init(handle: i.handle, key: i.key, platform: i.platform, tier: i.tier), benchmarks: judged.benchmarks)
            }
            recommendations = judgement.recommendations
        }
    }

    let summary: CampaignSummary
    let csvRows: String
    /// The campaign's rows of kpis.xlsx.
    let workbook: KPIWorkbook.Part
    let histories: [InfluencerHistory]
    var pages: [Page]
    /// kpis.json but for its internal benchmarks; in a file of the cache entry once stored.
    var json: JSONPart
    /// For the benchmarks page and the email.
    let judgement: JudgementDigest
    /// For the agency's review, beside the site.
    let review: CampaignReview
    /// The campaign's folder as diagnostics name it (`campaigns/spring`): its warnings go to its part of the review.
    let folder: String
    let format: NumberFormat
    /// What the email draft needs besides the summary (`--email`).
    let emailFacts: EmailFacts
    /// The key of the campaign's inputs, when the build uses the cache.
    var key: String?
    /// The cache entry holding the bodies that are files.
    var cacheFolder: String?
    /// File name → content hash of each body and kpis.json part written to a file: checked
    /// whenever one is read back, so a damaged file is never published.
    var bodyHashes: [String: String] = [:]

    /// Each page's frame under the previous site title and under today's (`OutputReuse.reframe`).
    func frames(_ renderer: PageRenderer, previousTitle: String) -> [String: (old: FrameParts?, new: FrameParts?)] {
        var frames: [String: (old: FrameParts?, new: FrameParts?)] = [:]
        for page in pages {
            var old = page.frame
            old.siteTitle = previousTitle
            frames[page.path] = (renderer.frameParts(old), renderer.frameParts(page.frame))
        }
        return frames
    }

    /// Every file `write` makes, for the build cache's manifest.
    func files(email: Bool) -> [String] {
        pages.map(\.path) + (email && pages.contains { $0.frame.standalone } ? ["downloads/\(summary.id).eml"] : [])
            + ["campaigns/\(summary.id)/kpis.json"]
    }

    func text(_ body: PageBody) throws(Diagnostic) -> String {
        switch body {
        case .text(let text): return text
        case .file(let name): return String(decoding: try cached(name), as: UTF8.self)
        }
    }

    func document() throws(Diagnostic) -> KPIJSON.Document {
        switch json {
        case .document(let document): return document
        case .file(let name):
            let data = try cached(name)
            guard let document = KPIJSON.Document(serialized: String(decoding: data, as: UTF8.self)) else { throw damaged(name) }
            return document
        }
    }

    private func cached(_ name: String) throws(Diagnostic) -> Data {
        guard let folder = cacheFolder, let data = BuildCache.readPlainFile(URL(fileURLWithPath: folder).appendingPathComponent(name).path),
              let expected = bodyHashes[name], data.withUnsafeBytes({ ContentHash.hex($0) }) == expected else {
            throw damaged(name)
        }
        return data
    }

    /// A stored body that vanished during the build (another process cleaning the cache): the
    /// build stops rather than write a page without it; the next build stores it again.
    private func damaged(_ name: String) -> Diagnostic {
        let path = cacheFolder.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path } ?? name
        return .error(path, 0, "cannot read the build cache: the file went missing or changed during the build; build again (or with --no-cache)")
    }

    /// Fills the internal benchmarks and creator links in and writes the campaign's files.
    /// With `email`, also the draft email carrying the one-file report.
    func write(_ internalBenchmarks: [InternalBenchmark], slugs: [String: String], renderer: PageRenderer, writer: SiteWriter,
               email: Bool = false, clock: StageClock, into collector: DiagnosticCollector) {
        do throws(Diagnostic) {
            var bodies: [String: String] = [:]
            for page in pages {
                let context = LateBinding.Context(internalBenchmarks: internalBenchmarks, format: format, slugs: slugs,
                                                  root: page.frame.standalone ? nil : page.frame.root, page: page.path)
                let body: String
                if case .file(let name) = page.body, let known = bodies[name] {
                    body = known
                } else {
                    body = try clock.measure(.cache) { () throws(Diagnostic) in try text(page.body) }
                    if case .file(let name) = page.body { bodies[name] = body }
                }
                let html = try clock.measure(.render) { () throws(Diagnostic) in renderer.wrapBytes(try LateBinding.fill(body, context), frame: page.frame) }
                try writer.write(page.path, bytes: html)
                if email && page.frame.standalone {
                    try writer.write("downloads/\(summary.id).eml", EmailDraft.make(summary: summary, recommendations: judgement.recommendations,
                                                                                    format: format, report: String(decoding: html, as: UTF8.self), facts: emailFacts))
                }
            }
            try writer.write("campaigns/\(summary.id)/kpis.json", document().text(internalBenchmarks: internalBenchmarks))
        } catch {
            collector.emit(error)
        }
    }
}
