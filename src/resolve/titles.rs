//! Title equivalence: what office a title names, and whether two titles can both be true
//! of one person.
//!
//! "Secretary of the Army" and "Army Secretary" name the same office; "spokesman",
//! "spokeswoman" and "spokesperson" too. "Senator" and "Secretary of State" are two
//! offices, so they conflict; "former President" and "President" conflict. Descriptions
//! ("special envoy", "adviser to …", "top EU official", "foreign policy chief") are
//! compatible with anything.

use crate::lexicon::{self, HEAD_PREFIXES};
use crate::normalize::{fold, is_possessive};
use serde::Serialize;
use std::collections::BTreeSet;

/// What a title says about a person's position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Role {
    /// The office, canonical ("president", "vice president", "secretary", "spokesperson",
    /// "chief of staff"), or `None` when the title only describes.
    pub office: Option<String>,
    /// The descriptive head ("envoy", "adviser", "official") when there is no office.
    pub description: Option<String>,
    /// Portfolio of the office ("state", "army", "defence", "press").
    pub portfolio: BTreeSet<String>,
    /// "former", "ex-": the person no longer holds it.
    pub former: bool,
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
        let is_head = |w: &str| {
            lexicon::is_role_head(w)
                || lexicon::is_role_head(&format!("{w}."))
                || w.strip_suffix('s').is_some_and(lexicon::is_office_head)
        };
        let heads: Vec<usize> = (0..words.len()).filter(|&i| is_head(&words[i])).collect();
        let mut role = Role {
            office: None,
            description: None,
            portfolio: BTreeSet::new(),
            former: words
                .iter()
                .any(|w| w == "former" || w == "ex" || w.starts_with("ex-")),
        };
        let Some(&first) = heads.first() else {
            return role;
        };
        let mut h = if appositive {
            first
        } else {
            *heads.last().unwrap_or(&first)
        };
        // A head inside an "of" complement belongs to that complement: "Head of the
        // Presidential Office" is a head; "Chief of Staff" is an office.
        if !appositive {
            for &c in &heads {
                if c > 0 && c < h && (c + 1..h).any(|k| words[k] == "of") {
                    h = c;
                    break;
                }
            }
        }
        // A possessive before the head makes the rest someone else's title.
        let owner_cut = (0..h)
            .rev()
            .find(|&k| is_possessive(raw[k]))
            .map_or(0, |k| k + 1);
        let mut head = canonical_head(&words[h]).to_string();
        let mut next = h + 1;
        let mut compound_office = false;
        // Compound heads: "chief of staff", "secretary-general", "vice president".
        if head == "chief"
            && words.get(h + 1).map(String::as_str) == Some("of")
            && words.get(h + 2).map(String::as_str) == Some("staff")
        {
            head = "chief of staff".into();
            next = h + 3;
            compound_office = true;
        }
        if h > owner_cut && HEAD_PREFIXES.contains(&words[h - 1].as_str()) && head != words[h - 1] {
            head = format!("{} {head}", words[h - 1]);
        }
        // Portfolio words before the head, back to the owner cut.
        let mut k = h;
        while k > owner_cut {
            k -= 1;
            if let Some(p) = lexicon::is_portfolio(&words[k])
                .then(|| canonical_portfolio(&words[k]))
                .flatten()
            {
                role.portfolio.insert(p.to_string());
            } else if !(lexicon::is_title_modifier(&words[k])
                || raw[k].chars().next().is_some_and(char::is_uppercase))
            {
                break;
            }
        }
        // Complement: "of (the) Army", "for Foreign Affairs".
        if matches!(words.get(next).map(String::as_str), Some("of" | "for")) {
            let mut m = next + 1;
            while m < words.len() && (words[m] == "the" || words[m] == "and") {
                m += 1;
            }
            while m < words.len() && lexicon::is_portfolio(&words[m]) {
                if let Some(p) = canonical_portfolio(&words[m]) {
                    role.portfolio.insert(p.to_string());
                }
                m += 1;
            }
        }
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

    /// A stable key: equal keys are the same role.
    pub fn key(&self) -> String {
        let mut k = String::new();
        if self.former {
            k.push_str("former ");
        }
        match (&self.office, &self.description) {
            (Some(o), _) => k.push_str(o),
            (None, Some(d)) => k.push_str(d),
            (None, None) => k.push('-'),
        }
        if !self.portfolio.is_empty() {
            k.push_str(" [");
            k.push_str(&self.portfolio.iter().cloned().collect::<Vec<_>>().join(","));
            k.push(']');
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

    /// `true` when one person can truthfully be given both titles in the same story.
    pub fn compatible(&self, other: &Role) -> bool {
        let (Some(a), Some(b)) = (&self.office, &other.office) else {
            return true;
        };
        if self.former != other.former {
            // "former senator" and "Secretary of State" can both be true; "former
            // President" and "President" cannot.
            return a != b;
        }
        if self.former {
            return true;
        }
        if a != b {
            return false;
        }
        self.portfolio.is_empty()
            || other.portfolio.is_empty()
            || !self.portfolio.is_disjoint(&other.portfolio)
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
