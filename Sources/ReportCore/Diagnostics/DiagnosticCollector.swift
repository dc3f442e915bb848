import Foundation

/// Where every stage sends its problems. Campaigns are processed in parallel, so it is a
/// locked reference; what it hands back is sorted and each problem appears once.
public final class DiagnosticCollector: @unchecked Sendable {
    private var items: [Diagnostic] = []
    private let lock = NSLock()

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        lock.lock(); defer { lock.unlock() }
        items.append(diagnostic)
    }

    public func emit(contentsOf diagnostics: [Diagnostic]) {
        lock.lock(); defer { lock.unlock() }
        items += diagnostics
    }

    /// Sorted by file, line, column and message; duplicates removed.
    public var diagnostics: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }

    public var errorCount: Int {
        lock.lock(); defer { lock.unlock() }
        return Set(items.filter { $0.severity == .error }).count
    }

    public var hasErrors: Bool { errorCount > 0 }
}
