/// The domain's vocabulary over the published lexicons (docs/sentiment.md, "Domain
/// extensions"): words of comments on brand posts that VADER's general lexicons miss or score
/// for another sense (French "cher" is "dear" there, "prix" a "prize"), complaints and body
/// reactions, slang, set phrases, emoji, and the French negation after the verb. Valences use
/// VADER's −4…+4 scale. Everything here is a deliberate, documented departure from the
/// published resources; the resources themselves are untouched (resources/lexicons/).
extension CommentLexicon {
    /// English words: (word, valence), replacing or adding to vader_lexicon.txt.
    static let englishDomainWords: [(String, Double)] = [
        // complaints and reactions of the body
        ("breakout", -2.0), ("breakouts", -2.0), ("rash", -2.0), ("rashes", -2.0), ("itchy", -2.0), ("itch", -1.5),
        ("itching", -2.0), ("irritation", -2.0), ("irritated", -2.0), ("irritating", -2.0), ("redness", -1.5),
        ("allergic", -2.0), ("allergy", -1.5), ("burned", -2.0), ("burns", -1.8), ("burning", -2.0), ("stings", -1.8),
        ("stinging", -2.0), ("sting", -1.5), ("pimples", -1.5), ("acne", -1.0), ("bumps", -1.2), ("flaky", -1.2),
        ("greasy", -1.5), ("sticky", -1.2), ("overpriced", -2.0), ("pricey", -1.0), ("expensive", -1.2),
        ("refund", -1.2), ("returned", -1.0), ("returning", -0.8), ("smells", -0.5), ("stinks", -2.0), ("broke", -1.5),
        ("faded", -1.2), ("ripped", -1.5), ("shrunk", -1.5), ("stale", -1.5), ("soggy", -1.5), ("bland", -1.2),
        ("late", -1.0), ("delayed", -1.2), ("like", 0.0), ("meh", -1.5), ("mid", -1.0), ("underwhelming", -2.0),
        ("unfollow", -1.5), ("unfollowing", -1.5), ("sellout", -2.0), ("ad", 0.0), ("fake", -2.0), ("scam", -2.5),
        // praise the general lexicon lacks or underrates
        ("obsessed", 2.5), ("slay", 2.0), ("slaps", 2.0), ("fire", 1.5), ("goat", 2.0), ("iconic", 2.0),
        ("gorgeous", 3.0), ("stunning", 3.0), ("glowing", 2.0), ("flawless", 2.5), ("yum", 2.0), ("yummy", 2.5),
        ("tasty", 2.0), ("delicious", 2.8), ("fave", 2.0), ("fav", 2.0), ("wow", 1.5), ("queen", 1.5),
        ("recommend", 2.0), ("recommended", 2.0), ("worth", 1.2), ("comfy", 2.0), ("soft", 1.0), ("smooth", 1.2),
        ("hydrated", 1.5), ("glow", 1.0), ("need", 0.0), ("want", 0.0),
        // more complaints, from the tuning corpus's vocabulary (docs/sentiment.md)
        ("mid", -1.5), ("average", -1.0), ("smudged", -1.5), ("smudges", -1.5), ("headache", -2.0), ("nausea", -2.0),
        ("nauseous", -2.0), ("migraine", -2.0), ("tiny", -0.8), ("patchy", -1.5), ("smashed", -2.0), ("shattered", -2.0),
        ("leaking", -1.5), ("leaked", -1.5), ("melted", -1.2), ("lost", -1.5), ("cheap", -1.5), ("blisters", -2.0),
        ("swollen", -2.0), ("hives", -2.5), ("shrank", -1.5), ("sheds", -1.2), ("shedding", -1.2), ("clumpy", -1.5),
        ("squeaking", -1.2), ("squeaky", -1.2), ("chalk", -1.2), ("chalky", -1.5), ("slimy", -1.8), ("crashes", -2.0),
        ("crashing", -2.0), ("laggy", -1.8), ("lags", -1.5), ("joke", -1.5), ("support", 0.0), ("scratched", -1.5),
        ("nope", -1.2), ("lol", 0.3), ("lmao", 0.3), ("ngl", 0.0), ("tho", 0.0), ("honestly", 0.0), ("shrinkflation", -2.0),
        ("rubber", -0.8), ("exploded", -1.0), ("overhyped", -2.0), ("cancelled", -1.5), ("canceled", -1.5),
        ("accurate", 1.0), ("hypoallergenic", 1.0), ("waterproof", 1.0), ("flattering", 2.0), ("insane", 1.5),
        ("dried", -1.0), ("drying", -1.2), ("oxidizes", -1.5), ("oxidized", -1.5), ("cakey", -1.5), ("streaky", -1.5),
        ("flimsy", -1.8), ("uncomfortable", -2.0), ("itchy", -2.0), ("pilled", -1.5), ("pilling", -1.5), ("soggy", -1.5),
        ("please", 0.0), ("pls", 0.0), ("plz", 0.0), ("help", 0.0), ("gift", 0.0), ("jealous", 1.0), ("drop", 0.0),
        ("works", 1.5), ("handy", 1.5), ("breaks", -1.5), ("lol", 0.0), ("dry", -0.8), ("overcooked", -1.5), ("burnt", -1.8), ("noisy", -1.5), ("loud", -0.8), ("overcrowded", -1.8),
        ("crowded", -1.2), ("dirty", -2.0), ("filthy", -2.5), ("rude", -2.0), ("overrated", -2.0), ("mediocre", -1.8),
        // general complaint words of the six verticals, beyond the tuning corpus
        ("overheats", -1.8), ("overheating", -1.8), ("tingles", -0.8), ("tingling", -0.8), ("stained", -1.5),
        ("peeling", -1.5), ("bedbugs", -3.0), ("cockroaches", -2.5), ("moldy", -2.2), ("mouldy", -2.2), ("mold", -1.8),
        ("stomachache", -2.0), ("bloated", -1.5), ("bloating", -1.5), ("dizzy", -1.8), ("swelling", -1.8),
        ("reaction", -0.8), ("watery", -0.8), ("obsessed", 2.5),
    ]

