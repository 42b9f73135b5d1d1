//! People: person names with the title or role attached to them.
//!
//! A name is a run of capitalised words, initials ("P.", "P") and particles ("van der"),
//! with diacritics and hyphens ("Jean-Noël"). A title is found before the name ("Secretary
//! of State Marco Rubio", "Kremlin spokesman Dmitry Peskov", "US Secretary of the Army,
//! Daniel P Driscoll") or as an appositive after it ("Kirill Dmitriev, an adviser to …",
//! "Steve Witkoff, Trump’s envoy"). A run is taken for a person when it has a title, a
//! known given name, an initial, or is the full form of a surname used alone elsewhere in
//! the article. Single surnames ("Rubio", "Trump’s") are back-references to the article's
//! full names. Only generic vocabulary (see [`crate::lexicon`]) decides any of this.

use super::{SentenceTokens, WordUse};
use crate::document::tokens::{is_capitalised, is_initial, Kind, Token};
use crate::lexicon::class;
use crate::normalize::{strip_possessive, translit_key_into, Folded};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::collections::hash_map::Entry;
use std::ops::Range;

/// The title or role attached to one mention.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct TitleMention {
    /// Clean-text range of the title as written.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// The title text.
    pub text: String,
    /// `true` when it followed the name as an appositive ("X, an adviser to Y").
    #[serde(default, skip_serializing_if = "crate::serde_helpers::is_false")]
    pub appositive: bool,
}

/// One mention of a person.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct PersonMention {
    /// Clean-text range of the name as written, possessive ending excluded.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// The name as written.
    pub name: String,
    /// Given name as written, when the mention has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// Middle names and initials as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub middle: Vec<String>,
    /// Surname as written (with its particles).
    pub surname: String,
    /// `true` for a back-reference by surname alone; `given` is then copied from the
    /// article's full mention of the same surname, if there is one.
    #[serde(default, skip_serializing_if = "crate::serde_helpers::is_false")]
    pub surname_only: bool,
    /// The title attached to this mention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<TitleMention>,
    /// Clean ranges of name parts written in lower case ("Julie S. davis").
    #[serde(
        with = "crate::serde_helpers::ranges",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub lowercase_parts: Vec<Range<usize>>,
    /// Index of the sentence in the document.
    pub sentence: usize,
}

impl PersonMention {
    /// The full name this mention stands for, as the article writes it.
    pub fn full_name(&self) -> String {
        match &self.given {
            Some(g) if self.surname_only => {
                let mut s = String::with_capacity(g.len() + 1 + self.surname.len());
                s.push_str(g);
                s.push(' ');
                s.push_str(&self.surname);
                s
            }
            _ => self.name.clone(),
        }
    }

    /// Start of the span a finding about this mention covers: the title when it comes
    /// first, else the name.
    pub fn span_with_title(&self) -> Range<usize> {
        match &self.title {
            Some(t) if !t.appositive => t.range.start.min(self.range.start)..self.range.end,
            Some(t) => self.range.start..t.range.end.max(self.range.end),
            None => self.range.clone(),
        }
    }
}

fn lower(s: &str) -> Folded {
    Folded::new(strip_possessive(s))
}

/// Looks a word up folded and without its possessive, allocating nothing for ASCII.
fn lw<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    crate::normalize::with_folded(strip_possessive(s), f)
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Index of the first word of the sentence, past opening quotes and brackets: read
    /// by every backward title scan, so found once.
    first: usize,
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, toks: &'a [Token]) -> Ctx<'a> {
        let first = toks.iter().position(|t| t.kind != Kind::Punct).unwrap_or(0);
        Ctx { text, toks, first }
    }
    #[inline(always)]
    fn t(&self, k: usize) -> &str {
        self.toks[k].text(self.text)
    }
    /// Token `k` without its possessive ending, which its classes say it has or not.
    #[inline(always)]
    fn stem(&self, k: usize) -> &str {
        let t = self.t(k);
        if self.toks[k].word_class(self.text) & class::POSSESSIVE != 0 {
            strip_possessive(t)
        } else {
            t
        }
    }
    #[inline(always)]
    fn word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Kind::Word)
    }
    #[inline(always)]
    fn cap(&self, k: usize) -> bool {
        self.is(k, class::CAPITALISED)
    }
    /// Lexicon classes of token `k` when it is a word ([`Token::class`]), else 0. Always
    /// inlined: the people pass asks it of every token, often twice.
    #[inline(always)]
    fn class(&self, k: usize) -> u32 {
        self.toks
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map_or(0, |t| t.word_class(self.text))
    }
    /// `true` when token `k` is a word in one of the lexicon classes of `mask`.
    #[inline(always)]
    fn is(&self, k: usize, mask: u32) -> bool {
        self.class(k) & mask != 0
    }
    /// `true` when token `k` is a word in one of the classes of `mask` as written, its
    /// possessive ending included (so never for a possessive).
    #[inline(always)]
    fn is_plain(&self, k: usize, mask: u32) -> bool {
        let c = self.class(k);
        c & class::POSSESSIVE == 0 && c & mask != 0
    }
    fn punct(&self, k: usize, p: &str) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.text(self.text) == p)
    }
}

/// A name candidate before the article-level pass decides on it: token positions only,
/// so that the candidates the pass drops cost no allocation.
struct Candidate {
    /// Position of the sentence in the slice given to [`extract`].
    sentence: usize,
    /// The name's tokens in that sentence.
    name: Range<usize>,
    /// First token of the surname (with its particles); `name.start` for a surname alone.
    surname: usize,
    /// The title's tokens, and whether it is an appositive.
    title: Option<(Range<usize>, bool)>,
    /// Decided to be a person from local evidence alone.
    confirmed: bool,
    /// The surname's transliteration key ([`crate::normalize::translit_key`]), as a range
    /// of the keys buffer.
    key: Range<usize>,
}

impl Candidate {
    fn surname_only(&self) -> bool {
        self.surname == self.name.start
    }
}

