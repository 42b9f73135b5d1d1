//! The number grammar: digits with separators ("600,000", "1.5", "1 234 567"), number
//! words ("twenty-six", "three hundred and two"), scales ("3.2 billion", "100bn", "a
//! dozen", "13 lakh"), fractions ("two thirds", "one and a half", "3/4", "½"), decimals in
//! words ("two point five"), signs ("minus five"), and ordinals ("21st", "twenty-first").
//!
//! [`parse`] reads one number starting at a token and says where it ends; it never looks
//! further than the number itself, so a sentence is read in linear time.

use crate::document::tokens::{Kind, Token};
use crate::lexicon::class;
use crate::lexicon::numbers::{ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS};
use crate::normalize::FoldedWord;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A number read from tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// Index of the first token.
    pub start: usize,
    /// Index one past the last token.
    pub end: usize,
    /// `true` for ordinals ("21st", "third" used as a rank).
    pub ordinal: bool,
    /// Relative precision implied by the wording: 0 for exact digits, about half a unit of
    /// the last digit for rounded forms with a scale word ("1.5 million" is 1.45–1.55 M).
    pub rounding: f64,
    /// `true` when written only in words (no digits).
    pub words: bool,
    /// Vague plurals ("hundreds of thousands", "dozens"): the range they stand for.
    pub vague: Option<(f64, f64)>,
    /// The rest of a hyphenated compound ("year-old" in "four-year-old").
    pub suffix: Option<String>,
}

impl Number {
    /// An exact number of digits between token `start` and `end`.
    fn new(value: f64, start: usize, end: usize) -> Number {
        Number {
            value,
            start,
            end,
            ordinal: false,
            rounding: 0.0,
            words: false,
            vague: None,
            suffix: None,
        }
    }
    fn ordinal(mut self, ordinal: bool) -> Number {
        self.ordinal = ordinal;
        self
    }
    fn rounding(mut self, rounding: f64) -> Number {
        self.rounding = rounding;
        self
    }
    fn words(mut self, words: bool) -> Number {
        self.words = words;
        self
    }
    fn vague(mut self, range: (f64, f64)) -> Number {
        self.vague = Some(range);
        self
    }
    fn suffix(mut self, rest: String) -> Number {
        self.suffix = Some(rest);
        self
    }
}

fn unit_word(w: &str) -> Option<f64> {
    number_word(w)?.unit
}

fn tens_word(w: &str) -> Option<f64> {
    number_word(w)?.tens
}

/// Large scale words and abbreviations.
pub fn scale_word(w: &str) -> Option<f64> {
    number_word(w)?.scale
}

/// One-letter scale suffixes written onto digits ("10k", "1.2b", "10M", "100bn").
fn attached_scale(w: &str) -> Option<f64> {
    let w = w.trim_end_matches('.');
    match w {
        "k" | "K" => Some(1e3),
        "M" | "MM" => Some(1e6),
        "b" | "B" => Some(1e9),
        "G" | "g" => Some(1e9),
        "T" => Some(1e12),
        _ => scale_word(&w.to_lowercase()),
    }
}

/// Ordinal words and the denominators they stand for in fractions.
fn ordinal_word(w: &str) -> Option<f64> {
    let w = w.strip_suffix('s').unwrap_or(w);
    number_word(w)?.ordinal
}

/// What one word of the tables above can be.
#[derive(Default)]
struct NumberWord {
    unit: Option<f64>,
    tens: Option<f64>,
    scale: Option<f64>,
    ordinal: Option<f64>,
}

/// Looks a folded word up in all the number-word tables at once.
fn number_word(w: &str) -> Option<&'static NumberWord> {
    static MAP: OnceLock<HashMap<&'static str, NumberWord>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: HashMap<&'static str, NumberWord> = HashMap::default();
        for (w, v) in UNIT_WORDS {
            m.entry(w).or_default().unit = Some(*v);
        }
        for (w, v) in TENS_WORDS {
            m.entry(w).or_default().tens = Some(*v);
        }
        for (w, v) in SCALE_WORDS {
            m.entry(w).or_default().scale = Some(*v);
        }
        for (w, v) in ORDINAL_WORDS {
            m.entry(w).or_default().ordinal = Some(*v);
        }
        m
    })
    .get(w)
}

/// Value of a word or hyphenated compound of small number words ("twenty-six"), with
/// whether it is a compound ordinal ("twenty-first").
fn small_words(w: &str) -> Option<(f64, bool)> {
    if let Some(v) = number_word(w).and_then(|n| n.unit.or(n.tens)) {
        return Some((v, false));
    }
    let (a, b) = w.split_once('-')?;
    let t = tens_word(a)?;
    if let Some(u) = unit_word(b).filter(|u| *u >= 1.0 && *u <= 9.0) {
        return Some((t + u, false));
    }
    let o = ordinal_word(b).filter(|o| {
        *o >= 1.0 && *o <= 9.0 && !b.starts_with("half") && !b.starts_with("quarter")
    })?;
    Some((t + o, true))
}

/// Parses a digit token: "600,000", "1.5", ".08", "4.800", "1,3" (a decimal comma).
pub fn parse_digits(s: &str) -> Option<f64> {
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let cleaned: String = if commas > 0 && dots == 0 {
        // "600,000" groups thousands; "1,3" or "5,00" is a decimal comma.
        let groups: Vec<&str> = s.split(',').collect();
        let thousands = groups[1..].iter().all(|g| g.len() == 3)
            || groups[1..].iter().all(|g| g.len() == 2 || g.len() == 3)
                && groups.last().is_some_and(|g| g.len() == 3);
        if thousands {
            s.replace(',', "")
        } else if commas == 1 {
            s.replace(',', ".")
        } else {
            s.replace(',', "")
        }
    } else if commas > 0 && dots > 0 {
        let last_comma = s.rfind(',').unwrap_or(0);
        let last_dot = s.rfind('.').unwrap_or(0);
        if last_dot > last_comma {
            s.replace(',', "")
        } else {
            s.replace('.', "").replace(',', ".")
        }
    } else if dots > 1 {
        s.replace('.', "")
    } else {
        s.to_string()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn vulgar_fraction(c: &str) -> Option<f64> {
    Some(match c {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// Reads tokens as a sequence, with helpers for lookahead.
struct Cursor<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl Cursor<'_> {
    fn w(&self, k: usize) -> Option<FoldedWord<'_>> {
        let t = self.toks.get(k)?;
        (t.kind == Kind::Word).then(|| t.folded(self.text))
    }
    fn raw(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.text(self.text))
    }
    fn is(&self, k: usize, kind: Kind) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == kind)
    }
    fn attached(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.space_before)
    }
    /// `true` when token `k` can start or continue a number in words.
    fn numberish(&self, k: usize) -> bool {
        if self.is(k, Kind::Number) {
            return true;
        }
        let Some(w) = self.w(k) else { return false };
        small_words(&w).is_some()
            || w == "hundred"
            || scale_word(&w).is_some()
            || w == "dozen"
            || w == "dozens"
    }
}

