import Foundation

/// Donut slices as SVG arc paths, from shares of a whole, starting at 12 o'clock clockwise.
public enum ArcGeometry {
    public struct Slice: Sendable, Equatable {
        public let start: Double
        public let end: Double
    }

    /// Angles in radians of each share (negative or non-finite shares count as 0).
    public static func slices(_ values: [Double]) -> [Slice] {
        let clean = values.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let total = clean.reduce(0, +)
        guard total > 0 else { return clean.map { _ in Slice(start: 0, end: 0) } }
        var angle = 0.0
        return clean.map { v in
            let start = angle
            angle += v / total * 2 * Double.pi
            return Slice(start: start, end: angle)
        }
    }

    /// The point at `angle` (0 = top, clockwise) on a circle.
    public static func point(cx: Double, cy: Double, r: Double, angle: Double) -> (x: Double, y: Double) {
        (cx + r * sin(angle), cy - r * cos(angle))
    }
}
