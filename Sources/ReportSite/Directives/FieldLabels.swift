import ReportCore

/// Column headings of dataset fields: a KPI's from the catalog, any other from `Words.fieldLabels`.
enum FieldLabels {
    /// A KPI's label from the catalog; any other field's from the locale's `Words.fieldLabels` (a test checks
    /// that every text and trend field of every dataset schema has one in each language).
    static func label(_ field: FieldRef, _ locale: ReportLocale) -> String {
        if let m = field.measure { return m.label(locale) }
        return locale.words.fieldLabels[field.name] ?? field.name
    }
}
