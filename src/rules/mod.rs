//! Rules stage: one small unit per rule, one file per rule.
//!
//! A rule reads the article being checked ([`Context::target`]) and the corpus through a
//! [`View`], and pushes [`Finding`]s whose span lies in the target article. The rule with id
//! `name-case` lives in `name_case.rs`, with everything else about it: its [`RuleMeta`] (id,
//! default severity, description, documentation), which the registry, the config check,
//! the CLI's `factcheck rules`, the WebAssembly `Checker.rules()` and the README's rule
//! table all read, and its unit tests. To add a rule, add a file and one line to the
//! `registry!` list below (CONTRIBUTING.md has a skeleton).

use crate::extract::Analysis;
use crate::finding::{Finding, Severity, Span};
use crate::resolve::example::{spans, Example};
use crate::resolve::View;

thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts units of a rule's work on one article: an item of the target looked at (a
/// mention, a quote, a claim, a date), a corpus item compared with it (a person, a quote
/// match, a form, a value). Tests use it, beside [`crate::resolve::ops`], to show that a
/// scan's work grows linearly with the corpus; it costs one thread-local add.
pub fn count(n: usize) {
    WORK.with(|w| w.set(w.get().wrapping_add(n as u64)));
}

/// The rule work counted on this thread so far (see [`count`]).
pub fn work() -> u64 {
    WORK.with(|w| w.get())
}

/// What a rule sees.
pub struct Context<'a, 'i> {
    /// The article whose findings are wanted.
    pub target: &'a Analysis,
    /// The target's word uses: its own list, or recomputed for a corpus article, which
    /// does not keep one (see [`crate::extract::word_uses`]).
    pub words: &'a [crate::extract::WordUse],
    /// The corpus (and, when checking a new article, that article too); a scan's articles
    /// share one.
    pub view: &'a View<'i>,
    /// What the checks of a scan's articles share.
    shared: &'a Shared,
    /// The matches of each target quote with a sure speaker, from `shared`, looked up
    /// once for both quote rules.
    quote_matches: std::cell::OnceCell<Vec<Option<Held>>>,
    /// The keys of each of the target's people ([`crate::resolve::person_keys`]),
    /// worked out once for the rules that read them.
    person_keys: std::cell::OnceCell<Vec<(String, String)>>,
}

/// What is worked out from one index for the checks that share it (the articles of a
/// scan, in all its parts, or the rules of one check): the matches of each distinct
/// quote, and the shapes of each claim key that may conflict with each of its shapes. The
/// corpus keeps one for its scans and forgets it whenever its index changes.
#[derive(Debug, Clone, Default)]
pub struct Shared {
    /// A quote's text → its matches in every article (the target's own left in), which
    /// depend only on the text's words.
    quotes: std::cell::RefCell<rustc_hash::FxHashMap<String, Held>>,
    /// The shapes of a claim key that may conflict with each of its shapes.
    shapes: number_conflict::ShapeMemo,
    /// Pairs of speakers found one or not ([`Shared::one_speaker`]).
    pairs: std::cell::RefCell<SpeakerPairs>,
}

/// Pairs of speakers by a hash of both, each with whether they may be one.
type SpeakerPairs = rustc_hash::FxHashMap<u64, Vec<(Speaker, Speaker, bool)>>;

impl Shared {
    /// Distinct quotes whose matches are remembered; past it, all are forgotten and the
    /// memo starts again, so its memory stays bounded.
    const MAX_REMEMBERED: usize = 4096;

    /// Forgets everything (the index changed, or what it holds is no longer wanted).
    pub fn clear(&self) {
        self.quotes.borrow_mut().clear();
        self.shapes.clear();
        self.pairs.borrow_mut().clear();
    }

