//! The `name-variant` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::resolve::names::{given_misspelt, same_but_punctuation};
use crate::extract::PersonMention;
use crate::resolve::{majority, Entity};
use std::collections::BTreeMap;

/// See [`META`].
pub struct NameVariant;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "name-variant",
    default_severity: Severity::Warning,
    description: "one person spelled two ways, by transliteration or diacritics; nicknames and initials as info",
    doc: "The same person spelled differently across articles, by transliteration or diacritics \
          (“Zelensky”, “Zelenskiy”, “Zelenskyy”): a warning naming the house spelling when the \
          config gives one, else the corpus's majority spelling. Nickname forms (“Dan”/“Daniel”) \
          and initial forms (“Daniel P Driscoll”/“Daniel P. Driscoll”) are reported as info.",
};

impl Rule for NameVariant {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        // Group the target's mentions by person.
        let mut by_key: BTreeMap<(&str, &str), Vec<&PersonMention>> = BTreeMap::new();
        for (p, sk, gk) in cx.people_keyed() {
            by_key.entry((sk, gk)).or_default().push(p);
        }
        for ((sk, gk), ms) in by_key {
            super::count(ms.len());
            let Some(e) = cx.view.entity_of(sk, gk) else {
                continue;
            };
            // Its forms are read per mention below.
            super::count(ms.len() * e.agg.full_written.len());
            surnames(cx, &e, sk, &ms, out);
            diacritics(cx, &e, &ms, out);
            let full: Vec<_> = ms.iter().copied().filter(|m| !m.surname_only).collect();
            given_names(cx, &e, &full, out);
            punctuation(cx, &e, &full, out);
        }
    }
}

/// An info finding on `range`, with evidence from `examples`.
fn info(
    cx: &Context,
    e: &Entity,
    range: std::ops::Range<usize>,
    msg: String,
    examples: &[crate::resolve::Example],
    out: &mut Vec<Finding>,
) {
    let span = cx.span(range);
    let evidence = cx.evidence(examples, &span);
    out.push(cx.finding(&NameVariant, Severity::Info, msg, e.display(), span, evidence));
}

/// Surname spellings against the house spelling, when the config gives one, else the
/// corpus majority: a warning with a fix.
fn surnames(cx: &Context, e: &Entity, sk: &str, ms: &[&PersonMention], out: &mut Vec<Finding>) {
    let empty = crate::resolve::Votes::default();
    let reference = match cx.view.house.preferred_surname(sk) {
        Some(house) => Some((
            house.to_string(),
            e.agg.surname_written.get(house).unwrap_or(&empty),
            true,
        )),
        None => majority(&e.agg.surname_written).map(|(b, v)| (b.clone(), v, false)),
    };
    let Some((best, votes, house)) = reference else {
        return;
    };
    // Apostrophes and hyphens are typography ("O’Sullivan", "Burns-worth").
    fn bare(x: &str) -> impl Iterator<Item = char> + '_ {
        x.chars()
            .filter(|c| !matches!(c, '\'' | '’' | '-'))
            .flat_map(char::to_lowercase)
    }
    let mut seen = Vec::new();
    for m in ms {
        let s = crate::normalize::strip_possessive(&m.surname);
        if bare(s).eq(bare(&best)) || seen.contains(&s.to_lowercase()) {
            continue;
        }
        let display = e.display();
        seen.push(s.to_lowercase());
        let n = ms
            .iter()
            .filter(|x| crate::normalize::strip_possessive(&x.surname) == s)
            .count();
        let span = cx.span(m.range.clone());
        let times = if n > 1 {
            format!(" ({n} times in this article)")
        } else {
            String::new()
        };
        let msg = if house {
            format!("{} is spelled {} in house style ({}){}", q(s), q(&best), display, times)
        } else {
            format!(
                "{} is spelled {} in {} of {} ({}): use one spelling{}",
                q(s),
                q(&best),
                votes.docs,
                articles(e.agg.all.docs),
                display,
                times
            )
        };
        let evidence = cx.evidence(&votes.examples, &span);
        out.push(
            cx.finding(&NameVariant, Severity::Warning, msg, display.clone(), span.clone(), evidence)
                .with_fix(crate::finding::Fix::within(&span, s, &best)),
        );
    }
}