/// Scans backwards from token `a` (the first name token) for a title. Returns the token
/// range of the title.
fn title_before(cx: &Ctx, a: usize, head_in_run: bool) -> Option<Range<usize>> {
    let mut k = a;
    // A title already in the run ("Portugal Governor") may extend left past a
    // connector ("Bank of Portugal Governor").
    let mut start = head_in_run.then_some(a);
    let mut seen_head = head_in_run;
    let mut used_comma = false;
    let mut steps = 0;
    let first = cx.first;
    while k > 0 && steps < 12 {
        k -= 1;
        steps += 1;
        let tok = &cx.toks[k];
        // The dot of an abbreviated title ("Gov. Ada Brisk", "Lt. Ada Brisk").
        if tok.kind == Kind::Punct
            && cx.t(k) == "."
            && k > 0
            && cx.toks[k - 1].end == tok.start
            && cx.is(k - 1, class::HEAD)
        {
            continue;
        }
        if tok.kind == Kind::Punct {
            // "Foreign Minister, Dmytro Kuleba": a title ended by a comma before the name;
            // but a title already inside the run ("Her counterpart, Commerce Secretary
            // Daniel Okafor") takes nothing from before its comma.
            if cx.t(k) == ","
                && k + 1 == a
                && !head_in_run
                && !used_comma
                && k > 0
                && cx.word(k - 1)
                && (cx.is(k - 1, class::TITLE_WORD) || cx.cap(k - 1))
                // The title must end at the comma: "Foreign Minister, Ana Lindqvist",
                // not "Senator Ada Quist of Ostland, Brandt".
                && cx.is(
                    k - 1,
                    class::HEAD | class::PORTFOLIO | class::ORG_WORD | class::ACRONYM,
                )
            {
                used_comma = true;
                continue;
            }
            break;
        }
        if tok.kind != Kind::Word {
            break;
        }
        let raw = cx.t(k);
        let cls = cx.class(k);
        let sentence_start = k == first;
        if cls & class::HEAD != 0 {
            seen_head = true;
            start = Some(k);
        } else if cls & class::TITLE_WORD != 0 {
            start = Some(k);
        } else if cls & class::TITLE_CONNECTOR != 0 && !is_and(raw) {
            // Only inside a title: there must be title words on both sides.
            if start.is_none() {
                break;
            }
        } else if cls & class::CAPITALISED != 0
            && cls & class::CALENDAR == 0
            && !(sentence_start
                && cls & class::COMMON_WORD != 0
                && cls & (class::ACRONYM | class::ORG_WORD) == 0)
            || cls & class::POSSESSIVE != 0 && cls & class::COMMON_WORD == 0
        {
            // A capitalised word (not a date, nor a common word opening the sentence), or
            // a possessive ("Trump’s envoy"): part of the title.
            start = Some(k);
        } else if k >= 2
            && cx.is(k - 1, class::TITLE_CONNECTOR)
            && cx.is(k - 2, class::HEAD)
            && matches!(lower(cx.t(k - 1)).as_str(), "to" | "of")
        {
            // "ambassador to ukraine": one word after a head's connector.
            start = Some(k);
        } else {
            break;
        }
    }
    let s = match start {
        Some(s) => s,
        None if head_in_run => a,
        None => return None,
    };
    if !seen_head {
        return None;
    }
    // Trim connectors and determiners at the left edge.
    let mut s = s;
    while s < a
        && cx.is(s, class::TITLE_CONNECTOR)
        && matches!(
            lower(cx.t(s)).as_str(),
            "of" | "the" | "to" | "for" | "and" | "on"
        )
    {
        s += 1;
    }
    let mut e = a;
    if used_comma {
        e -= 1;
    }
    // The head must be inside the trimmed title.
    if !head_in_run && !(s..e).any(|k| cx.is(k, class::HEAD)) {
        return None;
    }
    // A lone honorific is not a title.
    if !head_in_run && e - s == 1 && cx.is(s, class::HONORIFIC) {
        return None;
    }
    Some(s..e)
}

/// `true` for "and" or "&" ([`lw`]), tested on the bytes for an ASCII word.
fn is_and(raw: &str) -> bool {
    let w = strip_possessive(raw);
    if w.is_ascii() {
        w.eq_ignore_ascii_case("and") || w == "&"
    } else {
        lw(raw, |w| w == "and" || w == "&")
    }
}

/// Looks for an appositive title after the name ending at token `b`: ", an adviser to X",
/// ", Trump’s envoy", ", the head of X". Returns the token range of the title.
fn title_after(cx: &Ctx, b: usize) -> Option<Range<usize>> {
    if !cx.punct(b, ",") {
        return None;
    }
    let mut k = b + 1;
    if cx.word(k) && matches!(lower(cx.t(k)).as_str(), "a" | "an" | "the") {
        k += 1;
    }
    let start = k;
    let mut head = None;
    while k < cx.toks.len() && k < start + 7 {
        if !cx.word(k) {
            break;
        }
        let cls = cx.class(k);
        if cls & class::HEAD != 0 {
            head = Some(k);
            // A plural or continuing head ("special envoy") may follow, or one after a
            // portfolio ("deputy finance spokesman").
            if cx.is(k + 1, class::HEAD) {
                k += 1;
                head = Some(k);
            } else if cx.is(k + 1, class::PORTFOLIO) && cx.is(k + 2, class::HEAD) {
                k += 2;
                head = Some(k);
            }
            break;
        }
        // Title words, names of bodies, and a lower-case qualifier that is not a frequent
        // word ("the Forest Service incident commander").
        if cls & (class::TITLE_WORD | class::CAPITALISED | class::POSSESSIVE) != 0
            || cls & (class::COMMON_WORD | class::SPEECH_VERB) == 0 && cx.is(k + 1, class::HEAD)
        {
            k += 1;
            continue;
        }
        break;
    }
    let h = head?;
    let mut end = h + 1;
    // Complement: "of/to/for (the) Capitalised…" (up to eight tokens).
    if cx.word(end) && matches!(lower(cx.t(end)).as_str(), "of" | "to" | "for" | "in" | "at") {
        let mut m = end + 1;
        if cx.is(m, class::TITLE_CONNECTOR) && lower(cx.t(m)) == "the" {
            m += 1;
        }
        let comp_start = m;
        while m < cx.toks.len()
            && m < comp_start + 8
            && cx.word(m)
            && (cx.cap(m)
                || cx.is(m, class::TITLE_WORD)
                // "Competition and Markets Authority", "Division of Fire Prevention".
                || m > comp_start
                    && matches!(lower(cx.t(m)).as_str(), "of" | "and" | "the" | "for")
                    && cx.cap(m + 1))
        {
            m += 1;
        }
        if m > comp_start {
            end = m;
        }
    }
    Some(start..end)
}

