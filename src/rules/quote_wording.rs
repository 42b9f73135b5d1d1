//! The `quote-wording` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::report::{Finding, Severity};
use crate::resolve::quotes::{cap_examples, same_speaker};

/// See [`META`].
pub struct QuoteWording;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "quote-wording",
    default_severity: Severity::Warning,
    description: "one speaker quoted with different words",
    doc: "The same speaker quoted with different words across articles: “difficult but necessary \
          concessions” against “difficult but necessary compromises”. A paraphrase outside \
          quotation marks is not a quote and is not compared.",
};

impl Rule for QuoteWording {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        for qt in &a.quotes {
            let Some(me) = &super::quote_speaker(cx, qt) else {
                continue;
            };
            let mut evidence = Vec::new();
            let mut diffs = Vec::new();
            for m in super::quote_matches(cx, qt) {
                if !m.speaker.as_ref().is_some_and(|s| same_speaker(me, s)) || !m.alignment.near() {
                    continue;
                }
                if diffs.is_empty() {
                    diffs = m.alignment.differences.clone();
                }
                evidence.push(m.quote.span.clone());
            }
            if evidence.is_empty() {
                continue;
            }
            let span = cx.span(qt.range.clone());
            let change: Vec<String> = diffs
                .iter()
                .map(|(o, t)| format!("{} where another article has {}", q(o), q(t)))
                .collect();
            let msg = format!("{} is quoted differently: {}", me.name(), change.join("; "));
            out.push(cx.finding(
                self,
                Severity::Warning,
                msg,
                me.name().to_string(),
                span,
                cap_examples(evidence),
            ));
        }
    }
}

