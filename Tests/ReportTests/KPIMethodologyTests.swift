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
        #expect(en.inputs == "spend (fees, gifted products, commissions, per-post costs, or the budget when larger) and the orders attributed by promo code, UTM link or influencer column within the attribution window")
        #expect(en.notAvailable == "n/a when no orders file is given or there are no conversions")
        let fr = KPIMethodology.entry(.kpi(.cpa), .frFR)
        #expect(fr.formula == "CPA = investissement ÷ conversions")
        #expect(fr.inputs == "l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur) et les commandes attribuées par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution")
        #expect(fr.notAvailable == "n.d. sans fichier de commandes ou sans conversion")
    }

    @Test func engagementRate() {
        let en = KPIMethodology.entry(.kpi(.engagementRate), .enUS)
        #expect(en.formula == "Engagement rate = Σ engagements ÷ Σ reach × 100, over the posts that report both")
        #expect(en.inputs == "the likes, comments, shares, saves and reach of posts.csv")
        #expect(en.notAvailable == "n/a when no post reports both engagements and reach, or their reach adds up to 0")
        let fr = KPIMethodology.entry(.kpi(.engagementRate), .frFR)
        #expect(fr.formula == "Taux d’engagement = Σ engagements ÷ Σ portée × 100, sur les publications qui renseignent les deux")
        #expect(fr.inputs == "les j’aime, commentaires, partages, enregistrements et la portée de posts.csv")
        #expect(fr.notAvailable == "n.d. quand aucune publication ne renseigne à la fois engagements et portée, ou que leur portée totale est nulle")
    }

    @Test func emv() {
        let en = KPIMethodology.entry(.kpi(.emv), .enUS)
        #expect(en.formula == "Equivalent media value (EMV) = Σ over posts (impressions ÷ 1000 × CPM + engagements × price per engagement + link clicks × price per click), at the rates of each post’s platform")
        #expect(en.inputs == "the impressions, engagements and link clicks of posts.csv, priced at rates that are assumptions, not market prices (in currency units per thousand impressions, per engagement and per click: instagram 8.00, 0.10 and 1.00; tiktok 6.00, 0.05 and 0.80; youtube 12.00, 0.15 and 1.20; others 7.00, 0.08 and 1.00), unless report.yaml emv: overrides them")
        #expect(en.notAvailable == "n/a when no post reports impressions, engagements or link clicks; a post reporting none of them adds nothing")
        let fr = KPIMethodology.entry(.kpi(.emv), .frFR)
        #expect(fr.formula == "Valeur média équivalente (EMV) = Σ sur les publications (impressions ÷ 1000 × CPM + engagements × prix par engagement + clics sur lien × prix par clic), aux tarifs de la plateforme de chaque publication")
        #expect(fr.inputs == "les impressions, engagements et clics sur lien de posts.csv, valorisés à des tarifs qui sont des hypothèses, pas des prix de marché (en unités de devise pour mille impressions, par engagement et par clic\(nbsp): instagram 8,00, 0,10 et 1,00\(nbsp); tiktok 6,00, 0,05 et 0,80\(nbsp); youtube 12,00, 0,15 et 1,20\(nbsp); autres 7,00, 0,08 et 1,00), sauf si la clé emv: de report.yaml les remplace")
        #expect(fr.notAvailable == "n.d. quand aucune publication ne renseigne impressions, engagements ou clics sur lien\(nbsp); une publication qui n’en renseigne aucun n’ajoute rien")
    }

    @Test func roi() {
        let en = KPIMethodology.entry(.kpi(.roi), .enUS)
        #expect(en.formula == "ROI (ROAS) = revenue ÷ spend, the ratio the industry calls ROAS: it says whether revenue covers spend, not whether the campaign made money")
        #expect(en.inputs == "the revenue of the orders attributed by promo code, UTM link or influencer column within the attribution window, and spend (fees, gifted products, commissions, per-post costs, or the budget when larger)")
        #expect(en.notAvailable == "n/a when no orders file is given or spend is 0")
        let fr = KPIMethodology.entry(.kpi(.roi), .frFR)
        #expect(fr.formula == "ROI (ROAS) = chiffre d’affaires ÷ investissement, le ratio que le secteur appelle ROAS\(nbsp): il dit si le chiffre d’affaires couvre l’investissement, pas si la campagne a gagné de l’argent")
        #expect(fr.inputs == "le chiffre d’affaires des commandes attribuées par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution, et l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur)")
        #expect(fr.notAvailable == "n.d. sans fichier de commandes ou quand l’investissement est nul")
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
