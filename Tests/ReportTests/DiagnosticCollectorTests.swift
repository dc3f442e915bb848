import Foundation
import Testing
@testable import ReportCore

/// The collector every loader emits into: sorted, each problem once, safe from many threads.
@Suite struct DiagnosticCollectorTests {
    @Test func sortsByFileLineColumnAndMessage() {
        let c = DiagnosticCollector()
        c.emit(.error("b.csv", 2, "z"))
        c.emit(.warning("a.yaml", 3, column: 5, "late column"))
        c.emit(.error("a.yaml", 3, column: 2, "early column"))
        c.emit(.error("a.yaml", 0, "whole file"))
        c.emit(contentsOf: [.error("b.csv", 2, "a"), .warning("a.yaml", 10, "ten")])
        #expect(c.diagnostics.map(\.description) == [
            "a.yaml: error: whole file",
            "a.yaml:3:2: error: early column",
            "a.yaml:3:5: warning: late column",
            "a.yaml:10: warning: ten",
            "b.csv:2: error: a",
            "b.csv:2: error: z",
        ])
        #expect(c.errorCount == 4)
        #expect(c.hasErrors)
    }

    @Test func identicalDiagnosticsAppearOnce() {
        let c = DiagnosticCollector()
        let d = Diagnostic.error("posts.csv", 4, "column \"reach\": expected a non-negative integer, found \"12k\"")
        c.emit(d)
        c.emit(d)
        c.emit(contentsOf: [d, d])
        #expect(c.diagnostics == [d])
        #expect(c.errorCount == 1)
    }

    @Test func sameTextAtAnotherPlaceOrSeverityIsKept() {
        let c = DiagnosticCollector()
        c.emit(.warning("f", 1, "m"))
        c.emit(.error("f", 1, "m"))
        c.emit(.error("f", 2, "m"))
        c.emit(.error("f", 1, column: 3, "m"))
        // Same place and text: the error comes first, whatever the emission order.
        #expect(c.diagnostics.map(\.description) == ["f:1: error: m", "f:1: warning: m", "f:1:3: error: m", "f:2: error: m"])
        #expect(c.errorCount == 3)
    }

    @Test func warningsAloneAreNoErrors() {
        let c = DiagnosticCollector()
        #expect(!c.hasErrors)
        c.emit(.warning("report.yaml", 1, "w"))
        #expect(!c.hasErrors)
        #expect(c.errorCount == 0)
        #expect(c.diagnostics.count == 1)
    }

    @Test func emitsFromManyThreads() {
        let c = DiagnosticCollector()
        DispatchQueue.concurrentPerform(iterations: 2_000) { i in
            c.emit(.error("campaigns/c\(i % 50)/posts.csv", i % 7 + 1, "problem"))
            c.emit(contentsOf: [.warning("report.yaml", 1, "shared"), .warning("report.yaml", 2, "also shared")])
            _ = c.hasErrors
        }
        let found = c.diagnostics
        // 50 files × 7 lines, plus the two shared warnings once each.
        #expect(found.count == 50 * 7 + 2)
        #expect(c.errorCount == 50 * 7)
        #expect(found == found.sorted())
        #expect(Set(found).count == found.count)
    }
}