/// The first name against the corpus majority: one name spelled two ways ("Jonathon",
/// "Jonathan") is a warning, for one is wrong; a nickname or initial is info.
fn given_names(cx: &Context, e: &Entity, full: &[&PersonMention], out: &mut Vec<Finding>) {
    let (Some((best_given, gv)), Some(first)) = (majority(&e.agg.given_written), full.first())
    else {
        return;
    };
    let Some(g) = &first.given else {
        return;
    };
    if given_misspelt(g, best_given) {
        let display = e.display();
        let span = cx.span(first.range.clone());
        let msg = format!(
            "{} here, {} in {}: the first name is spelled two ways",
            q(&first.name),
            q(&display),
            articles(gv.docs)
        );
        let evidence = cx.evidence(&gv.examples, &span);
        out.push(cx.finding(&NameVariant, Severity::Warning, msg, display, span, evidence));
    } else if crate::normalize::fold(g) != crate::normalize::fold(best_given) {
        let display = e.display();
        let msg = format!(
            "{} and {} name the same person, {}: {} is used in {}",
            q(g),
            q(best_given),
            display,
            q(best_given),
            articles(gv.docs)
        );
        info(cx, e, first.range.clone(), msg, &gv.examples, out);
    }
}

/// A full name written with other punctuation than the corpus's usual form
/// ("Daniel P Driscoll", "Daniel P. Driscoll"): info.
fn punctuation(cx: &Context, e: &Entity, full: &[&PersonMention], out: &mut Vec<Finding>) {
    let mut seen = Vec::new();
    for m in full {
        if seen.contains(&m.name) {
            continue;
        }
        seen.push(m.name.clone());
        let mine = e
            .agg
            .full_written
            .get(&m.name)
            .map(|x| x.rank())
            .unwrap_or_default();
        let other = e.agg.full_written.iter().find(|(f, v)| {
            same_but_punctuation(&m.name, f)
                && (v.rank() > mine || (v.rank() == mine && f.as_str() < m.name.as_str()))
        });
        if let Some((f, v)) = other {
            let msg = format!("{} is written {} in {}", q(&m.name), q(f), articles(v.docs));
            info(cx, e, m.range.clone(), msg, &v.examples, out);
        }
    }
}

/// `true` when two full names agree but for one middle name spelled a little
/// differently ("Peter Ansel Roe", "Peter Ansell Roe").
fn middle_spelling(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split(' ').count();
    if words(a) != words(b)
        || words(a) < 3
        || a.split(' ').next() != b.split(' ').next()
        || last_word(a) != last_word(b)
    {
        return false;
    }
    // Apostrophes are typography ("Tra’Juan", "Tra'Juan").
    let same = |p: &str, q: &str| p == q || p.replace('’', "'") == q.replace('’', "'");
    let mut diff = a.split(' ').zip(b.split(' ')).filter(|(p, q)| !same(p, q));
    matches!((diff.next(), diff.next()), (Some((p, q)), None) if p.chars().count() >= 4
        && q.chars().count() >= 4
        && crate::resolve::names::spelling_distance(&p.to_lowercase(), &q.to_lowercase()) <= 2)
}

/// The last word of a name.
fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// `true` when two strings are one in lower case.
fn same_lowercase(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Letters that are not ASCII: the form with more of them kept its diacritics.
fn marks(s: &str) -> usize {
    s.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()).count()
}

