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
    let catenative = c.w(j + 1) == "to" && lexicon::claims::catenative(&after_noun);
    if found.is_none() && participle(&after_noun) && !partitive_total(c, start) && !catenative {
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

/// Capitalised words of the sentence that are not sentence-initial, for the event; not
/// a person's name in the possessive, which says whose a thing is, not which event
/// ("the biggest project of Lindqvist's time in office").
fn event_words(c: &Ctx, range: Range<usize>, people: &[PersonMention]) -> Vec<String> {
    let mut out = Vec::new();
    let first = range.start;
    let possessives = possessive_names(c.text, people);
    for j in range {
        let t = &c.toks[j];
        if t.kind != Kind::Word || j == first {
            continue;
        }
        // The class first: most words are not capitalised.
        let cls = t.word_class(c.text);
        let skip = class::COMMON_WORD | class::CALENDAR | class::ROLE_HEAD | class::TITLE_MODIFIER;
        if cls & class::CAPITALISED == 0 || cls & skip != 0 {
            continue;
        }
        let raw = strip_possessive(t.text(c.text));
        if raw.chars().skip(1).any(char::is_lowercase) && !within(&possessives, t.start) {
            // A nationality names no place or event ("Dutch and British citizens").
            let w = fold(raw);
            if !crate::lexicon::nations::is_demonym(&w) {
                out.push(w);
            }
        }
    }
    out.sort();
    out.dedup();
    // A sentence naming dozens of proper nouns is not about one event; keep a few.
    out.truncate(MAX_EVENT_WORDS);
    out
}

/// The ranges of the people's names written in the possessive, merged where they
/// overlap and in text order, so that a token is looked up in them by halving.
fn possessive_names(text: &str, people: &[PersonMention]) -> Vec<Range<usize>> {
    let mut rs: Vec<Range<usize>> = people
        .iter()
        .filter(|p| possessive_name(text, p))
        .map(|p| p.range.clone())
        .collect();
    rs.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(rs.len());
    for r in rs {
        match merged.last_mut() {
            Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// `true` when `at` is inside one of the disjoint, ordered `ranges`.
fn within(ranges: &[Range<usize>], at: usize) -> bool {
    holding(ranges, at).is_some()
}

/// Which of the disjoint, ordered `ranges` holds `at`, found by halving.
fn holding(ranges: &[Range<usize>], at: usize) -> Option<usize> {
    let i = ranges.partition_point(|r| r.start <= at);
    (i > 0 && ranges[i - 1].contains(&at)).then(|| i - 1)
}

/// `true` when a person's name is written in the possessive ("Ada Quist's", "Ada
/// Jones'").
fn possessive_name(text: &str, p: &PersonMention) -> bool {
    let rest = text.get(p.range.end..).unwrap_or("");
    let mark = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'));
    mark.is_some_and(|after| {
        let next = after.chars().next();
        next == Some('s') && !after[1..].starts_with(char::is_alphabetic)
            || p.name.ends_with('s') && !next.is_some_and(char::is_alphabetic)
    })
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
        let calendar = st.classes & class::CALENDAR != 0;
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
    /// Where the words that put figures in another time or incident are: see
    /// [`Asides`].
    asides: Asides,
    source: Option<String>,
    time: Vec<String>,
}

/// The reach of a sentence's aside words, bounded by its relative clauses: whether each
/// clause holds one, and the first one outside them. Answers for a figure in the time
/// of a search among the clauses, however many asides and figures the sentence has.
#[derive(Default)]
struct Asides {
    clauses: Vec<Range<usize>>,
    inside: Vec<bool>,
    first_outside: Option<usize>,
}

impl Asides {
    fn of(c: &Ctx) -> Asides {
        let words = identity::elsewhere(c);
        if words.is_empty() {
            return Asides::default();
        }
        let clauses = identity::relative_clauses(c);
        let mut a = Asides {
            inside: vec![false; clauses.len()],
            clauses,
            first_outside: None,
        };
        for j in words {
            match a.clause(j) {
                Some(m) => a.inside[m] = true,
                None => {
                    a.first_outside.get_or_insert(j);
                }
            }
        }
        a
    }

    /// The relative clause holding token `j` (the clauses are disjoint, in order).
    fn clause(&self, j: usize) -> Option<usize> {
        holding(&self.clauses, j)
    }

    /// `true` when a word of the sentence puts the figure at token `at` in another
    /// time or incident: one in the figure's clause (a relative clause or the rest), or
    /// one before the figure's relative clause, which may be its antecedent's ("last
    /// year's attack, which killed 49").
    fn reach(&self, at: usize) -> bool {
        match self.clause(at) {
            Some(m) => {
                self.inside[m]
                    || self
                        .first_outside
                        .is_some_and(|j| j < self.clauses[m].start)
            }
            None => self.first_outside.is_some(),
        }
    }
}

impl SentenceFacts {
    fn of(c: &Ctx, people: &[PersonMention]) -> SentenceFacts {
        let mut time = identity::time_words(c);
        time.extend(identity::forecast_years(c));
        SentenceFacts {
            events: event_words(c, 0..c.toks.len(), people),
            asides: Asides::of(c),
            source: identity::source(c),
            time,
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

/// The first token from `k` on that may start a number or "percent of"
/// ([`numbers::may_start`], [`maybe_percent`]; not a lone "a", [`numbers::lone_quantifier`]),
/// or `toks.len()`: a tight loop over the tokens, most of which are words whose class
/// rules them out.
#[inline(never)]
fn next_candidate(text: &str, toks: &[Token], k: usize) -> usize {
    let mut from = k;
    while let Some(p) = toks
        .get(from..)
        .and_then(|rest| rest.iter().position(|t| !plain_word(text, t)))
    {
        let j = from + p;
        let maybe = numbers::may_start(text, toks, j) || maybe_percent(text, &toks[j]);
        // "a", "an" or "several" before a word that starts no number starts none either.
        if maybe && !numbers::lone_quantifier(text, toks, j) {
            return j;
        }
        from = j + 1;
    }
    toks.len()
}

/// `true` for a word whose class says it starts no number and that is no "per(cent)":
/// most tokens, passed over at a bit test or two (only words have a class).
#[inline(always)]
fn plain_word(text: &str, t: &Token) -> bool {
    const READ: u32 = class::NUMBER_START | class::POSSESSIVE | class::HYPHEN;
    t.class & READ == 0 && t.class != 0 && !maybe_percent(text, t)
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
    let n = st.tokens.len();
    // Most sentences have no token that may start a number: nothing else is worked out.
    let mut k = next_candidate(text, st.tokens, 0);
    if k >= n {
        return;
    }
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
    // The sentence's web addresses, found when a token may start a number.
    let mut urls: Option<Vec<Range<usize>>> = None;
    while k < n {
        // Most tokens start neither a number nor "percent of": one look at the token.
        k = next_candidate(text, st.tokens, k);
        if k >= n {
            break;
        }
        let urls = urls.get_or_insert_with(|| url_ranges(text, st.range.clone()));
        if urls.iter().any(|u| u.contains(&st.tokens[k].start)) {
            k += 1;
            continue;
        }
        if let Some((q, after)) = percent_of(&c, st, k) {
            out.push(q);
            k = after;
            continue;
        }
        let Some(num) = numbers::parse(text, st.tokens, k) else {
            k += 1;
            continue;
        };
        if pronoun_one(&c, &num) {
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
        let f = facts.get_or_insert_with(|| SentenceFacts::of(&c, people));
        if let Some((mut q, after)) = quantity(&c, st, num.clone(), &f.events) {
            refine(&c, &num, after, &mut q, f, (people, earlier));
            k = after.max(num.end);
            out.push(q);
        } else {
            k = num.end.max(k + 1);
        }
    }
}

/// "percent of 10", "per cent of twenty-two" at token `k`: the number after the words, a
/// percentage; with the token after it.
fn percent_of(c: &Ctx, st: &SentenceTokens, k: usize) -> Option<(Quantity, usize)> {
    let raw = c.raw(k);
    let per_cent = raw.eq_ignore_ascii_case("per") && c.raw(k + 1).eq_ignore_ascii_case("cent");
    let percent = raw.eq_ignore_ascii_case("percent") || raw.eq_ignore_ascii_case("percents");
    let of = k + if per_cent { 2 } else { 1 };
    if !(percent || per_cent) || !c.raw(of).eq_ignore_ascii_case("of") {
        return None;
    }
    let num = numbers::parse(c.text, st.tokens, of + 1).filter(|x| !x.ordinal)?;
    let r = st.tokens[k].start..st.tokens[num.end - 1].end;
    let mut q = exact(st, r, num.value, QuantityKind::Percent);
    q.unit = Some("%".into());
    Some((q, num.end))
}

/// `true` for a lone "one" or "a" that is an article or a pronoun, far more often than
/// a claim: "a" alone, "one of the …" (a choice), "the one", "which one", "when one is
/// killed" (a generic one).
fn pronoun_one(c: &Ctx, num: &Number) -> bool {
    if !num.words || num.end != num.start + 1 {
        return false;
    }
    let w = c.w(num.start);
    if matches!(w.as_str(), "one" | "a" | "an") && c.w(num.end).is_empty() {
        return true;
    }
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
                | "when"
                | "if"
        );
    w == "one" && (c.w(num.end) == "of" || determiner)
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
        q.scope = identity::scope(c, start, num.end, after, q.kind);
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
        if q.scope == Scope::Claim && f.asides.reach(num.start) && !superseded_later(c, after) {
            q.scope = Scope::Aside;
        }
    }
    q.source = f.source.clone();
    q.time = f.time.clone();
    if q.kind == QuantityKind::Age && super::claimscope::court_stage(c, start, after) {
        q.time.push(super::claimscope::COURT.to_string());
    }
    if q.kind == QuantityKind::Age && super::claimscope::died_stage(c, start, after) {
        q.time.push(super::claimscope::DIED.to_string());
    }
}

/// What a sum or a share is of ([`super::measured::topic`]): its key noun, its phrase,
/// and the predicate "progress" for a share that changes by the hour.
fn topic(c: &Ctx, start: usize, q: &mut Quantity, people: &[PersonMention]) {
    // A count of votes is measured like a sum: "a lead of 5,000 votes", "the margin
    // was 300 votes".
    let votes = q.kind == QuantityKind::Count
        && q.noun.is_none()
        && q.predicate.as_deref() == Some("voted");
    if !matches!(q.kind, QuantityKind::Money | QuantityKind::Percent) && !votes {
        return;
    }
    let mut end = (start..c.toks.len())
        .find(|&j| c.toks[j].start >= q.number_range.end)
        .unwrap_or(c.toks.len());
    // The votes are the unit, not what they measure.
    if votes && matches!(c.w(end).as_str(), "votes" | "vote") {
        end += 1;
    }
    let t = super::measured::topic(c, start, end, q.kind == QuantityKind::Money);
    if votes {
        q.noun = t.map(|t| t.lemma);
        return;
    }
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
    exact(st, r, num.value, kind)
}

/// An exact `value` of `kind` written at `r`, with nothing else known of it.
fn exact(st: &SentenceTokens, r: Range<usize>, value: f64, kind: QuantityKind) -> Quantity {
    Quantity {
        range: r.clone(),
        number_range: r,
        value,
        low: value,
        high: value,
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

/// A quantity being read: the tokens of the number with its unit, the unit, the type
/// and the value so far. Each parser below reads one construction and moves the ends.
struct Draft {
    /// First token of the number with its unit ("$" of "$100bn").
    first: usize,
    /// One past the last token of the number with its unit.
    end: usize,
    unit: Option<String>,
    kind: QuantityKind,
    value: f64,
}

/// The interval a quantity's wording allows, and the token its qualifier starts at.
struct Bounds {
    low: f64,
    high: f64,
    low_inclusive: bool,
    high_inclusive: bool,
    start: usize,
}

/// Builds the quantity around a number; returns it and the token index after it.
fn quantity(
    c: &Ctx,
    st: &SentenceTokens,
    num: Number,
    events: &[String],
) -> Option<(Quantity, usize)> {
    let toks = c.toks;
    let mut d = Draft {
        first: num.start,
        end: num.end,
        unit: None,
        kind: QuantityKind::Count,
        value: num.value,
    };
    currency_before(c, &mut d);
    scale_written_on(c, &mut d);
    describing_words(c, &mut d);
    unit_after(c, &mut d);
    calendar_kind(c, &num, &mut d);
    let mut noun = compound(c, &num, &mut d);
    let mut np_end = d.end;
    if noun.is_none() {
        (noun, np_end) = counted_noun(c, &d);
    }
    let mut b = qualified(c, &num, &d);
    if let Some(e2) = range_after(c, &num, &d, &mut b) {
        d.end = e2;
        np_end = np_end.max(d.end);
    }
    let end = d.end;
    let pred = predicate(c, b.start, np_end.max(end), 0);
    let span_end_tok = if noun.is_some() { np_end.max(end) } else { end };
    // A count of the killed, injured or missing with no noun counts people ("raising the
    // death toll to 47", "the strike killed 12"): the claim of "47 people died".
    let noun = noun.or_else(|| {
        let people = pred.as_deref().is_some_and(lexicon::claims::counts_people);
        (d.kind == QuantityKind::Count && people).then(|| "person".to_string())
    });
    let s = toks[b.start].start;
    let e = toks[span_end_tok.min(toks.len()) - 1].end;
    let ns = toks[d.first].start;
    let ne = toks[end.min(toks.len()) - 1].end;
    Some((
        Quantity {
            range: s..e,
            number_range: ns..ne,
            value: d.value,
            low: b.low,
            high: b.high,
            low_inclusive: b.low_inclusive,
            high_inclusive: b.high_inclusive,
            kind: d.kind,
            unit: d.unit,
            noun,
            predicate: pred,
            about: None,
            event: events.to_vec(),
            sentence: st.index,
            scope: Scope::Claim,
            holder: None,
            source: None,
            time: Vec::new(),
        },
        span_end_tok.max(end),
    ))
}

/// A currency before the number: "$100bn", "US$ 5", "USD 200", "c $ 16.4", "dollar 22.5
/// million", "MAUD 60" (millions of Australian dollars).
fn currency_before(c: &Ctx, d: &mut Draft) {
    let first = d.first;
    if first == 0 {
        return;
    }
    let before = c.raw(first - 1);
    let mut sym = currency_symbol(before);
    if sym.is_none() && first > 1 && before == "$" {
        sym = Some("USD");
    }
    if sym.is_none() && c.is_word(first - 1) {
        if let Some(cur) = million_code(before) {
            sym = Some(cur);
            d.value *= 1e6;
        } else if matches!(
            c.w(first - 1).as_str(),
            "dollar" | "dollars" | "euro" | "euros"
        ) {
            sym = currency_word(&c.w(first - 1));
        }
    }
    let Some(s) = sym else { return };
    d.unit = Some(s.to_string());
    d.kind = QuantityKind::Money;
    d.first -= if dollar_prefix(c, first) { 2 } else { 1 };
}

/// `true` for a country prefix word before the "$" before token `first`: "US$", "hk $",
/// "c $".
fn dollar_prefix(c: &Ctx, first: usize) -> bool {
    first >= 2
        && c.raw(first - 1) == "$"
        && c.is_word(first - 2)
        && c.raw(first - 2).len() <= 4
        && (c.attached(first - 1)
            || c.raw(first - 2)
                .chars()
                .all(|ch| ch.is_alphabetic() && ch.is_lowercase() || ch == '.'))
        && matches!(
            c.w(first - 2).as_str(),
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
        )
}

/// A scale written onto the number: "£40m" (a lower-case "m" on money is millions),
/// "2m euros", "3bn dollars" (the scale on the number, the currency after).
fn scale_written_on(c: &Ctx, d: &mut Draft) {
    if d.unit.is_some() && c.attached(d.end) && c.raw(d.end) == "m" {
        d.value *= 1e6;
        d.end += 1;
    }
    if d.unit.is_none()
        && c.attached(d.end)
        && matches!(c.raw(d.end), "m" | "bn")
        && currency_word(&c.w(d.end + 1)).is_some()
    {
        d.value *= if c.raw(d.end) == "m" { 1e6 } else { 1e9 };
        d.end += 1;
    }
}

/// One or two describing words before a currency word: "420 million finnish markka",
/// "10 us dollar", "125 million australian dollars".
fn describing_words(c: &Ctx, d: &mut Draft) {
    let end = d.end;
    if d.unit.is_some()
        || currency_word(&c.w(end)).is_some()
        || currency_symbol(c.raw(end)).is_some()
    {
        return;
    }
    for gap in 1..=2 {
        let between_ok = (end..end + gap).all(|j| {
            c.is_word(j)
                && !NP_STOP.contains(&c.w(j).as_str())
                && c.w(j).chars().all(char::is_alphabetic)
        });
        if between_ok && currency_word(&c.w(end + gap)).is_some_and(|x| x != "pence" && x != "cent")
        {
            d.end += gap;
            return;
        }
    }
}

/// The unit after the number: a currency ("50 million usd", "MAUD"), a percentage
/// ("20%", "20 per cent", "3 percentage points"), a measure ("120mm", "45 miles"), or
/// the scale word a money amount's grammar left ("$ 75 million").
fn unit_after(c: &Ctx, d: &mut Draft) {
    let next = c.w(d.end);
    if let Some(cur) = million_code(c.raw(d.end)).filter(|_| d.unit.is_none()) {
        d.unit = Some(cur.to_string());
        d.kind = QuantityKind::Money;
        d.value *= 1e6;
        d.end += 1;
    }
    if d.unit.is_some() {
        if let Some(s) = numbers::scale_word(&next) {
            d.value *= s;
            d.end += 1;
        }
        return;
    }
    let by_word = currency_word(&next).is_some();
    if let Some(cur) = currency_word(&next).or_else(|| currency_symbol(c.raw(d.end))) {
        money_after(c, d, cur, by_word);
    } else if c.raw(d.end) == "%"
        || matches!(next.as_str(), "percent" | "percentage" | "percents")
        || (next == "per" && c.w(d.end + 1) == "cent")
    {
        d.kind = QuantityKind::Percent;
        d.unit = Some("%".into());
        d.end += if next == "per" { 2 } else { 1 };
        if c.w(d.end) == "points" || c.w(d.end) == "point" {
            d.unit = Some("pp".into());
            d.end += 1;
        }
    } else if let Some(m) = measure_unit(&next).filter(|_| {
        c.attached(d.end)
            || next.len() > 2
            || matches!(
                next.as_str(),
                "km" | "kg" | "mm" | "cm" | "ft" | "mi" | "lb" | "ml"
            )
    }) {
        // "m" after money is million, handled by the number grammar.
        d.kind = QuantityKind::Measure;
        d.unit = Some(m.to_string());
        d.end += 1;
    }
}

/// A currency after the number (`cur`, a word when `by_word`), with a scale after it
/// ("75 usd million") or cents ("3 dollars 50 cents").
fn money_after(c: &Ctx, d: &mut Draft, cur: &str, by_word: bool) {
    d.unit = Some(match cur {
        "cent" => "cent".into(),
        "pence" => "pence".into(),
        _ => cur.to_string(),
    });
    d.kind = QuantityKind::Money;
    d.end += 1;
    if let Some(s) = numbers::scale_word(&c.w(d.end)) {
        d.value *= s;
        d.end += 1;
    } else if cur != "cent" && cur != "pence" {
        cents_after(c, d, by_word);
    }
}

/// Cents after a sum: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
/// "15 dollars 50"; after a sign only with "cents" ("10 $ 30 $" is two sums).
fn cents_after(c: &Ctx, d: &mut Draft, by_word: bool) {
    let mut j = d.end;
    if c.w(j) == "and" {
        j += 1;
    }
    let Some(n2) = numbers::parse(c.text, c.toks, j)
        .filter(|n| !n.ordinal && n.value < 100.0 && n.value >= 1.0 && n.value.fract() == 0.0)
    else {
        return;
    };
    let mut e2 = n2.end;
    let cents_word = currency_word(&c.w(e2)).is_some_and(|x| x == "cent" || x == "pence");
    if cents_word {
        e2 += 1;
    }
    let closed = e2 >= c.toks.len() || c.toks[e2].kind == Kind::Punct;
    if closed && by_word || cents_word {
        d.value += n2.value / 100.0;
        d.end = e2;
    }
}

/// Ranks, and calendar years and dates: four digits 1800–2100 standing alone, or a day
/// after a month.
fn calendar_kind(c: &Ctx, num: &Number, d: &mut Draft) {
    if num.ordinal {
        d.kind = QuantityKind::Ordinal;
        return;
    }
    let is_year = !num.words && d.kind == QuantityKind::Count && num.end == num.start + 1 && {
        let r = c.raw(num.start);
        r.len() == 4
            && r.chars().all(|ch| ch.is_ascii_digit())
            && (1800.0..=2100.0).contains(&num.value)
    };
    let after_month = num.start > 0 && lexicon::is_calendar(&c.w(num.start - 1));
    if is_year || (after_month && !num.words && num.value <= 31.0) {
        d.kind = QuantityKind::Date;
    }
}

/// A hyphenated compound: "28-point plan", "12-cent" (money), "four-year-old" (inside
/// the word token); returns the counted noun it names.
fn compound(c: &Ctx, num: &Number, d: &mut Draft) -> Option<String> {
    let end = d.end;
    if c.raw(end) == "-" && c.attached(end) && c.is_word(end + 1) && c.attached(end + 1) {
        let w = c.w(end + 1);
        let head = w.split('-').next().unwrap_or(&w);
        d.end += 2;
        if let Some(cur) = currency_word(head) {
            d.unit = Some(cur.to_string());
            d.kind = QuantityKind::Money;
            return None;
        }
        return Some(singular(head));
    }
    let rest = num.suffix.as_deref()?;
    let head = rest.split('-').next().unwrap_or(rest);
    if let Some(cur) = currency_word(head).filter(|_| d.unit.is_none()) {
        d.unit = Some(cur.to_string());
        d.kind = QuantityKind::Money;
        return None;
    }
    Some(singular(head))
}

/// The counted noun, the head of the noun phrase after the number ("300 armed
/// soldiers"), or the object of "of" after a share or a sum ("20% of the land"); with
/// the token after the phrase.
fn counted_noun(c: &Ctx, d: &Draft) -> (Option<String>, usize) {
    let end = d.end;
    let mut j = end;
    let mut head = None;
    while j < c.toks.len() && j < end + 4 && c.is_word(j) {
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
        // After the noun, a word in "-ed" is its verb: "300 soldiers crossed", "one
        // school closed" (before it, an adjective: "300 armed soldiers").
        if head.is_some() && w.as_str().len() > 3 && w.as_str().ends_with("ed") {
            break;
        }
        head = Some(j);
        // A plural is the head of the phrase: what follows is no part of it ("two dozen
        // families left", "12 schools reopened", "five days ago"). A possessive is not
        // one ("2 Kowalski's offices").
        let possessive = c.toks[j].word_class(c.text) & lexicon::class::POSSESSIVE != 0;
        j += 1;
        if !possessive && singular(&w) != w.as_str() {
            break;
        }
    }
    if let Some(h) = head {
        return (Some(singular(&c.w(h))), h + 1);
    }
    let share = matches!(d.kind, QuantityKind::Percent | QuantityKind::Money);
    if share && c.w(end) == "of" {
        return (object_of(c, end + 1), end);
    }
    (None, end)
}

/// The object after the "of" of "…% of Ukraine", "$100bn of frozen assets", from token
/// `from`: its last uncommon word before a verb.
fn object_of(c: &Ctx, from: usize) -> Option<String> {
    let mut last = None;
    let mut j = from;
    while j < c.toks.len() && j < from + 5 && c.is_word(j) {
        let w = c.w(j);
        if NP_STOP.contains(&w.as_str()) && last.is_some()
            || lexicon::is_speech_verb(&w)
            || predicate_group(&w).is_some()
        {
            break;
        }
        // Frequent words here are verbs ("20% of the land remains …").
        if !NP_STOP.contains(&w.as_str()) && (!lexicon::is_common_word(&w) || last.is_none()) {
            last = Some(j);
        }
        j += 1;
    }
    last.map(|l| singular(&c.w(l)))
}

/// The interval of the value: its rounding, a vague plural's range, and the qualifier
/// before it ("at least", "more than", "nearly", "about", "up to", "fewer than").
fn qualified(c: &Ctx, num: &Number, d: &Draft) -> Bounds {
    let v = d.value;
    let mut b = Bounds {
        low: v - num.rounding,
        high: v + num.rounding,
        low_inclusive: true,
        high_inclusive: true,
        start: d.first,
    };
    if let Some((lo, hi)) = num.vague {
        b.low = lo;
        b.high = hi;
    }
    let Some((q, at)) = qualifier_before(c, d.first) else {
        return b;
    };
    b.start = at;
    match q {
        Qualifier::AtLeast => b.high = f64::INFINITY,
        Qualifier::MoreThan => {
            b.low = v;
            b.low_inclusive = false;
            b.high = f64::INFINITY;
        }
        // "nearly 20%" does not deny 20%.
        Qualifier::Nearly => (b.low, b.high) = (v * 0.85, v),
        Qualifier::About => (b.low, b.high) = (v * 0.9, v * 1.1),
        Qualifier::UpTo => b.low = 0.0,
        Qualifier::FewerThan => {
            b.low = 0.0;
            b.high = v;
            b.high_inclusive = false;
        }
    }
    b
}

/// A range: "between X and Y", "X to Y", "X-Y"; widens `b` and returns the token after
/// the second number.
fn range_after(c: &Ctx, num: &Number, d: &Draft, b: &mut Bounds) -> Option<usize> {
    let (first, end, v) = (d.first, d.end, d.value);
    let join = c.w(end);
    let joined = join == "to"
        || join == "and" && first >= 1 && c.w(first - 1) == "between"
        || c.raw(end) == "-"
        || c.raw(end) == "–";
    if !joined || d.kind == QuantityKind::Date {
        return None;
    }
    let n2 = numbers::parse(c.text, c.toks, end + 1)?;
    if n2.ordinal
        || n2.value < v
        || n2.value > 100.0 * v.abs().max(1.0)
        || join == "to" && predicate_group(&c.w(first.saturating_sub(1))).is_some()
    {
        return None;
    }
    let mut e2 = n2.end;
    // "10 to 20 million": the scale of the second applies to the first.
    let scale = numbers::scale_word(&c.w(n2.end - 1));
    if n2.value > 1000.0 && v < 1000.0 && num.rounding == 0.0 && scale.is_some() {
        b.low = v * scale.unwrap_or(1.0);
    }
    if c.raw(e2) == "%" {
        e2 += 1;
    }
    b.high = n2.value.max(b.low);
    b.high_inclusive = true;
    if join == "and" {
        b.start = first - 1;
    }
    Some(e2)
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

    use super::QuantityKind as K;
    use crate::extract::identity::Scope;

    /// The quantity whose clean text contains `words`.
    fn find(text: &str, words: &str) -> super::Quantity {
        let a = analyse(Document::text("t", format!("Headline Here\n{text}")));
        let q = a
            .quantities
            .iter()
            .find(|q| a.doc.clean[q.range.clone()].contains(words));
        q.unwrap_or_else(|| panic!("no quantity {words:?} in {text:?}: {:?}", a.quantities))
            .clone()
    }

    #[test]
    fn an_age_in_every_form_is_its_persons() {
        for (text, age) in [
            ("Lena Brandt, 31, was hurt in the crash.", "31"),
            ("The 31-year-old Lena Brandt was hurt.", "31-year-old"),
            ("Lena Brandt, aged 31, was hurt.", "31"),
        ] {
            let q = find(text, age);
            assert_eq!(q.kind, K::Age, "{text}");
            assert_eq!(q.value, 31.0, "{text}");
            assert!(
                q.holder.as_deref().is_some_and(|h| h.contains("brandt")),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn an_age_after_a_suffix_or_in_a_list_is_its_persons() {
        let holder = |text: &str, age: &str| find(text, age).holder.unwrap_or_default();
        let t = "Her father, Tomas Vreeland Jr., 61, was hurt.";
        assert!(holder(t, "61").contains("vreeland"), "{t}");
        let t = "Named were 44-year-old Officer Ada Quist, 37-year-old Officer Rune Havel and \
                 52-year-old Officer Ivo Marek.";
        assert!(holder(t, "37-year-old").contains("havel"), "{t}");
        assert!(holder(t, "52-year-old").contains("marek"), "{t}");
        assert!(holder(t, "44-year-old").contains("quist"), "{t}");
        // The name before the comma keeps an age with an article and no name after.
        let t = "Ada Quist, a 37-year-old nurse, was hurt.";
        assert!(holder(t, "37-year-old").contains("quist"), "{t}");
    }

    #[test]
    fn the_same_age_again_refers_to_its_first_mention() {
        let text = "Headline Here\nPolice named the woman as 20-year-old Mira Vantess. Her \
                    daughters, 4-year-old Ania and 2-month-old Lotte, sat in the car. The \
                    4-year-old was grazed, police said.";
        let a = analyse(Document::text("t", text.to_string()));
        let fours: Vec<_> = a
            .quantities
            .iter()
            .filter(|q| q.kind == K::Age && q.value == 4.0)
            .collect();
        assert_eq!(fours.len(), 2, "{:?}", a.quantities);
        assert!(fours.iter().all(|q| q.holder.is_none()), "{fours:?}");
        // Without the earlier mention, "the 4-year-old" is still the woman named before.
        let q = find(
            "Police named Mira Vantess on Monday. The 20-year-old was grazed.",
            "20-year-old",
        );
        assert!(q.holder.is_some_and(|h| h.contains("vantess")));
    }

    #[test]
    fn a_duration_is_no_age() {
        let q = find("Ivo Marek got three years probation.", "three years");
        assert_eq!(q.kind, K::Duration);
        assert!(q.holder.is_none());
    }

    #[test]
    fn clock_times_and_model_numbers_are_no_counts() {
        let counts = |t: &str| {
            qs(t)
                .into_iter()
                .filter(|q| q.kind == K::Count)
                .map(|q| q.value)
                .collect::<Vec<_>>()
        };
        assert!(counts("The alarm rang at 2:35 p.m. in Oskarvik.").is_empty());
        assert!(!counts("The ferry was hit by an F-16 jet.").contains(&16.0));
    }

    #[test]
    fn a_count_takes_its_role_from_the_predicate() {
        let a = qs("The blast in Oskarvik killed two people and injured nine others.");
        let roles: Vec<_> = a.iter().map(|q| q.predicate.as_deref()).collect();
        assert_eq!(roles, [Some("killed"), Some("injured")]);
        assert_ne!(a[0].key(), a[1].key());
    }

    #[test]
    fn parts_and_increments_are_no_totals() {
        let q = find("Nine people were hurt, including three children.", "three");
        assert_eq!(q.scope, Scope::Part);
        let q = find("Rescuers found another 20 people alive.", "20");
        assert_eq!(q.scope, Scope::Increment);
    }

    #[test]
    fn a_whole_number_and_a_vulgar_fraction_are_one_number() {
        assert_eq!(find("The pipe is 4½ metres long.", "4").value, 4.5);
        assert_eq!(find("The pipe is 4 ½ metres long.", "4").value, 4.5);
    }

    #[test]
    fn measures_in_a_row_are_each_a_claim() {
        // "a depth of 10 km, 30 km from Ostvik": no list of parts.
        let q = find(
            "It struck at a depth of 10 km, 30 km north of Ostvik.",
            "30 km",
        );
        assert_eq!(q.scope, Scope::Claim);
        assert_eq!(q.predicate.as_deref(), Some("from ostvik"));
        // The place past a description: "of the regional capital, Ostvik".
        let q = find(
            "It struck 30 km north of the regional capital, Ostvik.",
            "30 km",
        );
        assert_eq!(q.predicate.as_deref(), Some("from ostvik"));
    }

    #[test]
    fn a_nationality_names_no_event() {
        let q = find(
            "About a quarter of the guests were Dutch and Danish citizens.",
            "quarter",
        );
        assert!(q.event.is_empty(), "{:?}", q.event);
    }

    #[test]
    fn a_price_keeps_its_kind() {
        let a = find("The 310p offer price was a surprise.", "310p");
        let b = find(
            "Shares closed at 290p, the closing price on Friday.",
            "290p",
        );
        assert_ne!(a.noun, b.noun);
        // "corporate income tax rate" is corporate tax, as "corporate tax" is.
        let a = find("The corporate income tax rate will be cut to 18%.", "18%");
        let b = find("The bill would cut corporate tax to 16%.", "16%");
        assert_eq!(a.key(), b.key());
    }

    #[test]
    fn the_source_is_the_head_of_its_phrase() {
        let q = find(
            "About 40% of homes were lost, according to the district governor.",
            "40%",
        );
        assert_eq!(q.source.as_deref(), Some("governor"));
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
