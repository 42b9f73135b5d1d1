//! The `quote-wording` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::resolve::quotes::{same_speaker, small_change};

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
          quotation marks is not a quote and is not compared. Quotes that differ only in one \
          small word a side are `info`: a tense or an article (“is” and “was”, “a” and “the”), a \
          preposition (“in” and “into”), a word of weight added or dropped (“very”, “really”), one \
          word in the singular and the plural (“life” and “lives”), “everybody” and “everyone”.",
};

impl Rule for QuoteWording {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        for (i, qt) in a.quotes.iter().enumerate() {
            super::count(1);
            let Some(me) = &super::quote_speaker_sure(cx, qt) else {
                continue;
            };
            let mut evidence = super::FewExamples::default();
            let mut diffs = Vec::new();
            let mut substantive = false;
            let mut verdicts = super::PerSpeaker::default();
            let ours_br = bracketed(&qt.text);
            for m in super::quote_runs(cx, i) {
                let al = m.alignment;
                if !(al.near() || al.reworded) || !verdicts.get(m.who, || same_speaker(me, m.speaker)) {
                    continue;
                }
                // A run's quotes have the same words and brackets: one verdict for all.
                let mut real = al.real_differences();
                // "pick [Ada] up" against "pick her up": the writer's words in brackets
                // stand for the speaker's.
                real.retain(|(o, t)| !(o.is_empty() && ours_br || t.is_empty() && m.bracketed));
                if real.is_empty() {
                    continue;
                }
                substantive |= real.iter().any(|(o, t)| !small_change(o, t));
                if diffs.is_empty() {
                    diffs = real;
                }
                for theirs in m.quotes() {
                    if !evidence.offer(&theirs.span) {
                        break;
                    }
                }
            }
            if evidence.is_empty() {
                continue;
            }
            let span = cx.span(qt.range.clone());
            let change: Vec<String> = diffs
                .iter()
                .map(|(o, t)| format!("{} where another article has {}", q(o), q(t)))
                .collect();
            // A tense or an article written down two ways is worth a look, not an alarm.
            let (severity, how) = if substantive {
                (Severity::Warning, "differently")
            } else {
                (Severity::Info, "with a small difference")
            };
            let msg = format!("{} is quoted {how}: {}", me.name(), change.join("; "));
            out.push(cx.finding(
                self,
                severity,
                msg,
                me.name().to_string(),
                span,
                evidence.into_vec(),
            ));
        }
    }
}

