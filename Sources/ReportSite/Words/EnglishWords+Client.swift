import ReportCore

/// en-US: the client's names for platforms.
extension EnglishWords {
    func platform(_ platform: Platform) -> String { platform.displayName }
}