    /// `true` when two speakers may be one ([`same_speaker`] or [`maybe_one_person`]),
    /// worked out once per pair: a quote copied into many articles sets the same two
    /// speakers against each other in each of them.
    ///
    /// [`same_speaker`]: crate::resolve::quotes::same_speaker
    /// [`maybe_one_person`]: crate::resolve::quotes::maybe_one_person
    pub(crate) fn one_speaker(&self, a: &Speaker, b: &Speaker) -> bool {
        use crate::resolve::quotes::{maybe_one_person, same_speaker};
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        (speaker_key(a), speaker_key(b)).hash(&mut h);
        let hash = h.finish();
        let mut pairs = self.pairs.borrow_mut();
        if let Some(v) = pairs.get(&hash) {
            if let Some((_, _, one)) = v.iter().find(|(x, y, _)| x == a && y == b) {
                return *one;
            }
        }
        let one = same_speaker(a, b) || maybe_one_person(a, b);
        if pairs.len() >= Self::MAX_REMEMBERED * 16 {
            pairs.clear();
        }
        pairs
            .entry(hash)
            .or_default()
            .push((a.clone(), b.clone(), one));
        one
    }
}

use crate::extract::quotes::Speaker;

/// A speaker as a key: what its derived equality compares.
fn speaker_key(s: &Speaker) -> (bool, &str, &str, Option<&str>) {
    match s {
        Speaker::Person {
            name,
            surname,
            given,
        } => (true, name, surname, given.as_deref()),
        Speaker::Group { name } => (false, name, "", None),
    }
}

/// The matches of one quote as a [`Shared`] holds them: by their numbers in the index.
type Held = std::sync::Arc<HeldQuote>;

/// A quote's matches in classes, found once for every article that has the quote.
#[derive(Debug)]
struct HeldQuote {
    classes: Vec<HeldClass>,
}

/// The matches of one quote that the quote rules judge alike ([`MatchRun`]): from one
/// index, with one speaker, one alignment, nested or not, bracketed or not.
#[derive(Debug)]
struct HeldClass {
    /// In the view's overlay (the article being checked), not its base.
    overlay: bool,
    /// The speaker, bare known surnames read as people.
    speaker: crate::extract::quotes::Speaker,
    alignment: std::sync::Arc<crate::resolve::quotes::Alignment>,
    who: usize,
    /// The quotes hold another one ([`quote_attribution::nested`]).
    nested: bool,
    /// The quotes hold the writer's words in brackets ([`quote_wording::bracketed`]).
    bracketed: bool,
    /// Each quote's place among all the matches, and its number in
    /// [`crate::resolve::quotes::QuoteIndex::quotes`], in that order.
    quotes: Vec<(u32, u32)>,
}

impl HeldQuote {
    /// The matches grouped in classes, each class where its first match is.
    fn of(view: &View, matches: Vec<HeldMatch>) -> HeldQuote {
        use std::sync::Arc;
        type Key = (
            bool,
            usize,
            bool,
            bool,
            *const crate::resolve::quotes::Alignment,
        );
        let mut classes: Vec<HeldClass> = Vec::new();
        let mut at: rustc_hash::FxHashMap<Key, usize> = Default::default();
        for (n, m) in matches.into_iter().enumerate() {
            let key = (
                m.overlay,
                m.who,
                m.nested,
                m.bracketed,
                Arc::as_ptr(&m.alignment),
            );
            let place = (n as u32, m.id);
            if let Some(&c) = at.get(&key) {
                classes[c].quotes.push(place);
                continue;
            }
            let Some(q) = held_quote(view, m.overlay, m.id) else {
                continue;
            };
            let Some(speaker) = m.speaker.or_else(|| q.speaker.clone()) else {
                continue;
            };
            at.insert(key, classes.len());
            classes.push(HeldClass {
                overlay: m.overlay,
                speaker,
                alignment: m.alignment,
                who: m.who,
                nested: m.nested,
                bracketed: m.bracketed,
                quotes: vec![place],
            });
        }
        HeldQuote { classes }
    }
}

/// A quote's match as [`matches_of`] finds it: by the quote's number in its index.
#[derive(Debug, Clone)]
struct HeldMatch {
    /// In the view's overlay (the article being checked), not its base.
    overlay: bool,
    /// The quote's number in [`crate::resolve::quotes::QuoteIndex::quotes`].
    id: u32,
    /// Its speaker, when read otherwise than written (a bare known surname as a person).
    speaker: Option<crate::extract::quotes::Speaker>,
    alignment: std::sync::Arc<crate::resolve::quotes::Alignment>,
    who: usize,
    /// The quote holds another one ([`quote_attribution::nested`]).
    nested: bool,
    /// The quote holds the writer's words in brackets ([`quote_wording::bracketed`]).
    bracketed: bool,
}