    /// English set phrases: read as one token, never negated.
    static let englishDomainPhrases: [(String, Double)] = [
        ("not a fan", -1.8), ("not for me", -1.5), ("not worth it", -2.0), ("not worth the money", -2.2),
        ("not worth the price", -2.2), ("waste of money", -2.5), ("broke me out", -2.5), ("broke out", -2.2),
        ("made me break out", -2.5), ("break out", -2.0), ("breaking out", -2.2), ("didn't work", -2.0),
        ("doesn't work", -2.0), ("did not work", -2.0), ("does not work", -2.0), ("not working", -2.0),
        ("stopped working", -2.0), ("never again", -2.2), ("never buying", -2.0), ("won't buy", -1.8),
        ("won't be buying", -1.8), ("not buying", -1.8), ("fell apart", -2.0), ("falls apart", -2.0),
        ("not impressed", -1.8), ("nothing special", -1.5), ("not great", -1.5), ("not good", -1.8),
        ("not the best", -1.2), ("too expensive", -1.8), ("way too expensive", -2.2), ("too pricey", -1.8),
        ("no complaints", 1.8), ("can't wait", 2.0), ("cant wait", 2.0), ("holy grail", 3.0), ("made my day", 2.5),
        ("must have", 2.0), ("game changer", 2.5), ("10/10", 2.5), ("no breakouts", 1.8), ("zero breakouts", 1.8),
        ("no irritation", 1.8), ("zero irritation", 1.8), ("not sure", 0.0), ("smells like", 0.0),
        ("not bad", 1.5), ("not too bad", 1.5),
        ("did nothing", -1.8), ("does nothing", -1.8), ("doesn't do anything", -1.8), ("doesn't come off", -1.5),
        ("save your money", -2.0), ("couldn't finish", -1.5), ("couldn't finish it", -1.5), ("still waiting", -1.8),
        ("still nothing", -1.8), ("still no", -1.5), ("no reply", -1.8), ("no response", -1.8), ("no tracking", -1.5),
        ("no refund", -2.0), ("thanks for nothing", -2.2), ("sold out again", -1.5), ("sold out everywhere", -1.5),
        ("always sold out", -1.5), ("out of stock", -0.8), ("did not live up", -2.0), ("didn't live up", -2.0),
        ("not worth the hype", -2.0), ("no thanks", -1.5), ("see through", -1.2), ("see-through", -1.2),
        ("dried out", -1.8), ("dries out", -1.8), ("white cast", -1.2), ("zero white cast", 1.2), ("no white cast", 1.2),
        ("runs small", -1.0), ("runs super small", -1.2), ("don't recommend", -2.0), ("do not recommend", -2.0),
        ("wouldn't recommend", -2.0), ("would not recommend", -2.0), ("can't live without", 2.5), ("good value", 2.0),
        ("that's about it", -1.5), ("mid at best", -2.0), ("at best", -0.5), ("looks nothing like", -1.8),
        ("nothing like the", -1.5), ("i'm dead", 0.0), ("it works", 1.5), ("actually works", 2.0), ("zero issues", 1.5),
        ("no issues", 1.5), ("would buy again", 2.0), ("please help", 0.0),
        ("i like", 1.8), ("i really like", 2.0), ("like it", 1.5), ("like this", 1.2), ("i liked", 1.5),
        ("no clumps", 1.5), ("no chafing", 1.5), ("no bitterness", 1.5), ("never disappointed", 2.0),
        ("never disappoints", 2.0), ("never been this", 0.0), ("still looks new", 2.0), ("i'm drooling", 2.0),
        ("never arrived", -2.0), ("hasn't arrived", -1.8), ("still hasn't arrived", -2.0), ("never came", -1.8),
        ("eyes watering", -1.5), ("eyes were watering", -1.5), ("battery dies", -1.5), ("bed bugs", -3.0),
        ("stomach ache", -2.0), ("upset stomach", -2.0), ("flare up", -1.8), ("flared up", -1.8), ("break me out", -2.2),
        ("rip off", -2.5), ("ripoff", -2.5), ("fell off", -1.5), ("fall apart", -2.0), ("broke after", -2.0),
    ]

