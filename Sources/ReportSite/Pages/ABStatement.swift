import ReportCore

/// The A/B test in plain words: the rates, the verdict (the test within creators when there is
/// one, else the pooled test), saying honestly when the difference is not significant, and
/// every caveat.
enum ABStatement {
    /// `handles` maps influencer keys to the handles shown (without `@`).
    static func text(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat, handles: [String: String] = [:]) -> String {
        let metric = ab.metric.label(locale)
        let fr = locale == .frFR
        guard ab.compared.count == 2, let pValue = ab.pValue else {
            if ab.variants.count < 2 {
                return fr ? "Moins de deux variantes renseignées : pas de test possible."
                          : "Fewer than two variants reported: no test can be made."
            }
            let none = fr ? "Pas de test possible : aucune des variantes n’a de \(metric) mesurable."
                          : "No test can be made: no variant has a measurable \(metric)."
            return ([none] + caveats(ab, locale: locale, format: format, handles: handles)).joined(separator: " ")
        }
        let rates = ab.compared.map { label in
            let rate = ab.variants.first { $0.variant == label }?.rate
            return "\(label) \(format.format(rate, unit: .percent))"
        }.joined(separator: fr ? " contre " : " vs ")
        let pooledSignificant = pValue < 0.05
        var sentences: [String] = []
        if let pStratified = ab.pValueStratified, let n = ab.influencersInBoth {
            sentences.append(fr ? "\(metric) : \(rates)." : "\(metric): \(rates).")
            sentences.append(stratified(p: pStratified, influencers: n, fr: fr, format: format))
            sentences.append(pooled(p: pValue, significant: pooledSignificant, agrees: pooledSignificant == (pStratified < 0.05), fr: fr, format: format))
        } else {
            let p = Self.p(pValue, fr: fr, format: format)
            if pooledSignificant {
                sentences.append(fr ? "\(metric) : \(rates). La différence est statistiquement significative (test z bilatéral, \(p))."
                                    : "\(metric): \(rates). The difference is statistically significant (two-sided z-test, \(p)).")
            } else {
                sentences.append(fr ? "\(metric) : \(rates). La différence n’est pas statistiquement significative (\(p)) : ces données ne montrent pas qu’une variante fait mieux que l’autre."
                                    : "\(metric): \(rates). The difference is not statistically significant (\(p)): these data do not show that one variant does better than the other.")
            }
            if let gap = ab.stratifiedGap { sentences.append(noStratifiedTest(gap, fr: fr, format: format)) }
        }
        return (sentences + caveats(ab, locale: locale, format: format, handles: handles)).joined(separator: " ")
    }

    static func p(_ value: Double, fr: Bool, format: NumberFormat) -> String {
        value < 0.001 ? (fr ? "p < 0,001" : "p < 0.001") : "p = " + format.number(value, decimals: 3)
    }

    /// The verdict within creators (Cochran–Mantel–Haenszel), which `significant` follows.
    static func stratified(p value: Double, influencers n: Int, fr: Bool, format: NumberFormat) -> String {
        let p = p(value, fr: fr, format: format)
        let who = fr ? (n == 1 ? "du seul influenceur ayant publié les deux variantes" : "de chacun des \(n) influenceurs ayant publié les deux variantes")
                     : (n == 1 ? "the one influencer who posted both variants" : "each of the \(n) influencers who posted both variants")
        if value < 0.05 {
            return fr ? "Comparée au sein \(who) (test de Cochran–Mantel–Haenszel, \(p)), la différence est statistiquement significative."
                      : "Compared within \(who) (Cochran–Mantel–Haenszel test, \(p)), the difference is statistically significant."
        }
        return fr ? "Comparée au sein \(who) (test de Cochran–Mantel–Haenszel, \(p)), la différence n’est pas statistiquement significative : ces données ne montrent pas qu’une variante fait mieux que l’autre."
                  : "Compared within \(who) (Cochran–Mantel–Haenszel test, \(p)), the difference is not statistically significant: these data do not show that one variant does better than the other."
    }

