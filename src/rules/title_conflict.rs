//! The `title-conflict` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::resolve::titles::Role;
use crate::resolve::{Entity, Known};
use rustc_hash::{FxHashMap, FxHashSet};

/// See [`META`].
pub struct TitleConflict;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "title-conflict",
    default_severity: Severity::Error,
    description: "incompatible titles for one person (“Senator” vs “Secretary of State”)",
    doc: "One person given incompatible titles, such as “Senator Marco Rubio” and “Secretary of \
          State Marco Rubio”, or “former President” and “President”, against the house title \
          when the config gives one, else the corpus's majority office. Equivalent forms \
          (“spokesman”, “spokesperson”) and compatible descriptions are not flagged, nor is a \
          title that agrees with the reference.",
};

/// The title a mention's role is measured against: the house title, else the best
/// supported title of the person that cannot be true with it (`None` when every other
/// title is compatible, or is less supported than this one).
struct Against {
    key: String,
    votes: crate::resolve::Votes,
    /// The articles that give the other title or one that agrees with it.
    docs: u32,
    house: bool,
    severity: Severity,
}

fn against(cx: &Context, e: &Entity, sk: &str, role: &Role) -> Option<Against> {
    if let Some((r, t)) = cx.view.house.preferred_role(sk) {
        if role.compatible(&r) {
            return None;
        }
        let votes = e.agg.roles.get(&r.key()).cloned().unwrap_or_default();
        let docs = votes.docs;
        return Some(Against {
            key: t.to_string(),
            votes,
            docs,
            house: true,
            severity: Severity::Error,
        });
    }
    let mine = support(e, role);
    let mut best: Option<(&String, &crate::resolve::Votes, Severity, u32)> = None;
    super::count(e.agg.roles.len());
    for (k, v) in &e.agg.roles {
        let Some(r) = e.agg.role_of.get(k) else { continue };
        let severity = if !role.compatible(r) {
            Severity::Error
        } else if role.acting_differs(r) {
            Severity::Warning
        } else {
            continue;
        };
        let theirs = support(e, r);
        if best.is_none_or(|(_, b, _, n)| (theirs, v.rank()) > (n, b.rank())) {
            best = Some((k, v, severity, theirs));
        }
    }
    let (k, v, severity, theirs) = best?;
    if theirs < mine {
        return None;
    }
    // A tie in a scan is reported on one side only (the later title); a check always
    // reports the article being checked.
    let symmetric = severity == Severity::Error;
    if theirs == mine && symmetric && cx.view.overlay.is_none() && role.key() < *k {
        return None;
    }
    // No majority decides: both forms are named, as a warning.
    let severity = if theirs == mine { Severity::Warning } else { severity };
    // Evidence: the other title, then the titles that agree with it.
    let mut votes = v.clone();
    // Said in at least as many articles as the best-supported form of it.
    let mut docs = v.docs;
    // Distinct articles among the examples: a lower bound too.
    let mut named: std::collections::BTreeSet<&str> =
        v.examples.iter().map(|e| e.doc()).collect();
    if let Some(r) = e.agg.role_of.get(k) {
        for (k2, v2) in &e.agg.roles {
            if k2 != k && e.agg.role_of.get(k2).is_some_and(|r2| same_office(r, r2)) {
                docs = docs.max(v2.docs);
                named.extend(v2.examples.iter().map(|e| e.doc()));
                let mut extra = v2.clone();
                extra.docs = 0;
                extra.base_docs = 0;
                extra.mentions = 0;
                votes.merge_from(&extra);
            }
        }
    }
    let docs = docs.max(named.len() as u32);
    Some(Against {
        key: k.clone(),
        votes,
        docs,
        house: false,
        severity,
    })
}

/// `true` when two titles name one office and agree.
fn same_office(a: &Role, b: &Role) -> bool {
    a.head() == b.head() && a.compatible(b) && a.acting == b.acting
}

/// The articles that give the person a title naming the same office as `role` and
/// compatible with it ("Emergencies Minister", "Minister for Emergency Situations").
fn support(e: &Entity, role: &Role) -> u32 {
    e.agg
        .roles
        .iter()
        .filter(|(k, _)| {
            e.agg.role_of.get(k).is_some_and(|r| same_office(r, role))
        })
        .map(|(_, v)| v.docs)
        .sum()
}