    /// English words that negate the next ones ("zero breakouts"), beside VADER's NEGATE.
    static let englishDomainNegations: Set<String> = ["zero", "dont", "doesnt", "didnt"]
    static let englishDomainBoosters: [(String, Double)] = [("super", boosterIncrement), ("soooo", boosterIncrement), ("sooo", boosterIncrement), ("way", boosterIncrement), ("literally", boosterIncrement)]

    /// French words (accents optional), replacing or adding to fr_lexicon.txt.
    static let frenchDomainWords: [(String, Double)] = [
        // complaints and reactions of the body
        ("brûlé", -2.5), ("brûle", -2.2), ("brûlée", -2.5), ("brûlure", -2.5), ("brûlures", -2.5), ("pique", -1.8),
        ("piqué", -1.8), ("picote", -1.8), ("picotements", -1.8), ("démange", -2.0), ("démangeaisons", -2.0),
        ("gratte", -1.5), ("boutons", -1.8), ("bouton", -1.2), ("irritation", -2.0), ("irritations", -2.0),
        ("irritée", -2.0), ("irrité", -2.0), ("rougeurs", -1.8), ("rougeur", -1.8), ("allergie", -2.0),
        ("allergique", -2.0), ("eczéma", -1.5), ("réaction", -1.0), ("plaques", -1.5), ("tiraille", -1.5),
        ("gras", -0.8), ("grasse", -0.5), ("collant", -1.2), ("collante", -1.2), ("cher", -1.2), ("chère", -1.2),
        ("chers", -1.2), ("chères", -1.2), ("arnaque", -2.8), ("déçu", -2.0), ("déçue", -2.0), ("déçus", -2.0),
        ("déçues", -2.0), ("décevant", -2.0), ("décevante", -2.0), ("déception", -2.2), ("bof", -1.5),
        ("nul", -2.2), ("nulle", -2.2), ("naze", -2.0), ("moyen", -0.8), ("moyenne", -0.5), ("retard", -1.5),
        ("remboursement", -1.2), ("rembourser", -1.0), ("cassé", -1.8), ("cassée", -1.8), ("abîmé", -1.8),
        ("fade", -1.2), ("rance", -2.0), ("périmé", -2.0), ("immangeable", -2.8), ("pire", -2.5), ("regrette", -2.0),
        ("dommage", -1.5), ("horrible", -2.8), ("affreux", -2.5), ("dégueu", -2.5), ("dégueulasse", -3.0),
        ("moche", -2.0), ("sale", -1.2), ("pub", -0.3), ("sponso", 0.0), ("vendu", 0.0), ("flop", -2.0),
        ("galère", -1.8), ("injoignable", -2.0), ("problème", -1.5), ("soucis", -0.8), ("souci", -0.8),
        // praise and slang the translated lexicon lacks or underrates
        ("adore", 2.8), ("j'adore", 2.8), ("aime", 2.0), ("kiffe", 2.2), ("kif", 2.0), ("top", 2.0), ("génial", 2.5),
        ("géniale", 2.5), ("super", 2.0), ("bien", 1.2), ("bon", 1.5), ("bonne", 1.5), ("parfait", 2.5), ("parfaite", 2.5),
        ("magnifique", 3.0), ("sublime", 3.0), ("canon", 2.2), ("incroyable", 2.5), ("dingue", 1.8), ("ouf", 1.5),
        ("pépite", 2.5), ("tuerie", 2.8), ("validé", 2.0), ("validée", 2.0), ("approuvé", 2.0), ("recommande", 2.0),
        ("conseille", 1.8), ("efficace", 2.0), ("douce", 1.5), ("doux", 1.2), ("hydratée", 1.5), ("éclatante", 2.0),
        ("lumineuse", 1.5), ("stylé", 2.0), ("stylée", 2.0), ("belle", 2.0), ("beau", 2.0), ("jolie", 2.0), ("joli", 2.0),
        ("mignon", 2.0), ("mignonne", 2.0), ("miam", 2.2), ("délicieux", 2.8), ("délicieuse", 2.8), ("régal", 2.5),
        ("bravo", 2.2), ("merci", 1.2), ("hâte", 1.5), ("envie", 0.8), ("love", 2.5), ("cute", 2.0), ("waouh", 2.0),
        ("wahou", 2.0), ("wow", 1.5), ("prix", 0.0), ("fan", 1.5), ("ravie", 2.5),
        ("ravi", 2.5), ("contente", 2.0), ("content", 2.0), ("convaincue", 1.8), ("convaincu", 1.8), ("craquer", 0.5),
        ("agréable", 1.8), ("fiable", 1.5), ("indispensable", 2.2), ("amoureuse", 2.5), ("amoureux", 2.5), ("mimi", 2.0),
        ("sympa", 1.8), ("imbattable", 2.2), ("nickel", 2.2), ("impeccable", 2.5), ("confortable", 2.0), ("confort", 1.5),
        // more complaints, from the tuning corpus's vocabulary (docs/sentiment.md)
        ("mid", -1.5), ("mouais", -1.5), ("sèche", -1.2), ("dessèche", -1.8), ("desséché", -1.5), ("oxyde", -1.5),
        ("colle", -1.0), ("coulé", -1.2), ("nausée", -2.0), ("nausées", -2.0), ("migraine", -2.0), ("impossible", -1.5),
        ("traces", -0.8), ("lâché", -1.5), ("transparent", -0.8), ("transparente", -0.8), ("ampoules", -1.8),
        ("cheap", -1.5), ("grumeaux", -1.5), ("grincent", -1.2), ("grince", -1.2), ("recraché", -1.8), ("pâteuse", -1.2),
        ("pâteux", -1.2), ("rayé", -1.5), ("chauffe", -1.0), ("bug", -1.8), ("bugue", -1.8), ("buggé", -1.8), ("plante", -0.8),
        ("cassent", -1.8), ("casse", -1.5), ("rétrécit", -1.5), ("rétréci", -1.5), ("abusé", -1.8), ("honte", -2.2),
        ("catastrophe", -2.5), ("désagréable", -2.0), ("carton", -0.8), ("bruit", -1.0), ("bruyant", -1.5),
        ("retouchées", -0.8), ("retouché", -0.8), ("sponsorisée", -0.5), ("attends", -0.5), ("perdu", -1.5),
        ("perdue", -1.5), ("annulé", -1.5), ("annulée", -1.5), ("rupture", -1.0), ("lol", 0.0),
        ("pire", -2.5), ("fondu", -1.0), ("écœurant", -2.0), ("dégoûtant", -2.5), ("inconfortable", -2.0),
        ("serré", -0.8), ("boulochent", -1.5), ("bouloche", -1.5), ("décolle", -1.2), ("plâtreux", -1.5), ("arnaqueurs", -2.5),
        ("remboursé", 0.0), ("frais", 0.0), ("cachés", -1.2), ("surcoté", -2.0), ("surcotée", -2.0), ("mitigée", -0.8),
        ("mitigé", -0.8), ("stp", 0.0), ("svp", 0.0), ("cadeau", 0.0), ("jalouse", 1.0), ("jaloux", 1.0),
        ("honnêtement", 0.0), ("ouvert", 0.0), ("hydratant", 1.5), ("hydratante", 1.5), ("précis", 1.5), ("précise", 1.5),
        ("pratique", 1.8), ("renvoyer", -1.0), ("fond", -0.8), ("mdr", 0.0), ("pâle", -0.5), ("insipide", -1.5), ("caoutchouc", -0.8), ("chimique", -1.2), ("moisi", -2.2),
        // general complaint words of the six verticals, beyond the tuning corpus
        ("surchauffe", -1.8), ("délavé", -1.5), ("délavée", -1.5), ("décousu", -1.5), ("décousue", -1.5), ("troué", -1.5),
        ("trouée", -1.5), ("obsédée", 2.5), ("obsédé", 2.5), ("gonflé", -1.2), ("gonflée", -1.2), ("urticaire", -2.5),
        ("irritante", -2.0), ("irritant", -2.0), ("agressive", -1.5), ("agressif", -1.5), ("asséchant", -1.5),
        ("asséchante", -1.5), ("rayures", -1.2), ("fissuré", -1.8), ("fissurée", -1.8), ("indigeste", -1.5),
        ("cafards", -2.5), ("punaises", -2.5), ("moisissure", -2.2), ("moisissures", -2.2), ("vertiges", -1.8),
    ]

