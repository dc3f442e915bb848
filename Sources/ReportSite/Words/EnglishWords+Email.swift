import ReportCore

/// en-US: the email draft.
extension EnglishWords {
    func emailAgainstTarget(_ target: String, lowerIsBetter: Bool, status: String) -> String {
        " against a target of at \(lowerIsBetter ? "most" : "least") \(target) (\(status))"
    }

    func emailTargets(met: Int, total: Int) -> String {
        total == 1 ? "Target:" : "Targets, \(met) of \(total) met:"
    }

    func emailNetROI(label: String, value: String, profit: Int?) -> String {
        let gloss: String
        switch profit {
        case nil: return "\(label): \(value)"
        case let p? where p > 0: gloss = "the campaign made money once the gross margin is counted"
        case let p? where p < 0: gloss = "the campaign lost money once the gross margin is counted"
        default: gloss = "the campaign broke even once the gross margin is counted"
        }
        return "\(label): \(value) (\(gloss))"
    }

    func emailNextReview(_ when: String) -> String {
        "Some figures are still provisional: next review on \(when)."
    }
}
