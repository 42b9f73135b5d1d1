//! The `number-headline` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::extract::quantities::{interval_overlap, Quantity};
use crate::finding::{Finding, Severity};
use crate::lexicon::tallies::narrows_a_count;
use crate::resolve::claims::{comparable, describe, ClaimShape};

/// See [`META`].
pub struct NumberHeadline;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "number-headline",
    default_severity: Severity::Warning,
    description: "a headline's figure that its own article's body contradicts (14 vs 12 killed)",
    doc: "The headline gives a value for a claim that the body of the same article gives \
          otherwise, and the body agrees with itself: “Storm kills 14” over “the storm killed \
          12 people”. Often the body was updated and the headline was not. Compatible values \
          (“at least 10” and 12) are not flagged, nor a body that gives several values for \
          the claim (a round-up), nor a figure the article says changed (“rose from 12 to \
          14”). On real news most such pairs are a part of the headline's \
          figure in the body (“one person was hurt critically”), an early report or another \
          figure, so it is `info` unless the body states the whole tally plainly: a count \
          of two or more, the only count of its sentence, outside a quote, with no word \
          that makes it a part or an early report (“critically”, “others”, “initially”); \
          then it is a `warning`.",
};

/// How many body values of one claim are compared: more is a table, not a story.
const MAX_BODY: usize = 8;

impl Rule for NumberHeadline {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        let Some(title) = a.doc.title.clone() else {
            return;
        };
        let in_title = |x: &Quantity| title.start <= x.range.start && x.range.end <= title.end;
        let claims: Vec<&Quantity> = a.quantities.iter().filter(|x| comparable(x)).collect();
        super::count(claims.len());
        for h in claims.iter().filter(|x| in_title(x)) {
            let key = h.key();
            let mine = ClaimShape::of(h);
            let body: Vec<&&Quantity> = claims
                .iter()
                .filter(|x| !in_title(x) && x.key() == key && mine.same_claim(&ClaimShape::of(x)))
                .take(MAX_BODY + 1)
                .collect();
            if body.is_empty() || body.len() > MAX_BODY {
                continue;
            }
            let iv = |x: &Quantity| ClaimShape::of(x).interval();
            let agree = body.iter().all(|x| interval_overlap(iv(x), iv(body[0])));
            let clash = body.iter().all(|x| !interval_overlap(iv(x), mine.interval()));
            let changed = a.changes.iter().any(|c| {
                [Some(c.old), c.new]
                    .into_iter()
                    .flatten()
                    .any(|v| [h.value, body[0].value].contains(&v))
            });
            if !(agree && clash) || changed {
                continue;
            }
            let span = cx.span(h.range.clone());
            let other = cx.span(body[0].range.clone());
            let msg = format!(
                "{}: {} in the headline, {} in the article's body",
                describe(h),
                q(&span.text),
                q(&other.text)
            );
            let what = h.noun.clone().or(h.unit.clone()).unwrap_or_default();
            let severity = if plain_tally(a, h, body[0]) {
                Severity::Warning
            } else {
                Severity::Info
            };
            out.push(cx.finding(self, severity, msg, what, span, vec![other]));
        }
    }
}

/// `true` when the body states the whole tally plainly, so that a headline's other
/// count is worth a warning: two counts of things (the body's at least 2, the
/// headline's counted by its own words), the body's the only count of its sentence, no
/// heading, outside a quote, not "of" a group ("two of the victims"), in a sentence
/// with no word that narrows it to a part or dates it to an early report
/// ("critically", "others", "initially").
fn plain_tally(a: &crate::extract::Analysis, h: &Quantity, b: &Quantity) -> bool {
    use crate::extract::quantities::QuantityKind::Count;
    let counts_in_sentence = a
        .quantities
        .iter()
        .filter(|x| x.sentence == b.sentence && x.kind == Count)
        .count();
    let quoted = a
        .quotes
        .iter()
        .any(|qt| qt.range.start <= b.range.start && b.range.end <= qt.range.end);
    let text = a.doc.clean.as_str();
    let of_a_group = text
        .get(b.range.end..)
        .is_some_and(|rest| rest.trim_start().starts_with("of "));
    let sentence = a
        .doc
        .sentences
        .get(b.sentence)
        .and_then(|s| text.get(s.range.clone()))
        .unwrap_or("");
    let narrowed = sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(narrows_a_count);
    let heading = a.doc.sentences.get(b.sentence).is_some_and(|s| s.heading);
    h.kind == Count
        && b.kind == Count
        && !heading
        && counted_in_headline(text, h)
        && b.value >= 2.0
        && counts_in_sentence == 1
        && !quoted
        && !of_a_group
        && !narrowed
}

/// `true` when the headline's figure counts something by its own words: a counted noun
/// ("6 People"), or the verb of its claim right beside it ("injured 13", "14 Killed"), not
/// a name's number ("Club 21", "Channel 4").
fn counted_in_headline(text: &str, h: &Quantity) -> bool {
    let key = h.key();
    let role = key.rsplit('|').next().unwrap_or("");
    let stem = role.get(..4).unwrap_or(role);
    let before = text.get(..h.range.start).unwrap_or("").split_whitespace().next_back();
    let after = text.get(h.range.end..).unwrap_or("").split_whitespace().next();
    let beside = |w: Option<&str>| {
        w.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .and_then(|w| w.get(..stem.len()))
            .is_some_and(|w| !stem.is_empty() && w.eq_ignore_ascii_case(stem))
    };
    let noun_written = h.range.len() > h.number_range.len();
    noun_written || beside(before) || beside(after)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    #[test]
    fn flags_a_headline_against_its_body() {
        flags(
            &META,
            &[],
            "Storm Kills 14 People in Dunmere\n\nThe storm killed 12 people in Dunmere on Friday, officials said.\n",
            "14",
        );
    }

    #[test]
    fn a_plain_tally_against_the_headline_is_a_warning() {
        use crate::finding::Severity;
        let f = flags(
            &META,
            &[],
            "Six People Hurt in Dunmere Pier Collapse\n\nFive people were injured when the pier collapsed, officials said.\n",
            "Six",
        );
        assert_eq!(f.severity, Severity::Warning);
        let f = flags(
            &META,
            &[],
            "Six Hurt at Club 21 in Dunmere\n\nFive people were injured at the club on Friday.\n",
            "21",
        );
        assert_eq!(f.severity, Severity::Info);
        for body in [
            "Two people were critically injured when the pier collapsed.",
            "Two people were injured when the pier collapsed and hurt three visitors.",
            "Officials initially said five people were injured when the pier collapsed.",
        ] {
            // A part ("critically injured") may not be compared at all; never above info.
            let text = format!("Six People Hurt in Dunmere Pier Collapse\n\n{body}\n");
            let found = super::super::testing::findings(&META, &[], &text);
            assert!(
                found.iter().all(|f| f.severity == Severity::Info),
                "{body}: {found:?}"
            );
        }
    }

    #[test]
    fn quiet_when_they_agree_or_the_article_says_it_changed() {
        quiet(
            &META,
            &[],
            "Storm Kills At Least 10 People in Dunmere\n\nThe storm killed 12 people in Dunmere on Friday.\n",
        );
        quiet(
            &META,
            &[],
            "Storm Kills 14 People in Dunmere\n\nThe toll rose from 12 to 14. The storm killed 12 people in Dunmere on Friday, officials said at first.\n",
        );
    }
}
