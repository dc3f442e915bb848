extension EnglishWords: TypographyWords {
    /// English pages are not scanned.
    func typesetPage(_ html: String) -> String { html }
    func typesetPageBytes(_ html: String) -> [UInt8] { Array(html.utf8) }
}
