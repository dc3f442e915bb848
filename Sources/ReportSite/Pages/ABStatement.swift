import ReportCore

/// The A/B test in plain words, saying honestly when the difference is not significant.
enum ABStatement {
    static func text(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat) -> String {
        let metric = ab.metric.label(locale)
        let fr = locale == .frFR
        guard ab.compared.count == 2, let pValue = ab.pValue, let significant = ab.significant else {
            if ab.variants.count < 2 {
                return fr ? "Moins de deux variantes renseignées : pas de test possible."
                          : "Fewer than two variants reported: no test can be made."
            }
            return fr ? "Pas de test possible : aucune des variantes n’a de \(metric) mesurable."
                      : "No test can be made: no variant has a measurable \(metric)."
        }
        let rates = ab.compared.map { label in
            let rate = ab.variants.first { $0.variant == label }?.rate
            return "\(label) \(format.format(rate, unit: .percent))"
        }.joined(separator: fr ? " contre " : " vs ")
        let p = pValue < 0.001 ? (fr ? "p < 0,001" : "p < 0.001") : "p = " + format.number(pValue, decimals: 3)
        if significant {
            return fr ? "\(metric) : \(rates). La différence est statistiquement significative (test z bilatéral, \(p))."
                      : "\(metric): \(rates). The difference is statistically significant (two-sided z-test, \(p))."
        }
        return fr ? "\(metric) : \(rates). La différence n’est pas statistiquement significative (\(p)) : ces données ne montrent pas qu’une variante fait mieux que l’autre."
                  : "\(metric): \(rates). The difference is not statistically significant (\(p)): these data do not show that one variant does better than the other."
    }
}