    /// French set phrases: read as one token, never negated; "je recommande pas" is also the
    /// post-verbal negation rule, listed here so that it holds even after a friendly word.
    static let frenchDomainPhrases: [(String, Double)] = [
        ("pas ouf", -1.8), ("pas fou", -1.5), ("pas top", -1.8), ("pas terrible", -1.8), ("pas génial", -1.8),
        ("pas géniale", -1.8), ("pas trop bien", -1.5), ("pas bien", -1.5), ("pas terrible du tout", -2.2),
        ("je recommande pas", -2.0), ("recommande pas", -2.0), ("je ne recommande pas", -2.0), ("ne recommande pas", -2.0),
        ("marche pas", -2.0), ("fonctionne pas", -2.0), ("rien de spécial", -1.5), ("sans plus", -1.5),
        ("ça pique", -2.0), ("ca pique", -2.0), ("pique les yeux", -2.5), ("ma peau a brûlé", -2.8),
        ("j'ai eu des boutons", -2.2), ("des boutons", -1.8), ("plus jamais", -2.2), ("jamais plus", -2.0),
        ("trop cher", -1.8), ("beaucoup trop cher", -2.2), ("un peu cher", -0.8), ("hors de prix", -2.0),
        ("pas mal", 1.5), ("pas mal du tout", 1.8), ("pas déçu", 1.5), ("pas déçue", 1.5), ("pas de souci", 1.2),
        ("pas de soucis", 1.2), ("aucun souci", 1.2), ("trop bien", 2.5), ("trop bon", 2.5), ("trop beau", 2.5),
        ("trop belle", 2.5), ("coup de cœur", 2.5), ("donne envie", 1.5), ("de ouf", 2.0), ("au top", 2.2),
        ("zéro irritation", 1.8), ("aucune irritation", 1.8), ("pas d'irritation", 1.8), ("sans irritation", 1.8),
        ("zéro bouton", 1.8), ("aucun bouton", 1.8), ("pas de bouton", 1.8), ("pas de boutons", 1.8),
        ("pas mal de", 0.0), ("pas malade", 0.0), ("pas encore", 0.0), ("nulle part", 0.0), ("pas sûr", 0.0), ("pas sûre", 0.0),
        ("j'ai hâte", 2.0), ("pas pour moi", -1.2), ("rien à voir", -1.0), ("bon plan", 1.5), ("bon prix", 1.2),
        ("pas cher", 1.2), ("pas chère", 1.2), ("moins cher", 0.8),
        ("pas fan", -1.8), ("non merci", -1.5), ("tient pas", -1.5), ("tient rien", -1.5), ("pas remboursé", -2.0),
        ("toujours pas", -1.0), ("toujours rien", -1.8), ("rien reçu", -2.0), ("aucune réponse", -2.0), ("aucun mail", -1.5),
        ("aucun suivi", -1.5), ("aucun retour", -1.5), ("en retard", -1.5), ("encore en rupture", -1.5),
        ("rien fait", -1.5), ("rien changé", -1.5), ("aucune différence", -1.8), ("aucun effet", -1.8),
        ("aucun résultat", -1.8), ("sert à rien", -2.0), ("mal de tête", -2.0), ("perte d'argent", -2.0),
        ("fait cheap", -1.8), ("sent le plastique", -1.5), ("goût de carton", -1.8), ("pas fiable", -1.8),
        ("pas agréable", -1.5), ("aucun souci", 1.2), ("rien à redire", 1.8), ("aucun regret", 1.8),
        ("pas convaincue", -1.5), ("pas convaincu", -1.5), ("m'a pas convaincue", -1.5), ("pas du tout convaincue", -1.8),
        ("vaut pas le coup", -1.8), ("vaut le coup", 1.8), ("vaut vraiment le coup", 2.2), ("ça vaut le coup", 1.8), ("pas de différence", -1.5),
        ("jamais arrivé", -2.0), ("jamais arrivée", -2.0), ("jamais reçu", -2.0), ("jamais reçue", -2.0),
        ("pas arrivé", -1.8), ("pas reçu", -1.8), ("peau qui tire", -1.2), ("ça tire", -1.2), ("mal au ventre", -2.0),
        ("vaut pas son prix", -1.8), ("vaut pas le prix", -1.8), ("plaques rouges", -2.0), ("yeux qui piquent", -2.2),
        ("fait le job", 1.0), ("faut pas abuser", -1.8), ("faut pas exagérer", -1.8), ("pas abuser", -1.5),
        ("pas exagérer", -1.5), ("bonne mine", 0.5), ("collab sponsorisée", -1.5), ("arrivé ouvert", -1.5),
        ("fond de teint", 0.0), ("correspond pas", -1.5), ("je suis morte", 0.0), ("règle le bug", 1.5),
        ("règle le problème", 1.5), ("rapport qualité prix", 1.0), ("rapport qualité-prix", 1.0), ("de fou", 2.0), ("dinguerie", 2.5), ("sans amertume", 1.5), ("zéro grumeaux", 1.5),
        ("sans bouger", 1.5), ("sans ampoule", 1.5), ("sans recharger", 1.0), ("sans effet masque", 1.5),
        ("rien à dire", 1.5), ("froid", 0.0), ("aux abonnés absents", -2.0), ("fast fashion", -1.0), ("pas terrible", -1.8),
    ]