fn title_mention(cx: &Ctx, r: Range<usize>, appositive: bool) -> Option<TitleMention> {
    if r.is_empty() {
        return None;
    }
    let s = cx.toks[r.start].start;
    let e = cx.toks[r.end - 1].end;
    Some(TitleMention {
        range: s..e,
        text: cx.text[s..e].to_string(),
        appositive,
    })
}

/// The first token of the surname of the name tokens `a..b`: the last token with the
/// particles before it.
fn surname_start(cx: &Ctx, a: usize, b: usize) -> usize {
    let mut s = b - 1;
    while s > a && cx.is(s - 1, class::PARTICLE) && s - 1 > a {
        s -= 1;
    }
    s
}

/// The given name of the name tokens `a..` whose surname starts at `s`: none for a surname
/// alone or an initial.
fn given_name(cx: &Ctx, a: usize, s: usize) -> Option<String> {
    let g = cx.stem(a);
    (s > a && !is_initial(g)).then(|| g.to_string())
}

/// Writes the surname of tokens `s..b` as written (possessive endings dropped, parts
/// joined by spaces) into `out`.
fn surname_into(cx: &Ctx, s: usize, b: usize, out: &mut String) {
    out.clear();
    for k in s..b {
        if k > s {
            out.push(' ');
        }
        out.push_str(cx.stem(k));
    }
}

/// Builds the mention of a candidate.
fn make_mention(cx: &Ctx, c: &Candidate, sentence: usize) -> PersonMention {
    let (a, b, s) = (c.name.start, c.name.end, c.surname);
    let text = cx.text;
    let start = cx.toks[a].start;
    let end = cx.toks[b - 1].start + cx.stem(b - 1).len();
    let part = |k: usize| cx.stem(k);
    let mut lowercase_parts = Vec::new();
    for k in a..b {
        // (Every name token is a word: its class says whether it is capitalised.)
        if !cx.cap(k) && !cx.is_plain(k, class::PARTICLE) && !arabic_article(cx.t(k)) {
            let e = cx.toks[k].start + cx.stem(k).len();
            lowercase_parts.push(cx.toks[k].start..e);
        }
    }
    let mut surname = String::with_capacity(end - cx.toks[s].start);
    surname_into(cx, s, b, &mut surname);
    PersonMention {
        range: start..end,
        name: text[start..end].to_string(),
        given: given_name(cx, a, s),
        middle: (a + 1..s).map(|k| part(k).to_string()).collect(),
        surname,
        surname_only: s == a,
        title: c
            .title
            .clone()
            .and_then(|(r, appositive)| title_mention(cx, r, appositive)),
        lowercase_parts,
        sentence,
    }
}

fn is_name_token(cx: &Ctx, k: usize) -> bool {
    is_name_class(cx.class(k))
}

/// `true` for the classes of a name word: capitalised with a lower-case letter, or an
/// initial.
fn is_name_class(c: u32) -> bool {
    c & class::CAPITALISED != 0 && c & class::HAS_LOWER != 0 || c & class::INITIAL != 0
}

/// `true` for the classes of a word that can be part of a name run: a name word or an
/// acronym.
fn is_run_class(c: u32) -> bool {
    is_name_class(c) || c & class::ACRONYM != 0
}

/// Buffers the candidates of a document share: their surname keys, one after another,
/// the key of each one-word surname already keyed, and two work buffers.
#[derive(Default)]
struct Keys<'t> {
    all: String,
    /// A one-word surname as written (possessive dropped) → its key's range in `all`:
    /// an article names the same people again and again.
    of_word: HashMap<&'t str, Range<usize>>,
    surname: String,
    key: String,
}

impl<'t> Keys<'t> {
    /// The range in `all` of the key of the surname of tokens `s..b` of `cx`, whose text
    /// is `text`.
    fn key(&mut self, text: &'t str, cx: &Ctx, s: usize, b: usize) -> Range<usize> {
        if s + 1 == b {
            // As `cx.stem(s)`, but borrowed from `text` for the map.
            let tok = &cx.toks[s];
            let word = if tok.word_class(text) & class::POSSESSIVE != 0 {
                strip_possessive(tok.text(text))
            } else {
                tok.text(text)
            };
            // One hash of the word, whether it is keyed already or not.
            return match self.of_word.entry(word) {
                Entry::Occupied(e) => e.get().clone(),
                Entry::Vacant(e) => {
                    translit_key_into(word, &mut self.key);
                    let k0 = self.all.len();
                    self.all.push_str(&self.key);
                    e.insert(k0..self.all.len()).clone()
                }
            };
        }
        surname_into(cx, s, b, &mut self.surname);
        translit_key_into(&self.surname, &mut self.key);
        self.push_key()
    }

    fn push_key(&mut self) -> Range<usize> {
        let k0 = self.all.len();
        self.all.push_str(&self.key);
        k0..self.all.len()
    }
}