fn digits_value(c: &Cursor, k: usize) -> Option<f64> {
    parse_digits(c.raw(k))
}

/// Digit groups separated by single spaces or thin spaces: "1 234 567", "40 000".
fn spaced_groups(c: &Cursor, k: usize) -> (f64, usize) {
    let first = c.raw(k);
    let Some(mut v) = (first.len() <= 3 && first.chars().all(|ch| ch.is_ascii_digit()))
        .then(|| first.parse::<f64>().ok())
        .flatten()
    else {
        return (digits_value(c, k).unwrap_or(0.0), k + 1);
    };
    let mut j = k + 1;
    let group_ok = |g: &str| {
        let int = g.split('.').next().unwrap_or("");
        int.len() == 3 && int.chars().all(|ch| ch.is_ascii_digit()) && !g.contains(',')
    };
    while c.is(j, Kind::Number) && group_ok(c.raw(j)) && {
        let gap = &c.text[c.toks[j - 1].end..c.toks[j].start];
        gap == " " || gap == "\u{202f}" || gap == "\u{a0}" || gap == "\u{2009}"
    } {
        v = v * 1000.0 + c.raw(j).parse::<f64>().unwrap_or(0.0);
        j += 1;
        if c.raw(j - 1).contains('.') {
            break;
        }
    }
    (v, j)
}

/// `true` when token `i` may start a number: a cheap test that needs no allocation, so
/// the parser is only run where it can succeed.
#[inline(always)]
pub(crate) fn may_start(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    match t.kind {
        // Most tokens are classified words: their class answers.
        Kind::Word if t.class != 0 && t.class & (class::POSSESSIVE | class::HYPHEN) == 0 => {
            t.class & class::NUMBER_START != 0
        }
        // An ASCII mark starts a number only as a lone '-'; vulgar fractions are not ASCII.
        Kind::Punct if text.as_bytes().get(t.start).is_some_and(u8::is_ascii) => {
            t.end - t.start == 1 && text.as_bytes()[t.start] == b'-'
        }
        _ => may_start_slow(text, toks, i),
    }
}

/// [`may_start`] for every other token.
#[inline(never)]
fn may_start_slow(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    match t.kind {
        Kind::Number => true,
        Kind::Punct => {
            let r = t.text(text);
            // Vulgar fractions are two or three bytes.
            r == "-" || r.len() > 1 && vulgar_fraction(r).is_some()
        }
        Kind::Word => {
            let raw = t.text(text);
            let class = t.word_class(text);
            if class & (class::POSSESSIVE | class::HYPHEN) == 0 {
                return class & class::NUMBER_START != 0;
            }
            // A possessive without a hyphen is read whole, apostrophe included, and no
            // word that starts a number has one (`no_number_word_has_an_apostrophe`).
            if class & class::HYPHEN == 0 {
                return false;
            }
            // The part before a hyphen ("twenty" of "twenty-two"); '-' is one byte.
            let head = raw
                .bytes()
                .position(|b| b == b'-')
                .map_or(raw, |p| &raw[..p]);
            if class & class::FOLDED != 0 {
                return crate::lexicon::classes(head) & class::NUMBER_START != 0;
            }
            crate::normalize::with_folded(head, |w| {
                crate::lexicon::classes(w) & class::NUMBER_START != 0
            })
        }
    }
}

/// Parses the number that starts at token `i`, if one does.
pub fn parse(text: &str, toks: &[Token], i: usize) -> Option<Number> {
    let n = parse_base(text, toks, i)?;
    let c = Cursor { text, toks };
    Some(with_power(&c, with_vulgar_fraction(&c, n)))
}

/// A vulgar fraction after whole digits: "4½", "4 ½" are four and a half.
fn with_vulgar_fraction(c: &Cursor, n: Number) -> Number {
    let whole = !n.words && !n.ordinal && n.value.fract() == 0.0 && n.value >= 0.0;
    match vulgar_fraction(c.raw(n.end)).filter(|_| whole && c.is(n.end - 1, Kind::Number)) {
        Some(f) => Number {
            value: n.value + f,
            end: n.end + 1,
            ..n
        },
        None => n,
    }
}

/// A power written after a number: "1.1^23", "2.5^-1", "-1.1^--23" (signs multiply),
/// "1.3x10^6".
fn with_power(c: &Cursor, n: Number) -> Number {
    let mut k = n.end;
    let mut mantissa = None;
    if c.raw(k).eq_ignore_ascii_case("x10") && c.attached(k) && c.raw(k + 1) == "^" {
        mantissa = Some(n.value);
        k += 1;
    }
    if c.raw(k) != "^" || !c.attached(k) || n.words || n.ordinal {
        return n;
    }
    let mut j = k + 1;
    let mut negative = false;
    while j < k + 3 && matches!(c.raw(j), "+" | "-") {
        negative ^= c.raw(j) == "-";
        j += 1;
    }
    let Some(e) = c
        .is(j, Kind::Number)
        .then(|| parse_digits(c.raw(j)))
        .flatten()
    else {
        return n;
    };
    let e = if negative { -e } else { e };
    let value = match mantissa {
        Some(m) => m * 10f64.powf(e),
        None => n.value.signum() * n.value.abs().powf(e),
    };
    if !value.is_finite() {
        return n;
    }
    Number {
        value,
        end: j + 1,
        rounding: 0.0,
        ..n
    }
}