    /// The pooled test beside the stratified one: agreeing, or what a disagreement means.
    static func pooled(p value: Double, significant: Bool, agrees: Bool, fr: Bool, format: NumberFormat) -> String {
        let p = p(value, fr: fr, format: format)
        if agrees {
            return fr ? "Toutes publications confondues, le test z bilatéral va dans le même sens (\(p))."
                      : "All posts pooled together, the two-sided z-test agrees (\(p))."
        }
        if significant {
            return fr ? "Toutes publications confondues, le test z bilatéral trouve une différence significative (\(p)) ; elle peut tenir aux créateurs qui ont publié chaque variante plutôt qu’aux variantes elles-mêmes."
                      : "All posts pooled together, the two-sided z-test finds a significant difference (\(p)); it may come from which creators posted each variant rather than from the variants themselves."
        }
        return fr ? "Toutes publications confondues, le test z bilatéral ne la trouve pas (\(p)) : les différences entre créateurs la masquent."
                  : "All posts pooled together, the two-sided z-test does not find it (\(p)): the differences between creators hide it."
    }

    /// Why there is no test within creators, when two variants are compared.
    static func noStratifiedTest(_ gap: ABTestResult.StratifiedGap, fr: Bool, format: NumberFormat) -> String {
        let none = format.percent(0, decimals: 0), all = format.percent(100, decimals: 0)
        switch gap {
        case .noInfluencerInBoth:
            return fr ? "Aucun influenceur n’a publié les deux variantes : aucun test au sein des créateurs n’est possible, et l’écart peut tenir aux créateurs autant qu’aux variantes."
                      : "No influencer posted both variants, so no test within creators can be made: the gap may come from the creators as much as from the variants."
        case .noVariation:
            return fr ? "Aucun test au sein des créateurs n’est possible : pour chaque influenceur ayant publié les deux variantes, le taux est de \(none) (ou \(all)) sur les deux ; le verdict repose sur le test global."
                      : "No test within creators can be made: for each influencer who posted both variants, the rate is \(none) (or \(all)) on both; the verdict rests on the pooled test."
        case .notAProportion:
            return fr ? "Aucun test au sein des créateurs n’est possible : pour au moins un influenceur ayant publié les deux variantes, le taux dépasse \(all) ; le verdict repose sur le test global."
                      : "No test within creators can be made: for at least one influencer who posted both variants, the rate exceeds \(all); the verdict rests on the pooled test."
        }
    }

    /// Every caveat of kpis.json `caveats`, in words.
    static func caveats(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat, handles: [String: String]) -> [String] {
        let fr = locale == .frFR
        return ab.caveats.map { caveat in
            switch caveat {
            case .creatorMix:
                guard ab.compared.count == 2 else { return "" }
                let (first, second) = (ab.compared[0], ab.compared[1])
                let list = ab.creatorShifts.map { shift in
                    let handle = "@" + (handles[shift.influencerKey] ?? shift.influencerKey)
                    let a = format.format(shift.shares[0], unit: .percent), b = format.format(shift.shares[1], unit: .percent)
                    return fr ? "\(handle) \(a) de \(first) et \(b) de \(second)" : "\(handle) \(a) of \(first) and \(b) of \(second)"
                }.joined(separator: fr ? " ; " : "; ")
                return fr ? "Attention : les variantes n’ont pas été publiées par le même mélange de créateurs (parts de la portée écartées de plus de 20 points : \(list)) ; les créateurs, et pas seulement les variantes, peuvent expliquer l’écart."
                          : "Caveat: the variants were not posted by the same mix of creators (shares of reach more than 20 points apart: \(list)), so the creators, not only the variants, may explain the gap."
            }
        }.filter { !$0.isEmpty }
    }
}
