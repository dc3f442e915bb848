extension EnglishWords: TypographyWords {
    var hasTypography: Bool { false }
}
