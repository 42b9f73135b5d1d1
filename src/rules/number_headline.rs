//! The `number-headline` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::extract::quantities::{interval_overlap, Quantity};
use crate::finding::{Finding, Severity};
use crate::resolve::claims::{comparable, describe, ClaimShape};

/// See [`META`].
pub struct NumberHeadline;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "number-headline",
    default_severity: Severity::Info,
    description: "a headline's figure that its own article's body contradicts (14 vs 12 killed)",
    doc: "The headline gives a value for a claim that the body of the same article gives \
          otherwise, and the body agrees with itself: “Storm kills 14” over “the storm killed \
          12 people”. Often the body was updated and the headline was not. Compatible values \
          (“at least 10” and 12) are not flagged, nor a body that gives several values for \
          the claim (a round-up), nor a figure the article says changed (“rose from 12 to \
          14”). It is `info`: on real news most such pairs are a part of the headline's \
          figure in the body (“one person was hurt critically”), an early report or another \
          figure, so it says what to look at and no more.",
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
            out.push(cx.finding(self, Severity::Info, msg, what, span, vec![other]));
        }
    }
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