impl<'a, 'i> Context<'a, 'i> {
    /// The context of a check of `target` against `view`, sharing `shared` with other
    /// checks against the same index.
    pub fn new(
        target: &'a Analysis,
        words: &'a [crate::extract::WordUse],
        view: &'a View<'i>,
        shared: &'a Shared,
    ) -> Context<'a, 'i> {
        Context {
            target,
            words,
            view,
            shared,
            quote_matches: std::cell::OnceCell::new(),
            person_keys: std::cell::OnceCell::new(),
        }
    }
}

impl Context<'_, '_> {
    /// The target's people, each with its surname and given-name keys
    /// ([`crate::resolve::person_keys`]), worked out once for all the rules.
    pub fn people_keyed(
        &self,
    ) -> impl Iterator<Item = (&crate::extract::PersonMention, &str, &str)> + '_ {
        let keys = self.person_keys.get_or_init(|| {
            let people = &self.target.people;
            people.iter().map(crate::resolve::person_keys).collect()
        });
        let people = self.target.people.iter().zip(keys);
        people.map(|(p, (s, g))| (p, s.as_str(), g.as_str()))
    }

    /// The report span of a clean range of the target.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        crate::resolve::span(self.target, r)
    }

    /// Evidence from other articles when there is some, else from this one, never the
    /// finding's own span.
    pub fn evidence(&self, examples: &[Example], own: &Span) -> Vec<Span> {
        let outside: Vec<Span> = spans(examples.iter().filter(|e| e.doc() != own.doc));
        if !outside.is_empty() {
            return outside;
        }
        spans(
            examples
                .iter()
                .filter(|e| !(e.doc() == own.doc && e.start() == own.start)),
        )
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

/// What is known of a rule without running it, declared once in its file as `META`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct RuleMeta {
    /// The id findings carry and the config names, such as `name-case`; the file is the id
    /// with `_` for `-`.
    pub id: &'static str,
    /// The highest severity the rule emits (a config may set another); `severity` in JSON.
    #[serde(rename = "severity")]
    pub default_severity: Severity,
    /// One line on what the rule catches.
    pub description: &'static str,
    /// What the rule flags and what it leaves alone, for editors (Markdown, one paragraph
    /// or a few).
    pub doc: &'static str,
}

/// One consistency rule.
pub trait Rule: Sync {
    /// The rule's id, severity and documentation: `&META` of its file.
    fn meta(&self) -> &'static RuleMeta;
    /// Pushes the rule's findings on `cx.target`.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);

    /// The id findings carry, such as `name-case`.
    fn id(&self) -> &'static str {
        self.meta().id
    }
    /// One line on what the rule catches.
    fn description(&self) -> &'static str {
        self.meta().description
    }
}

/// Declares each rule's module and lists its type in [`all`], one line per rule, in report
/// order.
macro_rules! registry {
    ($($module:ident::$rule:ident,)*) => {
        $(pub mod $module;)*

        /// Every rule, in report order.
        pub fn all() -> &'static [&'static dyn Rule] {
            &[$(&$module::$rule),*]
        }

        /// The module of each rule, as [`all`] lists them.
        #[cfg(test)]
        const MODULES: &[&str] = &[$(stringify!($module)),*];
    };
}

registry! {
    name_case::NameCase,
    name_variant::NameVariant,
    name_mismatch::NameMismatch,
    title_conflict::TitleConflict,
    number_conflict::NumberConflict,
    number_headline::NumberHeadline,
    date_conflict::DateConflict,
    quote_attribution::QuoteAttribution,
    quote_wording::QuoteWording,
}

#[cfg(test)]
mod testing;

/// The metadata of every rule, in report order.
pub fn metas() -> impl Iterator<Item = &'static RuleMeta> {
    all().iter().map(|r| r.meta())
}

