//! Quantities: every number claim with its unit, the interval its wording allows, and
//! what it counts.
//!
//! - Units: currencies ("$100bn", "£40m", "100 billion dollars", "USD 200"), percentages
//!   ("20%", "20 per cent"), measures ("120mm", "120 millimetres").
//! - Qualifiers become an interval: "at least 26" = [26, ∞), "more than 5,000" = (5000, ∞),
//!   "nearly 20%" just under 20, "about 1,800" ±10%, "up to", "fewer than", "between X and
//!   Y", "X to Y". Rounded forms ("3.2 billion") cover their rounding.
//! - The claim key says what is counted: the counted noun ("people", "troops", the
//!   "point" of a "28-point plan"), the predicate ("killed", "cut to") and, when the
//!   sentence names one, the event or place ("Ternopil").

use super::identity::{self, Scope};
use super::numbers::{self, Number};
use super::PersonMention;
use super::SentenceTokens;
use crate::document::tokens::{Kind, Token};
use crate::lexicon::units::{
    currency_symbol, currency_word, dimension, measure_unit, million_code,
};
use crate::lexicon::NP_STOP;
use crate::lexicon::{self, class};
use crate::normalize::{fold, strip_possessive, FoldedWord};
use serde::Serialize;
use std::ops::Range;

/// What kind of thing a quantity measures.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    /// A count or plain number.
    Count,
    /// Money, with a currency unit.
    Money,
    /// A percentage or percentage points.
    Percent,
    /// A physical measure with a unit.
    Measure,
    /// A rank ("third", "21st").
    Ordinal,
    /// A calendar year or date.
    Date,
    /// A person's age ("31-year-old", "aged 31", "Lena Brandt, 31,").
    Age,
    /// A length of time ("three years probation", "a 10-year ban"), in days.
    Duration,
    /// A clock time ("2:35 p.m.", "18:40"): never compared as a count.
    Time,
    /// A phone, model or product number ("970-555-0147", "Boeing 737").
    Code,
}

/// Serde for interval bounds: JSON has no infinity, so ±∞ are written as strings.
pub mod bound {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.is_infinite() {
            s.serialize_str(if *v > 0.0 { "inf" } else { "-inf" })
        } else {
            s.serialize_f64(*v)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum B {
            N(f64),
            S(String),
        }
        match B::deserialize(d)? {
            B::N(n) => Ok(n),
            B::S(s) if s == "inf" => Ok(f64::INFINITY),
            B::S(s) if s == "-inf" => Ok(f64::NEG_INFINITY),
            B::S(s) => Err(serde::de::Error::custom(format!("not a bound: {s:?}"))),
        }
    }
}

/// One quantity claim.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Quantity {
    /// Clean range of the claim as a finding shows it: qualifier, number, unit and
    /// counted noun.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// Clean range of the number with its unit alone.
    #[serde(with = "crate::serde_helpers::range")]
    pub number_range: Range<usize>,
    /// The value in the unit's base.
    pub value: f64,
    /// The interval the wording allows.
    #[serde(with = "bound")]
    pub low: f64,
    #[serde(with = "bound")]
    pub high: f64,
    /// `false` when `low` itself is excluded ("more than").
    pub low_inclusive: bool,
    /// `false` when `high` itself is excluded ("fewer than", "nearly").
    pub high_inclusive: bool,
    pub kind: QuantityKind,
    /// Canonical unit ("USD", "GBP", "%", "pp", "mm"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The counted noun, singular ("person", "troop", "point"), if found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    /// The predicate ("killed", "cut to"), if found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    /// What a sum or a share is of, as written ("public investment", "deficit").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Capitalised words of the sentence that name the event or place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event: Vec<String>,
    /// Index of the sentence.
    pub sentence: usize,
    /// The story's claim, or a part of one, an increment, a figure of another time.
    #[serde(default, skip_serializing_if = "Scope::is_claim")]
    pub scope: Scope,
    /// Whose value it is: the person an age belongs to ([`identity::person_key`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// Who gives the figure ("police", "organisers"), when the sentence names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The days the sentence puts the figure on ("sunday").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time: Vec<String>,
}

impl Quantity {
    /// The claim key: what is counted, and how. Claims with equal keys are about the
    /// same thing (when their events agree).
    pub fn key(&self) -> String {
        let kind = match self.kind {
            QuantityKind::Count => "count",
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Measure => "measure",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Date => "date",
            QuantityKind::Age => "age",
            QuantityKind::Duration => "duration",
            QuantityKind::Time => "time",
            QuantityKind::Code => "code",
        };
        // A measure is keyed by its dimension: "45 miles" and "72 km" are one claim.
        let unit = match (self.kind, self.unit.as_deref()) {
            (QuantityKind::Measure, Some(u)) => dimension(u).map_or(u, |d| d.0),
            (_, u) => u.unwrap_or(""),
        };
        let noun = match self.kind {
            QuantityKind::Age | QuantityKind::Duration => "",
            _ => self.noun.as_deref().unwrap_or(""),
        };
        let role = match self.kind {
            QuantityKind::Age => "",
            _ => self.predicate.as_deref().unwrap_or(""),
        };
        let mut key = format!("{kind}:{unit}|{noun}|{role}");
        // The holder's surname: the given name, which one article may omit, is compared
        // apart (see `resolve::claims::ClaimShape`).
        if let Some(h) = &self.holder {
            key.push('@');
            key.push_str(h.split('|').next().unwrap_or(h));
        }
        key
    }

