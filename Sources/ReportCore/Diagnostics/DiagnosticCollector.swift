import Foundation

/// The one channel problems travel through while inputs are read: every loader emits here
/// and goes on, so `report check` lists every problem at once and no step has to thread
/// lists, tuples or typed throws back up (after swift-openapi-generator's collector).
///
/// A class behind a lock because campaigns load in parallel (`concurrentPerform`) and may
/// share one collector; reads return a sorted, de-duplicated snapshot.
public final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    /// Emission order, without repeats: a file read twice reports its problems once.
    private var emitted: [Diagnostic] = []
    private var seen = Set<Diagnostic>()

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        if seen.insert(diagnostic).inserted { emitted.append(diagnostic) }
    }

    public func emit(contentsOf diagnostics: some Sequence<Diagnostic>) {
        lock.lock()
        defer { lock.unlock() }
        for d in diagnostics where seen.insert(d).inserted { emitted.append(d) }
    }

    /// Every distinct diagnostic, sorted by file, line, column and message (errors before
    /// warnings at the same place, so the order never depends on thread timing).
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return emitted.sorted { a, b in
            if a < b { return true }
            if b < a { return false }
            return a.severity == .error && b.severity == .warning
        }
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// Distinct errors emitted so far.
    public var errorCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return emitted.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
    }
}