/// Every rule as aligned text, one a line: id, default severity, description
/// (`factcheck rules`).
pub fn text_table() -> String {
    let width = metas().map(|m| m.id.len()).max().unwrap_or(0);
    metas()
        .map(|m| {
            let sev = m.default_severity.as_str();
            format!("{:width$}  {sev:7}  {}\n", m.id, m.description)
        })
        .collect()
}

/// Every rule as Markdown: a table of id, default severity and description, then each
/// rule's documentation (`factcheck rules --format markdown`; the README's rule table).
pub fn markdown_table() -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from("| id | default severity | catches |\n|---|---|---|\n");
    for m in metas() {
        let sev = m.default_severity.as_str();
        out += &format!("| `{}` | {sev} | {} |\n", m.id, cell(m.description));
    }
    out.push('\n');
    for m in metas() {
        out += &format!("- **`{}`**: {}\n", m.id, m.doc);
    }
    out
}

/// Runs every rule on the context's target.
pub fn run(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in all() {
        r.check(cx, &mut out);
    }
    out
}

/// The matches of one of the target's quotes in other articles that the quote rules
/// judge alike: one speaker, one alignment, nested or not. A quote copied word for word
/// into many articles, always given to one speaker, is one class, judged once. A match is
/// a quote of another article that shares a word shingle with the target's, its speaker
/// found by a sure pattern ([`Pattern::confident`]).
///
/// [`Pattern::confident`]: crate::extract::quotes::Pattern::confident
pub(crate) struct MatchRun<'c, 'i> {
    /// The speaker of its quotes, with bare known surnames read as people.
    pub speaker: &'c crate::extract::quotes::Speaker,
    /// How its quotes align with the target's (they have the same words).
    pub alignment: &'c crate::resolve::quotes::Alignment,
    /// Its speaker's number among the speakers of the quote's matches: equal speakers,
    /// equal numbers (see [`PerSpeaker`]).
    pub who: usize,
    /// Its quotes hold another one.
    pub nested: bool,
    /// Its quotes hold the writer's words in brackets.
    pub bracketed: bool,
    class: &'c HeldClass,
    view: &'c View<'i>,
    own: &'c str,
}

impl<'i> MatchRun<'_, 'i> {
    /// Its quotes, none in the target's article, in (article id, offset) order (what lets
    /// [`FewExamples::offer`] stop early).
    pub fn quotes(&self) -> impl Iterator<Item = &'i crate::resolve::quotes::QuoteRef> + '_ {
        let (own, overlay) = (self.own, self.class.overlay);
        self.class
            .quotes
            .iter()
            .inspect(|_| count(1))
            .filter_map(move |&(_, id)| held_quote(self.view, overlay, id))
            .filter(move |q| q.span.doc() != own)
    }
}

/// The indexed quote number `id` of the view's base, or of its overlay.
fn held_quote<'i>(
    view: &View<'i>,
    overlay: bool,
    id: u32,
) -> Option<&'i crate::resolve::quotes::QuoteRef> {
    let ix = if overlay { view.overlay? } else { view.base };
    ix.quotes.quotes.get(id as usize)
}

/// The matches of the target's quote number `i`, in classes: the common ground of the
/// quote rules, worked out once per distinct quote for every check that shares a
/// [`Shared`]. Only quotes whose speakers sure patterns found on both sides are matched:
/// the quote rules compare nothing else. The classes come in the order of their first
/// quote outside the target's article, those with none left out.
pub(crate) fn quote_runs<'c, 'i>(
    cx: &'c Context<'_, 'i>,
    i: usize,
) -> impl Iterator<Item = MatchRun<'c, 'i>> {
    let all = cx.quote_matches.get_or_init(|| {
        let quotes = &cx.target.quotes;
        quotes.iter().map(|q| held_here(cx, q)).collect()
    });
    let classes = all
        .get(i)
        .and_then(Option::as_ref)
        .map_or(&[][..], |h| &h.classes[..]);
    count(classes.len());
    let (view, own) = (cx.view, cx.target.doc.id.as_str());
    // Each class by its first quote in another article.
    let mut first: Vec<(u32, &HeldClass)> = classes
        .iter()
        .filter_map(|c| {
            c.quotes.iter().inspect(|_| count(1)).find_map(|&(at, id)| {
                held_quote(view, c.overlay, id)
                    .filter(|q| q.span.doc() != own)
                    .map(|_| (at, c))
            })
        })
        .collect();
    first.sort_unstable_by_key(|&(at, _)| at);
    first.into_iter().map(move |(_, c)| MatchRun {
        speaker: &c.speaker,
        alignment: &c.alignment,
        who: c.who,
        nested: c.nested,
        bracketed: c.bracketed,
        class: c,
        view,
        own,
    })
}

