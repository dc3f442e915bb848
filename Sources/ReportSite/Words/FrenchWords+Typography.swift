/// French typography (`FrenchTypography`): a no-break space before `:` `;` `?` `!` `»` and after `«`.
extension FrenchWords: TypographyWords {
    func typesetPage(_ html: String) -> String { FrenchTypography.page(html) }
    func typesetPageBytes(_ html: String) -> [UInt8] { FrenchTypography.pageBytes(html) }
}
