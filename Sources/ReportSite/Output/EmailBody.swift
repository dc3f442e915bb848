import Foundation
import ReportCore

/// The text of a campaign's draft, as plain text and as simple HTML with the same lines: the
/// greeting, the campaign, the objective's result, every target with its status, the net ROI
/// when a gross margin is set, key figures without a target, the next review while figures are
/// provisional, the first recommendation, the attachment, the signature. Nothing of the
/// agency's review (checks, warnings, file names of inputs, KPI keys) has a place in it.
struct EmailBody {
    let summary: CampaignSummary
    let recommendations: [Recommendation]
    let format: NumberFormat
    let facts: EmailFacts

    /// One paragraph of the draft: lines, or a heading and its list.
    enum Block {
        case lines([String], strong: Bool = false)
        case list(String, [String])
    }

    func content() -> EmailDraft.Content {
        let locale = format.locale, words = format.words
        let period = DateFormat(locale: locale).format(summary.window)
        let subject = summary.name + words.emailSubject(period)
        let blocks = self.blocks()
        var text: [String] = []
        for block in blocks {
            switch block {
            case .lines(let lines, _): text += lines
            case .list(let heading, let items): text += [heading] + items.map { "- " + $0 }
            }
            text.append("")
        }
        func e(_ s: String) -> String { HTMLEscaping.escape(s) }
        var html = ["<!DOCTYPE html>", "<html lang=\"\(locale.rawValue)\"><head><meta charset=\"utf-8\"><title>\(e(subject))</title></head>",
                    "<body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a;\">"]
        for block in blocks {
            switch block {
            case .lines(let lines, let strong):
                let inner = lines.map(e).joined(separator: "<br>")
                html.append(strong ? "<p><strong>\(inner)</strong></p>" : "<p>\(inner)</p>")
            case .list(let heading, let items):
                html += ["<p>\(e(heading))</p>", "<ul>"] + items.map { "<li>\(e($0))</li>" } + ["</ul>"]
            }
        }
        html += ["</body></html>", ""]
        return EmailDraft.Content(subject: subject, text: text.joined(separator: "\n"), html: html.joined(separator: "\n"))
    }

    func blocks() -> [Block] {
        let locale = format.locale, words = format.words
        let objective = summary.objective
        let period = DateFormat(locale: locale).format(summary.window)
        var blocks: [Block] = []
        let greeting = EmailBody.lines(facts.settings?.greeting)
        if !greeting.isEmpty { blocks.append(.lines(greeting)) }
        let heading = [summary.brand, Labels.objective(objective, locale), period].compactMap { $0 }.joined(separator: " · ")
        blocks.append(.lines([summary.name, heading]))
        // The objective's result: its primary KPI, against its target when it has one.
        let primary = objective.primaryKPI
        var result = words.labelled(primary.label(locale), format.format(summary.kpis[primary], unit: primary.unit))
        if let target = facts.targets.first(where: { $0.kpi == .kpi(primary) }) ?? summary.primaryTarget {
            result += against(target)
        }
        blocks.append(.lines([words.typeset(result)], strong: true))
        // Every target, with the page's status (met, missed, n/a).
        if !facts.targets.isEmpty {
            let met = facts.targets.filter { $0.status == .met }.count
            let items = facts.targets.map { t in
                words.typeset(words.labelled(t.kpi.label(locale), format.format(t.actual, unit: t.kpi.unit)) + against(t))
            }
            blocks.append(.list(words.typeset(words.emailTargets(met: met, total: facts.targets.count)), items))
        }
        if facts.grossMargin { blocks.append(.lines([words.typeset(netROI())])) }
        // A few more figures, those the targets have not already given.
        let targeted = Set(facts.targets.map(\.kpi))
        let keys = [objective.costKPI, .spend, objective == .sales ? .roi : .reach]
            .filter { $0 != primary && !targeted.contains(.kpi($0)) }
        if !keys.isEmpty {
            let items = keys.map { words.typeset(words.labelled($0.label(locale), format.format(summary.kpis[$0], unit: $0.unit))) }
            blocks.append(.list(words.typeset(words.emailKeyFigures), items))
        }
        if let next = facts.nextReview { blocks.append(.lines([words.typeset(words.emailNextReview(next))])) }
        if let first = recommendations.first?.text(format) {
            blocks.append(.lines([words.typeset(words.emailFirstRecommendation + first)]))
        }
        blocks.append(.lines([words.typeset(words.emailAttached("\(summary.id).html"))]))
        let signature = EmailBody.lines(facts.settings?.signature)
        if !signature.isEmpty { blocks.append(.lines(signature)) }
        return blocks
    }

    /// ` pour un objectif d’au moins 900 (atteint)`.
    func against(_ t: ObjectiveSummary.Target) -> String {
        format.words.emailAgainstTarget(format.format(t.target, unit: t.kpi.unit), lowerIsBetter: t.kpi.lowerIsBetter,
                                        status: Labels.status(t.status, format.locale))
    }

    /// kpis.md §4 `net_roi` as a signed percent (`+36 %`, `-12 %`; one decimal below 10 %, so a
    /// small margin does not read as zero), with whether the campaign made money.
    func netROI() -> String {
        let label = KPI.netROI.label(format.locale)
        guard let ratio = summary.kpis[.netROI], ratio.isFinite else {
            return format.words.emailNetROI(label: label, value: format.notAvailable, profit: nil)
        }
        let (value, sign) = Labels.signedPercent(ratio, format)
        return format.words.emailNetROI(label: label, value: value, profit: sign)
    }

    /// The project's text as lines: CR, LF and CRLF all end a line, other control characters
    /// become spaces, blank lines at either end go.
    static func lines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }
            .map { line in String(String.UnicodeScalarView(line.unicodeScalars.map { $0.properties.generalCategory == .control && $0 != "\t" ? " " : $0 })) }
        while lines.first?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { lines.removeFirst() }
        while lines.last?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { lines.removeLast() }
        return lines
    }
}
