import ReportCore

/// en-US: what people said.
extension EnglishWords {
    func themeName(_ theme: CommentTheme) -> String {
        switch theme {
        case .price: return "Price and value"
        case .productExperience: return "The product (quality, smell, taste, texture, fit, results)"
        case .adverseReaction: return "A reaction of the body (skin, eyes, allergy, feeling sick)"
        case .availability: return "Stock, delivery, sizes, where to find it"
        case .howTo: return "How to use it"
        }
    }

    func themeLine(_ name: String, comments: String, count: Int) -> String {
        "\(name): \(comments) comment\(count == 1 ? "" : "s")"
    }

    func quoteClassName(_ kind: CommentsSaid.QuoteClass) -> String {
        switch kind {
        case .positive: return "Praise"
        case .negative: return "Complaints"
        case .question: return "Questions"
        }
    }

    func reactionFollowUp(_ comments: String, count: Int) -> String {
        count == 1
            ? "1 comment reports a reaction to the product (skin, eyes, allergy, feeling sick): answer it."
            : "\(comments) comments report a reaction to the product (skin, eyes, allergy, feeling sick): answer them."
    }
}
