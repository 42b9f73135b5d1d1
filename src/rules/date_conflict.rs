//! The `date-conflict` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::extract::dates::DateClaim;
use crate::finding::{Finding, Severity};
use crate::resolve::Example;
use std::collections::BTreeSet;

/// See [`META`].
pub struct DateConflict;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "date-conflict",
    default_severity: Severity::Warning,
    description: "one event put on different days (the vote on Saturday vs on Sunday)",
    doc: "Two articles, or two sentences of one article, put the same event on different \
          days: “the crash on Saturday” vs “crashed on Sunday evening”, “the June 6 \
          verdict” vs “sentenced on June 5”, a first closing date of “14 April” vs “April \
          24”. An event is a one-off of the story named by a noun (the vote, the verdict, \
          the crash, a closing date) or a verb (arrested, broke out, confirmed, \
          presented) with what it is about (a name or the words around it, which the two \
          sentences must share). A weekday alone is resolved against the article's \
          publication day when that has a year (“on Saturday” in an article of Monday 15 \
          September 2025 is 13 September), else compared as a weekday. Days that bound \
          something (“by Monday”, “until Friday”), days in brackets (a time converted \
          to GMT), datelines and sentences that move a date (“postponed to”) are not \
          compared. A day that most other articles agree with is not flagged.",
};

/// How many corpus claims of one event a claim is compared with: more is an archive's
/// many votes, not one story's.
const MAX_COMPARED: usize = 256;

impl Rule for DateConflict {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let me = cx.target.doc.id.as_str();
        let mut flagged: BTreeSet<usize> = BTreeSet::new();
        for c in &cx.target.dates {
            super::count(1);
            if let Some(f) = against_corpus(self, cx, me, c) {
                flagged.insert(c.range.start);
                out.push(f);
            }
        }
        within(self, cx, &flagged, out);
    }
}

/// A finding on `c` when other articles put its event on another day, and no more of
/// them agree with it than disagree.
fn against_corpus(rule: &DateConflict, cx: &Context, me: &str, c: &DateClaim) -> Option<Finding> {
    let list = cx.view.base.dates.by_event.get(&c.event)?;
    let mut against: Vec<&Example> = Vec::new();
    let (mut yes, mut no) = (BTreeSet::new(), BTreeSet::new());
    for x in list.iter().filter(|x| x.span.doc() != me).take(MAX_COMPARED) {
        super::count(1);
        if !c.same_event(&x.claim) {
            continue;
        }
        match c.compare(&x.claim) {
            Some(true) => {
                no.insert(x.span.doc());
                against.push(&x.span);
            }
            Some(false) => {
                yes.insert(x.span.doc());
            }
            None => {}
        }
    }
    let disagree = no.difference(&yes).count();
    if disagree == 0 || yes.len() >= disagree {
        return None;
    }
    let span = cx.span(c.range.clone());
    let first = against.first()?;
    let theirs = list
        .iter()
        .find(|x| x.span.place() == first.place())
        .map(|x| x.claim.describe())
        .unwrap_or_default();
    let msg = format!(
        "the {}: {} here ({}), {} ({}) in {}",
        c.event,
        q(&span.text),
        c.describe(),
        q(first.text()),
        theirs,
        articles(u32::try_from(no.len()).unwrap_or(u32::MAX)),
    );
    let evidence = crate::resolve::example::spans(against);
    Some(cx.finding(rule, Severity::Warning, msg, c.event.clone(), span, evidence))
}

