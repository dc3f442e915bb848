import Foundation
import Synchronization
import ReportCore

/// What the builder thread tells the HTTP handlers: the folder to serve (the last good
/// site), the errors of the last build (empty when it succeeded) and a generation that changes
/// at every build, which the page's script compares with the one it was served at.
final class LiveSite: Sendable {
    struct State: Sendable {
        let generation: String
        let root: URL
        let errors: [Diagnostic]
    }

    private struct Published {
        var builds = 0
        var root: URL
        var errors: [Diagnostic] = []
    }

    /// Random per server, so a page left open across a restart of `report serve` reloads too.
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let published: Mutex<Published>

    init(root: URL) {
        published = Mutex(Published(root: root))
    }

    var state: State {
        published.withLock { State(generation: "\(session)-\($0.builds)", root: $0.root, errors: $0.errors) }
    }

    /// A build ended: `root` is the new site when it succeeded, nil when the last good one stays.
    func publish(root newRoot: URL?, errors newErrors: [Diagnostic]) {
        published.withLock {
            if let newRoot { $0.root = newRoot }
            $0.errors = newErrors
            $0.builds += 1
        }
    }
}

/// A gate that async code waits at until another thread opens it.
final class Latch: Sendable {
    private struct Gate {
        var isOpen = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let gate = Mutex(Gate())

    func open() {
        let resumed = gate.withLock { gate in
            gate.isOpen = true
            defer { gate.waiting = [] }
            return gate.waiting
        }
        for c in resumed { c.resume() }
    }

    var opened: Bool { gate.withLock { $0.isOpen } }

    func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let already = gate.withLock {
                if !$0.isOpen { $0.waiting.append(c) }
                return $0.isOpen
            }
            if already { c.resume() }
        }
    }
}