    /// `true` when the two intervals have a point in common.
    pub fn overlaps(&self, other: &Quantity) -> bool {
        interval_overlap(
            (self.low, self.high, self.low_inclusive, self.high_inclusive),
            (
                other.low,
                other.high,
                other.low_inclusive,
                other.high_inclusive,
            ),
        )
    }
}

/// An interval as (low, high, low inclusive, high inclusive).
pub type Interval = (f64, f64, bool, bool);

/// `true` when two intervals share a point.
pub fn interval_overlap(a: Interval, b: Interval) -> bool {
    let lo_ok = if a.1 == b.0 { a.3 && b.2 } else { a.1 > b.0 };
    let hi_ok = if b.1 == a.0 { b.3 && a.2 } else { b.1 > a.0 };
    lo_ok && hi_ok
}

/// Qualifiers before a number and the interval they make of a value `v`.
enum Qualifier {
    AtLeast,
    MoreThan,
    Nearly,
    About,
    UpTo,
    FewerThan,
}

fn qualifier_before(c: &Ctx, k: usize) -> Option<(Qualifier, usize)> {
    // The three words before token `k`, folded once.
    let w = |back: usize| -> FoldedWord {
        match k.checked_sub(back) {
            Some(j) if j < c.toks.len() => c.w(j),
            _ => FoldedWord::default(),
        }
    };
    let (w1, w2, w3) = (w(1), w(2), w(3));
    let two = |a: &str, b: &str| k >= 2 && w2 == a && w1 == b;
    let three = |a: &str, b: &str, d: &str| k >= 3 && w3 == a && w2 == b && w1 == d;
    if three("in", "excess", "of") {
        return Some((Qualifier::MoreThan, k - 3));
    }
    if three("no", "more", "than") || three("not", "more", "than") {
        return Some((Qualifier::UpTo, k - 3));
    }
    if three("as", "many", "as") || three("as", "much", "as") {
        return Some((Qualifier::UpTo, k - 3));
    }
    if two("at", "least") || two("no", "fewer") || two("a", "minimum") {
        return Some((Qualifier::AtLeast, k - 2));
    }
    if two("more", "than") || two("over", "") || two("upwards", "of") || two("greater", "than") {
        return Some((Qualifier::MoreThan, k - 2));
    }
    if two("up", "to") || two("at", "most") {
        return Some((Qualifier::UpTo, k - 2));
    }
    if two("fewer", "than") || two("less", "than") || two("just", "under") || two("just", "below") {
        return Some((Qualifier::FewerThan, k - 2));
    }
    if two("close", "to") || two("just", "shy") {
        return Some((Qualifier::Nearly, k - 2));
    }
    if two("an", "estimated") || two("some", "") {
        return Some((Qualifier::About, k - 2));
    }
    if k >= 1 {
        let q = match w1.as_str() {
            "over" | "above" | "exceeding" => Qualifier::MoreThan,
            "nearly" | "almost" => Qualifier::Nearly,
            "about" | "around" | "roughly" | "approximately" | "approx" | "some" | "circa"
            | "estimated" | "~" => Qualifier::About,
            "under" | "below" => Qualifier::FewerThan,
            "minimum" => Qualifier::AtLeast,
            "maximum" => Qualifier::UpTo,
            _ => return None,
        };
        return Some((q, k - 1));
    }
    None
}

/// A sentence's tokens and the text they index.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
}

impl Ctx<'_> {
    #[inline(always)]
    pub(crate) fn raw(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.text(self.text))
    }
    /// Token `k` folded if it is a word, else empty.
    #[inline(always)]
    pub(crate) fn w(&self, k: usize) -> FoldedWord<'_> {
        match self.toks.get(k) {
            Some(t) if t.kind == Kind::Word => t.folded(self.text),
            _ => FoldedWord::default(),
        }
    }
    #[inline(always)]
    pub(crate) fn is_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Kind::Word)
    }
    #[inline(always)]
    pub(crate) fn attached(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.space_before)
    }
}

/// Turns a plural noun into its singular.
pub fn singular(w: &str) -> String {
    match w {
        "people" | "persons" => return "person".into(),
        "children" => return "child".into(),
        "men" => return "man".into(),
        "women" => return "woman".into(),
        "police" | "news" | "series" | "species" => return w.into(),
        _ => {}
    }
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{s}y");
    }
    if w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        return w[..w.len() - 2].to_string();
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.len() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// Predicates that make different claims of one counted noun, grouped by meaning.
fn predicate_group(w: &str) -> Option<&'static str> {
    lexicon::claims::role(w)
}

/// Words between a counted noun and its verb: "were", "have been", "were critically".
const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "reportedly",
    "also",
    "critically",
    "seriously",
    "severely",
    "badly",
    "slightly",
    "still",
    "later",
    "now",
    "all",
    "both",
    "believed",
    "reported",
    "confirmed",
    "feared",
    "thought",
    "known",
    "presumed",
];

/// A past participle after a counted noun says what was done to it: "16 centres had
/// been opened", "80 witnesses heard during the trial" (the regular "-ed" forms, and the
/// irregular ones news counts use). Light verbs ("made", "found", "taken", "reported")
/// say nothing of what is counted: "two arrests were made" and "they made 15 arrests"
/// over a weekend are not one claim.
pub(crate) fn participle(w: &str) -> bool {
    let light = matches!(
        w,
        "reported" | "confirmed" | "recorded" | "involved" | "needed" | "used" | "listed"
    );
    w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !light
        || matches!(
            w,
            "heard"
                | "held"
                | "built"
                | "shown"
                | "sold"
                | "sent"
                | "brought"
                | "caught"
                | "kept"
                | "lost"
                | "paid"
                | "spent"
                | "stolen"
                | "hit"
                | "struck"
                | "won"
        )
}