/// Two sentences of the target that put one event on different days: one finding, on
/// the later of them, unless the corpus already flagged it.
fn within(rule: &DateConflict, cx: &Context, flagged: &BTreeSet<usize>, out: &mut Vec<Finding>) {
    let dates = &cx.target.dates;
    for (i, b) in dates.iter().enumerate() {
        if flagged.contains(&b.range.start) {
            continue;
        }
        let earlier = dates.get(..i).unwrap_or(&[]);
        let Some(a) = earlier
            .iter()
            .find(|a| {
                !(a.verb || b.verb) && a.sentence != b.sentence && a.same_event(b) && a.conflicts(b)
            })
        else {
            continue;
        };
        if flagged.contains(&a.range.start) {
            continue;
        }
        let span = cx.span(b.range.clone());
        let other = cx.span(a.range.clone());
        let msg = format!(
            "the {}: {} here ({}), {} ({}) earlier in this article",
            b.event,
            q(&span.text),
            b.describe(),
            q(&other.text),
            a.describe()
        );
        out.push(cx.finding(rule, Severity::Warning, msg, b.event.clone(), span, vec![other]));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const CRASH: &[&str] = &[
        "Plane Down Near Vell\n\nVELL, March 16 (Wire) - A Norair turboprop crashed near Vell on Sunday evening, killing 12 people.\n",
        "Vell Mourns\n\nThe Norair plane that crashed near Vell on Sunday evening was carrying 40 people.\n",
    ];

    #[test]
    fn flags_another_day_for_the_event() {
        let f = flags(
            &META,
            CRASH,
            "Crash Inquiry\n\nThe Norair plane crashed near Vell on Saturday, officials said.",
            "Saturday",
        );
        assert!(f.message.contains("Sunday"), "{}", f.message);
    }

    #[test]
    fn quiet_on_the_same_day_or_another_event() {
        quiet(&META, CRASH, "Crash Inquiry\n\nThe Norair plane crashed near Vell on Sunday.");
        quiet(&META, CRASH, "Crash Inquiry\n\nShares in Norair fell on Monday.");
        quiet(&META, CRASH, "Crash Inquiry\n\nA Delka truck crashed near Osk on Monday.");
    }

    #[test]
    fn a_weekday_resolved_against_the_dateline() {
        let corpus = &["Count Goes On\n\nBy Ann Lee\nMonday 15 September 2025\n\nThe count from Sunday's election in Norland went on."];
        // Saturday in an article of Tuesday 16 September is the 13th; Sunday is the 14th.
        flags(
            &META,
            corpus,
            "Results In\n\nBy Ben Orr\nTuesday 16 September 2025\n\nFinal results of Saturday's election in Norland came in.",
            "Saturday",
        );
        quiet(
            &META,
            corpus,
            "Results In\n\nBy Ben Orr\nTuesday 16 September 2025\n\nFinal results of the September 14 election in Norland came in.",
        );
    }

    #[test]
    fn two_days_of_one_event_within_one_article() {
        flags(
            &META,
            &[],
            "Verdict Day\n\nThe June 5 verdict surprised Korvel.\n\nAt the sentencing on June 6, the judge spoke for an hour.",
            "June 6",
        );
        quiet(
            &META,
            &[],
            "Verdict Day\n\nThe June 5 verdict surprised Korvel.\n\nAt the sentencing on June 5, the judge spoke for an hour.",
        );
    }

    #[test]
    fn quiet_when_most_articles_agree_with_it() {
        let corpus = &[
            CRASH[0],
            CRASH[1],
            "Crash Inquiry\n\nThe Norair plane crashed near Vell on Saturday, officials said.\n",
        ];
        quiet(&META, corpus, "Crash Day\n\nThe Norair plane crashed near Vell on Sunday.");
    }

    #[test]
    fn a_death_day_against_the_corpus_far_from_the_name() {
        let corpus = &[
            "Osk Mourns\n\nPeter Marr died on Thursday at his home in Osk, his family said.\n",
            "Marr Dies\n\nPeter Marr, the former mayor, died Thursday in Osk.\n",
        ];
        flags(
            &META,
            corpus,
            "Marr Remembered\n\nPeter Marr, who led the Osk council through two floods and a fire, died on Friday.",
            "Friday",
        );
        quiet(
            &META,
            corpus,
            "Marr Remembered\n\nPeter Marr, who led the Osk council through two floods and a fire, died on Thursday.",
        );
    }
}