/// The matches of a quote in every article, from the shared memo when another article
/// (or rule) has worked them out; `None` when its speaker is not sure.
fn held_here(cx: &Context, quote: &crate::extract::Quote) -> Option<Held> {
    use crate::extract::quotes::Pattern;
    if quote.speaker.is_none() || !quote.how.is_some_and(Pattern::confident) {
        return None;
    }
    let held = cx.shared.quotes.borrow().get(quote.text.as_str()).cloned();
    Some(held.unwrap_or_else(|| {
        let words = quote.words();
        let m: Held = HeldQuote::of(cx.view, matches_of(cx.view, &words)).into();
        let mut memo = cx.shared.quotes.borrow_mut();
        if memo.len() >= Shared::MAX_REMEMBERED {
            memo.clear();
        }
        memo.insert(quote.text.clone(), m.clone());
        m
    }))
}

/// The sure-speaker quotes of every article that share a shingle with `words`, aligned to
/// them. A quote copied word for word into many articles is aligned once; one that cannot
/// align as either rule asks ([`crate::resolve::quotes::may_align`]) is left out unaligned.
fn matches_of(view: &View, words: &[String]) -> Vec<HeldMatch> {
    use crate::extract::quotes::Pattern;
    use crate::resolve::quotes::known_person;
    use std::borrow::Cow;
    use std::sync::Arc;
    let mut out = Vec::new();
    let mut speakers = Vec::new();
    let (base, overlay) = (view.base, view.overlay);
    for (ix, in_overlay) in std::iter::once((base, false)).chain(overlay.map(|o| (o, true))) {
        let numbers = ix.quotes.numbers(words);
        let mut aligned: rustc_hash::FxHashMap<&[u32], Option<Arc<_>>> = Default::default();
        for id in ix.quotes.candidate_ids(&numbers) {
            let c = &ix.quotes.quotes[id as usize];
            if !c.how.is_some_and(Pattern::confident) {
                continue;
            }
            let Some(s) = &c.speaker else {
                continue;
            };
            let alignment = aligned.entry(&c.words).or_insert_with(|| {
                let may = crate::resolve::quotes::may_align(&numbers, &c.words);
                may.then(|| Arc::new(ix.quotes.align(words, &numbers, c)))
            });
            let Some(alignment) = alignment.clone() else {
                continue;
            };
            let speaker = known_person(s, view);
            out.push(HeldMatch {
                overlay: in_overlay,
                id,
                speaker: match &speaker {
                    Cow::Owned(s) => Some(s.clone()),
                    Cow::Borrowed(_) => None,
                },
                alignment,
                who: 0,
                nested: quote_attribution::nested(c.span.text()),
                bracketed: quote_wording::bracketed(c.span.text()),
            });
            speakers.push(speaker);
        }
    }
    for (h, n) in out.iter_mut().zip(number_speakers(&speakers)) {
        h.who = n;
    }
    out
}

/// The speakers' numbers in order of first appearance, equal speakers alike.
fn number_speakers(speakers: &[std::borrow::Cow<crate::extract::quotes::Speaker>]) -> Vec<usize> {
    let mut seen: rustc_hash::FxHashMap<_, usize> = Default::default();
    speakers
        .iter()
        .map(|s| {
            let n = seen.len();
            *seen.entry(speaker_key(s)).or_insert(n)
        })
        .collect()
}

/// The first [`crate::resolve::MAX_EXAMPLES`] distinct spans by (article, offset) of
/// those offered, as [`crate::resolve::quotes::cap_examples`] keeps them of all of them,
/// each copied only when it is kept: a quote copied into many articles has many matches.
#[derive(Default)]
pub(crate) struct FewExamples(Vec<Example>);

