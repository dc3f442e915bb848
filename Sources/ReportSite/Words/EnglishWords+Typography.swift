extension EnglishWords: TypographyWords {
    /// English pages are not scanned.
    func typesetPage(_ html: String) -> String { html }
}
