import ReportCore

/// The words of the campaign page's "What people said" (kpis.md §3): the theme names, a
/// theme's count of comments, and the follow-up item raised whenever a comment reports a
/// reaction of the body. Counts arrive formatted, with the number for the plural.
protocol SaidWords {
    /// "Price and value" / "Prix et rapport qualité-prix".
    func themeName(_ theme: CommentTheme) -> String
    /// "Price and value: 12 comments" / "Prix et rapport qualité-prix : 12 commentaires".
    func themeLine(_ name: String, comments: String, count: Int) -> String
    /// The heading of a class of quotes: "Praise", "Complaints", "Questions".
    func quoteClassName(_ kind: CommentsSaid.QuoteClass) -> String
    /// "3 comments report a reaction to the product (skin, eyes, allergy, feeling sick): answer them."
    func reactionFollowUp(_ comments: String, count: Int) -> String
}
