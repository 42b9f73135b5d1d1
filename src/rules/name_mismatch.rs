//! The `name-mismatch` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::lexicon::is_vague_role;
use crate::lexicon::GivenNames;
use crate::resolve::names::{given_compatible, given_spelling_variant};
use crate::extract::PersonMention;
use crate::resolve::{keyed_role, Entity, Known};
use std::collections::BTreeSet;

/// See [`META`].
pub struct NameMismatch;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "name-mismatch",
    default_severity: Severity::Error,
    description: "a near-miss of a known surname, or the same first name and role with another surname",
    doc: "A name that is probably a wrong name for a known person: a near-miss spelling of a \
          well-attested surname (“Witkof” for “Witkoff”), or the same first name and the same \
          role with a different surname (“Special Envoy Steve Wintour” where the corpus has \
          “Special Envoy Steve Witkoff”). The known person must be named in at least two \
          articles and twice as many as the suspect name; vague roles (“official”, “leader”) do \
          not count.",
};


/// The known person must be attested this many times as often as the suspect name.
const DOMINANCE: u32 = 2;
/// Surname keys shorter than this are too short to call a near miss.
const MIN_NEAR_LEN: usize = 5;
/// With the same given name on both sides, a surname key this long may be a near miss.
const MIN_NEAR_LEN_SAME_GIVEN: usize = 4;

fn dominant(known: &Entity, suspect: &Entity) -> bool {
    known.agg.all.docs >= 2 && known.agg.all.docs >= DOMINANCE * suspect.agg.all.docs
}

/// A person the mention is probably a wrong name for, and why.
struct Hit {
    other: Known,
    why: String,
    /// `false` when no majority decides (1 article against 1): both forms are named.
    majority: bool,
}

/// `true` when the two people share a role that identifies someone: the same office or
/// description (not a vague one), whatever its time qualifier.
fn shares_role(a: &Entity, b: &Entity) -> bool {
    let strip = |k: &str| k.strip_prefix("former ").unwrap_or(k).to_string();
    let keys = |e: &Entity| -> Vec<String> {
        e.agg
            .role_of
            .iter()
            .filter(|(_, r)| {
                r.is_office()
                    || !r.nation.is_empty()
                    || !r.org.is_empty()
                    || r.head().is_some_and(|h| !is_vague_role(h))
            })
            .map(|(k, _)| strip(k))
            .collect()
    };
    let kb = keys(b);
    keys(a).iter().any(|k| kb.contains(k))
}

/// `true` when the target article itself names both people: then they are two.
fn both_in_target(cx: &Context, sk: &str, gk: &str, other: &Entity) -> bool {
    cx.people_keyed().any(|(_, s2, g2)| {
        (s2 != sk || g2 != gk) && other.key == s2 && other.givens.contains(g2)
    })
}

/// `true` when `given` is a word of one of the person's written full names other than
/// its first ("Rhys" of "Carol Rhys Adair", "Ned" of "Constable Ned Harrow"): then a
/// mention with that given name is the same person written shorter or longer.
fn inner_word_of(e: &Entity, given: &str) -> bool {
    e.agg.full_written.keys().any(|f| {
        f.split_whitespace()
            .skip(1)
            .any(|w| crate::resolve::names::given_key(w) == given)
    })
}

/// A hit against `other`: an error when `other` dominates, a warning when no majority
/// decides, nothing when this mention's form is the better attested one.
///
/// In a tie found from both sides, a scan flags one side only (the later form, so the
/// two articles do not both report one disagreement); a check always flags the article
/// being checked.
fn judge(cx: &Context, me: &Entity, other: Known, why: String, both_sides: bool) -> Option<Hit> {
    if dominant(&other, me) {
        return Some(Hit { other, why, majority: true });
    }
    let (mine, theirs) = (me.agg.all.docs, other.agg.all.docs);
    let tie_side = theirs > mine
        || !both_sides
        || cx.view.overlay.is_some()
        || (me.key.as_str(), &me.givens) > (other.key.as_str(), &other.givens);
    (theirs >= mine && theirs > 0 && tie_side).then_some(Hit {
        other,
        why,
        majority: false,
    })
}