/// Finds the person candidates of one sentence (at position `pos` of the document's
/// sentences), appending their surname keys to `keys`, and the capitalised words that
/// stand alone and are no one-word candidate to `lone` (sentence position, token): those
/// the back-reference pass reads.
fn sentence_candidates<'t>(
    text: &'t str,
    pos: usize,
    st: &SentenceTokens,
    out: &mut Vec<Candidate>,
    keys: &mut Keys<'t>,
    lone: &mut Vec<(usize, usize)>,
) {
    if st.heading {
        return;
    }
    let toks = &st.tokens;
    let cx = Ctx::new(text, toks);
    let n = toks.len();
    let capital = |k: usize| cx.is(k, class::CAPITALISED);
    let alone = |k: usize| !(k > 0 && capital(k - 1) || capital(k + 1));
    let mut i = 0;
    while i < n {
        // Straight to the next capitalised word (every word that may open a name is one):
        // this reads every token's classes, once.
        let opens =
            |t: &Token| t.kind == Kind::Word && t.word_class(text) & class::CAPITALISED != 0;
        match toks[i..].iter().position(opens) {
            Some(d) => i += d,
            None => break,
        }
        if !is_run_class(cx.class(i)) {
            if alone(i) {
                lone.push((pos, i));
            }
            i += 1;
            continue;
        }
        let (next, cand) = run_candidate(text, &cx, pos, i, keys);
        let one_word = cand
            .as_ref()
            .filter(|c| c.name.len() == 1)
            .map(|c| c.name.start);
        for k in i..next.min(n) {
            if capital(k) && Some(k) != one_word && alone(k) {
                lone.push((pos, k));
            }
        }
        out.extend(cand);
        i = next;
    }
}

/// The candidate of the run of name words that starts at token `i` of `cx` (the sentence
/// at position `pos` of `text`), if it holds one, and the token where the search goes on.
fn run_candidate<'t>(
    text: &'t str,
    cx: &Ctx,
    pos: usize,
    i: usize,
    keys: &mut Keys<'t>,
) -> (usize, Option<Candidate>) {
    let run_end = name_run_end(cx, i);
    let NameSpan {
        a,
        split,
        name_start,
        b,
        generational,
    } = name_span(cx, i, run_end, cx.first);
    // A surname is never an initial ("Circle K", "Mark A.") nor a generational suffix
    // ("brothers Mark Jr. and Paul").
    let suffix_only = || {
        may_be_suffix(cx.t(b - 1))
            && lw(cx.t(b - 1), |w| {
                matches!(
                    w.trim_end_matches('.'),
                    "jr" | "j.r" | "sr" | "s.r" | "ii" | "iii" | "iv"
                )
            })
    };
    if b > name_start && (cx.is(b - 1, class::INITIAL) || suffix_only()) {
        return (run_end.max(i + 1), None);
    }
    let name_len = b - name_start;
    if name_len == 0 || name_len > 4 {
        return (run_end.max(i + 1), None);
    }
    let next = run_end.max(b).max(i + 1);
    if not_a_name(cx, name_start, b) {
        return (next, None);
    }
    let (title, honorific) = candidate_title(cx, a, split, name_start, b);
    let has_initial = (name_start..b).any(|k| cx.is(k, class::INITIAL));
    let first_given = cx.is(name_start, class::GIVEN_NAME);
    // Asked last, only when the rest leaves it open: it reads the words around.
    let speaker = || {
        speech_next_to(cx, name_start, b)
            || aged(cx, b)
            || generational
            || person_cue_before(cx, name_start)
    };
    // (A lone acronym never gets here: `acronym_only` above.)
    let confirmed = title.is_some()
        || honorific
        || (name_len >= 2 && (first_given || has_initial || speaker()));
    let surname = surname_start(cx, name_start, b);
    let key = keys.key(text, cx, surname, b);
    let cand = Candidate {
        sentence: pos,
        name: name_start..b,
        surname,
        title,
        confirmed,
        key,
    };
    (next, Some(cand))
}

/// Organisations, runs of common words and acronyms alone are not names: decided from
/// the tokens `name_start..b`, before anything is built.
fn not_a_name(cx: &Ctx, name_start: usize, b: usize) -> bool {
    let names = name_start..b;
    // Tested cheapest first; reading the words' bytes for digits comes last.
    names.clone().any(|k| cx.is(k, class::ORG_WORD))
        || names
            .clone()
            .all(|k| cx.is(k, class::COMMON_WORD | class::CALENDAR | class::TITLE_WORD))
        // Acronyms or initials alone ("F. B. I.") are not a name.
        || names.clone().all(|k| cx.is(k, class::ACRONYM | class::INITIAL))
        // Nor a word with digits ("Garrett-23").
        || names.into_iter().any(|k| cx.t(k).bytes().any(|c| c.is_ascii_digit()))
}

/// A candidate's title, with `true` when it follows the name (an appositive), and
/// whether a lone honorific ("Mr Smith") stands before it: the prefix inside the run
/// `a..split`, else a scan backwards from the name `name_start..b`, else one after it.
fn candidate_title(
    cx: &Ctx,
    a: usize,
    split: usize,
    name_start: usize,
    b: usize,
) -> (Option<(Range<usize>, bool)>, bool) {
    // Titles: the prefix inside the run, else a scan backwards from it.
    let title_tokens = if split > a {
        // Extend the prefix to the left with the backward scan.
        match title_before(cx, a, true) {
            Some(r) => Some(r.start..split),
            None => Some(a..split),
        }
        .filter(|r| (r.start..r.end).any(|k| cx.is(k, class::HEAD)))
    } else {
        None
    };
    let title_tokens = title_tokens.or_else(|| title_before(cx, name_start, false));
    let mut title = title_tokens.filter(|r| !r.is_empty()).map(|r| (r, false));
    // A lone honorific ("Mr Smith") counts as evidence of a person but not as a title;
    // an appositive may still give one ("Dr Kim Seo-yeon, the WHO Representative").
    let honorific = split > a && (a..split).all(|k| cx.is(k, class::HONORIFIC));
    if honorific {
        title = None;
    }
    if title.is_none() && b - name_start >= 2 {
        title = title_after(cx, b)
            .filter(|r| !r.is_empty())
            .map(|r| (r, true));
    }
    (title, honorific)
}

/// Where a run of capitalised words holds a name: the run's start once sentence-initial
/// common and calendar words are dropped (`a`), where a title prefix ends (`split`), and
/// the name's tokens (`name_start..b`), with whether a generational suffix followed.
struct NameSpan {
    a: usize,
    split: usize,
    name_start: usize,
    b: usize,
    generational: bool,
}