    /// French words that negate the next ones beside vaderSentiment-fr's NEGATE.
    static let frenchDomainNegations: [String] = ["zéro", "zero"]
    /// Slang intensifiers ("grave bien", "hyper doux", "trop", "vrm").
    static let frenchDomainBoosters: [(String, Double)] = [
        ("grave", boosterIncrement), ("vrm", boosterIncrement), ("vraiment", boosterIncrement), ("trop", boosterIncrement),
        ("super", boosterIncrement), ("hyper", boosterIncrement), ("méga", boosterIncrement), ("archi", boosterIncrement),
        ("tellement", boosterIncrement), ("franchement", boosterIncrement),
    ]

    /// Emoji with a valence of their own, read as one token: the description of 🔥 ("fire")
    /// is negative in VADER's lexicon and that of 😭 ("crying") too, where comments mean praise
    /// or laughter; 🙏 and ❤️ end complaints as often as praise and count little.
    static let domainEmoji: [UInt32: Double] = {
        var out: [UInt32: Double] = [:]
        for (s, v) in [("🔥", 2.0), ("😭", 0.0), ("😂", 0.5), ("🤣", 0.5), ("💀", 0.0), ("🙏", 0.3), ("💯", 2.0),
                       ("😍", 3.0), ("🥰", 2.8), ("🤩", 2.8), ("👏", 2.0), ("🙌", 2.0), ("✨", 1.0), ("💅", 1.0),
                       ("🤤", 2.0), ("😋", 2.0), ("🤮", -3.0), ("🤢", -2.5), ("👎", -2.5), ("😡", -3.0), ("🤬", -3.0),
                       ("😤", -2.0), ("🙄", -2.0), ("😒", -2.0), ("😞", -2.0), ("😔", -1.8), ("😢", -2.0), ("😩", -1.8),
                       ("😫", -1.8), ("💔", -2.5), ("😕", -1.5), ("🤡", -2.0), ("👌", 1.8), ("🫶", 2.5), ("😬", -1.0),
                       ("🥲", -0.5), ("👀", 0.0), ("🤔", 0.0), ("🙃", -1.2), ("😳", -0.5), ("🤷", -0.3), ("😅", 0.0),
                       ("🫠", -0.5), ("😑", -1.0), ("😐", -0.5), ("🤦", -1.5), ("😮", 0.0), ("💪", 1.5)] {
            if let scalar = s.unicodeScalars.first { out[scalar.value] = v }
        }
        return out
    }()

