import Foundation

/// A linear scale with "nice" ticks: steps of 1, 2 or 5 × 10ⁿ, the algorithm of d3-array's
/// `ticks` (Heckbert's), so axes read like those of Observable Plot or Vega-Lite.
public struct NiceScale: Sendable, Equatable {
    /// The domain after extending it to whole ticks.
    public let lower: Double
    public let upper: Double
    public let ticks: [Double]
    public let step: Double

    /// A scale over [min, max] with about `count` ticks. Zero is included when `zeroBased`.
    public init(min: Double, max: Double, count: Int = 5, zeroBased: Bool = true) {
        var lo = zeroBased ? Swift.min(0, min) : min
        var hi = zeroBased ? Swift.max(0, max) : max
        if lo == hi {
            // A single value still gets an axis around it.
            if hi == 0 { hi = 1 } else if hi > 0 { lo = zeroBased ? 0 : hi / 2; hi *= 1 } else { hi = 0 }
        }
        var step = NiceScale.tickStep(lo, hi, count)
        // Extend the domain to whole steps, then recompute once (d3's `nice`).
        for _ in 0..<2 {
            guard step > 0 else { break }
            lo = (lo / step).rounded(.down) * step
            hi = (hi / step).rounded(.up) * step
            step = NiceScale.tickStep(lo, hi, count)
        }
        self.lower = lo
        self.upper = hi
        self.step = step
        self.ticks = NiceScale.ticks(lo, hi, count)
    }

    /// d3's tickIncrement/tickStep: the step between ticks for about `count` ticks.
    public static func tickStep(_ start: Double, _ stop: Double, _ count: Int) -> Double {
        guard stop > start, count > 0 else { return 0 }
        let raw = (stop - start) / Double(count)
        let power = (log10(raw)).rounded(.down)
        let error = raw / pow(10, power)
        let factor: Double = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        return factor * pow(10, power)
    }

    /// d3's `ticks(start, stop, count)`: nice values inside [start, stop].
    public static func ticks(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
        guard stop > start, count > 0 else { return start == stop ? [start] : [] }
        let raw = (stop - start) / Double(count)
        let power = (log10(raw)).rounded(.down)
        let error = raw / pow(10, power)
        let factor: Double = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        var result: [Double] = []
        if power < 0 {
            // Work with the inverse step so values like 0.1 come out exact (d3 does the same).
            let inc = pow(10, -power) / factor
            var i1 = (start * inc).rounded(), i2 = (stop * inc).rounded()
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            guard i1 <= i2 else { return [] }
            for i in Int(i1)...Int(i2) { result.append(Double(i) / inc) }
        } else {
            let inc = pow(10, power) * factor
            var i1 = (start / inc).rounded(), i2 = (stop / inc).rounded()
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
            guard i1 <= i2 else { return [] }
            for i in Int(i1)...Int(i2) { result.append(Double(i) * inc) }
        }
        return result
    }

    /// Position of `value` in [0, length].
    public func position(_ value: Double, length: Double) -> Double {
        guard upper > lower else { return 0 }
        return (value - lower) / (upper - lower) * length
    }
}
