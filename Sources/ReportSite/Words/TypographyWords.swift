/// Whether the language has spacing rules (`Words.typeset`) that every finished page gets
/// applied to its text — templates, words and values alike — so no sentence can forget them.
protocol TypographyWords {
    /// English pages are not scanned.
    var hasTypography: Bool { get }
}