/// `true` when a quote holds words in brackets, the writer's.
pub(super) fn bracketed(text: &str) -> bool {
    text.contains('[') && text.contains(']')
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

    /// A corpus article quoting Dr Lena Osei, in `open` and `close` marks.
    fn ward(open: &str, close: &str) -> String {
        format!("Ward Full\n{open}We are seeing whole families arrive at once, and many come too late,{close} said Dr Lena Osei of Brackwell General Hospital.\n")
    }

    #[test]
    fn flags_the_same_speaker_in_other_words() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let corpus = ward(open, close);
            // The same sentence with words swapped in two places.
            let article = format!("{open}Whole families are arriving at once, and most of them come too late,{close} said Dr Lena Osei.");
            flags(&META, &[corpus.as_str()], &article, "most of them come too late");
            // A long quote with one word swapped and one dropped.
            let corpus = format!("Curfew\n{open}No one should be going back into Pellworth until the fire chief says it is safe,{close} said Governor Ada Quist.\n");
            let article = format!("{open}No one should go back to Pellworth until we say it is safe,{close} said Governor Ada Quist.");
            flags(&META, &[corpus.as_str()], &article, "until we say it is safe");
        }
    }

    #[test]
    fn a_tense_or_an_article_written_two_ways_is_info() {
        use crate::finding::Severity;
        // One small word a side: worth a look, not an alarm.
        for (ours, theirs) in [("is", "was"), ("a", "the"), ("these", "the")] {
            let corpus = format!("Pier\n“The pier {theirs} closed until the storm passes,” said Harbourmaster Ines Dahl.\n");
            let article = format!("“The pier {ours} closed until the storm passes,” said Harbourmaster Ines Dahl.");
            let f = flags(&META, &[corpus.as_str()], &article, "pier");
            assert_eq!(f.severity, Severity::Info, "{ours}/{theirs}: {}", f.message);
            assert!(f.message.contains("small difference"), "{}", f.message);
        }
        // A word of substance beside a small one stays a warning.
        let corpus = &["Pier\n“The pier was closed until the storm passes,” said Harbourmaster Ines Dahl.\n"];
        let article = "“The pier is shut until the storm passes,” said Harbourmaster Ines Dahl.";
        let f = flags(&META, corpus, article, "pier");
        assert_eq!(f.severity, Severity::Warning, "{}", f.message);
    }

    #[test]
    fn a_word_of_weight_a_preposition_or_a_plural_is_info() {
        use crate::finding::Severity::{Info, Warning};
        let cases = [
            ("It was very hard to watch the water rise tonight", "It was hard to watch the water rise tonight", Info),
            ("We waited in the harbour office until the boats came home", "We waited inside the harbour office until the boats came home", Info),
            ("We will rebuild the streets of this town stone by stone", "We will rebuild the street of this town stone by stone", Info),
            ("This storm has taken life from every family on the pier", "This storm has taken lives from every family on the pier", Info),
            ("Everybody's boat is at risk when the tide turns like this", "Everyone's boat is at risk when the tide turns like this", Info),
            // Another word of weight, another person or another word of substance.
            ("It was deeply hard to watch the water rise tonight", "It was badly hard to watch the water rise tonight", Warning),
            ("We waited in the harbour office until the boats came home", "I waited in the harbour office until the boats came home", Warning),
            ("We will rebuild the streets of this town stone by stone", "We will rebuild the harbour of this town stone by stone", Warning),
        ];
        for (theirs, ours, severity) in cases {
            let corpus = format!("Pier\n“{theirs},” said Harbourmaster Ines Dahl.\n");
            let article = format!("“{ours},” said Harbourmaster Ines Dahl.");
            let f = flags(&META, &[corpus.as_str()], &article, "");
            assert_eq!(f.severity, severity, "{ours}: {}", f.message);
        }
    }

    #[test]
    fn quiet_on_a_fragment_an_ellipsis_or_another_sentence() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let corpus = ward(open, close);
            let corpus = &[corpus.as_str()];
            // A fragment of the full quote.
            let article = format!("Dr Lena Osei said that {open}whole families arrive at once, and many come too late,{close} at the hospital.");
            quiet(&META, corpus, &article);
            // Words left out at an ellipsis.
            let article = format!("{open}We are seeing whole families … and many come too late,{close} said Dr Lena Osei.");
            quiet(&META, corpus, &article);
            // Another sentence of hers that shares a phrase.
            let article = format!("{open}We are seeing whole streets empty at night, and the shops close early,{close} said Dr Lena Osei.");
            quiet(&META, corpus, &article);
            // The writer's words in brackets for the speaker's.
            let corpus2 = format!("Pickup\n{open}He was here to pick her up after school, like every day,{close} said Tom Hale.\n");
            let article = format!("{open}He was here to pick [Ada] up after school, like every day,{close} said Tom Hale.");
            quiet(&META, &[corpus2.as_str()], &article);
            // Words that sound alike are how a reporter heard them.
            let corpus = format!("Ward\n{open}It was worse than anything we had seen in the ward,{close} said Dr Lena Osei.\n");
            let article = format!("{open}It was worse then anything we had seen in the ward,{close} said Dr Lena Osei.");
            quiet(&META, &[corpus.as_str()], &article);
        }
    }

    #[test]
    fn quiet_on_the_same_words() {
        let article = "“The tunnel will be slow, careful and entirely worth the wait,” said Transport Minister Oren Falk.";
        quiet(&META, TUNNEL, article);
    }
}
