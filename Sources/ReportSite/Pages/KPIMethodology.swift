import Foundation
import ReportCore

/// The methodology entry of a KPI, in the report's language: how it is computed, from which
/// inputs, and what n/a means for it.
///
/// The texts are each language's `Words.methodology` (`EnglishWords+Methodology.swift`,
/// `FrenchWords+Methodology.swift`), finished by `Words.typeset`: French texts are written with
/// ordinary spaces and get their non-breaking spaces there (`FrenchTypography`).
struct KPIMethodology {
    let formula: String
    let inputs: String
    let notAvailable: String

    static func entry(_ measure: Measure, _ locale: ReportLocale) -> KPIMethodology {
        let words = locale.words
        let raw: KPIMethodology
        switch measure {
        case .kpi(let kpi): raw = words.methodology(kpi)
        case .leads(let type): raw = words.leadsMethodology(type)
        }
        return KPIMethodology(formula: words.typeset(raw.formula), inputs: words.typeset(raw.inputs), notAvailable: words.typeset(raw.notAvailable))
    }
}