/// The predicate near a number: a verb from [`predicate_group`] within four words
/// before the number, or right after the counted noun; with the preposition before the
/// number ("cut to", "cut by").
fn predicate(c: &Ctx, start: usize, after: usize, sentence_start: usize) -> Option<String> {
    let prep = if start > 0 && matches!(c.w(start - 1).as_str(), "to" | "by" | "at") {
        Some(c.w(start - 1))
    } else {
        None
    };
    // Right after the counted noun, past auxiliaries: "26 people were killed"; the
    // nearest verb before the number otherwise ("killed 26", "killing 2 and injuring 3").
    let mut j = after;
    while j < c.toks.len() && AUXILIARIES.contains(&c.w(j).as_str()) {
        j += 1;
    }
    let after_noun = c.w(j);
    let mut found = predicate_group(&after_noun);
    // "26 centres had been opened": an unlisted verb, kept as written (not in "one of
    // the five victims survived", where the verb is the one's).
    if found.is_none() && participle(&after_noun) && !partitive_total(c, start) {
        return Some(after_noun.as_str().to_string());
    }
    let lo = start.saturating_sub(6).max(sentence_start);
    for j in (lo..start).rev() {
        if found.is_some()
            || c.toks[j].kind == Kind::Punct
                && matches!(c.raw(j), "," | ";" | ":" | "(" | "—" | "–")
        {
            break;
        }
        found = predicate_group(&c.w(j));
    }
    let g = found?;
    // "three people were shot dead", "shot to death": the killed.
    let g = if g == "shot" && shot_dead(c, start, after) {
        "killed"
    } else {
        g
    };
    // The level something is brought to is one claim ("cut to", "capped at", "limited
    // to"); the amount of a change is another ("cut by").
    Some(match (g, prep.as_deref()) {
        ("cut" | "cap", Some("to" | "at")) | ("cap", _) => "cap".to_string(),
        ("cut" | "raise" | "fall", Some("by")) => format!("{g} by"),
        ("raise" | "fall", Some("to")) => format!("{g} to"),
        _ => g.to_string(),
    })
}

/// `true` when "shot" near a count is followed by "dead" or "to death".
fn shot_dead(c: &Ctx, start: usize, after: usize) -> bool {
    let lo = start.saturating_sub(6);
    let hi = (after + 4).min(c.toks.len());
    (lo..hi).any(|j| {
        c.w(j) == "shot" && (c.w(j + 1) == "dead" || c.w(j + 1) == "to" && c.w(j + 2) == "death")
    })
}

/// `true` for the total of a partitive: the five of "one of the five victims".
fn partitive_total(c: &Ctx, start: usize) -> bool {
    start >= 3 && c.w(start - 1) == "the" && c.w(start - 2) == "of" && {
        let k = start - 3;
        c.toks[k].kind == Kind::Number
            || numbers::parse(c.text, c.toks, k).is_some()
            || matches!(
                c.w(k).as_str(),
                "some" | "none" | "all" | "each" | "most" | "many" | "both"
            )
    }
}

/// Capitalised words of the sentence that are not sentence-initial, for the event.
fn event_words(c: &Ctx, range: Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    let first = range.start;
    for j in range {
        let t = &c.toks[j];
        if t.kind != Kind::Word || j == first {
            continue;
        }
        let raw = strip_possessive(t.text(c.text));
        let cls = t.word_class(c.text);
        let skip = class::COMMON_WORD | class::CALENDAR | class::ROLE_HEAD | class::TITLE_MODIFIER;
        if cls & class::CAPITALISED != 0
            && cls & skip == 0
            && raw.chars().skip(1).any(char::is_lowercase)
        {
            out.push(fold(raw));
        }
    }
    out.sort();
    out.dedup();
    // A sentence naming dozens of proper nouns is not about one event; keep a few.
    out.truncate(MAX_EVENT_WORDS);
    out
}

/// Event words kept per sentence.
const MAX_EVENT_WORDS: usize = 12;

/// Extracts the quantities of a document; `people` are its person mentions, which ages
/// belong to.
pub fn extract(
    text: &str,
    sentences: &[SentenceTokens],
    people: &[PersonMention],
) -> Vec<Quantity> {
    let mut out = Vec::new();
    // The days named last in the paragraph: a sentence that names none is on them ("by
    // Sunday morning it had burned 4,800 acres. It was 5% contained.").
    let mut days: (usize, Vec<String>) = (usize::MAX, Vec::new());
    for st in sentences {
        let from = out.len();
        extract_sentence(text, st, people, &mut out);
        if days.0 != st.paragraph {
            days = (st.paragraph, Vec::new());
        }
        let calendar = st
            .tokens
            .iter()
            .any(|t| t.kind == Kind::Word && t.word_class(text) & class::CALENDAR != 0);
        let own = if calendar {
            identity::time_words(&Ctx {
                text,
                toks: st.tokens,
            })
        } else {
            Vec::new()
        };
        if own.is_empty() {
            for q in out[from..].iter_mut().filter(|q| q.time.is_empty()) {
                q.time.clone_from(&days.1);
            }
        } else {
            days.1 = own;
        }
    }
    out
}

/// What a sentence says about all its figures: its event words, whether it is about
/// another time or incident, its source and its days. Worked out once per sentence
/// with a number.
struct SentenceFacts {
    events: Vec<String>,
    aside: bool,
    source: Option<String>,
    time: Vec<String>,
}