/// A near-miss spelling of another person's surname: one edit for any known person (a
/// given name, if both have one, must agree), two edits when the given names agree.
fn near_miss(cx: &Context, sk: &str, gk: &str, me: &Entity) -> Option<Hit> {
    let len = sk.chars().count();
    let same_given = |o: &Entity| !gk.is_empty() && o.givens.iter().any(|g| given_compatible(g, gk));
    let given_ok = |o: &Entity| gk.is_empty() || o.givens.is_empty() || same_given(o);
    let mut best: Option<Hit> = None;
    let consider = |o: Known, why: &str, both: bool, best: &mut Option<Hit>| {
        if let Some(h) = judge(cx, me, o, why.to_string(), both) {
            if best.as_ref().is_none_or(|b| !b.majority && h.majority) {
                *best = Some(h);
            }
        }
    };
    if len >= MIN_NEAR_LEN_SAME_GIVEN {
        for k2 in cx.view.near_keys(sk).iter() {
            for o in cx.view.entities(k2) {
                super::count(1);
                // Two near spellings with one given name in one article are one person
                // written two ways, not two people.
                if o.givens.is_empty()
                    || !given_ok(&o)
                    || !same_given(&o) && both_in_target(cx, sk, gk, &o)
                {
                    continue;
                }
                // A tie, or a short key, needs the same given name on both sides.
                let strong = dominant(&o, me) && len >= MIN_NEAR_LEN;
                if strong || same_given(&o) {
                    consider(o, "a near-miss spelling", true, &mut best);
                }
            }
        }
    }
    if best.is_none() && !gk.is_empty() {
        for k2 in cx.view.near_keys2(sk).iter() {
            let first = |k: &str| k.chars().next();
            if first(k2) != first(sk) {
                continue;
            }
            for o in cx.view.entities(k2) {
                super::count(1);
                if same_given(&o) {
                    consider(o, "a near-miss spelling", false, &mut best);
                }
            }
        }
    }
    best
}

/// The same surname and role as another person with another given name ("harbour master
/// Lena Okafor" where the corpus has "harbour master Ruth Okafor"), or the same given
/// name and role with another surname.
fn wrong_part(cx: &Context, p: &PersonMention, sk: &str, gk: &str, me: &Entity) -> Option<Hit> {
    if gk.is_empty() {
        return None;
    }
    for other in cx.view.entities(sk) {
        super::count(1);
        if other.givens.is_empty()
            || other.givens.iter().any(|g| given_compatible(g, gk))
            || both_in_target(cx, sk, gk, &other)
            || inner_word_of(&other, gk)
            || other.givens.iter().any(|g| inner_word_of(me, g))
        {
            continue;
        }
        let theirs = other.givens.iter().next().cloned().unwrap_or_default();
        // Two spellings of one first name ("Kendal", "Kendall"): with the same role, or
        // when one spelling is no known given name, a warning, never an error.
        let spelling = other.givens.iter().any(|g| given_spelling_variant(g, gk));
        let known = |g: &str| GivenNames::get().is_given_name(g);
        let role = shares_role(me, &other);
        // Two known names a letter apart ("Erick", "Erik") are one name spelled two ways
        // when long enough to tell and of one sex ("Mark" and "Mary" are two people).
        let sex = crate::lexicon::given_name_gender;
        let one_name = |g: &String| {
            given_spelling_variant(g, gk)
                && g.chars().count().min(gk.chars().count()) >= 5
                && !matches!((sex(g), sex(gk)), (Some(x), Some(y)) if x != y)
        };
        let two_known_one_name = other.givens.iter().any(one_name);
        if spelling
            && (role
                || !known(gk)
                || !other.givens.iter().all(|g| known(g))
                || two_known_one_name)
        {
            let why = "the first name is spelled two ways".to_string();
            if let Some(mut h) = judge(cx, me, other, why, true) {
                h.majority = false;
                return Some(h);
            }
            continue;
        }
        if !role {
            continue;
        }
        let why = format!("the same surname and role, another first name ({})", q(&theirs));
        if let Some(h) = judge(cx, me, other, why, true) {
            return Some(h);
        }
    }
    let keyed = keyed_role(p)?;
    let role = &keyed.role;
    if !(role.is_office() || role.head().is_some_and(|h| !is_vague_role(h))) {
        return None;
    }
    let base = keyed.base_key.as_str();
    for k2 in cx.view.same_role_and_given(base, gk) {
        if k2 == sk {
            continue;
        }
        for other in cx.view.entities(&k2) {
            super::count(1);
            if other.givens.contains(gk)
                && dominant(&other, me)
                && other.agg.role_of.values().any(|r| r.base_key() == base)
            {
                let t = p.title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
                return Some(Hit {
                    other,
                    why: format!("the same first name and role ({})", q(&t)),
                    majority: true,
                });
            }
        }
    }
    None
}