/// What a step of the parser decided: read on, stop before the current token and return
/// what was read so far, or return this result at once.
enum Step {
    Next,
    Stop,
    Done(Option<Number>),
}

/// The state of [`parse_base`] while it reads a number atom by atom.
struct State {
    /// Index of the number's first token (a sign included).
    start: usize,
    /// -1 after "minus", "negative" or a leading '-'.
    sign: f64,
    /// The token being read.
    k: usize,
    /// The value of the parts closed by a scale word ("two thousand" of "two thousand six").
    total: f64,
    /// The value since the last scale word.
    current: f64,
    /// `true` once some value was read.
    seen: bool,
    /// `true` while no digits were read.
    words_only: bool,
    /// The previous atom was a unit, tens or digits.
    last_small: bool,
    /// The previous atom was a tens word.
    last_tens: bool,
    /// Digits after the decimal point of the last digits read.
    decimals_in_digits: usize,
    /// A scale word or "hundred" was read.
    used_scale: bool,
}

impl State {
    /// A number of `value` (the sign applied) from the start up to token `end`.
    fn number(&self, value: f64, end: usize) -> Number {
        Number::new(self.sign * value, self.start, end)
    }
}

/// The number at token `i` before any power: a sign, then one construction or a sum of
/// atoms (digits, number words, scale words) read by the parsers below.
fn parse_base(text: &str, toks: &[Token], i: usize) -> Option<Number> {
    if !may_start(text, toks, i) || lone_quantifier(text, toks, i) {
        return None;
    }
    let c = Cursor { text, toks };
    let (sign, k) = read_sign(&c, i);
    // Vulgar fractions.
    if let Some(v) = vulgar_fraction(c.raw(k)) {
        return Some(Number::new(v, i, k + 1));
    }
    let mut st = State {
        start: i,
        sign,
        k,
        total: 0.0,
        current: 0.0,
        seen: false,
        words_only: true,
        last_small: false,
        last_tens: false,
        decimals_in_digits: 0,
        used_scale: false,
    };
    if let Some(w) = c.w(k) {
        if let Step::Done(n) = lead_word(&c, &mut st, &w) {
            return n;
        }
    }
    loop {
        let step = if c.is(st.k, Kind::Number) {
            digits_atom(&c, &mut st)
        } else if let Some(w) = c.w(st.k) {
            word_atom(&c, &mut st, &w)
        } else {
            Step::Stop
        };
        match step {
            Step::Next => continue,
            Step::Stop => break,
            Step::Done(n) => return n,
        }
    }
    finish(&st, k)
}

/// `true` for "a", "an", "several", "few" and "many" before a word that may not start a
/// number: they start one only before one ("a dozen", "several hundred"), and the next
/// token's class says so without parsing.
pub(crate) fn lone_quantifier(text: &str, toks: &[Token], i: usize) -> bool {
    if toks[i].kind != Kind::Word {
        return false;
    }
    // The word first (its length and first letter rule most out), the next token after.
    let raw = toks[i].text(text).as_bytes();
    let quantifier = match raw.len() {
        1 | 2 => raw.eq_ignore_ascii_case(b"a") || raw.eq_ignore_ascii_case(b"an"),
        3 => raw.eq_ignore_ascii_case(b"few"),
        4 => raw.eq_ignore_ascii_case(b"many"),
        7 => raw.eq_ignore_ascii_case(b"several"),
        _ => false,
    };
    quantifier && !may_start(text, toks, i + 1)
}

/// A sign before a number: "minus five", "negative 3", " -4" (a '-' attached to digits,
/// after a space or at the start). Returns the sign and the token after it.
fn read_sign(c: &Cursor, k: usize) -> (f64, usize) {
    if let Some(w) = c.w(k) {
        if (w == "minus" || w == "negative") && c.numberish(k + 1) {
            return (-1.0, k + 1);
        }
    } else if c.raw(k) == "-"
        && c.is(k + 1, Kind::Number)
        && (k == 0 || c.attached(k + 1) && c.toks[k].space_before)
    {
        return (-1.0, k + 1);
    }
    (1.0, k)
}

/// The first word of a number when it has a grammar of its own: "a" as one ("a dozen",
/// "a million", "a half"), "half a million", vague plurals ("thousands", "dozens of
/// millions") and "several hundred". [`Step::Next`] reads on from the state.
fn lead_word(c: &Cursor, st: &mut State, w: &str) -> Step {
    let k = st.k;
    if (w == "a" || w == "an") && c.w(k + 1).is_some_and(|n| one_before(&n)) {
        st.current = 1.0;
        st.seen = true;
        st.k += 1;
        st.last_small = true;
        Step::Next
    } else if w == "half" || w == "quarter" {
        Step::Done(half_of(c, st, w))
    } else if let Some(s) = scale_word(w).filter(|_| w.ends_with('s')) {
        Step::Done(Some(vague_scales(c, st, w, s)))
    } else if w == "hundreds" || w == "dozens" || w == "tens" {
        Step::Done(Some(vague_scales(c, st, w, 0.0)))
    } else if w == "several" || w == "few" || w == "many" {
        Step::Done(several(c, st, w))
    } else {
        Step::Next
    }
}

/// `true` for a word that "a" or "an" counts as one of: "hundred", "dozen", a scale, a
/// denominator ("a third", "a quarter", "a half", "a twenty-first").
fn one_before(n: &str) -> bool {
    n == "hundred"
        || n == "dozen"
        || scale_word(n).is_some()
        || ordinal_word(n).is_some_and(|o| o >= 2.0)
        || n == "quarter"
        || n == "half"
        || small_words(n).is_some_and(|x| x.1)
}

