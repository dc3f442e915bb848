import ReportCore

/// Names the client reads that the core spells as codes: a platform's name in the project's
/// language (`other` is "Other" / "Autre"; brand names stay as they are written).
protocol ClientWords: Sendable {
    func platform(_ platform: Platform) -> String
}
