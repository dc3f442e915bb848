import Foundation
import ReportCore

/// What the builder thread tells the HTTP handlers: the folder to serve (the last good
/// site), the errors of the last build (empty when it succeeded) and a generation that changes
/// at every build, which the page's script compares with the one it was served at.
final class LiveSite: @unchecked Sendable {
    struct State: Sendable {
        let generation: String
        let root: URL
        let errors: [Diagnostic]
    }

    private let lock = NSLock()
    /// Random per server, so a page left open across a restart of `report serve` reloads too.
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private var builds = 0
    private var root: URL
    private var errors: [Diagnostic] = []

    init(root: URL) {
        self.root = root
    }

    var state: State {
        lock.withLock { State(generation: "\(session)-\(builds)", root: root, errors: errors) }
    }

    /// A build ended: `root` is the new site when it succeeded, nil when the last good one stays.
    func publish(root newRoot: URL?, errors newErrors: [Diagnostic]) {
        lock.withLock {
            if let newRoot { root = newRoot }
            errors = newErrors
            builds += 1
        }
    }
}

/// A gate that async code waits at until another thread opens it.
final class Latch: @unchecked Sendable {
    private let lock = NSLock()
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func open() {
        let resumed = lock.withLock {
            isOpen = true
            defer { waiting = [] }
            return waiting
        }
        for c in resumed { c.resume() }
    }

    var opened: Bool { lock.withLock { isOpen } }

    func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let already = lock.withLock {
                if !isOpen { waiting.append(c) }
                return isOpen
            }
            if already { c.resume() }
        }
    }
}
