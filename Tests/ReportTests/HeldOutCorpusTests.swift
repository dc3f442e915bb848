import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// Issue 24 point 5: the classifier and the themes lexicon on the held-out part of the corpus
/// (Fixtures/corpus/heldout.csv, 436 comments in six verticals), written by a labeller who had
/// not seen the rules and never read by the rules' authors. Only figures are printed.
@Suite struct HeldOutCorpusTests {
    struct Row {
        let text: String
        let sentiment: Int
        let intent: Bool
        let adverse: Bool
        let themes: Set<String>
    }

    static func load() throws -> [Row] {
        let name = "corpus/heldout.csv"
        let reader = try CSVReader(bytes: Array(try Data(contentsOf: Repo.fixtures.appendingPathComponent(name))), file: name)
        #expect(reader.header == ["text", "sentiment", "purchase_intent", "adverse_reaction", "themes", "question", "language", "vertical"])
        var rows: [Row] = []
        try reader.forEachRow { row in
            let f = row.fields
            guard f.count == 8, let sentiment = ["positive": 1, "negative": -1, "neutral": 0][f[1]] else {
                Issue.record("\(name) line \(row.line): malformed")
                return
            }
            rows.append(Row(text: f[0], sentiment: sentiment, intent: f[2] == "yes", adverse: f[3] == "yes",
                            themes: Set(f[4].split(separator: ";").map(String.init))))
        }
        return rows
    }

    @Test func figuresOnTheHeldOutCorpus() throws {
        let rows = try Self.load()
        #expect(rows.count == 436)
        let tuning = Set(try CommentLexiconAccuracyTests.loadCorpus().map(\.text))
        #expect(rows.allSatisfy { !tuning.contains($0.text) }, "held-out rows must not be in the tuning set")
        let sentiment = CommentLexiconAccuracyTests.Evaluation(rows.map { .init(text: $0.text, sentiment: $0.sentiment, intent: $0.intent, note: "") })
        var adverse = CommentLexiconAccuracyTests.Score()
        var themes: [String: CommentLexiconAccuracyTests.Score] = [:]
        var confusion: [Int: [Int: Int]] = [:]
        for row in rows {
            confusion[row.sentiment, default: [:]][CommentLexicon.read(row.text).polarity, default: 0] += 1
            let found = CommentTheme.themes(of: row.text)
            adverse.add(predicted: found.contains(.adverseReaction), actual: row.adverse)
            for theme in CommentTheme.allCases {
                themes[theme.rawValue, default: .init()].add(predicted: found.contains(theme), actual: row.themes.contains(theme.rawValue))
            }
        }
        var report = sentiment.figures("the held-out corpus")
        report += "adverse reaction  support \(adverse.truePositives + adverse.falseNegatives), TP \(adverse.truePositives), FP \(adverse.falsePositives), FN \(adverse.falseNegatives)\n"
        for (name, s) in themes.sorted(by: { $0.key < $1.key }) {
            report += "theme \(name): TP \(s.truePositives) FP \(s.falsePositives) FN \(s.falseNegatives) precision \(CommentLexiconAccuracyTests.percent(s.precision)) recall \(CommentLexiconAccuracyTests.percent(s.recall))\n"
        }
        for label in [1, -1, 0] {
            report += "label \(label) read as +1/-1/0: " + [1, -1, 0].map { String(confusion[label]?[$0] ?? 0) }.joined(separator: " / ") + "\n"
        }
        print(report)
        let negative = sentiment.classes[-1] ?? .init()
        // Measured once, after the rules were frozen (issue 24; docs/sentiment.md): 332 / 436 =
        // 76.1 % accuracy, negative recall 123 / 183 = 67.2 %, purchase-intent recall 63 / 116 =
        // 54.3 %, adverse-reaction recall 20 / 33 = 60.6 %. Far below the 94.6 % measured on the
        // tuning part: the rules fit the text they were tuned on. Pinned exactly, so a change is
        // seen — and a change made by reading this set's misses would spoil it as a held-out set.
        #expect(sentiment.correct == 332)
        #expect(negative.counts == [123, 9, 60])
        #expect(sentiment.intent.counts == [63, 8, 53])
        #expect(adverse.counts == [20, 1, 13])
        #expect([1, -1, 0].map { label in [1, -1, 0].map { confusion[label]?[$0] ?? 0 } } == [[86, 9, 35], [32, 123, 28], [0, 0, 123]])
    }
}