impl Rule for NameMismatch {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let before = out.len();
        self.across_articles(cx, out);
        let flagged: BTreeSet<usize> = out[before..].iter().map(|f| f.span.start).collect();
        in_article(cx, &flagged, out);
        alone_near_miss(cx, out);
    }
}

/// A capitalised word standing alone one edit from the surname of a person the article
/// names twice or more ("Vraga will appeal" beside "Tobin Varga" and "Varga"), that is
/// nobody's name, no word and capitalised in no other article: the surname mistyped.
fn alone_near_miss(cx: &Context, out: &mut Vec<Finding>) {
    // Surname or given name (folded) → mentions in the article, a full mention, and
    // whether it is a given name.
    let mut known: std::collections::BTreeMap<String, (u32, Option<&PersonMention>, bool)> =
        std::collections::BTreeMap::new();
    let mut names: rustc_hash::FxHashSet<String> = Default::default();
    for p in &cx.target.people {
        let k = crate::normalize::fold(crate::normalize::strip_possessive(&p.surname));
        // The names of the article's people (a surname alone, unlinked, may be the typo).
        if !p.surname_only || p.given.is_some() {
            names.insert(k.clone());
        }
        names.extend(p.middle.iter().map(|m| crate::resolve::names::given_key(m)));
        // A given name counts too: a child is often called by it alone.
        let given = p.given.as_deref().filter(|_| !p.surname_only).map(crate::resolve::names::given_key);
        let keys = std::iter::once((k, false)).chain(given.map(|g| (g, true)));
        for (k, is_given) in keys {
            names.insert(k.clone());
            if k.chars().count() < MIN_NEAR_LEN + usize::from(is_given) || k.contains(' ') {
                continue;
            }
            let e = known.entry(k).or_insert((0, None, is_given));
            e.0 += 1;
            if !p.surname_only && e.1.is_none() {
                e.1 = Some(p);
            }
        }
    }
    // Named twice at least.
    known.retain(|_, (n, p, _)| *n >= 2 && p.is_some());
    if known.is_empty() {
        return;
    }
    // What a near miss needs of a name's key, first: its first letter and about its length.
    let sizes: Vec<(Option<char>, usize)> = known
        .keys()
        .map(|s| (s.chars().next(), s.chars().count()))
        .collect();
    let mut done = rustc_hash::FxHashSet::default();
    for w in cx.words.iter().filter(|w| w.capitalised && w.alone) {
        super::count(1);
        let k = w.key.as_str();
        let len = k.chars().count();
        let first = k.chars().next();
        if len < MIN_NEAR_LEN
            || !sizes.iter().any(|&(f, n)| f == first && n.abs_diff(len) <= 1)
            || names.contains(k)
            || done.contains(k)
            || crate::lexicon::is_common_word(k)
            || crate::lexicon::is_english_form(k)
            || crate::lexicon::is_role_head(k)
            || crate::lexicon::nation_of(k).is_some()
        {
            continue;
        }
        // A family in the plural ("the Brisks") is no misspelling.
        let plural_of = |s: &str, k: &str| {
            k.strip_suffix('s').is_some_and(|x| x == s || x.strip_suffix('e') == Some(s))
        };
        // A word that is a given name is no misspelt given name ("Michaela", "Michael").
        let given_word = GivenNames::get().is_given_name(k)
            || crate::lexicon::given_name_gender(k).is_some();
        let Some((_, (n, Some(p), _))) = known.iter().find(|(s, (_, _, is_given))| {
            let excluded = plural_of(s, k) || plural_of(k, s) || *is_given && given_word;
            !excluded
                && s.chars().next() == first
                && s.chars().count().abs_diff(len) <= 1
                && crate::resolve::names::spelling_distance(s, k) == 1
        }) else {
            continue;
        };
        // Nobody's surname in the corpus, and capitalised in this article only.
        let agg = cx.view.word(k);
        if agg.capitalised.docs > 1
            || !cx.view.entities(&crate::normalize::translit_key(k)).is_empty()
        {
            continue;
        }
        done.insert(k.to_string());
        let span = cx.span(w.range.clone());
        let msg = format!(
            "{} here, {} {} in this article: one person's name is spelled two ways",
            q(&span.text),
            q(&p.name),
            if *n == 1 { "once".to_string() } else { format!("{n} times") }
        );
        let evidence = vec![cx.span(p.range.clone())];
        out.push(cx.finding(&NameMismatch, Severity::Warning, msg, p.name.clone(), span, evidence));
    }
}

