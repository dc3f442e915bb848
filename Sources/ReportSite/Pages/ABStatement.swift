import ReportCore

/// The A/B test in plain words: the rates, the verdict (the test within creators when there is
/// one, else the pooled test), saying honestly when the difference is not significant, and
/// every caveat.
enum ABStatement {
    /// `handles` maps influencer keys to the handles shown (without `@`).
    static func text(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat, handles: [String: String] = [:]) -> String {
        let metric = ab.metric.label(locale)
        let words = locale.words
        guard ab.compared.count == 2, let pValue = ab.pValue else {
            if ab.variants.count < 2 { return words.abTooFewVariants }
            let none = words.abNothingMeasurable(metric)
            return ([none] + caveats(ab, locale: locale, format: format, handles: handles)).joined(separator: " ")
        }
        let rates = ab.compared.map { label in
            let rate = ab.variants.first { $0.variant == label }?.rate
            return "\(label) \(format.format(rate, unit: .percent))"
        }.joined(separator: words.abVersus)
        let pooledSignificant = pValue < 0.05
        var sentences: [String] = []
        if let pStratified = ab.pValueStratified, let n = ab.influencersInBoth {
            sentences.append(words.abRates(metric, rates))
            sentences.append(stratified(p: pStratified, influencers: n, words: words, format: format))
            sentences.append(pooled(p: pValue, significant: pooledSignificant, agrees: pooledSignificant == (pStratified < 0.05), words: words, format: format))
        } else {
            sentences.append(words.abPooledOnly(metric, rates, p: Self.p(pValue, words: words, format: format), significant: pooledSignificant))
            if let gap = ab.stratifiedGap { sentences.append(noStratifiedTest(gap, words: words, format: format)) }
        }
        return (sentences + caveats(ab, locale: locale, format: format, handles: handles)).joined(separator: " ")
    }

    static func p(_ value: Double, words: any Words, format: NumberFormat) -> String {
        value < 0.001 ? words.abPBelowThousandth : "p = " + format.number(value, decimals: 3)
    }

    /// The verdict within creators (Cochran–Mantel–Haenszel), which `significant` follows.
    static func stratified(p value: Double, influencers n: Int, words: any Words, format: NumberFormat) -> String {
        words.abStratified(influencers: n, p: p(value, words: words, format: format), significant: value < 0.05)
    }

    /// The pooled test beside the stratified one: agreeing, or what a disagreement means.
    static func pooled(p value: Double, significant: Bool, agrees: Bool, words: any Words, format: NumberFormat) -> String {
        let p = p(value, words: words, format: format)
        return agrees ? words.abPooledAgrees(p: p) : words.abPooledDisagrees(p: p, significant: significant)
    }

    /// Why there is no test within creators, when two variants are compared.
    static func noStratifiedTest(_ gap: ABTestResult.StratifiedGap, words: any Words, format: NumberFormat) -> String {
        let none = format.percent(0, decimals: 0), all = format.percent(100, decimals: 0)
        switch gap {
        case .noInfluencerInBoth: return words.abNoInfluencerInBoth
        case .noVariation: return words.abNoVariation(none: none, all: all)
        case .notAProportion: return words.abNotAProportion(all: all)
        }
    }

    /// Every caveat of kpis.json `caveats`, in words.
    static func caveats(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat, handles: [String: String]) -> [String] {
        let words = locale.words
        return ab.caveats.map { caveat in
            switch caveat {
            case .creatorMix:
                guard ab.compared.count == 2 else { return "" }
                let (first, second) = (ab.compared[0], ab.compared[1])
                let list = ab.creatorShifts.map { shift in
                    words.abCreatorShift(handle: "@" + (handles[shift.influencerKey] ?? shift.influencerKey),
                                         first: first, firstShare: format.format(shift.shares[0], unit: .percent),
                                         second: second, secondShare: format.format(shift.shares[1], unit: .percent))
                }.joined(separator: words.listSeparator)
                return words.abCreatorMix(list)
            }
        }.filter { !$0.isEmpty }
    }
}
