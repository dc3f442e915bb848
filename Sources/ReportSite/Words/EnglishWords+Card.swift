/// en-US: the creator card's words.
extension EnglishWords {
    var comparisonStartsNext: String {
        "One campaign so far: the comparison with the creator's own average starts with the next one."
    }

    var comparisonLead: String {
        "Each campaign against the creator's average over their earlier campaigns that report the figure (amounts in the same currency); the first campaign has none."
    }

    func singleMonth(_ label: String, value: String, month: String) -> String {
        "\(label): \(value) in \(month) (the only month that reports it)."
    }

    func monthValues(_ label: String, values: [(value: String, month: String)]) -> String {
        "\(label): " + values.map { "\($0.value) in \($0.month)" }.joined(separator: ", ") + "."
    }

    func emptyMonths(_ count: Int) -> String {
        count == 1
            ? "1 month without any post, order or spend is shown in its place, so no month is skipped."
            : "\(count) months without any post, order or spend are shown in their place, so no month is skipped."
    }
}
