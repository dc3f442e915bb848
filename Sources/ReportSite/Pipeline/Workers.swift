import Foundation

/// How many threads a build runs its parallel stages on: every core by default, or `--jobs`.
/// Results go to slots by index and are written in order, so the count never changes a byte.
struct Workers: Sendable {
    /// nil: one per core (Dispatch decides).
    let count: Int?

    /// Calls `body` once for each index in 0..<iterations.
    func forEach(_ iterations: Int, _ body: @Sendable (Int) -> Void) {
        guard let count else {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
            return
        }
        let threads = max(1, min(count, iterations))
        if threads == 1 {
            for i in 0..<iterations { body(i) }
            return
        }
        // Each worker takes the next index: campaigns differ in size, a fixed split would idle.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let i = next.next() - 1
                if i >= iterations { break }
                body(i)
            }
        }
    }
}