impl Rule for TitleConflict {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut done = FxHashSet::default();
        let mut entities: FxHashMap<(&str, &str), Option<Known>> = FxHashMap::default();
        for (p, sk, gk) in cx.people_keyed() {
            super::count(1);
            // The parsed title, borrowed from the cache the index fills.
            let Some(keyed) = crate::resolve::keyed_role(p) else {
                continue;
            };
            let role = &*keyed.role;
            // A royal title before one name ("King Ostrand's", "Prince Varrow's County") is
            // a shop's or a place's name as often as a person's.
            if p.surname_only
                && matches!(role.head(), Some("king" | "queen" | "prince" | "princess"))
            {
                continue;
            }
            let known = entities.entry((sk, gk)).or_insert_with(|| cx.view.entity_of(sk, gk));
            let Some(e) = known.as_ref() else {
                continue;
            };
            let Some(x) = against(cx, e, sk, role) else {
                continue;
            };
            if !done.insert((sk, gk, keyed.base_key.clone())) {
                continue;
            }
            let display = e.display();
            let span = cx.span(p.span_with_title());
            let evidence = cx.evidence(&x.votes.examples, &span);
            let written = p.title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
            let theirs = x
                .votes
                .examples
                .iter()
                .find(|s| s.doc() != span.doc)
                .or(x.votes.examples.first())
                .map(|s| s.text().to_string())
                .unwrap_or_else(|| x.key.clone());
            let msg = if x.house {
                format!(
                    "{} is called {} here, but the house title is {}",
                    display,
                    q(&written),
                    q(&x.key)
                )
            } else if x.severity == Severity::Warning {
                format!(
                    "{} is called {} here, but {} in {}: check which is right",
                    display,
                    q(&written),
                    q(&theirs),
                    articles(x.docs)
                )
            } else {
                format!(
                    "{} is called {} here, but {} in {}",
                    display,
                    q(&written),
                    q(&theirs),
                    articles(x.docs)
                )
            };
            // A fix where the reference is sure: the house title, or the corpus title that
            // cannot both be true with this one; none when the articles are split.
            let fix = if x.house {
                super::retitle_as(&span, &written, &x.key)
            } else if x.severity == Severity::Error {
                super::retitle(&span, &written, &theirs)
            } else {
                None
            };
            out.push(cx.finding(self, x.severity, msg, display, span, evidence).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const ELECTION: &[&str] = &[
        "Polls Close\nGovernor Ilse Marrow thanked voters in Kessly on Sunday.\n",
        "Count Continues\nGovernor Ilse Marrow said the count would finish by Tuesday.\n",
    ];

    #[test]
    fn flags_an_incompatible_title() {
        flags(&META, ELECTION, "Senator Ilse Marrow conceded nothing.", "Senator Ilse Marrow");
    }

    #[test]
    fn quiet_on_the_same_title() {
        quiet(&META, ELECTION, "Governor Ilse Marrow conceded nothing.");
    }

    /// One corpus article giving `title` to Ada Brisk, said twice.
    fn corpus(title: &str) -> Vec<String> {
        (0..2)
            .map(|i| format!("Report {i}\n{title} Ada Brisk spoke in Ostland on Monday.\n"))
            .collect()
    }

    fn flags_against(theirs: &str, mine: &str) {
        let c = corpus(theirs);
        let c: Vec<&str> = c.iter().map(String::as_str).collect();
        flags(&META, &c, &format!("{mine} Ada Brisk spoke again."), "Ada Brisk");
    }

    fn quiet_against(theirs: &str, mine: &str) {
        let c = corpus(theirs);
        let c: Vec<&str> = c.iter().map(String::as_str).collect();
        quiet(&META, &c, &format!("{mine} Ada Brisk spoke again."));
    }

    #[test]
    fn synonyms_and_abbreviations_are_one_office() {
        quiet_against("Prime Minister", "Premier");
        quiet_against("Chief Executive", "CEO");
        quiet_against("Governor", "Gov.");
        quiet_against("Senator", "Sen.");
        quiet_against("Lieutenant", "Lt.");
        quiet_against("Sergeant", "Sgt.");
        quiet_against("Health Minister", "Minister of Health");
        quiet_against("Chairwoman", "Chair");
    }

    #[test]
    fn two_roles_and_time_qualifiers_are_compatible() {
        quiet_against("team president", "general manager");
        quiet_against("Constable", "police spokesman");
        quiet_against("former president", "fired president");
        quiet_against("prosecutor", "assistant district attorney");
        quiet_against("Foreign Minister", "party leader");
    }

    #[test]
    fn another_country_rank_office_or_deputy_conflicts() {
        flags_against("Kenyan Foreign Minister", "Ugandan Foreign Minister");
        flags_against("Lt.", "Sgt.");
        flags_against("Commodore", "Commander");
        flags_against("Mayor", "Governor");
        flags_against("chair", "deputy chair");
        flags_against("Transport Minister", "former Transport Minister");
    }

    #[test]
    fn another_organisation_or_place_conflicts() {
        let c = &[
            "Inquiry\nAda Brisk, a spokeswoman for the Harbour Safety Authority, said the quay was closed.\n",
            "Quay\nHarbour Safety Authority spokeswoman Ada Brisk said repairs would take a week.\n",
        ];
        flags(&META, c, "Port Trade Authority spokeswoman Ada Brisk said so.", "Ada Brisk");
        quiet(&META, c, "HSA spokeswoman Ada Brisk said so.");
        let c = &[
            "Clinic\nDr Ada Brisk, the WHO Representative in Ostland, opened the clinic.\n",
            "Vaccines\nDr Ada Brisk, the WHO Representative in Ostland, said more would come.\n",
        ];
        flags(&META, c, "Dr Ada Brisk, the WHO Representative in Kenya, spoke.", "Ada Brisk");
    }

    #[test]
    fn a_title_inside_another_is_one_post() {
        quiet_against("Harbour Precinct commander", "Harbour Precinct commander Capt.");
        quiet_against("Ostland County Sheriff's Lt.", "Ostland County Sheriff's Deputy Lt.");
        quiet_against("Senior Deputy Prosecutor", "prosecutor");
        quiet_against("Kessly City Police Superintendent", "KCPD Superintendent");
    }

    #[test]
    fn quiet_on_a_royal_title_before_one_name() {
        let c = &[
            "Siege\nMayor Ada Brisk said the shop would reopen.\n",
            "Shop\nMayor Ada Brisk thanked the police.\n",
        ];
        quiet(&META, c, "King Brisk's, where shoppers sheltered, gave out water.");
    }

    #[test]
    fn acting_against_substantive_is_a_warning() {
        let c = corpus("director of emergency management");
        let c: Vec<&str> = c.iter().map(String::as_str).collect();
        let f = flags(&META, &c, "Acting director Ada Brisk spoke again.", "Ada Brisk");
        assert_eq!(f.severity, crate::finding::Severity::Warning, "{f:#?}");
    }
}
