//! Countries and their demonyms ("Kenya", "Kenyan"), so that a title's nationality can be
//! compared: "Kenyan Foreign Minister" and "Ugandan Foreign Minister" are two offices.
//! Each line: the country's key, then the words that name it, lower case, separated by
//! commas (a country's name and its adjectives).

const NATIONS: &str = "\
afghanistan:afghanistan,afghan
albania:albania,albanian
algeria:algeria,algerian
argentina:argentina,argentine,argentinian
armenia:armenia,armenian
australia:australia,australian
austria:austria,austrian
azerbaijan:azerbaijan,azerbaijani
bangladesh:bangladesh,bangladeshi
belarus:belarus,belarusian
belgium:belgium,belgian
bolivia:bolivia,bolivian
bosnia:bosnia,bosnian
brazil:brazil,brazilian
britain:britain,british,uk,u.k.
bulgaria:bulgaria,bulgarian
cambodia:cambodia,cambodian
cameroon:cameroon,cameroonian
canada:canada,canadian
chile:chile,chilean
china:china,chinese
colombia:colombia,colombian
congo:congo,congolese
croatia:croatia,croatian
cuba:cuba,cuban
cyprus:cyprus,cypriot
czechia:czechia,czech
denmark:denmark,danish
ecuador:ecuador,ecuadorian
egypt:egypt,egyptian
estonia:estonia,estonian
ethiopia:ethiopia,ethiopian
finland:finland,finnish
france:france,french
georgia:georgia,georgian
germany:germany,german
ghana:ghana,ghanaian
greece:greece,greek
hungary:hungary,hungarian
iceland:iceland,icelandic
india:india,indian
indonesia:indonesia,indonesian
iran:iran,iranian
iraq:iraq,iraqi
ireland:ireland,irish
israel:israel,israeli
italy:italy,italian
japan:japan,japanese
jordan:jordan,jordanian
kazakhstan:kazakhstan,kazakh
kenya:kenya,kenyan
korea:korea,korean
kosovo:kosovo,kosovar
kuwait:kuwait,kuwaiti
latvia:latvia,latvian
lebanon:lebanon,lebanese
libya:libya,libyan
lithuania:lithuania,lithuanian
malaysia:malaysia,malaysian
mali:mali,malian
mexico:mexico,mexican
moldova:moldova,moldovan
morocco:morocco,moroccan
mozambique:mozambique,mozambican
myanmar:myanmar,burmese
nepal:nepal,nepali,nepalese
netherlands:netherlands,dutch
nigeria:nigeria,nigerian
norway:norway,norwegian
pakistan:pakistan,pakistani
peru:peru,peruvian
philippines:philippines,philippine,filipino
poland:poland,polish
portugal:portugal,portuguese
qatar:qatar,qatari
romania:romania,romanian
russia:russia,russian
rwanda:rwanda,rwandan
saudi:saudi
senegal:senegal,senegalese
serbia:serbia,serbian
singapore:singapore,singaporean
slovakia:slovakia,slovak
slovenia:slovenia,slovenian
somalia:somalia,somali
spain:spain,spanish
sudan:sudan,sudanese
sweden:sweden,swedish
switzerland:switzerland,swiss
syria:syria,syrian
taiwan:taiwan,taiwanese
tanzania:tanzania,tanzanian
thailand:thailand,thai
tunisia:tunisia,tunisian
turkey:turkey,turkish
uganda:uganda,ugandan
ukraine:ukraine,ukrainian
emirates:emirati,uae
us:us,u.s.,usa,american,america
uzbekistan:uzbekistan,uzbek
venezuela:venezuela,venezuelan
vietnam:vietnam,vietnamese
yemen:yemen,yemeni
zambia:zambia,zambian
zimbabwe:zimbabwe,zimbabwean
";

/// The country a word (lower case, folded) names or describes: "kenyan" and "kenya" give
/// "kenya". One hash lookup in a map built on first use (the rules ask it for every name of
/// every article of a scan).
pub fn nation_of(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches(['’', '\'']);
    let w = bare(w);
    names().get(w.as_ref()).copied()
}

/// A word without its full stops ("u.s." is "us"), borrowed when it has none.
fn bare(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('.') {
        s.chars().filter(|c| *c != '.').collect::<String>().into()
    } else {
        s.into()
    }
}

/// Every name of the table, without full stops, to its country's key: the first line
/// that lists a name keeps it.
fn names() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (key, names) in NATIONS.lines().filter_map(|l| l.split_once(':')) {
            for n in names.split(',') {
                m.entry(bare(n).into_owned()).or_insert(key);
            }
        }
        m
    })
}

/// `true` for a nationality adjective ("dutch", "kenyan"; lower case, folded), not a
/// country's name: "Dutch and British citizens" names no place or event.
pub fn is_demonym(word: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        NATIONS
            .lines()
            .filter_map(|line| line.split_once(':'))
            .flat_map(|(key, names)| names.split(',').filter(move |n| *n != key))
            // Other names of a country ("uk", "usa", "america") are places.
            .filter(|n| n.len() > 3 && !n.contains('.') && !matches!(*n, "america"))
            .collect()
    })
    .contains(word)
}

#[cfg(test)]
mod tests {
    use super::{is_demonym, nation_of};

    #[test]
    fn demonyms_are_not_country_names() {
        assert!(is_demonym("dutch") && is_demonym("filipino") && is_demonym("kenyan"));
        assert!(!is_demonym("kenya") && !is_demonym("usa") && !is_demonym("america"));
    }

    #[test]
    fn demonyms_and_countries() {
        assert_eq!(nation_of("kenyan"), Some("kenya"));
        assert_eq!(nation_of("uganda"), Some("uganda"));
        assert_eq!(nation_of("u.s."), Some("us"));
        assert_ne!(nation_of("thai"), nation_of("malaysian"));
        assert_eq!(nation_of("minister"), None);
    }
}