/// One person's surname spelled two ways in the article itself ("Dorian Whitacre" and
/// "Dorian Whitcare"): the form fewer articles use is flagged, citing the other.
fn in_article(cx: &Context, flagged: &BTreeSet<usize>, out: &mut Vec<Finding>) {
    // One mention per (given, surname) pair, grouped by given name; a given name with
    // many surnames (a list, a pathological text) is skipped, so the work stays linear.
    const MAX_SURNAMES: usize = 8;
    let mut by_given: std::collections::BTreeMap<&str, Vec<(&str, &PersonMention)>> =
        std::collections::BTreeMap::new();
    for (p, sk, gk) in cx.people_keyed().filter(|(p, _, _)| !p.surname_only) {
        if gk.is_empty() || sk.chars().count() < MIN_NEAR_LEN_SAME_GIVEN {
            continue;
        }
        let v = by_given.entry(gk).or_default();
        if v.len() <= MAX_SURNAMES && !v.iter().any(|(k, _)| *k == sk) {
            v.push((sk, p));
        }
    }
    let mut done = BTreeSet::new();
    for (gk, group) in by_given.iter().filter(|(_, v)| v.len() <= MAX_SURNAMES) {
        for (i, (sk, p)) in group.iter().enumerate() {
            for (sk2, o) in &group[i + 1..] {
                in_article_pair(cx, flagged, &mut done, gk, (sk, p), (sk2, o), out);
            }
        }
    }
}

/// [`in_article`] for two forms of one given name.
fn in_article_pair(
    cx: &Context,
    flagged: &BTreeSet<usize>,
    done: &mut BTreeSet<String>,
    gk: &str,
    (sk, p): (&str, &PersonMention),
    (sk2, o): (&str, &PersonMention),
    out: &mut Vec<Finding>,
) {
    {
        {
            let d = crate::resolve::names::spelling_distance(sk, sk2);
            if d > 2 || d == 2 && sk.chars().count().min(sk2.chars().count()) < 6 {
                return;
            }
            let docs = |k: &str| cx.view.entity_of(k, gk).map_or(0, |e| e.agg.all.docs);
            // The rarer form, else the later one.
            let (odd, good) = if (docs(sk2), sk) > (docs(sk), sk2) { (p, o) } else { (o, p) };
            let span = cx.span(odd.range.clone());
            if flagged.contains(&span.start) || !done.insert(odd.name.clone()) {
                return;
            }
            let msg = format!(
                "{} and {} in this article: one person's surname is spelled two ways",
                q(&odd.name),
                q(&good.name)
            );
            let evidence = vec![cx.span(good.range.clone())];
            out.push(cx.finding(&NameMismatch, Severity::Warning, msg, good.name.clone(), span, evidence));
        }
    }
}