/// The [`NameSpan`] of the run `i..j` of a sentence whose first word is `first`.
fn name_span(cx: &Ctx, i: usize, j: usize, first: usize) -> NameSpan {
    let mut a = i;
    // Drop sentence-initial common words and calendar words at the left; an honorific
    // ("Mr", "Dr", common words too) stays: "Mr Holt spoke."
    while a < j {
        let cls = cx.class(a);
        let common_start = a == first
            && cls & class::COMMON_WORD != 0
            && cls & (class::GIVEN_NAME | class::HONORIFIC) == 0;
        if common_start || cls & class::CALENDAR != 0 {
            a += 1;
        } else {
            break;
        }
    }
    // Split a title prefix off the run: everything up to the last head word.
    let mut split = a;
    let mut k = a;
    while k < j {
        if cx.is(k, class::HEAD) && k + 1 < j {
            split = k + 1;
        }
        k += 1;
    }
    // Portfolio words and acronyms right after the head belong to the title only in
    // the "Secretary of State" shape, handled by the backward scan below; here the
    // name starts after the last head, but skip a leading title word ("State").
    let mut name_start = split;
    while name_start < j && name_start + 1 < j && {
        let cls = cx.class(name_start);
        (cls & (class::PORTFOLIO | class::ACRONYM) != 0) && cls & class::GIVEN_NAME == 0
    } {
        name_start += 1;
    }
    // A long run that opens with an ordinary English word continues a title ("Minister
    // for Emergency Situations Oğuzhan Demirtaş"): the name starts after it.
    while j - name_start >= 3
        && !cx.is(name_start, class::GIVEN_NAME | class::INITIAL)
        && lw(cx.t(name_start), crate::lexicon::is_english_form)
    {
        name_start += 1;
    }
    let mut b = j;
    // A lower-case surname after an initial ("Julie S. davis") or after a titled
    // given name ("President Volodymyr zelenskyy").
    if lower_surname_at(cx, name_start, b, split > a) {
        b += 1;
    }
    // A generational suffix is not the surname ("Harold Verbeek III", "Ross Jr."), but
    // says the name is a person's.
    let mut generational = false;
    if b - name_start >= 3
        && may_be_suffix(cx.t(b - 1))
        && lw(cx.t(b - 1), |w| {
            matches!(w.trim_end_matches('.'), "jr" | "sr" | "ii" | "iii" | "iv")
        })
    {
        b -= 1;
        generational = true;
    }
    NameSpan {
        a,
        split,
        name_start,
        b,
        generational,
    }
}