/// "half a million", "half million", "quarter million", "half a dozen", or "half" alone.
fn half_of(c: &Cursor, st: &State, w: &str) -> Option<Number> {
    let k = st.k;
    let f = if w == "half" { 0.5 } else { 0.25 };
    let mut j = k + 1;
    if c.w(j).is_some_and(|x| x == "a") {
        j += 1;
    }
    if let Some(s) = c.w(j).and_then(|x| scale_word(&x)) {
        return Some(st.number(f * s, j + 1).words(true));
    }
    if c.w(j).is_some_and(|x| x == "dozen") {
        return Some(st.number(f * 12.0, j + 1).words(true));
    }
    if w == "half" {
        return Some(st.number(0.5, k + 1).words(true));
    }
    None
}

/// Vague plurals: "thousands", "millions", "hundreds", "dozens", "tens", each maybe "of"
/// a scale ("hundreds of thousands"). `s` is the scale of a plural scale word, 0 for
/// "hundreds", "dozens" and "tens". The sign is not applied.
fn vague_scales(c: &Cursor, st: &State, w: &str, s: f64) -> Number {
    let k = st.k;
    let (lo, hi) = match w {
        _ if s != 0.0 => (2.0 * s, 999.0 * s),
        "hundreds" => (200.0, 999.0),
        "dozens" => (24.0, 99.0),
        _ => (20.0, 99.0),
    };
    if c.w(k + 1).as_deref() == Some("of") {
        if let Some(s2) = c.w(k + 2).and_then(|x| scale_word(&x)) {
            return Number::new(lo * s2, st.start, k + 3)
                .words(true)
                .vague((lo * s2, hi * s2));
        }
    }
    Number::new(lo, st.start, k + 1).words(true).vague((lo, hi))
}

