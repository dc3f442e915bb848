import ReportCore

// Transitional: string look-ups the directive renderer still uses until templates are compiled
// into typed specs. Removed by the compile step.
extension KPICatalog {
    static func definition(_ key: String) -> KPIDefinition? { KPI(key: key)?.definition }
}

extension KPIValues {
    subscript(key: String) -> Double? {
        get { Measure(key: key).flatMap { self[$0] } }
        set { if let k = KPI(key: key) { self[k] = newValue } }
    }
}
