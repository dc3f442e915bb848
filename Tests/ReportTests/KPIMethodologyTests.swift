import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// The methodology entries of kpis.md §2–§6 and §9: one for every KPI and for `leads_<type>`,
/// in both languages.
@Suite struct KPIMethodologyTests {
    private let nbsp = "\u{00A0}"

    private static let measures: [Measure] = KPI.allCases.map { .kpi($0) } + [.leads(type: "newsletter")]

    private static func fields(_ e: KPIMethodology) -> [String] { [e.formula, e.inputs, e.notAvailable] }

    // MARK: every entry

    @Test(arguments: measures)
    func everyEntryIsFilledInBothLanguagesAndTheyDiffer(_ measure: Measure) {
        let en = KPIMethodology.entry(measure, .enUS)
        let fr = KPIMethodology.entry(measure, .frFR)
        for (e, f) in zip(Self.fields(en), Self.fields(fr)) {
            #expect(!e.trimmingCharacters(in: .whitespaces).isEmpty, "\(measure) en")
            #expect(!f.trimmingCharacters(in: .whitespaces).isEmpty, "\(measure) fr")
            #expect(e != f, "\(measure): \(e)")
        }
    }

    @Test(arguments: measures)
    func theFormulaStartsWithThePageLabel(_ measure: Measure) {
        for locale in ReportLocale.allCases {
            let formula = KPIMethodology.entry(measure, locale).formula
            #expect(formula.hasPrefix(measure.label(locale) + " = "), "\(measure) \(locale): \(formula)")
        }
    }

    @Test(arguments: measures)
    func notAvailableSpeaksTheLanguagesWord(_ measure: Measure) {
        #expect(KPIMethodology.entry(measure, .enUS).notAvailable.contains("n/a"))
        #expect(KPIMethodology.entry(measure, .frFR).notAvailable.contains("n.d."))
        #expect(!KPIMethodology.entry(measure, .frFR).notAvailable.contains("n/a"))
    }

    /// One plain sentence each, without a final full stop; division is always `÷`.
    @Test(arguments: measures)
    func textsAreOneSentenceWithOneDivisionSign(_ measure: Measure) {
        for locale in ReportLocale.allCases {
            for text in Self.fields(KPIMethodology.entry(measure, locale)) {
                #expect(!text.hasSuffix("."), "\(measure) \(locale): \(text)")
                #expect(!text.contains(" / "), "\(measure) \(locale): \(text)")
                #expect(!text.contains("\n"))
                #expect(!text.contains("  "))
            }
        }
    }

    /// French: a no-break space before `:`, `;`, `?` and `»`, never an ordinary one; English
    /// has no French spacing.
    @Test(arguments: measures)
    func frenchTypography(_ measure: Measure) {
        for text in Self.fields(KPIMethodology.entry(measure, .frFR)) {
            for mark in [":", ";", "?", "!", "»"] {
                #expect(!text.contains(" " + mark), "\(measure): \(text)")
            }
            #expect(!text.contains("« "))
            #expect(!text.contains("'"), "typographic apostrophe: \(text)")
        }
        for text in Self.fields(KPIMethodology.entry(measure, .enUS)) {
            #expect(!text.contains(nbsp), "\(measure): \(text)")
            #expect(!text.contains("«"))
        }
    }

    @Test func theFrenchTypographyHelper() {
        #expect(FrenchTypography.apply("a : b ; « c » d ?") == "a\(nbsp): b\(nbsp); «\(nbsp)c\(nbsp)» d\(nbsp)?")
        #expect(FrenchTypography.apply("emv: x") == "emv: x")
    }

    // MARK: exact texts

    @Test func cpa() {
        let en = KPIMethodology.entry(.kpi(.cpa), .enUS)
        #expect(en.formula == "CPA = spend ÷ conversions")
        #expect(en.inputs == "spend (fees, gifted products, commissions, per-post costs, or the budget when larger) and the orders attributed by promo code, tracking link or the creator named on the order within the attribution window")
        #expect(en.notAvailable == "n/a when your shop’s orders are not supplied or there are no conversions")
        let fr = KPIMethodology.entry(.kpi(.cpa), .frFR)
        #expect(fr.formula == "CPA = investissement ÷ conversions")
        #expect(fr.inputs == "l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur) et les commandes attribuées par code promo, lien de suivi ou le créateur indiqué sur la commande dans la fenêtre d’attribution")
        #expect(fr.notAvailable == "n.d. quand les commandes de votre boutique ne sont pas fournies ou sans conversion")
    }

    @Test func engagementRate() {
        let en = KPIMethodology.entry(.kpi(.engagementRate), .enUS)
        #expect(en.formula == "Engagement rate = Σ engagements ÷ Σ reach × 100, over the posts that report both")
        #expect(en.inputs == "the likes, comments, shares, saves and reach in the platforms’ post statistics")
        #expect(en.notAvailable == "n/a when no post reports both engagements and reach, or their reach adds up to 0")
        let fr = KPIMethodology.entry(.kpi(.engagementRate), .frFR)
        #expect(fr.formula == "Taux d’engagement = Σ engagements ÷ Σ portée × 100, sur les publications qui renseignent les deux")
        #expect(fr.inputs == "les j’aime, commentaires, partages, enregistrements et la portée dans les statistiques de publication des plateformes")
        #expect(fr.notAvailable == "n.d. quand aucune publication ne renseigne à la fois engagements et portée, ou que leur portée totale est nulle")
    }