/// The end of the run of capitalised words, initials and inner particles that starts at
/// token `i`.
fn name_run_end(cx: &Ctx, i: usize) -> usize {
    let n = cx.toks.len();
    let mut j = i;
    while j < n {
        if is_run_class(cx.class(j)) {
            j += 1;
            // A possessive ends the run ("Trump’s envoy").
            if cx.is(j - 1, class::POSSESSIVE) {
                break;
            }
        } else if j > i && cx.is(j, class::HYPHEN) && arabic_article(cx.t(j)) {
            // "Tariq al-Rashidi": the article is written in lower case.
            j += 1;
        } else if j > i && cx.is_plain(j, class::PARTICLE) && {
            // One or more particles, then a name: "van der Berg".
            let mut m = j;
            while m < n && m < j + 3 && cx.is_plain(m, class::PARTICLE) {
                m += 1;
            }
            is_name_token(cx, m)
        } {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// `true` when the lower-case word at token `b`, right after the name tokens
/// `name_start..b`, is the name's surname: after an initial ("Julie S. davis") or after a
/// titled given name ("President Volodymyr zelenskyy"); `titled` when the run holds a
/// title before the name.
fn lower_surname_at(cx: &Ctx, name_start: usize, b: usize, titled: bool) -> bool {
    let n = cx.toks.len();
    if !(b < n && b > name_start && cx.word(b) && !cx.cap(b) && !cx.is(b - 1, class::POSSESSIVE)) {
        return false;
    }
    // Tested cheapest first: this runs after most names.
    let plausible_class = !cx.is(
        b,
        class::COMMON_WORD | class::SPEECH_VERB | class::ROLE_HEAD | class::PARTICLE,
    );
    // After an initial with its dot, or one after a known given name: "Class A
    // misdemeanor" and "Level I trauma" are not names.
    let after_initial = || {
        cx.is(b - 1, class::INITIAL)
            && b - 1 > name_start
            && (cx.t(b - 1).ends_with('.') || cx.is(name_start, class::GIVEN_NAME))
            && !matches!(cx.t(b - 1), "A" | "I")
            && !cx.is(name_start, class::INITIAL)
    };
    let after_titled_given = || {
        cx.is(b - 1, class::GIVEN_NAME)
            && b - 1 == name_start
            && (titled || title_before(cx, name_start, false).is_some())
    };
    let plausible_word = || {
        let w = lower(cx.t(b));
        w.chars().all(char::is_alphabetic)
            && w.chars().count() > 2
            && !crate::lexicon::is_english_form(w.as_str())
    };
    // A verb with its object is not a surname ("Judge Ostrander recessed the court").
    let before_object = || {
        cx.word(b + 1)
            && matches!(
                lower(cx.t(b + 1)).as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "that" | "to"
            )
    };
    plausible_class
        && (after_initial() || after_titled_given())
        && plausible_word()
        && !before_object()
}

/// `false` for an ASCII word that cannot be a generational suffix ("Jr.", "III", "S.r")
/// even with a possessive ending ("III's"): too long, or with another letter than those
/// of the suffixes. The cheap test before folding; any non-ASCII word may fold to one.
fn may_be_suffix(w: &str) -> bool {
    !w.is_ascii()
        || w.len() <= 6
            && w.bytes()
                .all(|c| matches!(c | 0x20, b'j' | b'r' | b's' | b'i' | b'v' | b'.' | b'\''))
}

/// `true` for a surname opened by a lower-case Arabic article: "al-Rashidi", "el-Sayed".
/// Never for a word without an ASCII hyphen ([`class::HYPHEN`]), the cheaper test.
fn arabic_article(w: &str) -> bool {
    ["al-", "el-", "ul-", "ad-", "as-", "ash-", "at-", "az-"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// `true` when an age follows the name ending before token `b`: "Quaylen Marsh, 19,",
/// or one item of a list ("Ada Brisk, 16; Quaylen Marsh, 19; and …").
fn aged(cx: &Ctx, b: usize) -> bool {
    cx.punct(b, ",")
        && cx.toks.get(b + 1).is_some_and(|t| {
            t.kind == Kind::Number
                && cx.t(b + 1).len() <= 3
                && cx
                    .t(b + 1)
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=120).contains(&n))
        })
        && (cx.punct(b + 2, ",") || cx.punct(b + 2, ".") || cx.punct(b + 2, ";"))
}

/// `true` when the words right before the name starting at token `a` say it is a person's:
/// an age ("18-year-old Ada Brisk"), a relation or a noun for people ("her son, Ada
/// Brisk", "neighbor Ada Brisk", "victims Ada Brisk"), or "identified as".
fn person_cue_before(cx: &Ctx, a: usize) -> bool {
    if a == 0 || !cx.word(a - 1) {
        return a >= 2 && cx.punct(a - 1, ",") && cx.word(a - 2) && person_noun_at(cx, a - 2);
    }
    let w = cx.t(a - 1);
    if w.bytes().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    // The word folded once for all three tests.
    let capitalised = is_capitalised(w);
    lw(w, |w| {
        w.ends_with("year-old")
            || w.ends_with("years-old")
            || w.ends_with("month-old")
            || !capitalised && person_noun(w)
            || w == "as"
                && (a.saturating_sub(5)..a - 1)
                    .any(|k| cx.word(k) && lw(cx.t(k), |w| w.starts_with("identif")))
    })
}

/// `true` when token `k` is a lower-case noun for a person or a relation ("son", "victims").
fn person_noun_at(cx: &Ctx, k: usize) -> bool {
    let w = cx.t(k);
    !is_capitalised(w) && lw(w, person_noun)
}

/// `true` for a folded noun for a person or a relation, or its plural.
fn person_noun(w: &str) -> bool {
    crate::lexicon::names_person_next(w)
        || w.strip_suffix('s')
            .is_some_and(crate::lexicon::names_person_next)
}

/// `true` when a speech verb stands right after the name or right before it.
fn speech_next_to(cx: &Ctx, a: usize, b: usize) -> bool {
    let after = cx.is(b, class::SPEECH_VERB);
    let before = a > 0 && cx.is(a - 1, class::SPEECH_VERB);
    after || before
}

/// Extracts the person mentions of a document from its sentences' tokens.
pub fn extract(text: &str, sentences: &[SentenceTokens]) -> Vec<PersonMention> {
    // Sized for a typical article (about one candidate per 60 bytes), so that they rarely grow.
    let bytes = sentences.last().map_or(0, |s| s.range.end);
    let mut cands = Vec::with_capacity(bytes / 64);
    let mut keys = Keys {
        all: String::with_capacity(bytes / 8),
        of_word: HashMap::with_capacity_and_hasher(bytes / 256, Default::default()),
        ..Keys::default()
    };
    let mut lone = Vec::with_capacity(bytes / 64);
    for (pos, st) in sentences.iter().enumerate() {
        sentence_candidates(text, pos, st, &mut cands, &mut keys, &mut lone);
    }
    let cx = |c: &Candidate| Ctx::new(text, sentences[c.sentence].tokens);
    let key_of = |c: &Candidate| &keys.all[c.key.clone()];
    // Surnames of confirmed full names, for back-references: the first such candidate.
    // Sized for every candidate, so that it never grows (it is only looked up, and its
    // keys' first letters are or-ed together, in no order that matters).
    let mut full: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(cands.len(), Default::default());
    for (i, c) in cands.iter().enumerate() {
        if c.confirmed && !c.surname_only() {
            full.entry(key_of(c)).or_insert(i);
        }
    }
    let given_of = |i: usize| {
        let c: &Candidate = &cands[i];
        given_name(&cx(c), c.name.start, c.surname)
    };
    // Surnames that stand alone somewhere in the article make their full form a person.
    let mut alone: rustc_hash::FxHashSet<&str> =
        rustc_hash::FxHashSet::with_capacity_and_hasher(cands.len(), Default::default());
    alone.extend(cands.iter().filter(|c| c.surname_only()).map(key_of));
    let mut people = Vec::with_capacity(cands.len());
    for c in &cands {
        let key = key_of(c);
        let index = sentences[c.sentence].index;
        if c.surname_only() {
            if let Some(&i) = full.get(key) {
                let mut m = make_mention(&cx(c), c, index);
                m.given = given_of(i);
                people.push(m);
            } else if c.confirmed {
                people.push(make_mention(&cx(c), c, index));
            }
        } else if c.confirmed || alone.contains(key) {
            people.push(make_mention(&cx(c), c, index));
        }
    }
    let known = Known {
        full: &full,
        given_of: &given_of,
        lone: &lone,
        keys: &keys,
    };
    back_references(text, sentences, &known, &mut people);
    people.sort_by_key(|p| p.range.start);
    people
}

/// What the sentence pass found, for [`back_references`].
struct Known<'k, 't> {
    /// Surname keys of the confirmed full names -> the first such candidate.
    full: &'k HashMap<&'k str, usize>,
    /// The given name of a candidate, by its number.
    given_of: &'k dyn Fn(usize) -> Option<String>,
    /// The capitalised words of running text that stand alone and are no one-word
    /// candidate (sentence position, token), in text order.
    lone: &'k [(usize, usize)],
    /// Their keys, with those of the one-word surnames by word.
    keys: &'k Keys<'t>,
}

/// Back-references in headings and single capitalised words the sentence pass left out
/// (possessives, words after punctuation): a word keying to the surname of one of the
/// `full` names (candidate number -> its given name by `given_of`) is that person.
fn back_references(
    text: &str,
    sentences: &[SentenceTokens],
    known: &Known,
    people: &mut Vec<PersonMention>,
) {
    let Known {
        full,
        given_of,
        lone,
        keys,
    } = *known;
    // The mentions found so far start in text order, as the tokens below are read: whether
    // a token starts one is a walk along them, not a lookup.
    let found = people.len();
    debug_assert!(people
        .windows(2)
        .all(|w| w[0].range.start < w[1].range.start));
    let mut next_found = 0;
    let mut key = String::new();
    // What each word stem keys to among the full names, once worked out.
    let mut keyed: HashMap<&str, Option<usize>> = HashMap::default();
    // The first letters those surnames can have: a word starting otherwise is not keyed.
    let first_letters = full.keys().try_fold(0u32, |set, k| {
        k.chars()
            .next()
            .and_then(crate::normalize::translit_first_letters)
            .map(|s| set | s)
    });
    let may_key = |w: &str| match (first_letters, w.as_bytes().first()) {
        (Some(set), Some(b)) if b.is_ascii_alphabetic() => {
            set & (1 << (b.to_ascii_lowercase() - b'a')) != 0
        }
        _ => true,
    };
    let cap_at = |t: &Token| t.kind == Kind::Word && t.word_class(text) & class::CAPITALISED != 0;
    // A word of sentence `st`: a person when it keys to a full name's surname.
    let mut word = |st: &SentenceTokens, tok: &Token| {
        let raw = tok.text(text);
        // The first letter before the set of mentions: the cheaper test first.
        while next_found < found && people[next_found].range.start < tok.start {
            next_found += 1;
        }
        if !may_key(raw) || next_found < found && people[next_found].range.start == tok.start {
            return;
        }
        let stem = if tok.word_class(text) & class::POSSESSIVE != 0 {
            strip_possessive(raw)
        } else {
            raw
        };
        // A word seen before has the same key: looked up once per distinct word, and
        // keyed once per article with the candidates' one-word surnames.
        let hit = *keyed.entry(stem).or_insert_with(|| {
            let k = match keys.of_word.get(stem) {
                Some(r) => &keys.all[r.clone()],
                None => {
                    translit_key_into(stem, &mut key);
                    key.as_str()
                }
            };
            full.get(k).copied()
        });
        if let Some(i) = hit {
            let end = tok.start + stem.len();
            let surname = text[tok.start..end].to_string();
            people.push(PersonMention {
                range: tok.start..end,
                name: surname.clone(),
                given: given_of(i),
                middle: Vec::new(),
                surname,
                surname_only: true,
                title: None,
                lowercase_parts: Vec::new(),
                sentence: st.index,
            });
        }
    };
    // Every capitalised word of a heading; in running text, those the sentence pass
    // found standing alone (a one-word candidate was keyed there, the same way: a person
    // when its key is a full name's surname, and then a mention starts at it already).
    let mut lone = lone.iter().peekable();
    for (pos, st) in sentences.iter().enumerate().filter(|_| !full.is_empty()) {
        if st.heading {
            for tok in st.tokens.iter().filter(|t| cap_at(t)) {
                word(st, tok);
            }
            continue;
        }
        while let Some(&(_, k)) = lone.next_if(|&&(p, _)| p == pos) {
            word(st, &st.tokens[k]);
        }
    }
}

/// The key of a word use: the word `stem`, at byte `start` of `text`, folded; `None` when
/// the word cannot be a name by its shape: fewer than three characters, an abbreviation
/// (with a dot), a capital after the first letter of a capitalised word ("iPhone",
/// "McDonald" are left out), or another character than a letter in a lower-case word.
fn word_use_key(text: &str, start: usize, stem: &str, capitalised: bool) -> Option<Folded> {
    let b = stem.as_bytes();
    if b.len() < 3 {
        return None;
    }
    if b.len() <= 30 {
        let mut key = [0u8; 32];
        match ascii_word_use_key(text.as_bytes(), start, b.len(), capitalised, &mut key) {
            Some(true) => {
                let mut inline = [0u8; 30];
                inline.copy_from_slice(&key[..30]);
                return Some(Folded::Inline(inline, b.len() as u8));
            }
            Some(false) => return None,
            None => {}
        }
    }
    // Not ASCII, or longer than a key kept inline: the general path.
    if b.contains(&b'.') {
        return None;
    }
    let shape_ok = if stem.is_ascii() {
        if capitalised {
            !b[1..].iter().any(u8::is_ascii_uppercase)
        } else {
            b.iter().all(u8::is_ascii_alphabetic)
        }
    } else if stem.chars().nth(2).is_none() {
        false
    } else if capitalised {
        !stem.chars().skip(1).any(char::is_uppercase)
    } else {
        stem.chars().all(char::is_alphabetic)
    };
    shape_ok.then(|| Folded::new(stem))
}

/// [`word_use_key`] of the word of `n` bytes (at most 30) at byte `start` of `text`, when
/// it is ASCII (else `None`): whether its shape may be a name's, with the word folded into
/// `folded` (zeroed past it). In one pass over its bytes eight at a time, read straight
/// from the text: this runs for a third of the words of an article. Each test sets the
/// high bit of the bytes it holds for; no byte of an ASCII word has it set, and no sum
/// below carries into the next byte.
fn ascii_word_use_key(
    text: &[u8],
    start: usize,
    n: usize,
    capitalised: bool,
    folded: &mut [u8; 32],
) -> Option<bool> {
    use crate::lexicon::{load_le, swar_in_range as within};
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (mut shape_ok, mut high) = (true, 0);
    for j in 0..n.div_ceil(8) {
        let at = start + 8 * j;
        // The bytes of the word in this chunk, zero-padded.
        let len = (n - 8 * j).min(8);
        let w = load_le(&text[at..at + len]);
        high |= w & HIGH;
        let upper = within(w, b'A', b'Z');
        shape_ok &= within(w, b'.', b'.') == 0;
        shape_ok &= if capitalised {
            // No capital after the first letter (the low byte of the first chunk).
            let after_first = if j == 0 { upper & !0x80 } else { upper };
            after_first == 0
        } else {
            let valid = HIGH >> (8 * (8 - len));
            let letters = upper | within(w, b'a', b'z');
            letters & valid == valid
        };
        folded[8 * j..8 * j + 8].copy_from_slice(&(w | upper >> 2).to_le_bytes());
    }
    (high == 0).then_some(shape_ok)
}

/// Words that may be names, for the `name-case` rule: every capitalised word of running
/// text, and every lower-case word that is not a frequent English word.
pub fn word_uses(text: &str, sentences: &[SentenceTokens]) -> Vec<WordUse> {
    // Between one word use per four tokens and one per two in news text (every seed
    // article grew a quarter once): sized for a half, so that it seldom grows.
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    let mut out = Vec::with_capacity(tokens / 2);
    for st in sentences {
        if st.heading {
            continue;
        }
        let toks = &st.tokens;
        let first = toks.iter().position(|t| t.kind == Kind::Word);
        for (k, tok) in toks.iter().enumerate() {
            if tok.kind != Kind::Word {
                continue;
            }
            // The token's classes answer most tests without reading the word again; the
            // tests are filters, cheapest first.
            let cls = tok.word_class(text);
            let capitalised = cls & class::CAPITALISED != 0;
            if !capitalised && cls & class::COMMON_WORD != 0 || cls & class::HYPHEN != 0 {
                continue;
            }
            let raw = tok.text(text);
            let stem = if cls & class::POSSESSIVE != 0 {
                strip_possessive(raw)
            } else {
                raw
            };
            let Some(key) = word_use_key(text, tok.start, stem, capitalised) else {
                continue;
            };
            let cap_at = |j: usize| {
                toks.get(j).is_some_and(|t| {
                    t.kind == Kind::Word && t.word_class(text) & class::CAPITALISED != 0
                })
            };
            let alone = !(cap_at(k + 1) || k > 0 && cap_at(k - 1));
            // A handle, a hashtag or part of an address ("@harbour_watch", "#varnholm",
            // "news/local/varnholm/") is not a name.
            let glued = |c: u8| matches!(c, b'@' | b'#' | b'_' | b'/');
            let tagged = tok.start > 0 && glued(text.as_bytes()[tok.start - 1])
                || text.as_bytes().get(tok.end).copied().is_some_and(glued);
            if tagged {
                continue;
            }
            let after_opening = k > 0
                && toks[k - 1].kind == Kind::Punct
                && matches!(toks[k - 1].text(text), "“" | "\"" | "‘" | "(" | ":");
            out.push(WordUse {
                range: tok.start..tok.start + stem.len(),
                key,
                capitalised,
                alone,
                sentence_start: Some(k) == first || after_opening,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::analyse;

    fn people(text: &str) -> Vec<(String, Option<String>)> {
        let a = analyse(Document::text("t", format!("Headline Goes Here\n{text}")));
        a.people
            .iter()
            .map(|p| (p.name.clone(), p.title.as_ref().map(|t| t.text.clone())))
            .collect()
    }

    fn has(v: &[(String, Option<String>)], name: &str, title: Option<&str>) -> bool {
        v.iter().any(|(n, t)| n == name && t.as_deref() == title)
    }

    #[test]
    fn an_honorific_opening_the_sentence_stays() {
        let v = people("Mr Holt spoke first. Dr Aylin Demir agreed.");
        assert!(v.iter().any(|(n, _)| n == "Holt"), "{v:?}");
        assert!(v.iter().any(|(n, _)| n == "Aylin Demir"), "{v:?}");
    }

    #[test]
    fn a_title_in_the_run_takes_nothing_across_a_comma() {
        let v = people("Her counterpart, Commerce Secretary Daniel Okafor, said no.");
        assert!(
            has(&v, "Daniel Okafor", Some("Commerce Secretary")),
            "{v:?}"
        );
        // A title ended by a comma before the name still counts.
        let v = people("The visit was led by the Foreign Minister, Ana Lindqvist.");
        assert!(has(&v, "Ana Lindqvist", Some("Foreign Minister")), "{v:?}");
    }

    #[test]
    fn titles_before_names() {
        let v = people("The talks included Secretary of State Marco Rubio and US Army Secretary Dan Driscoll. Kremlin spokesman Dmitry Peskov spoke.");
        assert!(has(&v, "Marco Rubio", Some("Secretary of State")), "{v:?}");
        assert!(has(&v, "Dan Driscoll", Some("US Army Secretary")), "{v:?}");
        assert!(has(&v, "Dmitry Peskov", Some("Kremlin spokesman")), "{v:?}");
    }

    #[test]
    fn initials_particles_and_diacritics() {
        let v = people("He met Daniel P. Driscoll, then Daniel P Driscoll again. Minister Jean-Noël Barrot agreed. Ludwig van der Berg said so.");
        assert!(has(&v, "Daniel P. Driscoll", None), "{v:?}");
        assert!(has(&v, "Daniel P Driscoll", None), "{v:?}");
        assert!(has(&v, "Jean-Noël Barrot", Some("Minister")), "{v:?}");
        assert!(v.iter().any(|(n, _)| n == "Ludwig van der Berg"), "{v:?}");
    }

    #[test]
    fn appositives_and_comma_titles() {
        let v = people("He worked with Kirill Dmitriev, an adviser to Russian President Vladimir Putin. They met US Secretary of the Army, Daniel P Driscoll, on Friday. Later Steve Witkoff, Trump’s envoy, left.");
        assert!(
            has(
                &v,
                "Kirill Dmitriev",
                Some("adviser to Russian President Vladimir Putin")
            ),
            "{v:?}"
        );
        assert!(
            has(&v, "Daniel P Driscoll", Some("US Secretary of the Army")),
            "{v:?}"
        );
        assert!(has(&v, "Steve Witkoff", Some("Trump’s envoy")), "{v:?}");
    }

    #[test]
    fn miscased_surname_and_back_references() {
        let a = analyse(Document::text("t", "Headline\nUS ambassador Julie S. davis spoke. Then President Anna Kowalska met Kowalska’s aides. Kowalska left."));
        let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Julie S. davis"), "{names:?}");
        let davis = a
            .people
            .iter()
            .find(|p| p.name == "Julie S. davis")
            .unwrap();
        assert_eq!(davis.lowercase_parts.len(), 1);
        assert_eq!(
            names.iter().filter(|n| **n == "Kowalska").count(),
            2,
            "{names:?}"
        );
        let back = a.people.iter().find(|p| p.name == "Kowalska").unwrap();
        assert_eq!(back.given.as_deref(), Some("Anna"));
    }

    #[test]
    fn places_and_organisations_are_not_people() {
        let v = people("The White House and the European Union met in New York on Thursday. Officials from the United States attended.");
        assert!(v.is_empty(), "{v:?}");
    }
}
