//! `quote-attribution`: the same quote attributed to different speakers in different
//! articles. Error when both speakers are named people, warning otherwise (an institution
//! against a person). Quotes of fewer than four words are too common to compare.

use super::{q, Context, Rule};
use crate::extract::quotes::Speaker;
use crate::report::{Finding, Severity};
use crate::resolve::quotes::{align, as_known_person, cap_examples, same_speaker};

/// See the module documentation.
pub struct QuoteAttribution;

/// Shortest quote (in words) compared for attribution.
const MIN_WORDS: usize = 4;

impl Rule for QuoteAttribution {
    fn id(&self) -> &'static str {
        "quote-attribution"
    }

    fn description(&self) -> &'static str {
        "the same quote attributed to different speakers"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        for qt in &a.quotes {
            let Some(me) = qt.speaker.as_ref().map(|s| as_known_person(s, &cx.view)) else {
                continue;
            };
            let me = &me;
            let words = qt.words();
            let mut evidence = Vec::new();
            let mut other_name = None;
            let mut both_people = true;
            for ix in std::iter::once(cx.view.base).chain(cx.view.overlay) {
                for c in ix.quotes.candidates(&words) {
                    if c.span.doc == a.doc.id {
                        continue;
                    }
                    let Some(them) = c.speaker.as_ref().map(|s| as_known_person(s, &cx.view))
                    else {
                        continue;
                    };
                    let them = &them;
                    let al = align(&words, &c.words);
                    if al.short_len < MIN_WORDS
                        || !(al.same_words() || al.near() && al.matched >= MIN_WORDS)
                        || same_speaker(me, them)
                    {
                        continue;
                    }
                    if !matches!((me, them), (Speaker::Person { .. }, Speaker::Person { .. })) {
                        both_people = false;
                    }
                    other_name.get_or_insert_with(|| them.name().to_string());
                    evidence.push(c.span.clone());
                }
            }
            let Some(other) = other_name else { continue };
            let span = cx.span(qt.range.clone());
            let sev = if both_people {
                Severity::Error
            } else {
                Severity::Warning
            };
            let msg = format!(
                "this quote is attributed to {} here, but to {} elsewhere",
                me.name(),
                other
            );
            let _ = q;
            out.push(cx.finding(
                self,
                sev,
                msg,
                me.name().to_string(),
                span,
                cap_examples(evidence),
            ));
        }
    }
}