/// A given or middle name written without the diacritics other articles give it
/// ("Jose Ibarra" where the corpus has "José Ibarra"): a warning. Surname spellings are
/// the check above.
fn diacritics(
    cx: &Context,
    e: &Entity,
    ms: &[&PersonMention],
    out: &mut Vec<Finding>,
) {
    let mut seen = Vec::new();
    for m in ms.iter().filter(|m| !m.surname_only) {
        if seen.contains(&m.name) {
            continue;
        }
        seen.push(m.name.clone());
        // The mention's side of each test, worked out once for all the forms.
        // The cheap tests first: most forms have no more marks than the mention's.
        let (folded, my_last, my_marks) = (crate::normalize::fold(&m.name), last_word(&m.name), marks(&m.name));
        let accents = e.agg.full_written.iter().find(|(f, _)| {
            marks(f) > my_marks
                && f.as_str() != m.name
                && same_lowercase(last_word(f), my_last)
                && !same_lowercase(f, &m.name)
                && crate::normalize::fold(f) == folded
        });
        let mine = e.agg.full_written.get(&m.name).map(|v| v.docs).unwrap_or(0);
        let middle = e.agg.full_written.iter().find(|(f, v)| {
            middle_spelling(f, &m.name)
                && (v.docs > mine
                    || v.docs == mine && (cx.view.overlay.is_some() || m.name.as_str() > f.as_str()))
        });
        let (f, v, why) = match (accents, middle) {
            (Some((f, v)), _) => (f, v, "the diacritics differ"),
            (None, Some((f, v))) => (f, v, "a middle name is spelled two ways"),
            _ => continue,
        };
        let span = cx.span(m.range.clone());
        let msg = format!("{} is written {} in {}: {why}", q(&m.name), q(f), articles(v.docs));
        let evidence = cx.evidence(&v.examples, &span);
        out.push(cx.finding(&NameVariant, Severity::Warning, msg, e.display(), span, evidence));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;
    use crate::finding::Severity;

    const MARKET: &[&str] = &[
        "Market Hall Saved\nMayor Katarzyna Wiśniewska said the market hall in Dornik would stay open. Robert Tallis, who runs a bakery there, was relieved.\n",
        "Traders Celebrate\nMayor Katarzyna Wiśniewska visited the market hall. Robert Tallis handed out bread.\n",
    ];

    #[test]
    fn flags_a_spelling_without_diacritics() {
        let f = flags(&META, MARKET, "Mayor Katarzyna Wisniewska cut the ribbon.", "Wisniewska");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
    }

    #[test]
    fn a_nickname_is_info() {
        let f = flags(&META, MARKET, "Bob Tallis handed out bread again.", "Bob Tallis");
        assert_eq!(f.severity, Severity::Info, "{f:#?}");
    }

    #[test]
    fn quiet_on_the_corpus_spelling() {
        quiet(&META, MARKET, "Mayor Katarzyna Wiśniewska cut the ribbon with Robert Tallis.");
    }

    #[test]
    fn a_given_name_without_its_diacritics_is_a_warning() {
        let c = &[
            "Clinic\nDoctor José Ibarra opened the clinic in Dornik.\n",
            "Vaccines\nDoctor José Ibarra said the vaccines had come.\n",
        ];
        let f = flags(&META, c, "Doctor Jose Ibarra spoke again.", "Jose Ibarra");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
        quiet(&META, c, "Doctor José Ibarra spoke again.");
    }

    #[test]
    fn a_middle_name_spelled_two_ways_is_a_warning() {
        let c = &["Court\nPolice said Marten Ilsebar Quist, 30, was charged.\n"];
        let f = flags(&META, c, "Marten Ilsabar Quist, 30, appeared in court.", "Ilsabar");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
    }

    #[test]
    fn a_first_name_spelled_two_ways_is_a_warning_a_short_form_info() {
        let c = &[
            "Vigil\nPastor Jonathan Varrow said the vigil would be held on Friday.\n",
            "Prayers\nPastor Jonathan Varrow led prayers for the family.\n",
        ];
        let f = flags(&META, c, "Pastor Jonathon Varrow said the city must act.", "Jonathon Varrow");
        assert_eq!(f.severity, Severity::Warning, "{f:#?}");
        assert!(f.message.contains("Jonathan Varrow"), "{f:#?}");
        let f = flags(&META, MARKET, "Rob Tallis handed out bread again.", "Rob Tallis");
        assert_eq!(f.severity, Severity::Info, "{f:#?}");
    }

    #[test]
    fn quiet_on_apostrophes_and_generational_suffixes() {
        // Typography is at most info.
        let c = &["Court\nPolice said Marten Dae’Quan Quist, 30, was charged.\n"];
        let fs = super::super::testing::findings(&META, c, "Marten Dae'Quan Quist, 30, appeared.");
        assert!(fs.iter().all(|f| f.severity == Severity::Info), "{fs:#?}");
        let c = &["Mourners\nHe leaves his brothers, Orrin Jr., Pell and Tavish.\n"];
        quiet(&META, c, "Friends called the boy “O.J.” at school, said Orrin Halvey.");
    }
}
