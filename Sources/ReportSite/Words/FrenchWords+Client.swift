import ReportCore

/// fr-FR: the client's names for platforms; only `other` has a French name.
extension FrenchWords {
    func platform(_ platform: Platform) -> String { platform.name == "other" ? "Autre" : platform.displayName }
}
