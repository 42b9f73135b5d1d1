//! Rules stage: one small unit per rule, one file per rule.
//!
//! A rule reads the article being checked ([`Context::target`]) and the corpus through a
//! [`View`], and pushes [`Finding`]s whose span lies in the target article. The rule with id
//! `name-case` lives in `name_case.rs`; to add a rule, add a file with a type implementing
//! [`Rule`] and list it in [`all`].

pub mod name_case;
pub mod name_mismatch;
pub mod name_variant;
pub mod number_conflict;
pub mod quote_attribution;
pub mod quote_wording;
pub mod title_conflict;

use crate::extract::Analysis;
use crate::finding::{Finding, Severity, Span};
use crate::resolve::View;

/// What a rule sees.
pub struct Context<'a> {
    /// The article whose findings are wanted.
    pub target: &'a Analysis,
    /// The target's word uses: its own list, or recomputed for a corpus article, which
    /// does not keep one (see [`crate::extract::word_uses`]).
    pub words: &'a [crate::extract::WordUse],
    /// The corpus (and, when checking a new article, that article too).
    pub view: View<'a>,
}

impl Context<'_> {
    /// The report span of a clean range of the target.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        crate::resolve::span(self.target, r)
    }

    /// Evidence from other articles when there is some, else from this one, never the
    /// finding's own span.
    pub fn evidence(&self, examples: &[Span], own: &Span) -> Vec<Span> {
        let outside: Vec<Span> = examples
            .iter()
            .filter(|e| e.doc != own.doc)
            .cloned()
            .collect();
        if !outside.is_empty() {
            return outside;
        }
        examples
            .iter()
            .filter(|e| !(e.doc == own.doc && e.start == own.start))
            .cloned()
            .collect()
    }

    /// Builds a finding.
    pub fn finding(
        &self,
        rule: &dyn Rule,
        severity: Severity,
        message: String,
        subject: String,
        span: Span,
        evidence: Vec<Span>,
    ) -> Finding {
        Finding {
            rule: rule.id().to_string(),
            severity,
            message,
            subject,
            span,
            evidence,
            fix: None,
        }
    }
}

/// A spelling fix: the mention's surname (as written, without a possessive) replaced by
/// the known person's majority spelling.
pub(crate) fn respell(
    span: &Span,
    surname: &str,
    known: &crate::resolve::Entity,
) -> Option<crate::finding::Fix> {
    let (best, _) = crate::resolve::majority(&known.agg.surname_written)?;
    crate::finding::Fix::within(span, crate::normalize::strip_possessive(surname), best)
}

/// A title fix: `span` written with `written` as its leading title becomes `theirs` when
/// `theirs` is the same name under another title ("Senator Marco Rubio" → "Secretary of
/// State Marco Rubio").
pub(crate) fn retitle(span: &Span, written: &str, theirs: &str) -> Option<crate::finding::Fix> {
    let rest = span
        .text
        .strip_prefix(written)
        .filter(|r| r.starts_with(' '))?;
    theirs
        .ends_with(rest)
        .then(|| crate::finding::Fix::whole(span, theirs))
        .flatten()
}

/// One consistency rule.
pub trait Rule: Sync {
    /// The id findings carry, such as `name-case`.
    fn id(&self) -> &'static str;
    /// One line on what the rule catches.
    fn description(&self) -> &'static str;
    /// Pushes the rule's findings on `cx.target`.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
}

/// Every rule, in report order.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &name_case::NameCase,
        &name_variant::NameVariant,
        &name_mismatch::NameMismatch,
        &title_conflict::TitleConflict,
        &number_conflict::NumberConflict,
        &quote_attribution::QuoteAttribution,
        &quote_wording::QuoteWording,
    ]
}

/// Runs every rule on the context's target.
pub fn run(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in all() {
        r.check(cx, &mut out);
    }
    out
}

/// A quote of another article that shares words with one of the target's quotes.
pub(crate) struct QuoteMatch<'a> {
    /// The other quote.
    pub quote: &'a crate::resolve::quotes::QuoteRef,
    /// Its speaker, with bare known surnames read as people.
    pub speaker: Option<crate::extract::quotes::Speaker>,
    /// How the two quotes align.
    pub alignment: crate::resolve::quotes::Alignment,
}

/// The quotes of other articles that share a word shingle with `quote`, aligned to it:
/// the common ground of the quote rules.
pub(crate) fn quote_matches<'a>(
    cx: &'a Context,
    quote: &crate::extract::Quote,
) -> Vec<QuoteMatch<'a>> {
    use crate::resolve::quotes::{align, as_known_person};
    let words = quote.words();
    let mut out = Vec::new();
    for ix in std::iter::once(cx.view.base).chain(cx.view.overlay) {
        for c in ix.quotes.candidates(&words) {
            if c.span.doc == cx.target.doc.id {
                continue;
            }
            out.push(QuoteMatch {
                quote: c,
                speaker: c.speaker.as_ref().map(|s| as_known_person(s, &cx.view)),
                alignment: align(&words, &c.words),
            });
        }
    }
    out
}

/// Who said a quote of the target, with a bare known surname read as that person.
pub(crate) fn quote_speaker(
    cx: &Context,
    quote: &crate::extract::Quote,
) -> Option<crate::extract::quotes::Speaker> {
    quote
        .speaker
        .as_ref()
        .map(|s| crate::resolve::quotes::as_known_person(s, &cx.view))
}

/// “text” in curly quotes, for messages.
pub(crate) fn q(s: &str) -> String {
    format!("“{s}”")
}

/// "1 article" / "3 articles".
pub(crate) fn articles(n: u32) -> String {
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

/// A title fix to the house title: `written` replaced by `title` before the name.
pub(crate) fn retitle_as(span: &Span, written: &str, title: &str) -> Option<crate::finding::Fix> {
    let rest = span.text.strip_prefix(written)?;
    retitle(span, written, &format!("{title}{rest}"))
}