impl SentenceFacts {
    fn of(c: &Ctx) -> SentenceFacts {
        SentenceFacts {
            events: event_words(c, 0..c.toks.len()),
            aside: identity::elsewhere(c),
            source: identity::source(c),
            time: identity::time_words(c),
        }
    }
}

/// Byte ranges of URLs in a sentence: their numbers are not claims.
fn url_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    // "://" or "www.": found from their rare bytes, ':' and '.'.
    let b = s.as_bytes();
    let maybe_url = memchr::memchr_iter(b':', b).any(|p| b[p + 1..].starts_with(b"//"))
        || memchr::memchr_iter(b'.', b).any(|p| p >= 3 && &b[p - 3..p] == b"www");
    if !maybe_url {
        return out;
    }
    let mut pos = 0;
    for chunk in s.split(char::is_whitespace) {
        if chunk.contains("://") || chunk.starts_with("www.") {
            out.push(range.start + pos..range.start + pos + chunk.len());
        }
        pos += chunk.len()
            + s[pos + chunk.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    out
}

/// `true` for a word that may be "percent", "percents" or the "per" of "per cent".
fn maybe_percent(text: &str, t: &Token) -> bool {
    matches!(t.end - t.start, 3 | 7 | 8) && matches!(text.as_bytes()[t.start], b'p' | b'P')
}

fn extract_sentence(
    text: &str,
    st: &SentenceTokens,
    people: &[PersonMention],
    out: &mut Vec<Quantity>,
) {
    // What the sentence says of its figures, computed once and only if it has a number.
    let mut facts: Option<SentenceFacts> = None;
    let first_word = st
        .tokens
        .iter()
        .position(|t| t.kind == Kind::Word)
        .unwrap_or(0);
    // The sentence's people, which ages belong to (mentions are in text order).
    let lo = people.partition_point(|p| p.sentence < st.index);
    let hi = lo + people[lo..].partition_point(|p| p.sentence <= st.index);
    let earlier = &people[..hi];
    let people = &people[lo..hi];
    let c = Ctx {
        text,
        toks: st.tokens,
    };
    let n = st.tokens.len();
    // The sentence's web addresses, found when a token may start a number.
    let mut urls: Option<Vec<Range<usize>>> = None;
    let mut k = 0;
    while k < n {
        // Most tokens start neither a number nor "percent of": one look at the token.
        if !numbers::may_start(text, st.tokens, k) && !maybe_percent(text, &st.tokens[k]) {
            k += 1;
            continue;
        }
        let urls = urls.get_or_insert_with(|| url_ranges(text, st.range.clone()));
        if urls.iter().any(|u| u.contains(&st.tokens[k].start)) {
            k += 1;
            continue;
        }
        // "percent of 10", "per cent of twenty-two": the number after the word.
        let raw = c.raw(k);
        let per_cent = raw.eq_ignore_ascii_case("per") && c.raw(k + 1).eq_ignore_ascii_case("cent");
        if (raw.eq_ignore_ascii_case("percent") || raw.eq_ignore_ascii_case("percents") || per_cent)
            && c.raw(k + if per_cent { 2 } else { 1 })
                .eq_ignore_ascii_case("of")
        {
            let at = k + if per_cent { 3 } else { 2 };
            if let Some(num) = numbers::parse(text, st.tokens, at).filter(|x| !x.ordinal) {
                let s0 = st.tokens[k].start;
                let e0 = st.tokens[num.end - 1].end;
                out.push(Quantity {
                    range: s0..e0,
                    number_range: s0..e0,
                    value: num.value,
                    low: num.value,
                    high: num.value,
                    low_inclusive: true,
                    high_inclusive: true,
                    kind: QuantityKind::Percent,
                    unit: Some("%".into()),
                    noun: None,
                    predicate: None,
                    about: None,
                    event: Vec::new(),
                    sentence: st.index,
                    scope: Scope::Claim,
                    holder: None,
                    source: None,
                    time: Vec::new(),
                });
                k = num.end;
                continue;
            }
        }
        let Some(num) = numbers::parse(text, st.tokens, k) else {
            k += 1;
            continue;
        };
        // A lone "one" or "a" is an article or pronoun far more often than a claim.
        if num.words
            && num.end == num.start + 1
            && matches!(c.w(num.start).as_str(), "one" | "a" | "an")
            && c.w(num.end).is_empty()
        {
            k = num.end;
            continue;
        }
        // "one of the …" is a choice and "the one", "which one" a pronoun, not a count.
        let determiner = num.start > 0
            && matches!(
                c.w(num.start - 1).as_str(),
                "the"
                    | "this"
                    | "that"
                    | "which"
                    | "each"
                    | "every"
                    | "no"
                    | "any"
                    | "another"
                    | "some"
                    | "only"
                    // "when one is killed, all of us lose": a generic "one".
                    | "when"
                    | "if"
            );
        if num.words
            && num.end == num.start + 1
            && c.w(num.start) == "one"
            && (c.w(num.end) == "of" || determiner)
        {
            k = num.end;
            continue;
        }
        // Clock times, phone and model numbers are no quantities.
        if let Some(e) = identity::clock_end(&c, num.start, num.end) {
            k = e.max(num.end);
            continue;
        }
        if identity::is_code(&c, num.start, num.end, first_word, st.heading) {
            out.push(bare(&c, st, &num, QuantityKind::Code));
            k = num.end;
            continue;
        }
        let f = facts.get_or_insert_with(|| SentenceFacts::of(&c));
        if let Some((mut q, after)) = quantity(&c, st, num.clone(), &f.events) {
            refine(&c, &num, after, &mut q, f, (people, earlier));
            k = after.max(num.end);
            out.push(q);
        } else {
            k = num.end.max(k + 1);
        }
    }
}

/// Gives a quantity what its words say beyond the value: its type (an age, a duration,
/// a fraction as a percentage), a measure in its base unit, its holder, scope, source
/// and days.
fn refine(
    c: &Ctx,
    num: &Number,
    after: usize,
    q: &mut Quantity,
    f: &SentenceFacts,
    (people, earlier): (&[PersonMention], &[PersonMention]),
) {
    let start = (0..=num.start)
        .rev()
        .find(|&j| c.toks[j].start <= q.range.start)
        .unwrap_or(num.start);
    super::retype::retype(c, num, start, after, q, people, earlier);
    super::retype::measure_of(c, start, after, q);
    super::retype::implicit_rounding(c, num, q);
    super::retype::to_base_units(q);
    topic(c, start, q, people);
    if !matches!(q.kind, QuantityKind::Age | QuantityKind::Duration) {
        q.scope = identity::scope(c, start, num.end, after);
        // "40% of the cases" is a share of the group, not some of its members; "includes
        // €2bn of investment" the investment's sum.
        let unit_end = (num.start..c.toks.len())
            .find(|&j| c.toks[j].start >= q.number_range.end)
            .unwrap_or(c.toks.len());
        let share =
            matches!(q.kind, QuantityKind::Percent | QuantityKind::Money) && c.w(unit_end) == "of";
        if q.scope == Scope::Part && share {
            q.scope = Scope::Claim;
        }
        if q.scope == Scope::Claim && q.kind == QuantityKind::Count {
            let role = q.predicate.as_deref().unwrap_or("");
            if super::claimscope::is_part(c, start, num.end, after, role) {
                q.scope = Scope::Part;
            }
        }
        if q.scope == Scope::Claim && f.aside && !superseded_later(c, after) {
            q.scope = Scope::Aside;
        }
    }
    q.source = f.source.clone();
    q.time = f.time.clone();
    if q.kind == QuantityKind::Age && super::claimscope::court_stage(c, start, after) {
        q.time.push(super::claimscope::COURT.to_string());
    }
}

/// What a sum or a share is of ([`super::measured::topic`]): its key noun, its phrase,
/// and the predicate "progress" for a share that changes by the hour.
fn topic(c: &Ctx, start: usize, q: &mut Quantity, people: &[PersonMention]) {
    if !matches!(q.kind, QuantityKind::Money | QuantityKind::Percent) {
        return;
    }
    let end = (start..c.toks.len())
        .find(|&j| c.toks[j].start >= q.number_range.end)
        .unwrap_or(c.toks.len());
    let t = super::measured::topic(c, start, end, q.kind == QuantityKind::Money);
    if t.as_ref().is_some_and(|t| t.progress) {
        q.predicate = Some("progress".to_string());
    }
    q.noun = t.as_ref().map(|t| t.lemma.clone());
    q.about = t.map(|t| t.phrase);
    // A bond or a salary is its person's: the one person the sentence names.
    if q.noun
        .as_deref()
        .is_some_and(crate::lexicon::sums::personal_sum)
    {
        q.holder = match people {
            [p] => Some(identity::person_key(p)),
            _ => None,
        };
    }
}

/// A number that is no claim (a phone or model number), kept as read.
fn bare(c: &Ctx, st: &SentenceTokens, num: &Number, kind: QuantityKind) -> Quantity {
    let r = c.toks[num.start].start..c.toks[num.end - 1].end;
    Quantity {
        range: r.clone(),
        number_range: r,
        value: num.value,
        low: num.value,
        high: num.value,
        low_inclusive: true,
        high_inclusive: true,
        kind,
        unit: None,
        noun: None,
        predicate: None,
        about: None,
        event: Vec::new(),
        sentence: st.index,
        scope: Scope::Claim,
        holder: None,
        source: None,
        time: Vec::new(),
    }
}

/// `true` when "from N" follows the number: "climbed to 247 from 112" gives the new
/// value of a claim, though its sentence names another day.
fn superseded_later(c: &Ctx, after: usize) -> bool {
    c.w(after) == "from"
}

/// Builds the quantity around a number; returns it and the token index after it.
fn quantity(
    c: &Ctx,
    st: &SentenceTokens,
    num: Number,
    events: &[String],
) -> Option<(Quantity, usize)> {
    let toks = c.toks;
    let mut first = num.start;
    let mut end = num.end;
    let mut unit: Option<String> = None;
    let mut kind = QuantityKind::Count;
    let mut value = num.value;
    let rounding = num.rounding;
    // Currency before the number: "$100bn", "US$ 5", "USD 200", "c $ 16.4".
    if first > 0 {
        let before = c.raw(first - 1);
        let mut sym = currency_symbol(before);
        let mut back = 1;
        if sym.is_none() && first > 1 && before == "$" {
            sym = Some("USD");
        }
        if sym.is_none() && c.is_word(first - 1) && c.attached(first) {
            // "usd115"
            sym = currency_symbol(before);
        }
        if sym.is_none() && c.is_word(first - 1) {
            // "dollar 22.5 million", "MAUD 60".
            if let Some(cur) = million_code(before) {
                sym = Some(cur);
                value *= 1e6;
            } else if matches!(
                c.w(first - 1).as_str(),
                "dollar" | "dollars" | "euro" | "euros"
            ) {
                sym = currency_word(&c.w(first - 1));
            }
        }
        if let Some(s) = sym {
            // "US$", "hk $", "c $": a prefix word before the symbol.
            if first >= 2
                && before == "$"
                && c.is_word(first - 2)
                && c.raw(first - 2).len() <= 4
                && (c.attached(first - 1)
                    || c.raw(first - 2)
                        .chars()
                        .all(|ch| ch.is_alphabetic() && ch.is_lowercase() || ch == '.'))
            {
                let pre = c.w(first - 2);
                if matches!(
                    pre.as_str(),
                    "us" | "u.s"
                        | "u.s."
                        | "c"
                        | "hk"
                        | "a"
                        | "nz"
                        | "mex"
                        | "usd"
                        | "cad"
                        | "aud"
                        | "nzd"
                        | "mxn"
                        | "r"
                ) {
                    back = 2;
                }
            }
            unit = Some(s.to_string());
            kind = QuantityKind::Money;
            first -= back;
        }
    }
    // "£40m": a lower-case "m" written onto a money amount is millions.
    if unit.is_some() && c.attached(end) && c.raw(end) == "m" {
        value *= 1e6;
        end += 1;
    }
    // "2m euros", "3bn dollars": the scale written onto the number, a currency after.
    if unit.is_none()
        && c.attached(end)
        && matches!(c.raw(end), "m" | "bn")
        && currency_word(&c.w(end + 1)).is_some()
    {
        value *= if c.raw(end) == "m" { 1e6 } else { 1e9 };
        end += 1;
    }
    // Words right after the number.
    let next = c.w(end);
    // One or two describing words before a currency word: "420 million finnish markka",
    // "10 us dollar", "125 million australian dollars".
    let mut adjectives = 0;
    if unit.is_none() && currency_word(&next).is_none() && currency_symbol(c.raw(end)).is_none() {
        for gap in 1..=2 {
            let between_ok = (end..end + gap).all(|j| {
                c.is_word(j)
                    && !NP_STOP.contains(&c.w(j).as_str())
                    && c.w(j).chars().all(char::is_alphabetic)
            });
            if between_ok
                && currency_word(&c.w(end + gap)).is_some_and(|x| x != "pence" && x != "cent")
            {
                adjectives = gap;
                break;
            }
        }
    }
    end += adjectives;
    let next = c.w(end);
    if let Some(cur) = million_code(c.raw(end)).filter(|_| unit.is_none()) {
        unit = Some(cur.to_string());
        kind = QuantityKind::Money;
        value *= 1e6;
        end += 1;
    }
    if unit.is_none() {
        let by_word = currency_word(&next).is_some();
        if let Some(cur) = currency_word(&next).or_else(|| currency_symbol(c.raw(end))) {
            if cur == "cent" || cur == "pence" {
                unit = Some(if cur == "cent" {
                    "cent".into()
                } else {
                    "pence".into()
                });
            } else {
                unit = Some(cur.to_string());
            }
            kind = QuantityKind::Money;
            end += 1;
            // "75 usd million", "50 million usd"
            if let Some(s) = numbers::scale_word(&c.w(end)) {
                value *= s;
                end += 1;
            } else if cur != "cent" && cur != "pence" {
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50".
                let mut j = end;
                if c.w(j) == "and" {
                    j += 1;
                }
                if let Some(n2) = numbers::parse(c.text, toks, j).filter(|n| {
                    !n.ordinal && n.value < 100.0 && n.value >= 1.0 && n.value.fract() == 0.0
                }) {
                    let mut e2 = n2.end;
                    let cents_word =
                        currency_word(&c.w(e2)).is_some_and(|x| x == "cent" || x == "pence");
                    if cents_word {
                        e2 += 1;
                    }
                    // After a sign, only with "cents": "10 $ 30 $" is two sums.
                    let closed = e2 >= toks.len() || toks[e2].kind == Kind::Punct;
                    let ends = closed && by_word || cents_word;
                    if ends {
                        value += n2.value / 100.0;
                        end = e2;
                    }
                }
            }
        } else if c.raw(end) == "%"
            || next == "percent"
            || next == "percentage"
            || next == "percents"
            || (next == "per" && c.w(end + 1) == "cent")
        {
            kind = QuantityKind::Percent;
            unit = Some("%".into());
            end += if next == "per" { 2 } else { 1 };
            if c.w(end) == "points" || c.w(end) == "point" {
                unit = Some("pp".into());
                end += 1;
            }
        } else if let Some(m) = measure_unit(&next).filter(|_| {
            c.attached(end)
                || next.len() > 2
                || matches!(
                    next.as_str(),
                    "km" | "kg" | "mm" | "cm" | "ft" | "mi" | "lb" | "ml"
                )
        }) {
            // "m" after money is million, handled by the number grammar.
            kind = QuantityKind::Measure;
            unit = Some(m.to_string());
            end += 1;
        }
    } else if numbers::scale_word(&next).is_some() {
        // "$ 75 million" where the grammar stopped early.
        value *= numbers::scale_word(&next).unwrap_or(1.0);
        end += 1;
    }

    if num.ordinal {
        kind = QuantityKind::Ordinal;
    }
    // Calendar years and dates: four digits 1800–2100 standing alone, or after a month.
    let is_year = !num.words && kind == QuantityKind::Count && num.end == num.start + 1 && {
        let r = c.raw(num.start);
        r.len() == 4
            && r.chars().all(|ch| ch.is_ascii_digit())
            && (1800.0..=2100.0).contains(&num.value)
    };
    let after_month = num.start > 0 && lexicon::is_calendar(&c.w(num.start - 1));
    if !num.ordinal && (is_year || (after_month && !num.words && num.value <= 31.0)) {
        kind = QuantityKind::Date;
    }
    // Hyphenated compounds: "28-point plan", "four-year-old conflict", "12-cent".
    let mut noun = None;
    if c.raw(end) == "-" && c.attached(end) && c.is_word(end + 1) && c.attached(end + 1) {
        let w = c.w(end + 1);
        if let Some(cur) = currency_word(w.split('-').next().unwrap_or(&w)) {
            unit = Some(cur.to_string());
            kind = QuantityKind::Money;
            end += 2;
        } else {
            let head = w.split('-').next().unwrap_or(&w).to_string();
            noun = Some(singular(&head));
            end += 2;
        }
    } else if let Some(rest) = &num.suffix {
        // "four-year-old": the compound is inside the word token; "one-yen" is money.
        let head = rest.split('-').next().unwrap_or(rest);
        if let Some(cur) = currency_word(head).filter(|_| unit.is_none()) {
            unit = Some(cur.to_string());
            kind = QuantityKind::Money;
        } else {
            noun = Some(singular(head));
        }
    }
    // The counted noun: the head of the noun phrase after the number.
    let mut np_end = end;
    if noun.is_none() {
        let mut j = end;
        let mut head = None;
        while j < toks.len() && j < end + 4 {
            if !c.is_word(j) {
                break;
            }
            let w = c.w(j);
            if NP_STOP.contains(&w.as_str())
                || predicate_group(&w).is_some() && head.is_some()
                || lexicon::is_speech_verb(&w)
            {
                break;
            }
            if predicate_group(&w).is_some()
                && !matches!(
                    w.as_str(),
                    "deaths" | "troops" | "injuries" | "fatalities" | "arrests"
                )
            {
                break;
            }
            // After the noun, a word in "-ed" is its verb: "300 soldiers crossed",
            // "one school closed" (before it, an adjective: "300 armed soldiers").
            if head.is_some() && w.as_str().len() > 3 && w.as_str().ends_with("ed") {
                break;
            }
            head = Some(j);
            // A plural is the head of the phrase: what follows is no part of it ("two
            // dozen families left", "12 schools reopened", "five days ago"). A possessive
            // is not one ("2 Kowalski's offices").
            let possessive = toks[j].word_class(c.text) & lexicon::class::POSSESSIVE != 0;
            j += 1;
            if !possessive && singular(&w) != w.as_str() {
                break;
            }
        }
        if let Some(h) = head {
            noun = Some(singular(&c.w(h)));
            np_end = h + 1;
        }
        // "…% of Ukraine", "$100bn of frozen assets": the object after "of".
        if noun.is_none()
            && matches!(kind, QuantityKind::Percent | QuantityKind::Money)
            && c.w(end) == "of"
        {
            let mut j = end + 1;
            let mut last = None;
            while j < toks.len() && j < end + 6 && c.is_word(j) {
                let w = c.w(j);
                if NP_STOP.contains(&w.as_str()) && last.is_some()
                    || lexicon::is_speech_verb(&w)
                    || predicate_group(&w).is_some()
                {
                    break;
                }
                // Frequent words here are verbs ("20% of the land remains …").
                if !NP_STOP.contains(&w.as_str())
                    && (!lexicon::is_common_word(&w) || last.is_none())
                {
                    last = Some(j);
                }
                j += 1;
            }
            if let Some(l) = last {
                noun = Some(singular(&c.w(l)));
            }
        }
    }
    // Qualifiers and ranges.
    let v = value;
    let (mut low, mut high, mut li, mut hi) = (v - rounding, v + rounding, true, true);
    if let Some((lo, hi_v)) = num.vague {
        low = lo;
        high = hi_v;
    }
    let mut start_tok = first;
    if let Some((q, at)) = qualifier_before(c, first) {
        start_tok = at;
        match q {
            Qualifier::AtLeast => high = f64::INFINITY,
            Qualifier::MoreThan => {
                low = v;
                li = false;
                high = f64::INFINITY;
            }
            // "nearly 20%" does not deny 20%.
            Qualifier::Nearly => {
                low = v * 0.85;
                high = v;
            }
            Qualifier::About => {
                low = v * 0.9;
                high = v * 1.1;
            }
            Qualifier::UpTo => low = 0.0,
            Qualifier::FewerThan => {
                low = 0.0;
                high = v;
                hi = false;
            }
        }
    }
    // "between X and Y", "X to Y", "X-Y".
    let mut range_end = None;
    let join = c.w(end);
    if (join == "to"
        || join == "and" && first >= 1 && c.w(first - 1) == "between"
        || c.raw(end) == "-"
        || c.raw(end) == "–")
        && kind != QuantityKind::Date
    {
        if let Some(n2) = numbers::parse(c.text, toks, end + 1) {
            if !n2.ordinal
                && n2.value >= v
                && n2.value <= 100.0 * v.abs().max(1.0)
                && (join != "to" || predicate_group(&c.w(first.saturating_sub(1))).is_none())
            {
                let mut v2 = n2.value;
                let mut e2 = n2.end;
                // "10 to 20 million": the scale of the second applies to the first.
                if v2 > 1000.0
                    && v < 1000.0
                    && num.rounding == 0.0
                    && numbers::scale_word(&c.w(n2.end - 1)).is_some()
                {
                    low = v * numbers::scale_word(&c.w(n2.end - 1)).unwrap_or(1.0);
                }
                if c.raw(e2) == "%" {
                    e2 += 1;
                }
                if v2 < low {
                    v2 = low;
                }
                high = v2;
                hi = true;
                if join == "and" {
                    start_tok = first - 1;
                }
                range_end = Some(e2);
            }
        }
    }
    if let Some(e2) = range_end {
        end = e2;
        if np_end < end {
            np_end = end;
        }
    }
    let pred = predicate(c, start_tok, np_end.max(end), 0);
    let event = events.to_vec();
    let span_end_tok = if noun.is_some() { np_end.max(end) } else { end };
    // A count of the killed, injured or missing with no noun counts people ("raising the
    // death toll to 47", "the strike killed 12"): the claim of "47 people died".
    let noun = noun.or_else(|| {
        let people = pred.as_deref().is_some_and(lexicon::claims::counts_people);
        (kind == QuantityKind::Count && people).then(|| "person".to_string())
    });
    let s = toks[start_tok].start;
    let e = toks[span_end_tok.min(toks.len()) - 1].end;
    let ns = toks[first].start;
    let ne = toks[end.min(toks.len()) - 1].end;
    let _ = st;
    Some((
        Quantity {
            range: s..e,
            number_range: ns..ne,
            value,
            low,
            high,
            low_inclusive: li,
            high_inclusive: hi,
            kind,
            unit,
            noun,
            predicate: pred,
            about: None,
            event,
            sentence: st.index,
            scope: Scope::Claim,
            holder: None,
            source: None,
            time: Vec::new(),
        },
        span_end_tok.max(end),
    ))
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::analyse;

    fn qs(text: &str) -> Vec<super::Quantity> {
        analyse(Document::text("t", format!("Headline Here\n{text}"))).quantities
    }

    #[test]
    fn the_counted_noun_stops_at_the_plural_or_at_the_verb_after_it() {
        for (text, noun) in [
            ("About 300 soldiers crossed the river.", "soldier"),
            ("Two dozen families left the town.", "family"),
            ("Some 300 armed soldiers guarded it.", "soldier"),
            ("One school closed on Monday.", "school"),
            ("Twelve ferries sailed late.", "ferry"),
            ("The $2 billion aid package passed.", "package"),
            ("Five days ago the bridge fell.", "day"),
            ("It sent 2 Kowalski’s offices a note.", "office"),
        ] {
            let q = &qs(text)[0];
            assert_eq!(q.noun.as_deref(), Some(noun), "{text}");
        }
        // So different things counted are different claims, though the same verb follows.
        let a = &qs("Some 12 schools closed.")[0];
        let b = &qs("Some 30 shops closed.")[0];
        assert_ne!(a.key(), b.key());
    }

    #[test]
    fn intervals_from_qualifiers() {
        let q = &qs("The strike killed at least 26 people.")[0];
        assert_eq!((q.low, q.high), (26.0, f64::INFINITY));
        assert_eq!(q.noun.as_deref(), Some("person"));
        assert_eq!(q.predicate.as_deref(), Some("killed"));
        let q = &qs("More than 5,000 troops arrived.")[0];
        assert!(!q.low_inclusive && q.low == 5000.0 && q.high.is_infinite());
        let q = &qs("Nearly 20% of the land is held.")[0];
        // "nearly 20%" does not deny 20% (issue 19): its top is 20 itself.
        assert!(q.high == 20.0 && q.high_inclusive && q.low < 20.0);
        assert_eq!(q.unit.as_deref(), Some("%"));
        let q = &qs("About 1,800 homes flooded.")[0];
        assert!((q.low - 1620.0).abs() < 1e-6 && (q.high - 1980.0).abs() < 1e-6);
        let q = &qs("Up to 40 boats sank.")[0];
        assert_eq!((q.low, q.high), (0.0, 40.0));
        let q = &qs("Fewer than 12 ships sailed.")[0];
        assert!(q.high == 12.0 && !q.high_inclusive);
        let q = &qs("Between 30 and 40 trucks crossed.")[0];
        assert_eq!((q.low, q.high), (30.0, 40.0));
        let q = &qs("They counted 30 to 40 trucks.")[0];
        assert_eq!((q.low, q.high), (30.0, 40.0));
    }

    #[test]
    fn units_and_compounds() {
        let q = &qs("It uses $100bn of frozen assets.")[0];
        assert_eq!(q.unit.as_deref(), Some("USD"));
        assert!(q.low <= 1e11 && q.high >= 1e11);
        assert_eq!(q.noun.as_deref(), Some("asset"));
        let q = &qs("A fund of £40m was set up.")[0];
        assert_eq!((q.unit.as_deref(), q.value), (Some("GBP"), 4e7));
        let q = &qs("The 28-point plan is out.")[0];
        assert_eq!(q.noun.as_deref(), Some("point"));
        assert_eq!(q.value, 28.0);
        let q = &qs("The nearly four-year-old conflict goes on.")[0];
        assert_eq!(q.value, 4.0);
        assert_eq!(q.noun.as_deref(), Some("year"));
        let a = &qs("A 120mm shell.")[0];
        let b = &qs("A 120 millimetres shell.")[0];
        assert_eq!((a.unit.clone(), a.value), (b.unit.clone(), b.value));
        let q = &qs("They took 2m euros of gems.")[0];
        assert_eq!((q.unit.as_deref(), q.value), (Some("EUR"), 2e6));
        let q = &qs("They talked for twenty per cent of the time.")[0];
        assert_eq!((q.unit.as_deref(), q.value), (Some("%"), 20.0));
    }
}