impl FewExamples {
    /// Offers a span: kept when it is among the first, unless it is the one kept just
    /// before it in that order (what a sort and `dedup` drop). `false` when it comes after
    /// all the spans kept and they are as many as are kept: then no span after it in that
    /// order can be kept either, and spans offered in order may stop there.
    pub fn offer(&mut self, e: &Example) -> bool {
        let at = self.0.partition_point(|x| x.place() <= e.place());
        if at >= crate::resolve::MAX_EXAMPLES {
            return false;
        }
        if at > 0 && self.0[at - 1] == *e {
            return true;
        }
        self.0.insert(at, e.clone());
        self.0.truncate(crate::resolve::MAX_EXAMPLES);
        true
    }

    /// `true` when no span was offered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The spans kept, in order.
    pub fn into_vec(self) -> Vec<Span> {
        spans(&self.0)
    }
}

/// A verdict on each distinct speaker of a quote's matches (by [`MatchRun::who`]),
/// worked out once: a quote copied into many articles comes with the same speaker each
/// time.
#[derive(Default)]
pub(crate) struct PerSpeaker {
    seen: Vec<Option<bool>>,
}

impl PerSpeaker {
    /// The verdict on speaker number `who`, from `verdict` the first time.
    pub fn get(&mut self, who: usize, verdict: impl FnOnce() -> bool) -> bool {
        if let Some(Some(v)) = self.seen.get(who) {
            return *v;
        }
        let v = verdict();
        if self.seen.len() <= who {
            self.seen.resize(who + 1, None);
        }
        self.seen[who] = Some(v);
        v
    }
}

/// Who said a quote of the target, with a bare known surname read as that person.
pub(crate) fn quote_speaker(
    cx: &Context,
    quote: &crate::extract::Quote,
) -> Option<crate::extract::quotes::Speaker> {
    quote
        .speaker
        .as_ref()
        .map(|s| crate::resolve::quotes::as_known_person(s, cx.view))
}

/// Who said a quote of the target, when a sure pattern found it: what may accuse another
/// article of a wrong speaker.
pub(crate) fn quote_speaker_sure(
    cx: &Context,
    quote: &crate::extract::Quote,
) -> Option<crate::extract::quotes::Speaker> {
    if !quote
        .how
        .is_some_and(crate::extract::quotes::Pattern::confident)
    {
        return None;
    }
    quote_speaker(cx, quote)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_lives_in_the_file_named_after_its_id() {
        let ids: Vec<&str> = metas().map(|m| m.id).collect();
        let files: Vec<String> = MODULES.iter().map(|m| m.replace('_', "-")).collect();
        assert_eq!(ids, files, "a rule's module is its id with `_` for `-`");
        for m in metas() {
            assert!(!m.description.is_empty() && !m.doc.is_empty(), "{m:?}");
            assert!(!m.description.contains('\n'), "one line: {m:?}");
        }
    }

    #[test]
    fn few_examples_keep_what_capping_all_of_them_keeps() {
        use crate::resolve::Source;
        let sources: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| Source::of_parts(id.to_string(), "abcdefghijklmnop".into()))
            .collect();
        let example =
            |doc: usize, start: usize, len: usize| Example::new(&sources[doc], start..start + len);
        let offered = [
            example(2, 5, 1),
            example(0, 9, 1),
            example(0, 9, 1),
            example(1, 1, 1),
            example(0, 9, 2),
            example(0, 2, 1),
            example(3, 0, 1),
        ];
        for n in 0..=offered.len() {
            let mut few = FewExamples::default();
            offered[..n].iter().for_each(|e| {
                few.offer(e);
            });
            let all = crate::resolve::quotes::cap_examples(spans(&offered[..n]));
            assert_eq!(few.into_vec(), all, "the first {n}");
        }
    }

    #[test]
    fn no_rule_reports_above_its_default_severity() {
        let c = crate::Corpus::with_seeds();
        let fs = c.scan();
        assert!(!fs.is_empty());
        for f in fs {
            let m = metas().find(|m| m.id == f.rule).expect("a known rule");
            assert!(f.severity <= m.default_severity, "{f:#?}");
        }
    }
}