    /// Words and emoji that end a comment politely without judging it.
    static let friendlyEndings: Set<String> = [
        "merci", "mercii", "thanks", "thank", "you", "u", "thx", "ty", "tysm", "please", "pls", "plz", "stp", "svp",
        "bisous", "bises", "xoxo", "xx", "xxx", "x", "beaucoup", "bcp", "quand", "meme", "même", "honestly", "tbh",
        "love", "lol", "haha", "mdr", "sorry", "desole", "désolée", "desolee",
    ].map(foldKey).reduce(into: Set<String>()) { $0.insert($1) }

    /// Question words: in a clause ending with "?", the words from them on ask rather than
    /// judge; the auxiliaries count only when they open the clause.
    static let questionWords: Set<String> = [
        "ou", "comment", "quel", "quelle", "quels", "quelles", "combien", "pourquoi", "quand", "est-ce",
        "where", "what", "what's", "how", "which", "why", "who", "when",
    ]
    static let questionOpeners: Set<String> = [
        "est", "is", "are", "does", "do", "did", "can", "could", "would", "will", "should", "was", "were", "any", "anyone",
        "c", "ca", "tu", "vous", "il", "elle",
    ]

    /// French post-verbal negation: "j'aime pas", "je recommande pas", "ça vaut pas le prix".
    /// A lexicon word followed by `pas`, `plus`, `jamais` or `rien` (a booster may sit between)
    /// is negated, unless the negation reads forward (the word after it is a lexicon word:
    /// "bien pas cher") or the word was already negated before.
    static func applyPostNegation(_ sentiments: inout [Double], _ tokens: [Token], _ lang: VaderLanguage) {
        guard !lang.postNegations.isEmpty else { return }
        for i in tokens.indices where sentiments[i] != 0 && tokens[i].phraseValence == nil {
            var j = i + 1
            if j < tokens.count && lang.boosters[tokens[j].key] != nil { j += 1 }
            guard j < tokens.count, lang.postNegations.contains(tokens[j].key), !tokens[i].endsClause else { continue }
            if j + 1 < tokens.count && isLexicon(tokens[j + 1], lang) && !tokens[j].endsClause { continue }
            let before = max(0, i - 3)..<i
            if before.contains(where: { lang.isNegation(tokens, $0) }) { continue }
            sentiments[i] *= negationScalar
        }
    }
}
