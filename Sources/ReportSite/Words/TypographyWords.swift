/// Whether the language has spacing rules (`Words.typeset`) that every finished page gets
/// applied to its text — templates, words and values alike — so no sentence can forget them.
protocol TypographyWords {
    /// The finished page with the rules applied to its text runs (`HTMLText`), never its markup.
    func typesetPage(_ html: String) -> String
    /// The same as the bytes of the page's file.
    func typesetPageBytes(_ html: String) -> [UInt8]
}
