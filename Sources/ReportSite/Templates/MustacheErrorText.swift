import Mustache

/// swift-mustache's parser errors in words a template author can act on.
enum MustacheErrorText {
    static func describe(_ error: MustacheTemplate.ParserError) -> String {
        guard let e = error.error as? MustacheTemplate.Error else { return "invalid Mustache tag: \(error.error)" }
        switch e {
        case .sectionCloseNameIncorrect: return "invalid Mustache tag: this {{/…}} closes a section of another name"
        case .unfinishedName: return "invalid Mustache tag: a tag is not closed with }}"
        case .expectedSectionEnd: return "invalid Mustache tag: a section opened with {{#…}} or {{^…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "invalid Mustache tag: badly formed set-delimiter tag"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "invalid Mustache tag: template inheritance is not supported in report templates"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return "invalid Mustache tag: badly formed {{% … }} pragma"
        }
    }
}
