/// Where axis and point labels go so that none collide (kpis.md's "labels that do not collide").
public enum LabelLayout {
    /// A label's box on the page.
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }

        public func overlaps(_ other: Box, gap: Double = 0) -> Bool {
            x < other.x + other.width + gap && other.x < x + width + gap && y < other.y + other.height + gap && other.y < y + height + gap
        }
    }

    /// For labels centred at `centers` along an axis with the given widths: which to keep so
    /// that kept labels stay `gap` apart. Every n-th label is kept, n the smallest step that
    /// fits, so the kept ones stay evenly spaced (the first is always kept).
    public static func thin(centers: [Double], widths: [Double], gap: Double) -> [Bool] {
        guard centers.count > 1 else { return centers.map { _ in true } }
        for step in 1...centers.count {
            var ok = true
            var last: Int?
            for i in stride(from: 0, to: centers.count, by: step) {
                if let l = last, centers[i] - widths[i] / 2 < centers[l] + widths[l] / 2 + gap { ok = false; break }
                last = i
            }
            if ok { return centers.indices.map { $0 % step == 0 } }
        }
        return centers.indices.map { $0 == 0 }
    }

    /// Candidate offsets of a point label, in order of preference: right, left, above, below
    /// and the four diagonals.
    static let offsets: [(dx: Double, dy: Double)] = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1)]

    /// Places each point's label at the first candidate position that overlaps no placed
    /// label, no point and stays inside `bounds`; a label with no free position is left out
    /// (its text stays in the point's tooltip and the data table). Larger points first.
    public static func placePointLabels(points: [(x: Double, y: Double)], sizes: [(width: Double, height: Double)],
                                        radius: Double, bounds: Box, order: [Int]? = nil) -> [Box?] {
        var placed: [Box?] = Array(repeating: nil, count: points.count)
        var taken: [Box] = points.map { Box(x: $0.x - radius, y: $0.y - radius, width: radius * 2, height: radius * 2) }
        for i in order ?? Array(points.indices) {
            let p = points[i], s = sizes[i]
            for o in offsets {
                let cx = p.x + o.dx * (radius + 3 + s.width / 2)
                let cy = p.y + o.dy * (radius + 3 + s.height / 2)
                let box = Box(x: cx - s.width / 2, y: cy - s.height / 2, width: s.width, height: s.height)
                guard box.x >= bounds.x, box.y >= bounds.y, box.x + box.width <= bounds.x + bounds.width,
                      box.y + box.height <= bounds.y + bounds.height else { continue }
                if taken.enumerated().contains(where: { $0.offset != i && $0.element.overlaps(box, gap: 1) }) { continue }
                placed[i] = box
                taken.append(box)
                break
            }
        }
        return placed
    }
}