/// "several hundred thousand", "a few million", "many dozen": a vague multiple of the
/// scales that follow; nothing without one.
fn several(c: &Cursor, st: &State, w: &str) -> Option<Number> {
    let (lo_m, hi_m) = if w == "few" { (2.0, 5.0) } else { (3.0, 9.0) };
    let mut j = st.k + 1;
    let mut mult = 1.0;
    let mut any = false;
    while let Some(x) = c.w(j) {
        if x == "hundred" {
            mult *= 100.0;
        } else if let Some(s) = scale_word(&x).filter(|_| !x.ends_with('s')) {
            mult *= s;
        } else if x == "dozen" {
            mult *= 12.0;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if !any {
        return None;
    }
    Some(
        Number::new(lo_m * mult, st.start, j)
            .words(true)
            .vague((lo_m * mult, hi_m * mult)),
    )
}

/// A digits token and what is written onto it: "3/4", "1e10", "2 1/4", "21st", "100bn",
/// "2.33 k", or plain digits (grouped: "1 234 567"), added to the value so far.
fn digits_atom(c: &Cursor, st: &mut State) -> Step {
    if st.last_small {
        return Step::Stop;
    }
    let k = st.k;
    let (v, next) = spaced_groups(c, k);
    if let Some(n) = slash_fraction(c, st, v, next) {
        return Step::Done(Some(n));
    }
    st.decimals_in_digits = c.raw(k).split_once('.').map_or(0, |(_, d)| d.len());
    if let Some(n) = scientific(c, st, v, next) {
        return Step::Done(Some(n));
    }
    if let Some(n) = mixed_number(c, st, v, next) {
        return Step::Done(Some(n));
    }
    st.current += v;
    st.seen = true;
    st.words_only = false;
    st.last_small = true;
    st.last_tens = false;
    st.k = next;
    match digits_suffix(c, st) {
        Some(n) => Step::Done(Some(n)),
        None => Step::Next,
    }
}

/// A fraction written with a slash: "3/4" (`v` read up to token `next`), or the fraction
/// of a mixed number after words ("one 1/2"). Not a date ("5/17/2018").
fn slash_fraction(c: &Cursor, st: &State, v: f64, next: usize) -> Option<Number> {
    let k = st.k;
    let slash_before = k > 0 && c.raw(k - 1) == "/" && c.attached(k);
    if c.raw(next) == "/"
        && c.is(next + 1, Kind::Number)
        && c.attached(next)
        && c.attached(next + 1)
        && c.raw(next + 2) != "/"
        && !slash_before
    {
        let den = digits_value(c, next + 1).unwrap_or(0.0);
        if den != 0.0 {
            let frac = v / den;
            let value = if st.seen {
                st.current + st.total + frac
            } else {
                frac
            };
            return Some(st.number(value, next + 2));
        }
    }
    None
}

/// Scientific notation after digits `v` that end before token `next`: "1e10",
/// "12.32e+14", "-12e-1" (exponents up to 300).
fn scientific(c: &Cursor, st: &State, v: f64, next: usize) -> Option<Number> {
    if !c.attached(next) {
        return None;
    }
    let w = c.w(next)?;
    let exp = w.strip_prefix('e')?;
    let (e_val, e_end) = if exp.is_empty()
        && matches!(c.raw(next + 1), "+" | "-")
        && c.is(next + 2, Kind::Number)
        && c.attached(next + 1)
    {
        let sgn = if c.raw(next + 1) == "-" { -1.0 } else { 1.0 };
        (digits_value(c, next + 2).map(|x| sgn * x), next + 3)
    } else {
        (exp.parse::<f64>().ok(), next + 1)
    };
    let e = e_val.filter(|e| e.abs() <= 300.0)?;
    Some(st.number(v * 10f64.powf(e), e_end))
}

/// A mixed number: "2 1/4" (the whole part `v` ends before token `next`; a proper
/// fraction follows).
fn mixed_number(c: &Cursor, st: &State, v: f64, next: usize) -> Option<Number> {
    if c.is(next, Kind::Number)
        && c.raw(next + 1) == "/"
        && c.attached(next + 1)
        && c.is(next + 2, Kind::Number)
        && c.attached(next + 2)
        && c.raw(next + 3) != "/"
    {
        let num = digits_value(c, next).unwrap_or(0.0);
        let den = digits_value(c, next + 2).unwrap_or(0.0);
        if den != 0.0 && num < den {
            return Some(st.number(v + num / den, next + 3));
        }
    }
    None
}

/// What ends a number right after digits: an ordinal suffix ("21st", "4th"), an attached
/// scale ("100bn", "10k", "1.2b", rounded to the last digit), or a spaced abbreviation
/// ("2.33 k", "10 bln").
fn digits_suffix(c: &Cursor, st: &State) -> Option<Number> {
    let k = st.k;
    let w = c.w(k)?;
    if c.attached(k) && matches!(w.as_str(), "st" | "nd" | "rd" | "th") {
        return Some(st.number(st.current, k + 1).ordinal(true));
    }
    if c.attached(k) {
        if let Some(s) = attached_scale(c.raw(k)) {
            let value = st.current * s;
            let rounding = 0.5 * 10f64.powi(-(st.decimals_in_digits as i32)) * s;
            return Some(st.number(value, k + 1).rounding(rounding));
        }
    }
    if matches!(w.as_str(), "k" | "bln" | "tln" | "mln" | "bn" | "tn")
        || matches!(c.raw(k), "K" | "M" | "G" | "B")
    {
        let s = attached_scale(c.raw(k))
            .or_else(|| attached_scale(&w))
            .unwrap_or(1.0);
        return Some(st.number(st.current * s, k + 1));
    }
    None
}

/// One word of a number in words, in the order the grammar tries them.
fn word_atom(c: &Cursor, st: &mut State, w: &str) -> Step {
    if small_words(w).is_none() && w.contains('-') && !st.last_small {
        if let Some(n) = hyphen_compound(st, w) {
            return Step::Done(Some(n));
        }
    }
    if let Some((v, is_ord)) = small_words(w) {
        return small_word(c, st, w, v, is_ord);
    }
    if scale_atom(st, w) {
        return Step::Next;
    }
    if w == "and" && st.seen && !st.last_small && c.numberish(st.k + 1) && and_continues(c, st) {
        // "one hundred and three"; not "three and two hundred" when a full number
        // stands on both sides of a scale.
        st.k += 1;
        st.last_small = false;
        st.last_tens = false;
        return Step::Next;
    }
    if w == "and" && st.seen {
        if let Some(n) = and_fraction(c, st) {
            return Step::Done(Some(n));
        }
    }
    if w == "point" && st.seen && c.numberish(st.k + 1) {
        return match point_decimals(c, st) {
            Some(n) => Step::Done(Some(n)),
            None => Step::Stop,
        };
    }
    // "ninety-five hundred fifths": a plural denominator after "hundred" too.
    let after_hundred = st.k > 0 && c.w(st.k - 1).as_deref() == Some("hundred") && w.ends_with('s');
    if st.seen
        && (st.last_small || after_hundred)
        && st.words_only
        && !matches!(w, "second" | "seconds")
    {
        if let Some(n) = word_fraction(c, st, w) {
            return Step::Done(Some(n));
        }
    }
    if (w == "over" || w == "out" || w == "in") && st.seen && st.total == 0.0 && !st.used_scale {
        return ratio(c, st, w).map_or(Step::Stop, |n| Step::Done(Some(n)));
    }
    Step::Stop
}

/// A number word joined to a noun by hyphens: "four-year-old", "twenty-six-year-old"
/// (the rest becomes the suffix), or a hyphenated fraction ("two-thirds").
fn hyphen_compound(st: &State, w: &str) -> Option<Number> {
    let parts: Vec<&str> = w.split('-').collect();
    for cut in (1..parts.len()).rev() {
        let head = parts[..cut].join("-");
        if let Some((v, false)) = small_words(&head) {
            let rest = parts[cut..].join("-");
            if let Some(den) = ordinal_word(&rest).filter(|d| *d >= 2.0 && cut == 1) {
                return Some(st.number(v / den, st.k + 1).words(true));
            }
            if rest.chars().next().is_some_and(char::is_alphabetic) && small_words(&rest).is_none()
            {
                return Some(
                    st.number(st.total + st.current + v, st.k + 1)
                        .words(st.words_only)
                        .suffix(rest),
                );
            }
        }
    }
    None
}

/// A unit, tens or compound word (value `v`): added to the value ("twenty" then "six"),
/// an ordinal ("twenty-first") or a denominator after words ("one twenty-first"), and
/// the spaced hyphens of "one - fourth" and "fifty - two".
fn small_word(c: &Cursor, st: &mut State, w: &str, v: f64, is_ord: bool) -> Step {
    let k = st.k;
    if let Some(n) = tens_denominator(c, st, v) {
        return Step::Done(Some(n));
    }
    if is_ord && st.seen && st.words_only {
        return Step::Done(Some(
            st.number((st.total + st.current) / v, k + 1).words(true),
        ));
    }
    if st.last_small && !(st.last_tens && v < 10.0) {
        return Step::Stop;
    }
    if is_ord {
        if st.seen {
            // "one twenty-first": a fraction.
            return Step::Done(Some(st.number(st.current / v, k + 1).words(true)));
        }
        return Step::Done(Some(st.number(v, k + 1).ordinal(true).words(true)));
    }
    st.current += v;
    st.seen = true;
    st.last_tens = tens_word(w).is_some();
    st.last_small = true;
    st.k += 1;
    let k = st.k;
    // "one - fourth", "five - eighths"
    if c.raw(k) == "-" {
        if let Some(den) = c
            .w(k + 1)
            .and_then(|x| ordinal_word(&x))
            .filter(|d| *d >= 2.0)
        {
            let value = (st.total + st.current) / den;
            return Step::Done(Some(st.number(value, k + 2).words(st.words_only)));
        }
    }
    // "fifty - two"
    if st.last_tens
        && c.raw(k) == "-"
        && c.w(k + 1)
            .and_then(|x| unit_word(&x))
            .is_some_and(|u| (1.0..=9.0).contains(&u))
    {
        st.k += 1;
    }
    Step::Next
}

/// A tens word and a plural unit ordinal after a numerator are one denominator: "three
/// twenty firsts" (3/21), "one hundred thirty fifths" (100/35); not after "and" ("one
/// hundred and thirty fifths" is 130/5) nor with no numerator ("twenty fifths" is 20/5).
fn tens_denominator(c: &Cursor, st: &State, v: f64) -> Option<Number> {
    let k = st.k;
    let after_and = k > 0 && c.w(k - 1).as_deref() == Some("and");
    if !st.seen || !st.words_only || after_and || !(20.0..=90.0).contains(&v) {
        return None;
    }
    tens_word(&c.w(k)?)?;
    let next = c.w(k + 1)?;
    let unit = ordinal_word(&next).filter(|u| (1.0..=9.0).contains(u))?;
    if !next.ends_with('s') && st.total + st.current != 1.0 {
        return None;
    }
    Some(
        st.number((st.total + st.current) / (v + unit), k + 2)
            .words(true),
    )
}

/// Scale words that multiply what was read: "hundred" ("hundreds" after a number),
/// "thousand", "million", "bn" (a bare one counts as one of it), "dozen" after a number.
/// `true` when the word was read.
fn scale_atom(st: &mut State, w: &str) -> bool {
    if w == "hundred" || w == "hundreds" && st.seen {
        st.current = if st.current == 0.0 {
            100.0
        } else {
            st.current * 100.0
        };
        st.seen = true;
        st.used_scale = true;
        st.last_small = false;
        st.last_tens = false;
    } else if let Some(s) = scale_word(w) {
        if !st.seen {
            // A bare scale word ("thousand") counts as one of it.
            st.current = 1.0;
        }
        if st.current == 0.0 && st.total > 0.0 {
            st.total *= s;
        } else {
            st.total += st.current * s;
        }
        st.current = 0.0;
        st.seen = true;
        st.used_scale = true;
        st.last_small = false;
        st.last_tens = false;
    } else if matches!(w, "dozen" | "dozens" | "dozs" | "dzs" | "doz") && st.seen {
        st.current = if st.current == 0.0 {
            12.0
        } else {
            st.current * 12.0
        };
        st.last_small = false;
    } else {
        return false;
    }
    st.k += 1;
    true
}

/// `true` when the "and" at the state's token joins a smaller part to the number: "one
/// hundred and three", but not "3 hundred and 2 hundred" (two numbers), nor a fraction
/// or dozen after "and" (read on their own).
fn and_continues(c: &Cursor, st: &State) -> bool {
    let k = st.k;
    let next_v = if c.is(k + 1, Kind::Number) {
        digits_value(c, k + 1)
    } else {
        c.w(k + 1).and_then(|x| small_words(&x)).map(|x| x.0)
    };
    let after = c
        .w(k + 2)
        .map(|x| {
            if x == "hundred" {
                100.0
            } else {
                scale_word(&x).unwrap_or(0.0)
            }
        })
        .unwrap_or(0.0);
    let fraction_next = c.w(k + 2).is_some_and(|x| {
        ordinal_word(&x).is_some_and(|o| o >= 2.0)
            || x.starts_with("doz")
            || small_words(&x).is_some_and(|y| y.1)
    });
    let last_scale = if st.current > 0.0 {
        100.0
    } else {
        largest_scale_below(st.total.abs().max(1.0))
    };
    !fraction_next
        && next_v.is_some_and(|v| v < last_scale)
        && (after < last_scale || after > st.total + st.current)
}

/// A fraction after "and": "one and a half", "two and three quarters", "five and a half
/// million", "one million and a half" (half of the last scale).
fn and_fraction(c: &Cursor, st: &State) -> Option<Number> {
    let k = st.k;
    let numerator = c.w(k + 1).and_then(|x| {
        if x == "a" || x == "an" {
            Some(1.0)
        } else {
            small_words(&x).filter(|y| !y.1).map(|y| y.0)
        }
    })?;
    let den_word = c.w(k + 2)?;
    let den = ordinal_word(&den_word).filter(|o| *o >= 2.0)?;
    if !(den_word.ends_with('s') || numerator == 1.0 || den_word == "half") {
        return None;
    }
    let (total, current) = (st.total, st.current);
    let frac = numerator / den;
    let mut end = k + 3;
    let mut value = total + current + frac;
    if let Some(s) = c.w(end).and_then(|x| scale_word(&x)) {
        value = if total > 0.0 && current == 0.0 {
            total + frac * s
        } else {
            (total + current + frac) * s
        };
        end += 1;
    } else if total > 0.0 && current == 0.0 {
        let last_scale = largest_scale_below(total);
        value = total + frac * last_scale;
    }
    Some(st.number(value, end).words(st.words_only))
}

/// Decimals in words after "point": digit by digit ("two point zero three"), or one
/// compound ("point seventy-one"). `None` when no digit word follows.
fn point_decimals(c: &Cursor, st: &State) -> Option<Number> {
    let mut j = st.k + 1;
    let mut digits = String::new();
    while let Some(x) = c.w(j) {
        match small_words(&x) {
            Some((v, false)) if v < 10.0 => digits.push_str(&format!("{}", v as u32)),
            Some((v, false)) if digits.is_empty() => {
                digits.push_str(&format!("{}", v as u32));
                j += 1;
                break;
            }
            _ => break,
        }
        j += 1;
    }
    if digits.is_empty() {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
    Some(
        st.number(st.total + st.current + frac, j)
            .words(st.words_only),
    )
}

/// Fractions in words after a number in words: "two thirds", "five eighths", "one
/// hundred and three quarters", "a quarter million", "two thirds of a million". The
/// denominator is plural, or singular after one ("one third").
fn word_fraction(c: &Cursor, st: &State, w: &str) -> Option<Number> {
    let den = ordinal_word(w).filter(|d| *d >= 2.0)?;
    if !(w.ends_with('s') || st.current == 1.0) {
        return None;
    }
    let mut value = st.total + st.current / den;
    let mut end = st.k + 1;
    if let Some(s) = c.w(end).and_then(|x| scale_word(&x)) {
        value *= s;
        end += 1;
    }
    if c.w(end).as_deref() == Some("of") && c.w(end + 1).as_deref() == Some("a") {
        if let Some(s) = c.w(end + 2).and_then(|x| scale_word(&x)) {
            value *= s;
            end += 3;
        }
    }
    Some(st.number(value, end).words(st.words_only))
}

/// A ratio after a small number: "one over three", "one out of three", "1 in
/// twenty-one" (the second number larger, except after "over").
fn ratio(c: &Cursor, st: &State, w: &str) -> Option<Number> {
    let mut j = st.k + 1;
    if w == "out" {
        if c.w(j).as_deref() != Some("of") {
            return None;
        }
        j += 1;
    }
    let current = st.current;
    let small_digits = current < 10_000.0
        && c.is(j, Kind::Number)
        && digits_value(c, j).is_some_and(|d| d < 1000.0)
        && !c.is(j + 1, Kind::Word);
    if w == "over" && !(st.words_only || c.w(j).is_some() || small_digits) {
        return None;
    }
    if w == "in" && !(c.w(j).is_some() && c.numberish(j)) {
        return None;
    }
    let d = parse(c.text, c.toks, j)
        .filter(|d| !d.ordinal && d.value != 0.0 && (w == "over" || current < d.value))?;
    Some(st.number(current / d.value, d.end).words(st.words_only))
}

/// The number read when no construction ended it: the sum of the parts, rounded to the
/// last digit times the scale for digits with a scale word ("3.2 billion" covers
/// 3.15–3.25 billion). `None` when nothing after the sign (`body`) was read.
fn finish(st: &State, body: usize) -> Option<Number> {
    if !st.seen || st.k == body {
        return None;
    }
    let value = st.total + st.current;
    let rounding = if st.used_scale && !st.words_only {
        let scale = largest_scale_below(value.abs().max(1.0));
        0.5 * 10f64.powi(-(st.decimals_in_digits as i32)) * scale
    } else {
        0.0
    };
    Some(
        st.number(value, st.k)
            .rounding(rounding)
            .words(st.words_only),
    )
}

fn largest_scale_below(v: f64) -> f64 {
    for s in [1e12, 1e9, 1e6, 1e3, 1e2] {
        if v >= s {
            return s;
        }
    }
    1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `may_start_slow` relies on to answer "no" for a possessive.
    #[test]
    fn no_number_word_has_an_apostrophe() {
        for w in crate::lexicon::numbers::start_words() {
            assert!(!w.contains(['\'', '’', 'ʼ']), "{w}");
        }
    }
    use crate::document::tokens::tokenize;

    fn num(s: &str) -> f64 {
        let toks = tokenize(s, 0..s.len());
        parse(s, &toks, 0)
            .unwrap_or_else(|| panic!("no number in {s}"))
            .value
    }

    fn read(s: &str) -> Option<Number> {
        let toks = tokenize(s, 0..s.len());
        parse(s, &toks, 0)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn signs() {
        assert_eq!(num("minus twelve"), -12.0);
        assert_eq!(num("negative 7"), -7.0);
        assert_eq!(num("-4 degrees"), -4.0);
        // A sign before no number is not read.
        assert_eq!(read("minus"), None);
    }

    #[test]
    fn lone_quantifiers() {
        assert_eq!(read("a lamp"), None);
        assert_eq!(read("several lamps"), None);
        assert_eq!(read("few"), None);
    }

    #[test]
    fn vulgar_fractions() {
        assert_eq!(num("¾ of the vote"), 0.75);
        assert_eq!(read("⅛").map(|n| n.end), Some(1));
        // After whole digits, attached or not, the fraction is part of the number.
        assert_eq!(num("4½ hours"), 4.5);
        assert_eq!(num("4 ½ hours"), 4.5);
        assert_eq!(read("4½").map(|n| n.end), Some(2));
        // Not after a decimal or words: "1.5 ½" is two numbers.
        assert_eq!(num("1.5 ½"), 1.5);
    }

    #[test]
    fn a_as_one() {
        assert_eq!(num("a million lamps"), 1e6);
        assert_eq!(num("a hundred"), 100.0);
        assert!(close(num("a third"), 1.0 / 3.0));
        assert_eq!(read("an orchard"), None);
    }

    #[test]
    fn halves_and_quarters() {
        assert_eq!(num("half a million"), 5e5);
        assert_eq!(num("quarter million"), 2.5e5);
        assert_eq!(num("half"), 0.5);
        assert_eq!(read("quarter"), None);
    }

    #[test]
    fn vague_plural_scales() {
        let n = read("thousands of lamps").unwrap();
        assert_eq!(
            (n.value, n.end, n.vague),
            (2000.0, 1, Some((2000.0, 999000.0)))
        );
        let n = read("dozens of millions").unwrap();
        assert_eq!(n.vague, Some((24e6, 99e6)));
        assert_eq!(read("tens").unwrap().vague, Some((20.0, 99.0)));
    }

    #[test]
    fn several_and_few() {
        let n = read("few thousand").unwrap();
        assert_eq!((n.value, n.vague), (2000.0, Some((2000.0, 5000.0))));
        assert_eq!(read("many dozen").unwrap().vague, Some((36.0, 108.0)));
    }

    #[test]
    fn slash_fractions_and_dates() {
        assert_eq!(num("5/8"), 0.625);
        // A date is not a fraction: only its first part is read.
        let n = read("5/17/2018").unwrap();
        assert_eq!((n.value, n.end), (5.0, 1));
        assert_eq!(read("7/0").map(|n| n.value), Some(7.0));
    }

    #[test]
    fn scientific_notation() {
        assert_eq!(num("1e10"), 1e10);
        assert!(close(num("12e-1"), 1.2));
        assert!(close(num("3.5e+2"), 350.0));
    }

    #[test]
    fn mixed_numbers() {
        assert_eq!(num("3 1/2 miles"), 3.5);
        // Not a proper fraction: the whole part alone.
        assert_eq!(read("3 5/4").map(|n| n.end), Some(1));
    }

    #[test]
    fn digit_suffixes() {
        let n = read("42nd street").unwrap();
        assert_eq!((n.value, n.ordinal), (42.0, true));
        let n = read("1.2b").unwrap();
        assert_eq!(n.value, 1.2e9);
        assert!(close(n.rounding, 0.05e9));
        assert_eq!(num("2.5 k"), 2500.0);
        assert_eq!(num("7 bln"), 7e9);
    }

    #[test]
    fn hyphen_compounds() {
        let n = read("seven-year-old").unwrap();
        assert_eq!((n.value, n.suffix.as_deref()), (7.0, Some("year-old")));
        assert!(close(num("three-quarters"), 0.75));
    }

    #[test]
    fn small_number_words() {
        assert_eq!(num("forty seven"), 47.0);
        assert_eq!(num("sixty - three"), 63.0);
        assert_eq!(num("one - fourth"), 0.25);
        let n = read("thirty-second").unwrap();
        assert_eq!((n.value, n.ordinal), (32.0, true));
        assert!(close(num("one thirty-first"), 1.0 / 31.0));
        // Two units in a row are two numbers.
        assert_eq!(read("five six").map(|n| n.end), Some(1));
    }

    #[test]
    fn scale_words() {
        assert_eq!(num("four thousand nine"), 4009.0);
        assert_eq!(num("thousand"), 1000.0);
        assert_eq!(num("three dozen"), 36.0);
        assert_eq!(num("6 hundred"), 600.0);
        assert_eq!(num("two million three hundred thousand"), 2.3e6);
    }

    #[test]
    fn and_between_parts() {
        assert_eq!(num("one hundred and nine"), 109.0);
        // A second full number after "and" is not part of the first.
        let n = read("4 hundred and 5 hundred").unwrap();
        assert_eq!((n.value, n.end), (400.0, 2));
    }

    #[test]
    fn and_fractions() {
        assert_eq!(num("three and three quarters"), 3.75);
        assert_eq!(num("two million and a half"), 2.5e6);
        assert_eq!(num("four and a half billion"), 4.5e9);
    }

    #[test]
    fn decimals_in_words() {
        assert_eq!(num("six point two"), 6.2);
        assert!(close(num("one point forty-four"), 1.44));
        let n = read("nine point blank").unwrap();
        assert_eq!((n.value, n.end), (9.0, 1));
    }

    #[test]
    fn fractions_in_words() {
        assert!(close(num("three fifths"), 0.6));
        assert!(close(num("one third"), 1.0 / 3.0));
        assert_eq!(num("three quarters billion"), 7.5e8);
        assert!(close(num("two thirds of a million"), 2e6 / 3.0));
        // A singular denominator needs "one": "two third" is two.
        assert_eq!(read("two third").map(|n| n.end), Some(1));
        // A tens word and a unit ordinal after a numerator are one denominator.
        assert!(close(num("three twenty firsts"), 3.0 / 21.0));
        assert!(close(num("one hundred thirty fifths"), 100.0 / 35.0));
        assert!(close(num("twenty fifths"), 4.0));
        // A plural denominator after "hundred".
        assert!(close(num("ninety - five hundred fifths"), 1900.0));
    }

    #[test]
    fn ratios() {
        assert!(close(num("one in twenty-one"), 1.0 / 21.0));
        assert!(close(num("two out of five"), 0.4));
        assert!(close(num("one over four"), 0.25));
        // "in" before digits is not a ratio.
        assert_eq!(read("one in 5").map(|n| n.end), Some(1));
        // Digits over digits, the first up to thousands; not before a noun.
        assert!(close(num("2000 over 3"), 2000.0 / 3.0));
        assert_eq!(read("2000 over 3 years").map(|n| n.end), Some(1));
    }

    #[test]
    fn sums_and_rounding() {
        let n = read("3.2 billion").unwrap();
        assert_eq!(n.value, 3.2e9);
        assert!(close(n.rounding, 0.05e9));
        let n = read("three billion").unwrap();
        assert_eq!((n.rounding, n.words), (0.0, true));
        assert_eq!(
            read("900").map(|n| (n.rounding, n.words)),
            Some((0.0, false))
        );
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(num("600,000"), 600000.0);
        assert_eq!(num("1.5"), 1.5);
        assert_eq!(num("twenty-six"), 26.0);
        assert_eq!(num("three"), 3.0);
        assert_eq!(num("a dozen"), 12.0);
        assert_eq!(num("one hundred and sixty-one"), 161.0);
        assert_eq!(num("two hundred and two thousand"), 202000.0);
        assert_eq!(num("3.2 billion"), 3.2e9);
        assert_eq!(num("1.2 million"), 1.2e6);
        assert_eq!(num("100bn"), 1e11);
        assert_eq!(num("10k"), 1e4);
        assert_eq!(num("4 thousand 3 hundred and 21"), 4321.0);
        assert_eq!(num("1 234 567"), 1234567.0);
    }

    #[test]
    fn powers() {
        assert!((num("1.1^23") - 1.1f64.powi(23)).abs() < 1e-9);
        assert!((num("2.5^-1") - 0.4).abs() < 1e-12);
        assert!((num("-1.1^--23") + 1.1f64.powi(23)).abs() < 1e-9);
        assert!((num("1.3x10^6") - 1.3e6).abs() < 1e-6);
    }

    #[test]
    fn fractions_and_decimals() {
        assert!((num("two thirds") - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(num("one and a half"), 1.5);
        assert_eq!(num("five and a half million"), 5.5e6);
        assert_eq!(num("3/4"), 0.75);
        assert_eq!(num("two hundred point zero three"), 200.03);
        assert_eq!(num("half a dozen"), 6.0);
        assert_eq!(num("minus five point five"), -5.5);
    }

    #[test]
    fn vague_plurals() {
        let s = "hundreds of thousands";
        let toks = tokenize(s, 0..s.len());
        let n = parse(s, &toks, 0).unwrap();
        assert_eq!(n.vague, Some((200000.0, 999000.0)));
        let s = "several hundred thousand";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(
            parse(s, &toks, 0).unwrap().vague,
            Some((300000.0, 900000.0))
        );
    }
}
