/// Okabe–Ito, the colour-blind-safe qualitative palette (Okabe & Ito 2008), in the order
/// Observable Plot uses for it; yellow last, as it reads poorly on white.
public enum ChartPalette {
    public static let categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]

    public static func color(_ index: Int) -> String { categorical[index % categorical.count] }

    /// A sequential ramp from a near-white blue to Okabe-Ito blue, for heatmaps; `t` in 0…1.
    public static func sequential(_ t: Double) -> String {
        let c = max(0, min(1, t.isFinite ? t : 0))
        let from = (239.0, 246.0, 252.0), to = (0.0, 84.0, 138.0)
        func channel(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * c).rounded()) }
        return hex(channel(from.0, to.0), channel(from.1, to.1), channel(from.2, to.2))
    }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [r, g, b].map { String(digits[($0 >> 4) & 15]) + String(digits[$0 & 15]) }.joined()
    }
}
