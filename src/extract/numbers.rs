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
    fn vague_opt(mut self, range: Option<(f64, f64)>) -> Number {
        self.vague = range;
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
    Some(with_power(&Cursor { text, toks }, n))
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

fn parse_base(text: &str, toks: &[Token], i: usize) -> Option<Number> {
    if !may_start(text, toks, i) {
        return None;
    }
    // "a", "an", "several", "few" and "many" start a number only before a word that may
    // start one ("a dozen", "several hundred"): most of them start none, and the next
    // token's class says so without parsing.
    if toks[i].kind == Kind::Word && !may_start(text, toks, i + 1) {
        let raw = toks[i].text(text);
        if raw.len() <= 7
            && ["a", "an", "several", "few", "many"]
                .iter()
                .any(|w| raw.eq_ignore_ascii_case(w))
        {
            return None;
        }
    }
    let c = Cursor { text, toks };
    let mut k = i;
    let mut sign = 1.0;
    if let Some(w) = c.w(k) {
        if (w == "minus" || w == "negative") && c.numberish(k + 1) {
            sign = -1.0;
            k += 1;
        }
    } else if c.raw(k) == "-"
        && c.is(k + 1, Kind::Number)
        && (k == 0 || c.attached(k + 1) && c.toks[k].space_before)
    {
        sign = -1.0;
        k += 1;
    }
    let start_body = k;
    // Vulgar fractions.
    if let Some(v) = vulgar_fraction(c.raw(k)) {
        return Some(Number::new(v, i, k + 1));
    }
    // "a/an" as one before a scale or fraction word: "a dozen", "a million", "a half".
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut seen = false;
    let mut words_only = true;
    let mut last_small = false; // the previous atom was a unit/tens/digits
    let mut last_tens = false;
    let mut decimals_in_digits = 0usize;
    let mut used_scale = false;
    let mut ordinal = false;
    let mut vague = None;
    if let Some(w) = c.w(k) {
        if (w == "a" || w == "an")
            && c.w(k + 1).is_some_and(|n| {
                n == "hundred"
                    || n == "dozen"
                    || scale_word(&n).is_some()
                    || ordinal_word(&n).is_some_and(|o| o >= 2.0)
                    || n == "quarter"
                    || n == "half"
                    || small_words(&n).is_some_and(|x| x.1)
            })
        {
            current = 1.0;
            seen = true;
            k += 1;
            last_small = true;
        } else if w == "half" || w == "quarter" {
            // "half a million", "half million", "quarter million".
            let f = if w == "half" { 0.5 } else { 0.25 };
            let mut j = k + 1;
            if c.w(j).is_some_and(|x| x == "a") {
                j += 1;
            }
            if let Some(s) = c.w(j).and_then(|x| scale_word(&x)) {
                return Some(Number::new(sign * f * s, i, j + 1).words(true));
            }
            if c.w(j).is_some_and(|x| x == "dozen") {
                return Some(Number::new(sign * f * 12.0, i, j + 1).words(true));
            }
            if w == "half" {
                return Some(Number::new(sign * 0.5, i, k + 1).words(true));
            }
            return None;
        } else if let Some(s) = scale_word(&w).filter(|_| w.ends_with('s')) {
            // "thousands", "hundreds of thousands", "millions".
            let mut lo = 2.0 * s;
            let hi = 999.0 * s;
            let mut end = k + 1;
            if c.w(k + 1).as_deref() == Some("of") {
                if let Some(s2) = c.w(k + 2).and_then(|x| scale_word(&x)) {
                    lo = 2.0 * s * s2;
                    end = k + 3;
                    return Some(Number::new(lo, i, end).words(true).vague((lo, hi * s2)));
                }
            }
            return Some(Number::new(lo, i, end).words(true).vague((lo, hi)));
        } else if w == "hundreds" || w == "dozens" || w == "tens" {
            let (lo, hi) = match w.as_str() {
                "hundreds" => (200.0, 999.0),
                "dozens" => (24.0, 99.0),
                _ => (20.0, 99.0),
            };
            if c.w(k + 1).as_deref() == Some("of") {
                if let Some(s2) = c.w(k + 2).and_then(|x| scale_word(&x)) {
                    return Some(
                        Number::new(lo * s2, i, k + 3)
                            .words(true)
                            .vague((lo * s2, hi * s2)),
                    );
                }
            }
            return Some(Number::new(lo, i, k + 1).words(true).vague((lo, hi)));
        } else if w == "several" || w == "few" || w == "many" {
            // "several hundred thousand".
            let (lo_m, hi_m) = if w == "few" { (2.0, 5.0) } else { (3.0, 9.0) };
            let mut j = k + 1;
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
            return Some(
                Number::new(lo_m * mult, i, j)
                    .words(true)
                    .vague((lo_m * mult, hi_m * mult)),
            );
        }
    }
    loop {
        if c.is(k, Kind::Number) {
            if last_small {
                break;
            }
            let (v, next) = spaced_groups(&c, k);
            // A fraction written with a slash: "3/4", "2 1/4".
            let slash_before = k > 0 && c.raw(k - 1) == "/" && c.attached(k);
            if c.raw(next) == "/"
                && c.is(next + 1, Kind::Number)
                && c.attached(next)
                && c.attached(next + 1)
                && c.raw(next + 2) != "/"
                && !slash_before
            {
                let den = digits_value(&c, next + 1).unwrap_or(0.0);
                if den != 0.0 {
                    let frac = v / den;
                    let value = if seen { current + total + frac } else { frac };
                    return Some(Number::new(sign * value, i, next + 2));
                }
            }
            // Dates written with slashes ("5/17/2018") are not fractions.
            let raw = c.raw(k);
            decimals_in_digits = raw.split_once('.').map_or(0, |(_, d)| d.len());
            // Scientific notation: "1e10", "12.32e+14", "-12e-1".
            if c.attached(next) {
                if let Some(w) = c.w(next) {
                    if let Some(exp) = w.strip_prefix('e') {
                        let (e_val, e_end) = if exp.is_empty()
                            && matches!(c.raw(next + 1), "+" | "-")
                            && c.is(next + 2, Kind::Number)
                            && c.attached(next + 1)
                        {
                            let sgn = if c.raw(next + 1) == "-" { -1.0 } else { 1.0 };
                            (digits_value(&c, next + 2).map(|x| sgn * x), next + 3)
                        } else {
                            (exp.parse::<f64>().ok(), next + 1)
                        };
                        if let Some(e) = e_val.filter(|e| e.abs() <= 300.0) {
                            return Some(Number::new(sign * v * 10f64.powf(e), i, e_end));
                        }
                    }
                }
            }
            // A mixed number: "2 1/4".
            if c.is(next, Kind::Number)
                && c.raw(next + 1) == "/"
                && c.attached(next + 1)
                && c.is(next + 2, Kind::Number)
                && c.attached(next + 2)
                && c.raw(next + 3) != "/"
            {
                let num = digits_value(&c, next).unwrap_or(0.0);
                let den = digits_value(&c, next + 2).unwrap_or(0.0);
                if den != 0.0 && num < den {
                    return Some(Number::new(sign * (v + num / den), i, next + 3));
                }
            }
            current += v;
            seen = true;
            words_only = false;
            last_small = true;
            last_tens = false;
            k = next;
            // Ordinal suffix: "21st", "4th".
            if let Some(w) = c.w(k) {
                if c.attached(k) && matches!(w.as_str(), "st" | "nd" | "rd" | "th") {
                    return Some(Number::new(sign * current, i, k + 1).ordinal(true));
                }
                // Attached scale: "100bn", "10k", "1.2b".
                if c.attached(k) {
                    if let Some(s) = attached_scale(c.raw(k)) {
                        let value = current * s;
                        let rounding = 0.5 * 10f64.powi(-(decimals_in_digits as i32)) * s;
                        return Some(Number::new(sign * value, i, k + 1).rounding(rounding));
                    }
                }
            }
            // A spaced abbreviation: "2.33 k", "10 bln".
            if let Some(w) = c.w(k) {
                if matches!(w.as_str(), "k" | "bln" | "tln" | "mln" | "bn" | "tn")
                    || matches!(c.raw(k), "K" | "M" | "G" | "B")
                {
                    let s = attached_scale(c.raw(k))
                        .or_else(|| attached_scale(&w))
                        .unwrap_or(1.0);
                    return Some(Number::new(sign * current * s, i, k + 1));
                }
            }
            continue;
        }
        let Some(w) = c.w(k) else { break };
        if small_words(&w).is_none() && w.contains('-') && !last_small {
            // "four-year-old", "twenty-six-year-old": a number word, then a noun.
            let parts: Vec<&str> = w.split('-').collect();
            for cut in (1..parts.len()).rev() {
                let head = parts[..cut].join("-");
                if let Some((v, false)) = small_words(&head) {
                    let rest = parts[cut..].join("-");
                    if let Some(den) = ordinal_word(&rest).filter(|d| *d >= 2.0 && cut == 1) {
                        return Some(Number::new(sign * v / den, i, k + 1).words(true));
                    }
                    if rest.chars().next().is_some_and(char::is_alphabetic)
                        && small_words(&rest).is_none()
                    {
                        return Some(
                            Number::new(sign * (total + current + v), i, k + 1)
                                .words(words_only)
                                .suffix(rest),
                        );
                    }
                }
            }
        }
        if let Some((v, is_ord)) = small_words(&w) {
            if is_ord && seen && words_only {
                return Some(Number::new(sign * (total + current) / v, i, k + 1).words(true));
            }
            if last_small && !(last_tens && v < 10.0) {
                break;
            }
            if is_ord {
                if seen {
                    // "one twenty-first": a fraction.
                    let value = current / v;
                    return Some(Number::new(sign * value, i, k + 1).words(true));
                }
                return Some(Number::new(sign * v, i, k + 1).ordinal(true).words(true));
            }
            current += v;
            seen = true;
            last_tens = tens_word(&w).is_some();
            last_small = true;
            k += 1;
            // "one - fourth", "five - eighths"
            if c.raw(k) == "-" {
                if let Some(den) = c
                    .w(k + 1)
                    .and_then(|x| ordinal_word(&x))
                    .filter(|d| *d >= 2.0)
                {
                    return Some(
                        Number::new(sign * (total + current) / den, i, k + 2).words(words_only),
                    );
                }
            }
            // "fifty - two"
            if last_tens
                && c.raw(k) == "-"
                && c.w(k + 1)
                    .and_then(|x| unit_word(&x))
                    .is_some_and(|u| (1.0..=9.0).contains(&u))
            {
                k += 1;
            }
            continue;
        }
        if w == "hundred" || w == "hundreds" && seen {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            seen = true;
            used_scale = true;
            last_small = false;
            last_tens = false;
            k += 1;
            continue;
        }
        if let Some(s) = scale_word(&w) {
            if !seen {
                // A bare scale word ("thousand") counts as one of it.
                current = 1.0;
            }
            if current == 0.0 && total > 0.0 {
                total *= s;
            } else {
                total += current * s;
            }
            current = 0.0;
            seen = true;
            used_scale = true;
            last_small = false;
            last_tens = false;
            k += 1;
            continue;
        }
        if (w == "dozen" || w == "dozens" || w == "dozs" || w == "dzs" || w == "doz") && seen {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            last_small = false;
            k += 1;
            continue;
        }
        if w == "and" && seen && !last_small && c.numberish(k + 1) && {
            // Only a smaller part may follow "and": "one hundred and three", but "3
            // hundred and 2 hundred" are two numbers.
            let next_v = if c.is(k + 1, Kind::Number) {
                digits_value(&c, k + 1)
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
            // A fraction or dozen after "and" is handled on its own below.
            let fraction_next = c.w(k + 2).is_some_and(|x| {
                ordinal_word(&x).is_some_and(|o| o >= 2.0)
                    || x.starts_with("doz")
                    || small_words(&x).is_some_and(|y| y.1)
            });
            let last_scale = if current > 0.0 {
                100.0
            } else {
                largest_scale_below(total.abs().max(1.0))
            };
            !fraction_next
                && next_v.is_some_and(|v| v < last_scale)
                && (after < last_scale || after > total + current)
        } {
            // "one hundred and three"; not "three and two hundred" when a full number
            // stands on both sides of a scale.
            k += 1;
            last_small = false;
            last_tens = false;
            continue;
        }
        let numerator = c.w(k + 1).and_then(|x| {
            if x == "a" || x == "an" {
                Some(1.0)
            } else {
                small_words(&x).filter(|y| !y.1).map(|y| y.0)
            }
        });
        if w == "and"
            && seen
            && numerator.is_some()
            && c.w(k + 2).is_some_and(|x| {
                ordinal_word(&x).is_some_and(|o| o >= 2.0)
                    && (x.ends_with('s') || numerator == Some(1.0) || x == "half")
            })
        {
            let den = ordinal_word(&c.w(k + 2).unwrap_or_default()).unwrap_or(2.0);
            let frac = numerator.unwrap_or(1.0) / den;
            let mut end = k + 3;
            let mut value = total + current + frac;
            // "five and a half million"
            if let Some(s) = c.w(end).and_then(|x| scale_word(&x)) {
                value = if total > 0.0 && current == 0.0 {
                    total + frac * s
                } else {
                    (total + current + frac) * s
                };
                end += 1;
            } else if total > 0.0 && current == 0.0 {
                // "one million and a half" = 1.5 million
                let last_scale = largest_scale_below(total);
                value = total + frac * last_scale;
            }
            return Some(Number::new(sign * value, i, end).words(words_only));
        }
        if w == "point" && seen && c.numberish(k + 1) {
            // Decimals in words: digit by digit, or one compound ("point seventy-one").
            let mut j = k + 1;
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
            if !digits.is_empty() {
                let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
                return Some(Number::new(sign * (total + current + frac), i, j).words(words_only));
            }
            break;
        }
        // Fractions: "two thirds", "five eighths", "one hundred and three quarters".
        if seen && last_small && words_only && !matches!(w.as_str(), "second" | "seconds") {
            if let Some(den) = ordinal_word(&w).filter(|d| *d >= 2.0) {
                let plural = w.ends_with('s');
                let singular_ok = current == 1.0;
                if plural || singular_ok {
                    let mut value = total + current / den;
                    let mut end = k + 1;
                    // "a quarter million", "three quarters billion"
                    if let Some(s) = c.w(end).and_then(|x| scale_word(&x)) {
                        value *= s;
                        end += 1;
                    }
                    // "two thirds of a million"
                    if c.w(end).as_deref() == Some("of") && c.w(end + 1).as_deref() == Some("a") {
                        if let Some(s) = c.w(end + 2).and_then(|x| scale_word(&x)) {
                            value *= s;
                            end += 3;
                        }
                    }
                    return Some(Number::new(sign * value, i, end).words(words_only));
                }
            }
        }
        if (w == "over" || w == "out" || w == "in") && seen && total == 0.0 && !used_scale {
            // "one over three", "one out of three", "1 in twenty-one".
            let mut j = k + 1;
            if w == "out" {
                if c.w(j).as_deref() != Some("of") {
                    break;
                }
                j += 1;
            }
            let small_digits = current < 100.0
                && c.is(j, Kind::Number)
                && digits_value(&c, j).is_some_and(|d| d < 1000.0)
                && !c.is(j + 1, Kind::Word);
            if (w == "over" && (words_only || c.w(j).is_some() || small_digits)) || w != "over" {
                if w == "in" && !(c.w(j).is_some() && c.numberish(j)) {
                    break;
                }
                if let Some(d) = parse(text, toks, j)
                    .filter(|d| !d.ordinal && d.value != 0.0 && (w == "over" || current < d.value))
                {
                    return Some(Number::new(sign * current / d.value, i, d.end).words(words_only));
                }
            }
            break;
        }
        break;
    }
    if !seen || k == start_body {
        return None;
    }
    let value = total + current;
    // Rounded forms: "3.2 billion" covers 3.15–3.25 billion.
    let rounding = if used_scale && !words_only {
        let scale = largest_scale_below(value.abs().max(1.0));
        0.5 * 10f64.powi(-(decimals_in_digits as i32)) * scale
    } else {
        0.0
    };
    let _ = &mut ordinal;
    let _ = &mut vague;
    Some(
        Number::new(sign * value, i, k)
            .ordinal(ordinal)
            .rounding(rounding)
            .words(words_only)
            .vague_opt(vague),
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