    /// The rates themselves are in the assumptions listed under the entries (they may be the agency's own).
    @Test func emv() {
        let en = KPIMethodology.entry(.kpi(.emv), .enUS)
        #expect(en.formula == "Equivalent media value (EMV) = Σ over posts (impressions ÷ 1000 × CPM + engagements × price per engagement + link clicks × price per click), at the rates of each post’s platform")
        #expect(en.inputs == "the impressions, engagements and link clicks in the platforms’ post statistics, priced at the rates listed under the assumptions in force, which are assumptions, not market prices")
        #expect(en.notAvailable == "n/a when no post reports impressions, engagements or link clicks; a post reporting none of them adds nothing")
        let fr = KPIMethodology.entry(.kpi(.emv), .frFR)
        #expect(fr.formula == "Valeur média équivalente (EMV) = Σ sur les publications (impressions ÷ 1000 × CPM + engagements × prix par engagement + clics sur lien × prix par clic), aux tarifs de la plateforme de chaque publication")
        #expect(fr.inputs == "les impressions, engagements et clics sur lien dans les statistiques de publication des plateformes, valorisés aux tarifs listés dans les hypothèses en vigueur, qui sont des hypothèses, pas des prix de marché")
        #expect(fr.notAvailable == "n.d. quand aucune publication ne renseigne impressions, engagements ou clics sur lien\(nbsp); une publication qui n’en renseigne aucun n’ajoute rien")
    }

    @Test func roi() {
        let en = KPIMethodology.entry(.kpi(.roi), .enUS)
        #expect(en.formula == "ROI (ROAS) = revenue ÷ spend, the ratio the industry calls ROAS: it says whether revenue covers spend, not whether the campaign made money")
        #expect(en.inputs == "the revenue of the orders attributed by promo code, tracking link or the creator named on the order within the attribution window, and spend (fees, gifted products, commissions, per-post costs, or the budget when larger)")
        #expect(en.notAvailable == "n/a when your shop’s orders are not supplied or spend is 0")
        let fr = KPIMethodology.entry(.kpi(.roi), .frFR)
        #expect(fr.formula == "ROI (ROAS) = chiffre d’affaires ÷ investissement, le ratio que le secteur appelle ROAS\(nbsp): il dit si le chiffre d’affaires couvre l’investissement, pas si la campagne a gagné de l’argent")
        #expect(fr.inputs == "le chiffre d’affaires des commandes attribuées par code promo, lien de suivi ou le créateur indiqué sur la commande dans la fenêtre d’attribution, et l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur)")
        #expect(fr.notAvailable == "n.d. quand les commandes de votre boutique ne sont pas fournies ou que l’investissement est nul")
    }

    /// kpis.md §4: profit is revenue − spend, before the cost of goods; its label says so, and
    /// net profit and net ROI are what says whether the campaign made money.
    @Test func profitAndNetProfitAreToldApart() {
        #expect(KPI.profit.label(.enUS) == "Revenue minus spend")
        #expect(KPI.profit.label(.frFR) == "CA moins investissement")
        #expect(KPIMethodology.entry(.kpi(.profit), .enUS).formula == "Revenue minus spend = revenue − spend, the revenue left after spend and before the cost of goods, so not a profit")
        #expect(KPIMethodology.entry(.kpi(.profit), .frFR).formula == "CA moins investissement = chiffre d’affaires − investissement, ce qui reste du chiffre d’affaires après l’investissement et avant le coût des marchandises, donc pas un bénéfice")
        #expect(KPIMethodology.entry(.kpi(.netProfit), .enUS).formula == "Net profit = revenue × gross margin − spend: what the campaign earned once the cost of goods is paid")
        #expect(KPIMethodology.entry(.kpi(.netROI), .frFR).formula == "ROI net = bénéfice net ÷ investissement, montré en pourcentage\(nbsp): au-dessus de 0 la campagne a gagné de l’argent, le seul sens où elle est rentable")
    }

    // MARK: leads_<type>

    @Test func leadsOfATypeNameTheirType() throws {
        let measure = try #require(Measure(key: "leads_newsletter"))
        for locale in ReportLocale.allCases {
            let entry = KPIMethodology.entry(measure, locale)
            #expect(entry.formula.contains("newsletter"))
            #expect(entry.inputs.contains("newsletter"))
        }
        #expect(KPIMethodology.entry(measure, .enUS).formula == "Leads (newsletter) = number of attributed leads of type newsletter")
        #expect(KPIMethodology.entry(measure, .frFR).formula == "Leads (newsletter) = nombre de leads attribués de type newsletter")
        #expect(KPIMethodology.entry(.leads(type: "quote"), .enUS).formula.contains("quote"))
        #expect(!KPIMethodology.entry(.leads(type: "quote"), .enUS).formula.contains("newsletter"))
    }
}
