//! The `quote-wording` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::resolve::quotes::same_speaker;

/// See [`META`].
pub struct QuoteWording;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "quote-wording",
    default_severity: Severity::Warning,
    description: "one speaker quoted with different words",
    doc: "The same speaker quoted with different words across articles: “difficult but necessary \
          concessions” against “difficult but necessary compromises”. Spelling is not wording \
          (“data center” and “datacenter”, “neighbourhood” and “neighborhood”). A paraphrase outside \
          quotation marks is not a quote and is not compared.",
};

impl Rule for QuoteWording {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        for (i, qt) in a.quotes.iter().enumerate() {
            let Some(me) = &super::quote_speaker_sure(cx, qt) else {
                continue;
            };
            let mut evidence = super::FewExamples::default();
            let mut diffs = Vec::new();
            let mut verdicts = super::PerSpeaker::default();
            for m in super::quote_matches(cx, i) {
                if !m.alignment.near() || !verdicts.get(m.who, || same_speaker(me, &m.speaker))
                {
                    continue;
                }
                let real = m.alignment.real_differences();
                if real.is_empty() {
                    continue;
                }
                if diffs.is_empty() {
                    diffs = real;
                }
                evidence.offer(&m.quote.span);
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
                evidence.into_vec(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const TUNNEL: &[&str] = &[
        "Tunnel Delayed\n“The tunnel will be slow, careful and entirely worth the wait,” said Transport Minister Oren Falk.\n",
    ];

    #[test]
    fn flags_the_same_speaker_quoted_with_other_words() {
        let article = "“The tunnel will be slow, careful and entirely worth the cost,” said Transport Minister Oren Falk.";
        flags(&META, TUNNEL, article, "worth the cost");
    }

    #[test]
    fn quiet_on_the_same_words() {
        let article = "“The tunnel will be slow, careful and entirely worth the wait,” said Transport Minister Oren Falk.";
        quiet(&META, TUNNEL, article);
    }
}
