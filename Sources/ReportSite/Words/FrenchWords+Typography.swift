/// French typography (`FrenchTypography`): a no-break space before `:` `;` `?` `!` `»` and after `«`.
extension FrenchWords: TypographyWords {
    var hasTypography: Bool { true }
}
