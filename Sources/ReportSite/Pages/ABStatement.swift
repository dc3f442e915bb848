import ReportCore

/// The A/B test in plain words (kpis.md §5): each compared variant with its description, rate
/// and posts, the difference in points, the verdict — "significant", "not significant" or "too
/// few posts to conclude", from the comparison within creators when there is one, else from
/// Welch's t-test on the posts' rates — and every caveat.
enum ABStatement {
    /// `handles` maps influencer keys to the handles shown (without `@`).
    static func text(_ ab: ABTestResult, locale: ReportLocale, format: NumberFormat, handles: [String: String] = [:]) -> String {
        let metric = ab.metric.label(locale)
        let words = locale.words
        let compared = ab.compared.compactMap { label in ab.variants.first { $0.variant == label } }
        guard compared.count == 2 else { return words.abTooFewVariants }
        let (first, second) = (compared[0], compared[1])
        if first.posts == 0, second.posts == 0 { return words.abNothingMeasurable(metric) }

        let rates = compared.map { v in
            words.abVariant(v.variant, description: v.description, rate: format.format(v.rate, unit: .percent), posts: v.posts)
        }.joined(separator: words.abVersus)
        var sentences = [words.abRates(metric, rates, gap: gap(first, second, words: words, format: format))]
        if ab.caveats.contains(.tooFewPosts) {
            sentences.append(words.abTooFewPosts(minimum: ABTestResult.minimumPosts))
        } else if let significant = ab.significant {
            if let stratified = ab.stratified, let n = ab.influencersInBoth {
                sentences.append(words.abStratified(influencers: n, p: p(stratified.p, words: words, format: format), significant: significant))
                if let welch = ab.welch {
                    let welchSignificant = welch.p < ABTestResult.significanceLevel
                    let text = p(welch.p, words: words, format: format)
                    sentences.append(welchSignificant == significant ? words.abWelchAgrees(p: text) : words.abWelchDisagrees(p: text, significant: welchSignificant))
                }
            } else if let welch = ab.welch {
                sentences.append(words.abWelchOnly(p: p(welch.p, words: words, format: format), significant: significant))
                switch ab.stratifiedGap {
                case .noInfluencerInBoth: sentences.append(words.abNoInfluencerInBoth)
                case .tooFewPosts: sentences.append(words.abStratifiedTooFewPosts)
                case .noVariation: sentences.append(words.abStratifiedNoVariation)
                case nil: break
                }
            }
        } else {
            sentences.append(words.abNoVariation(metric))
        }
        return (sentences + caveats(ab, words: words, format: format, handles: handles)).joined(separator: " ")
    }

    /// The difference of the pooled rates in points, to one decimal, in favour of the higher;
    /// nil when a rate is n/a.
    static func gap(_ first: ABTestResult.Variant, _ second: ABTestResult.Variant, words: any Words, format: NumberFormat) -> String? {
        guard let r1 = first.rate, let r2 = second.rate else { return nil }
        let points = (abs(r1 - r2) * 10).rounded() / 10
        guard points > 0 else { return words.abNoGap }
        return words.abGap(points: format.number(points, decimals: 1), value: points, leader: r1 > r2 ? first.variant : second.variant)
    }

    static func p(_ value: Double, words: any Words, format: NumberFormat) -> String {
        value < 0.001 ? words.abPBelowThousandth : "p = " + format.number(value, decimals: 3)
    }

    /// The caveats of kpis.json `caveats` other than `too_few_posts` (the verdict says it), in words.
    static func caveats(_ ab: ABTestResult, words: any Words, format: NumberFormat, handles: [String: String]) -> [String] {
        ab.caveats.compactMap { caveat in
            switch caveat {
            case .tooFewPosts: return nil
            case .creatorMix:
                guard ab.compared.count == 2 else { return nil }
                let (first, second) = (ab.compared[0], ab.compared[1])
                let list = ab.creatorShifts.map { shift in
                    words.abCreatorShift(handle: "@" + (handles[shift.influencerKey] ?? shift.influencerKey),
                                         first: first, firstShare: format.format(shift.shares[0], unit: .percent),
                                         second: second, secondShare: format.format(shift.shares[1], unit: .percent))
                }.joined(separator: words.listSeparator)
                return words.abCreatorMix(list)
            }
        }
    }
}
