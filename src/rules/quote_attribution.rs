//! The `quote-attribution` rule: [`META`] says what it flags; then the check, then its tests.

use super::{Context, Rule};
use crate::extract::quotes::{Pattern, Speaker};
use crate::finding::{Finding, Severity};

/// See [`META`].
pub struct QuoteAttribution;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "quote-attribution",
    default_severity: Severity::Error,
    description: "the same quote given to different speakers (a warning unless both are named people)",
    doc: "The same quote attributed to different speakers in different articles: an error when \
          both speakers are named people, a warning otherwise (an institution against a person). \
          Two institutions are never set against each other, nor a person against a \
          name spelt almost the same (the name rules' business). Quotes of fewer than five \
          words are too common to compare.",
};

/// Shortest quote (in words) compared for attribution.
const MIN_WORDS: usize = 5;

impl Rule for QuoteAttribution {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        // The speakers of the last quote flagged: a continuation of it is the same alarm.
        let mut last: Option<(String, String)> = None;
        for (i, qt) in a.quotes.iter().enumerate() {
            super::count(1);
            let Some(me) = &super::quote_speaker_sure(cx, qt) else {
                continue;
            };
            let mut evidence = super::FewExamples::default();
            let mut other_name = None;
            let mut both_people = true;
            let mut around = None;
            let mut verdicts = super::PerSpeaker::default();
            // A quote holding another one is compared with none.
            if nested(&qt.text) {
                last = None;
                continue;
            }
            for m in super::quote_runs(cx, i) {
                let (them, al): (&Speaker, _) = (m.speaker, m.alignment);
                if al.short_len < MIN_WORDS
                    || !(al.same_words() || al.near() && al.matched >= MIN_WORDS)
                    || m.nested
                {
                    continue;
                }
                let against = || {
                    let groups =
                        matches!((me, them), (Speaker::Group { .. }, Speaker::Group { .. }));
                    let people =
                        matches!((me, them), (Speaker::Person { .. }, Speaker::Person { .. }));
                    !(groups
                        || !people && named_with(around.get_or_insert_with(|| near_text(cx, qt)), them)
                        || cx.shared.one_speaker(me, them))
                };
                if !verdicts.get(m.who, against) {
                    continue;
                }
                if !matches!((me, them), (Speaker::Person { .. }, Speaker::Person { .. })) {
                    both_people = false;
                }
                other_name.get_or_insert_with(|| them.name().to_string());
                for q in m.quotes() {
                    if !evidence.offer(&q.span) {
                        break;
                    }
                }
            }
            let Some(other) = other_name else {
                last = None;
                continue;
            };
            let pair = (me.name().to_string(), other.clone());
            let goes_on = qt.how == Some(Pattern::Continuation) && last.as_ref() == Some(&pair);
            last = Some(pair);
            if goes_on {
                continue;
            }
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
            out.push(cx.finding(
                self,
                sev,
                msg,
                me.name().to_string(),
                span,
                evidence.into_vec(),
            ));
        }
    }
}

/// `true` when a quote holds another one ("Mr. Hale said, 'I never touched the till'"):
/// its words may be someone else's.
pub(super) fn nested(text: &str) -> bool {
    text.contains(['“', '‘', '"']) || text.contains(" '") || text.contains(",'")
}

/// How far around a quote its attribution may name someone else, in bytes.
const NEAR: usize = 160;

/// The folded text around a quote of the target, where [`named_with`] looks.
fn near_text(cx: &Context, qt: &crate::extract::Quote) -> String {
    let text = &cx.target.doc.clean;
    let mut from = qt.range.start.saturating_sub(NEAR);
    let mut to = (qt.range.end + NEAR).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    crate::normalize::fold(&text[from..to])
}

/// `true` when the words around the target's quote name `other` too: "said Nadia Orsk,
/// president of the Ardent Group" is not a conflict with "said the Ardent Group", nor
/// "said Ardent Group chief Nadia Orsk" with "said Nadia Orsk" (a person and their own
/// institution).
fn named_with(around: &str, other: &Speaker) -> bool {
    let key = match other {
        Speaker::Person { surname, .. } => crate::normalize::fold(surname),
        Speaker::Group { name } => crate::normalize::fold(name),
    };
    !key.is_empty() && around.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;
    use crate::finding::Severity;

    const FLOOD: &[&str] = &[
        "Town Vows to Rebuild\n“We will rebuild every single house on this street,” said Mayor Ada Quist of Pellworth.\n",
    ];

    #[test]
    fn flags_a_quote_given_to_another_person() {
        let article = "“We will rebuild every single house on this street,” said Governor Tomas Brell.";
        let f = flags(&META, FLOOD, article, "rebuild every single house");
        assert_eq!(f.severity, Severity::Error, "{f:#?}");
    }

    #[test]
    fn quiet_when_the_speaker_agrees() {
        let article = "“We will rebuild every single house on this street,” said Mayor Ada Quist.";
        quiet(&META, FLOOD, article);
    }
}
