//! Title equivalence: what office a title names, and whether two titles can both be true
//! of one person.
//!
//! "Secretary of the Army" and "Army Secretary" name the same office; "spokesman",
//! "spokeswoman" and "spokesperson" too. "Senator" and "Secretary of State" are two
//! offices, so they conflict; "former President" and "President" conflict. Descriptions
//! ("special envoy", "adviser to …", "top EU official", "foreign policy chief") are
//! compatible with anything.

use super::KeySet;
use crate::lexicon::{self, HEAD_PREFIXES};
use crate::normalize::{fold, is_possessive};
use serde::Serialize;

/// What a title says about a person's position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Role {
    /// The office, canonical ("president", "vice president", "secretary", "spokesperson",
    /// "chief of staff"), or `None` when the title only describes.
    pub office: Option<String>,
    /// The descriptive head ("envoy", "adviser", "official") when there is no office.
    pub description: Option<String>,
    /// Portfolio of the office ("state", "army", "defence", "press").
    pub portfolio: KeySet,
    /// "former", "ex-": the person no longer holds it.
    pub former: bool,
    /// "acting", "interim": held for now, not substantively.
    #[serde(skip_serializing_if = "crate::serde_helpers::is_false")]
    pub acting: bool,
    /// Countries the title names ("Kenyan", "of Spain", "in Ghana"), by key.
    #[serde(skip_serializing_if = "KeySet::is_empty")]
    pub nation: KeySet,
    /// Distinctive words of the organisation the title names ("oxfam", "unicef";
    /// "conduct" of "Financial Conduct Authority"), generic organisation words aside.
    #[serde(skip_serializing_if = "KeySet::is_empty")]
    pub org: KeySet,
    /// Every word of the organisation's name, generic ones too, for acronyms.
    #[serde(skip)]
    pub org_words: Vec<String>,
    /// How many of those words are acronyms ("WHO", "U.S.").
    #[serde(skip)]
    pub acronyms: u8,
    /// The title's words, folded, abbreviations written out ("lt" → "lieutenant"),
    /// connectors aside: a title whose words are all in another's names the same post
    /// ("commander" and "commander Capt.").
    #[serde(skip)]
    pub words: KeySet,
}

fn canonical_head(w: &str) -> &str {
    match w.trim_end_matches('.') {
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "chairman" | "chairwoman" | "chairperson" | "chair" => "chair",
        "advisor" | "adviser" => "adviser",
        "gen" => "general",
        "adm" => "admiral",
        "col" => "colonel",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "capt" => "captain",
        "maj" => "major",
        "sen" => "senator",
        "gov" => "governor",
        "pres" => "president",
        "rep" | "congressman" | "congresswoman" | "congressperson" => "member of congress",
        "premier" => "prime minister",
        "ceo" => "chief executive",
        "det" => "detective",
        "cmdr" | "cdr" => "commander",
        "cpl" => "corporal",
        "const" => "constable",
        "supt" => "superintendent",
        "insp" => "inspector",
        other => match other.strip_suffix('s') {
            Some(one) if lexicon::is_office_head(one) => one,
            _ => other,
        },
    }
}

fn canonical_portfolio(w: &str) -> Option<&str> {
    Some(match w {
        "defense" | "defence" => "defence",
        "economic" | "economy" => "economy",
        "labor" | "labour" => "labour",
        "transport" | "transportation" => "transport",
        "sport" | "sports" => "sport",
        "marine" | "marines" => "marines",
        "emergency" | "emergencies" => "emergencies",
        "affairs" | "policy" | "national" | "european" | "cabinet" | "security" | "military"
        | "armed" => return None,
        other => other,
    })
}

