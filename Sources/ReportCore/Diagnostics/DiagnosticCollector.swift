import Foundation
import Synchronization

/// The one channel problems travel through while inputs are read: every loader emits here
/// and goes on, so `report check` lists every problem at once and no step has to thread
/// lists, tuples or typed throws back up (after swift-openapi-generator's collector).
///
/// A class behind a lock because campaigns load in parallel (`concurrentPerform`) and may
/// share one collector; reads return a sorted, de-duplicated snapshot.
public final class DiagnosticCollector: Sendable {
    private struct State {
        /// Emission order, without repeats: a file read twice reports its problems once.
        var emitted: [Diagnostic] = []
        var seen = Set<Diagnostic>()

        mutating func insert(_ diagnostic: Diagnostic) {
            if seen.insert(diagnostic).inserted { emitted.append(diagnostic) }
        }
    }

    private let state = Mutex(State())

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        state.withLock { $0.insert(diagnostic) }
    }

    public func emit(contentsOf diagnostics: some Sequence<Diagnostic>) {
        let diagnostics = Array(diagnostics)
        state.withLock { state in
            for d in diagnostics { state.insert(d) }
        }
    }

    /// Every distinct diagnostic, sorted by file, line, column and message (errors before
    /// warnings at the same place, so the order never depends on thread timing).
    public var diagnostics: [Diagnostic] {
        state.withLock { $0.emitted }.sorted { a, b in
            if a < b { return true }
            if b < a { return false }
            return a.severity == .error && b.severity == .warning
        }
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// Distinct errors emitted so far.
    public var errorCount: Int {
        state.withLock { $0.emitted.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    }
}