impl NameMismatch {
    /// Near misses and wrong parts against the people of other articles.
    fn across_articles(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut done = BTreeSet::new();
        for (p, sk, gk) in cx.people_keyed() {
            super::count(1);
            if !done.insert((sk, gk)) {
                continue;
            }
            let Some(me) = cx.view.entity_of(sk, gk) else {
                continue;
            };
            let hit = near_miss(cx, sk, gk, &me).or_else(|| wrong_part(cx, p, sk, gk, &me));
            let Some(Hit { other, why, majority }) = hit else { continue };
            let known = other.display();
            let span = cx.span(p.range.clone());
            let (severity, msg) = if majority {
                let msg = format!(
                    "{} is probably a wrong name for {} ({}): {}",
                    q(&p.name),
                    q(&known),
                    articles(other.agg.all.docs),
                    why
                );
                (Severity::Error, msg)
            } else if other.agg.all.docs > me.agg.all.docs {
                let msg = format!(
                    "{} here, {} in {}, most articles: one of them is wrong ({})",
                    q(&p.full_name()),
                    q(&known),
                    articles(other.agg.all.docs),
                    why
                );
                (Severity::Warning, msg)
            } else {
                let msg = format!(
                    "{} here, {} in {}: one of them is wrong ({}; no majority decides)",
                    q(&p.full_name()),
                    q(&known),
                    articles(other.agg.all.docs),
                    why
                );
                (Severity::Warning, msg)
            };
            // A fix only where a majority says which spelling is right.
            let fix = majority
                .then(|| super::respell(&span, &p.surname, &other))
                .flatten();
            let evidence = cx.evidence(&other.agg.all.examples, &span);
            out.push(cx.finding(self, severity, msg, known, span.clone(), evidence).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const DAM: &[&str] = &[
        "Dam Inspected\nChief Engineer Henrike Solvang inspected the Ostrava dam on Monday. Solvang said the wall was sound.\n",
        "Repairs Begin\nChief Engineer Henrike Solvang ordered repairs to the spillway.\n",
        "Dam Holds\nThe dam held overnight, Henrike Solvang told reporters.\n",
    ];

    #[test]
    fn flags_a_near_miss_of_a_known_surname() {
        flags(&META, DAM, "Chief Engineer Henrike Solvanq said the spillway was fixed.", "Solvanq");
    }

    #[test]
    fn quiet_on_the_known_name() {
        quiet(&META, DAM, "Chief Engineer Henrike Solvang said the spillway was fixed.");
    }

    use crate::finding::Severity;

    #[test]
    fn a_tie_is_a_warning_naming_both_forms() {
        let c = &["Quay\nHarbour master Lena Welborn said the quay would reopen.\n"];
        let f = flags(&META, c, "Harbour master Lena Wellborn said it was safe.", "Wellborn");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
        assert!(f.message.contains("Welborn") && f.message.contains("Wellborn"), "{f:#?}");
    }

    #[test]
    fn a_wrong_first_name_with_the_surname_and_role() {
        let c = &[
            "Quay\nHarbour master Ruth Okafor said the quay would reopen.\n",
            "Ferries\nHarbour master Ruth Okafor said the ferries were back.\n",
        ];
        let f = flags(&META, c, "Harbour master Lena Okafor said it was safe.", "Lena Okafor");
        assert_eq!(f.severity, Severity::Error, "{f:#?}");
    }

    #[test]
    fn a_first_name_spelled_two_ways_is_a_warning() {
        let c = &["Shooting\nPolice said Quaylen Marsh, 19, was taken to hospital.\n"];
        let f = flags(&META, c, "Quaylin Marsh, 19, was treated and released.", "Quaylin Marsh");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
    }

    #[test]
    fn a_lone_surname_one_letter_off() {
        let c = &["Court\nPolice said Ormond Quillen, 30, was charged.\n"];
        let a = "Ormond Quillen, 30, was sentenced on Monday. Quillen did not speak. \
                 Then the judge said Quilen must pay.";
        let f = flags(&META, c, a, "Quilen");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
        // A family in the plural; a given name that is another name.
        quiet(&META, c, "Ormond Quillen, 30, was sentenced. Quillen wept. The Quillens left.");
        let c = &["Court\nPolice said Michael Tovarin, 30, was charged.\n"];
        quiet(
            &META,
            c,
            "Michael Tovarin, 30, was sentenced. Michael Tovarin wept. His daughter Michaela spoke.",
        );
    }

    #[test]
    fn two_known_spellings_of_one_name_but_not_two_sexes() {
        let c = &["Shooting\nPolice said Ericka Dunmore was taken to hospital on Friday.\n"];
        let f = flags(&META, c, "Police said Erika Dunmore was treated.", "Erika Dunmore");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
        let c = &["Shooting\nPolice said Mario Dunmore was taken to hospital on Friday.\n"];
        quiet(&META, c, "Police said Maria Dunmore was treated.");
    }

    #[test]
    fn two_edits_with_the_same_given_name() {
        let c = &[
            "Fire\nFire chief Ciaran Doherty said crews held the line.\n",
            "Wind\nFire chief Ciaran Doherty said the wind had turned.\n",
        ];
        flags(&META, c, "Fire chief Ciaran Dougherty said it was over.", "Dougherty");
    }

    #[test]
    fn quiet_on_shared_surnames_and_nicknames() {
        let c = &[
            "Verdict\nJudge Maria Osei sentenced the men. Her son, the lawyer Kofi Osei, was in court.\n",
            "Appeal\nJudge Maria Osei refused bail. Robert Tallis, a baker, watched.\n",
        ];
        // Another person with the surname, another role.
        quiet(&META, c, "The lawyer Kofi Osei said he would appeal.");
        // A nickname of the same person.
        quiet(&META, c, "Bob Tallis, a baker, watched again.");
        // Two people with the surname in one article.
        quiet(&META, c, "Judge Mario Osei and Judge Maria Osei sat together.");
    }

    #[test]
    fn a_surname_spelled_two_ways_in_one_article() {
        let c = &["Quay\nHarbour master Lena Welborn said the quay would reopen.\n"];
        let f = flags(
            &META,
            c,
            "Lena Welborn said it was safe. Later Lena Wellborn said it again.",
            "Lena Wellborn",
        );
        assert!(f.message.contains("Welborn"), "{f:#?}");
    }
}