fn is_head(w: &str) -> bool {
    lexicon::is_role_head(w)
        || lexicon::is_role_head(&format!("{w}."))
        || w.strip_suffix('s').is_some_and(lexicon::is_office_head)
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Which of the title's head words is its head. Appositive titles take the first
/// ("deputy finance spokesman", "chief executive": the head that follows a prefix);
/// titles before a name the last, unless a head sits inside an "of" complement: "Head
/// of the Presidential Office" is a head; "Chief of Staff" is an office.
fn choose_head(words: &[String], heads: &[usize], appositive: bool) -> Option<usize> {
    let &first = heads.first()?;
    if appositive {
        let later = heads.iter().copied().find(|&c| {
            c > first && c <= first + 2 && (first + 1..c).all(|k| lexicon::is_portfolio(&words[k]))
        });
        return Some(match later {
            Some(c)
                if HEAD_PREFIXES.contains(&words[first].as_str()) || words[first] == "chief" =>
            {
                c
            }
            _ => first,
        });
    }
    let h = *heads.last().unwrap_or(&first);
    Some(
        heads
            .iter()
            .copied()
            .find(|&c| c > 0 && c < h && (c + 1..h).any(|k| words[k] == "of"))
            .unwrap_or(h),
    )
}

/// Compound heads: "chief of staff", "chief executive (officer)", "police chief".
/// Returns the head's index, the head, the index after it, and whether it is an office.
fn compound_head(words: &[String], mut h: usize) -> (usize, String, usize, bool) {
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    let mut head = canonical_head(&words[h]).to_string();
    let mut next = h + 1;
    let mut compound_office = false;
    if head == "chief" && at(h + 1) == "of" && at(h + 2) == "staff" {
        head = "chief of staff".into();
        next = h + 3;
        compound_office = true;
    }
    if head == "officer" && h >= 2 && at(h - 2) == "chief" && at(h - 1) == "executive" {
        h -= 1;
    }
    if head == "executive" && h > 0 && at(h - 1) == "chief" {
        head = "chief executive".into();
        compound_office = true;
    } else if head == "chief" && h > 0 && matches!(at(h - 1), "police" | "fire") {
        compound_office = true;
    }
    (h, head, next, compound_office)
}

impl Role {
    /// Reads a title as written. `appositive` titles ("an adviser to X") take their first
    /// head; titles before a name take the last one ("US President Donald Trump’s envoy"
    /// is an envoy).
    pub fn parse(title: &str, appositive: bool) -> Role {
        let raw: Vec<&str> = title
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let words: Vec<String> = raw
            .iter()
            .map(|w| {
                fold(crate::normalize::strip_possessive(w))
                    .trim_matches('.')
                    .to_string()
            })
            .collect();
        let mut role = Role::bare(&words);
        let heads: Vec<usize> = (0..words.len()).filter(|&i| is_head(&words[i])).collect();
        let Some(h) = choose_head(&words, &heads, appositive) else {
            return role;
        };
        let owner_cut = role.owner(&raw, &words, h);
        let (h, mut head, next, compound_office) = compound_head(&words, h);
        if h > owner_cut && HEAD_PREFIXES.contains(&words[h - 1].as_str()) && head != words[h - 1] {
            head = format!("{} {head}", words[h - 1]);
        }
        head = role.before_head(&raw, &words, h, owner_cut, head);
        role.complement(&raw, &words, next);
        let office = lexicon::is_office_head(canonical_head(&words[h]))
            || lexicon::is_office_head(&words[h])
            || lexicon::is_office_head(&format!("{}.", words[h]))
            || compound_office;
        if office
            || head.contains(' ') && lexicon::is_office_head(head.rsplit(' ').next().unwrap_or(""))
        {
            role.office = Some(head);
        } else {
            role.description = Some(head);
            role.portfolio.clear();
        }
        role
    }

    /// A role with no head read yet: whether it is former, and its words.
    fn bare(words: &[String]) -> Role {
        Role {
            office: None,
            description: None,
            portfolio: KeySet::default(),
            former: words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "former" | "ex" | "fired" | "ousted" | "sacked" | "late"
                ) || w.starts_with("ex-")
            }),
            acting: false,
            nation: KeySet::default(),
            org: KeySet::default(),
            org_words: Vec::new(),
            acronyms: 0,
            words: words
                .iter()
                .filter(|w| !matches!(w.as_str(), "the" | "of" | "for" | "a" | "an" | "and" | ""))
                .map(|w| canonical_head(w).to_string())
                .collect(),
        }
    }

    /// Where the title's own words begin: after a possessive before the head, which
    /// makes the rest someone else's title. An owner that is an organisation
    /// ("Apple's") is kept among the organisation's words.
    fn owner(&mut self, raw: &[&str], words: &[String], h: usize) -> usize {
        let owner_cut = (0..h)
            .rev()
            .find(|&k| is_possessive(raw[k]))
            .map_or(0, |k| k + 1);
        if owner_cut > 0 && starts_upper(raw[owner_cut - 1]) {
            // Not in the key ("Trump’s envoy" is an envoy): only so that "Apple's senior
            // vice president" and "Apple senior vice president" agree.
            let w: String = words[owner_cut - 1].chars().filter(|c| *c != '.').collect();
            self.org_words.push(w);
        }
        owner_cut
    }

    /// Portfolio, nationality and organisation words before the head, back to the
    /// owner cut; "deputy", "vice" … join the head, which is returned.
    fn before_head(
        &mut self,
        raw: &[&str],
        words: &[String],
        h: usize,
        owner_cut: usize,
        mut head: String,
    ) -> String {
        let mut k = h;
        while k > owner_cut {
            k -= 1;
            let w = words[k].as_str();
            if k + 1 < h && matches!(w, "deputy" | "vice" | "assistant" | "under") {
                if !head.starts_with(w) {
                    head = format!("{w} {head}");
                }
            } else if matches!(w, "acting" | "interim") {
                self.acting = true;
            } else if lexicon::is_portfolio(w) {
                self.portfolio_word(raw, words, k, h);
            } else if starts_upper(raw[k])
                && !lexicon::is_title_modifier(w)
                && !lexicon::is_role_head(w)
            {
                self.name_word(raw[k], w);
            } else if !(lexicon::is_title_modifier(w)
                || starts_upper(raw[k])
                || matches!(w, "ministry" | "department" | "office" | "service"))
            {
                break;
            }
        }
        head
    }

    /// Files the portfolio word at `k`, before the head at `h`.
    fn portfolio_word(&mut self, raw: &[&str], words: &[String], k: usize, h: usize) {
        let w = words[k].as_str();
        if starts_upper(raw[k]) {
            self.org_words.insert(0, w.to_string());
        }
        if let Some(p) = canonical_portfolio(w) {
            self.portfolio.insert(p);
            // A capitalised portfolio word before an organisation word is the
            // organisation's ("World Health Organization").
            let org_next =
                k + 1 < h && lexicon::is_org_word(&words[k + 1]) && starts_upper(raw[k + 1]);
            if org_next && starts_upper(raw[k]) {
                self.org.insert(p);
            }
        }
    }

    /// Files a capitalised word of the title: a country, or a word of an organisation.
    fn name_word(&mut self, raw: &str, w: &str) {
        let acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && raw.chars().all(|c| !c.is_lowercase());
        if let Some(n) = lexicon::nation_of(w) {
            self.nation.insert(n);
        } else if w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() {
            // (A lone letter, "C." of a split "D.C.", names nothing.)
            let w: String = w.chars().filter(|c| *c != '.').collect();
            if acronym || !lexicon::is_org_word(&w) && !lexicon::is_common_word(&w) {
                self.org.insert(&w);
            }
            if acronym {
                self.acronyms += 1;
            }
            self.org_words.push(w);
        }
    }

    /// Reads the complement after the head at word `next`: "of (the) Army", "for Foreign
    /// Affairs", "of the Bank of Spain", "in Ghana", "for the Colorado Division of …".
    fn complement(&mut self, raw: &[&str], words: &[String], next: usize) {
        let Some(conn) = words.get(next).map(String::as_str) else {
            return;
        };
        if !matches!(conn, "of" | "for" | "in" | "at") {
            return;
        }
        let mut m = next + 1;
        while m < words.len() && m < next + 10 {
            let w = words[m].as_str();
            let capital = raw[m].chars().next().is_some_and(char::is_uppercase);
            if matches!(w, "the" | "and" | "of" | "&") {
                m += 1;
                continue;
            }
            if lexicon::is_portfolio(w) && conn != "in" && !capital {
                if let Some(p) = canonical_portfolio(w) {
                    self.portfolio.insert(p);
                }
            } else if capital && lexicon::is_portfolio(w) && conn != "in" && self.org.is_empty() {
                if let Some(p) = canonical_portfolio(w) {
                    self.portfolio.insert(p);
                }
                self.org_words.push(w.to_string());
            } else if capital && conn == "in" {
                // A place: "Representative in Ghana" and "in Nigeria" are two posts.
                let place = lexicon::nation_of(w).unwrap_or(w);
                self.nation.insert(place);
            } else if capital && !lexicon::is_role_head(w) {
                self.name_word(raw[m], w);
            } else {
                break;
            }
            m += 1;
        }
    }

    /// `true` when the two titles name organisations that cannot be one: their distinctive
    /// words differ, and neither is an acronym of the other's name.
    fn other_org(&self, other: &Role) -> bool {
        let shared = |a: &Role, b: &Role| {
            a.org
                .iter()
                .any(|w| b.org.contains(w) || b.org_words.contains(w))
        };
        if self.org.is_empty() || other.org.is_empty() || shared(self, other) || shared(other, self)
        {
            return false;
        }
        // Only a name that surely names an organisation: an acronym, two words or more,
        // or a generic organisation word ("Authority"). "Angels" and "Los Angeles" may be
        // one team.
        let named = |r: &Role| {
            r.acronyms > 0
                || r.org_words.len() >= 2
                || r.org_words.iter().any(|w| lexicon::is_org_word(w))
        };
        if !named(self) || !named(other) {
            return false;
        }
        let acronym_of = |a: &Role, b: &Role| {
            // Initials of the organisation's words and the head ("Regional Transit
            // Commissioner" for "RTC").
            let initials: String = b
                .org_words
                .iter()
                .map(String::as_str)
                .chain(b.head())
                .filter(|w| !matches!(*w, "of" | "the" | "and"))
                .filter_map(|w| w.chars().next())
                .collect();
            // "PEPD" for "Port Ellery Police": the acronym may add the word the title
            // leaves out ("Department").
            // (The words are not kept in text order: the initials are compared as a set.)
            let org_initials: Vec<char> = b
                .org_words
                .iter()
                .filter(|w| !matches!(w.as_str(), "of" | "the" | "and"))
                .filter_map(|w| w.chars().next())
                .collect();
            let spells = |w: &str| {
                let mut left: Vec<char> = w.chars().collect();
                org_initials.len() >= 2
                    && left.len() <= org_initials.len() + 1
                    && org_initials.iter().all(|c| {
                        left.iter()
                            .position(|x| x == c)
                            .map(|i| left.swap_remove(i))
                            .is_some()
                    })
            };
            a.org
                .iter()
                .any(|w| w.len() >= 2 && (initials.contains(w.as_str()) || spells(w)))
        };
        !acronym_of(self, other) && !acronym_of(other, self)
    }

    /// A stable key: equal keys are the same role.
    pub fn key(&self) -> String {
        self.key_of(true)
    }

    /// The key without country and organisation ("envoy" for "U.S. Special Envoy"): the
    /// lookup of people by role reads it.
    pub fn base_key(&self) -> String {
        self.key_of(false)
    }

    /// [`Role::key`], with the country and organisation sets when `all`.
    fn key_of(&self, all: bool) -> String {
        let mut k = String::new();
        if self.acting {
            k.push_str("acting ");
        }
        if self.former {
            k.push_str("former ");
        }
        match (&self.office, &self.description) {
            (Some(o), _) => k.push_str(o),
            (None, Some(d)) => k.push_str(d),
            (None, None) => k.push('-'),
        }
        let sets = [
            (&self.portfolio, " [", "]"),
            (&self.nation, " (", ")"),
            (&self.org, " {", "}"),
        ];
        for (set, open, close) in sets.into_iter().take(if all { 3 } else { 1 }) {
            if !set.is_empty() {
                k.push_str(open);
                for (i, w) in set.iter().enumerate() {
                    if i > 0 {
                        k.push(',');
                    }
                    k.push_str(w);
                }
                k.push_str(close);
            }
        }
        k
    }

    /// `true` when the role names an office (not just a description).
    pub fn is_office(&self) -> bool {
        self.office.is_some()
    }

    /// The head word, office or description.
    pub fn head(&self) -> Option<&str> {
        self.office.as_deref().or(self.description.as_deref())
    }

    /// `true` when every word of this title is in `other`, and what `other` adds is no
    /// qualifier that makes it another post ("deputy", "vice", "former", "acting"):
    /// "commander" and "Third Precinct commander Capt." say one thing twice.
    fn contained_in(&self, other: &Role) -> bool {
        !self.words.is_empty()
            && self.words.is_subset(&other.words)
            && other.words.difference(&self.words).all(|w| {
                !matches!(
                    w.as_str(),
                    "deputy"
                        | "vice"
                        | "assistant"
                        | "under"
                        | "associate"
                        | "former"
                        | "ex"
                        | "fired"
                        | "ousted"
                        | "sacked"
                        | "late"
                        | "acting"
                        | "interim"
                        | "outgoing"
                        | "incoming"
                ) && !w.starts_with("ex-")
            })
    }

    /// `true` when one person can truthfully be given both titles in the same story.
    pub fn compatible(&self, other: &Role) -> bool {
        if self.contained_in(other) || other.contained_in(self) {
            return true;
        }
        let (Some(a), Some(b)) = (&self.office, &other.office) else {
            return self.same_description_compatible(other);
        };
        if a != b {
            if self.former || other.former {
                // "former senator" and "Secretary of State" can both be true.
                return true;
            }
            // A deputy of the office is another office ("deputy chair" and "chair"), but a
            // deputy prosecutor is a prosecutor, and a sheriff's deputy who is a lieutenant
            // a lieutenant.
            let deputy_of = |x: &str, y: &str| {
                ["deputy ", "vice ", "assistant "]
                    .iter()
                    .any(|p| x.strip_prefix(p) == Some(y))
            };
            let one_of_many = |y: &str| {
                lexicon::RANKS.contains(&y)
                    || matches!(
                        y,
                        "prosecutor"
                            | "attorney"
                            | "counsel"
                            | "detective"
                            | "investigator"
                            | "agent"
                            | "officer"
                    )
            };
            if deputy_of(a, b) || deputy_of(b, a) {
                return one_of_many(if a.len() < b.len() { a } else { b });
            }
            // Two public offices, or two ranks, conflict; a rank and a post, or two posts
            // ("president and general manager"), are two roles.
            let class = |o: &str| {
                let last = o.rsplit(' ').next().unwrap_or(o);
                if lexicon::RANKS.contains(&o) || lexicon::RANKS.contains(&last) {
                    1
                } else if lexicon::EXCLUSIVE_OFFICES.contains(&o)
                    || lexicon::EXCLUSIVE_OFFICES.contains(&last)
                {
                    2
                } else {
                    0
                }
            };
            return class(a) == 0 || class(a) != class(b);
        }
        if self.former != other.former {
            // "former President" and "President" cannot both be true.
            return false;
        }
        self.same_office_compatible(other)
    }

    /// For two titles with one head: `false` when the portfolio, country or organisation
    /// differs.
    fn same_office_compatible(&self, other: &Role) -> bool {
        let portfolio_ok = self.portfolio.is_empty()
            || other.portfolio.is_empty()
            || !self.portfolio.is_disjoint(&other.portfolio);
        let nation_ok = self.nation.is_empty()
            || other.nation.is_empty()
            || !self.nation.is_disjoint(&other.nation);
        portfolio_ok && nation_ok && !self.other_org(other)
    }

    /// Descriptions are compatible with anything, except the same description of another
    /// country ("WHO Representative in Ghana" and "WHO Representative in Nigeria").
    fn same_description_compatible(&self, other: &Role) -> bool {
        match (&self.description, &other.description) {
            (Some(a), Some(b)) if a == b && self.former == other.former => {
                self.nation.is_empty()
                    || other.nation.is_empty()
                    || !self.nation.is_disjoint(&other.nation)
            }
            _ => true,
        }
    }

    /// `true` when the titles are one office, this one held only as acting or interim and
    /// the other substantively.
    pub fn acting_differs(&self, other: &Role) -> bool {
        self.office.is_some() && self.office == other.office && self.acting && !other.acting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: &str) -> Role {
        Role::parse(t, false)
    }

    #[test]
    fn equivalent_forms() {
        assert_eq!(r("Secretary of the Army").key(), r("Army Secretary").key());
        assert_eq!(
            r("US Secretary of the Army").key(),
            r("U.S. Army Secretary").key()
        );
        assert_eq!(
            r("Kremlin spokesman").key(),
            r("Kremlin spokesperson").key()
        );
        assert_eq!(r("spokeswoman").key(), r("spokesperson").key());
        assert_eq!(r("Defence Minister").key(), r("Minister of Defense").key());
        assert_eq!(
            r("White House press secretary").key(),
            r("Press Secretary").key()
        );
        assert!(r("EU foreign policy chief").compatible(&r("Top EU official")));
        assert!(r("special envoy").compatible(&Role::parse(
            "an adviser to Russian President Vladimir Putin",
            true
        )));
        assert_eq!(
            Role::parse("adviser to Russian President Vladimir Putin", true).key(),
            "adviser"
        );
        assert_eq!(
            r("US President Donald Trump’s special envoy").key(),
            "envoy"
        );
    }

    #[test]
    fn conflicting_forms() {
        assert!(!r("Senator").compatible(&r("Secretary of State")));
        assert!(!r("former U.S. President").compatible(&r("President")));
        assert!(!r("Press Secretary").compatible(&r("Secretary of State")));
        assert!(!r("Vice President").compatible(&r("President")));
        assert!(!r("Prime Minister").compatible(&r("Foreign Minister")));
        assert!(r("former Senator").compatible(&r("Secretary of State")));
        assert!(r("Ukrainian President").compatible(&r("President")));
        assert!(r("Secretary").compatible(&r("Secretary of State")));
    }

    #[test]
    fn contained_titles_and_deputies_of_many() {
        assert!(r("Harbour Precinct commander").compatible(&r("Harbour Precinct commander Capt.")));
        assert!(
            r("Ostland County Sheriff's Lt.").compatible(&r("Ostland County Sheriff's Deputy Lt."))
        );
        assert!(r("prosecutor").compatible(&r("Senior Deputy Prosecutor")));
        assert!(!r("chair").compatible(&r("deputy chair")));
        assert!(!r("President").compatible(&r("Vice President")));
        assert!(!r("Transport Minister").compatible(&r("former Transport Minister")));
        assert!(!r("Lt.").compatible(&r("Sgt.")));
        assert!(!r("Commodore").compatible(&r("Commander")));
    }

    #[test]
    fn acronyms_of_an_organisation() {
        assert!(r("KCPD Superintendent").compatible(&r("Kessly City Police Superintendent")));
        assert!(r("HNC Commissioner").compatible(&r("Harbour Neighborhood Commissioner")));
        assert!(r("D.C. Police Chief").compatible(&r("C. Police Chief")));
        assert!(!r("Harbour Safety Authority spokeswoman")
            .compatible(&r("Port Trade Authority spokeswoman")));
    }

    #[test]
    fn compound_offices() {
        assert_eq!(
            r("Chief of Staff").office.as_deref(),
            Some("chief of staff")
        );
        assert_eq!(
            r("White House deputy chief of staff").office.as_deref(),
            Some("deputy chief of staff")
        );
        assert_eq!(
            r("Vice President").office.as_deref(),
            Some("vice president")
        );
        assert!(r("Head of Ukraine’s Defense Intelligence").office.is_none());
    }
}
