//! Types a quantity by what its words say: an age ("31-year-old", "aged 31", "Lena
//! Brandt, 31,"), a duration ("three years probation"), a fraction as a percentage ("a
//! third of homes", "one in five"); measures in their base unit; and the rounding
//! written digits imply ("4 miles" is 3.5–4.5 miles).

use super::identity::{self, Around};
use super::numbers::Number;
use super::quantities::{singular, Ctx, Quantity, QuantityKind};
use super::PersonMention;
use crate::document::tokens::Kind;
use crate::lexicon::claims;
use crate::lexicon::units::{dimension, to_base};
use crate::lexicon::NP_STOP;

/// Words before a count that say nothing of what it counts.
const NOT_VERBS: &[&str] = &[
    "other", "another", "those", "these", "all", "only", "just", "least", "most", "total", "than",
    "about", "around", "nearly", "almost", "some", "over", "under", "were", "was", "are", "had",
    "has", "have", "and", "but", "with", "for", "from", "into", "that", "which", "who",
];

/// What a measure is of: "a depth of 1.2 miles" (depth), "13 miles east of Cloverdale"
/// (from Cloverdale).
pub(super) fn measure_of(c: &Ctx, start: usize, after: usize, q: &mut Quantity) {
    if q.kind != QuantityKind::Measure || q.predicate.is_some() {
        return;
    }
    if start >= 2 && c.w(start - 1) == "of" && c.is_word(start - 2) {
        let w = c.w(start - 2);
        if !NP_STOP.contains(&w.as_str()) {
            q.predicate = Some(w.as_str().to_string());
            return;
        }
    }
    let hi = (after + 4).min(c.toks.len());
    if let Some(j) = (after..hi).find(|&j| matches!(c.w(j).as_str(), "of" | "from")) {
        if let Some(k) = place_after(c, j + 1) {
            q.predicate = Some(format!("from {}", c.w(k).as_str()));
        }
    }
}

/// The place named within a few words from token `from`: "Cloverdale", "the town of
/// Cloverdale", "the provincial capital, Cloverdale" (a capitalised word, past lower-case
/// words and one comma).
fn place_after(c: &Ctx, from: usize) -> Option<usize> {
    let hi = (from + 5).min(c.toks.len());
    let mut commas = 0;
    for k in from..hi {
        let t = &c.toks[k];
        if t.kind == Kind::Word && t.word_class(c.text) & crate::lexicon::class::CAPITALISED != 0 {
            return Some(k);
        }
        if t.kind != Kind::Word {
            commas += 1;
            if c.raw(k) != "," || commas > 1 {
                return None;
            }
        }
    }
    None
}

/// Makes a count an age, a duration or a fraction when its words say so.
pub(super) fn retype(
    c: &Ctx,
    num: &Number,
    start: usize,
    after: usize,
    q: &mut Quantity,
    people: &[PersonMention],
    earlier: &[PersonMention],
) {
    if q.kind != QuantityKind::Count {
        return;
    }
    let around = Around {
        start: q.number_range.start,
        end: q.range.end,
        sentence: q.sentence,
        people,
        earlier,
    };
    compound_thing(c, after, q);
    if age_or_duration(c, num, start, after, q, &around) || age_forms(c, num, q, &around) {
        return;
    }
    // A fraction is a share ("take nearly half of all spending"): the verb before it
    // says nothing of what it is of, as for a percentage.
    fraction_share(c, num, after, q);
    if q.kind == QuantityKind::Count {
        count_verb(c, start, after, q);
    }
}

/// "a 15-point plan": the points of a plan.
fn compound_thing(c: &Ctx, after: usize, q: &mut Quantity) {
    let compound = c.text[q.number_range.clone()].contains('-');
    if compound && q.predicate.is_none() && c.is_word(after) {
        let thing = c.w(after);
        if !NP_STOP.contains(&thing.as_str())
            && claims::time_unit(q.noun.as_deref().unwrap_or("")).is_none()
        {
            q.predicate = Some(format!("of {}", singular(thing.as_str())));
        }
    }
}

/// "31-year-old", "a 20 year-old man" (an age, its holder found), "three years
/// probation" (a duration, its role found); `true` when the count was one.
fn age_or_duration(
    c: &Ctx,
    num: &Number,
    start: usize,
    after: usize,
    q: &mut Quantity,
    around: &Around,
) -> bool {
    let unit_days = q
        .noun
        .as_deref()
        .and_then(|n| claims::time_unit(n.split('-').next().unwrap_or(n)))
        .or_else(|| {
            // "a 20 year-old man": the compound after the number, the noun after it.
            let w = c.w(num.end);
            let (unit, rest) = w.split_once('-')?;
            rest.ends_with("old")
                .then(|| claims::time_unit(unit))
                .flatten()
        });
    if let Some(days) = unit_days {
        let old = c.text[q.number_range.start..q.range.end].contains("old") || c.w(after) == "old";
        if old {
            q.kind = QuantityKind::Age;
            scale(q, days / 365.25);
            q.holder = identity::age_holder(c, around, true)
                .or_else(|| identity::identified_as(c, num.start, after, around))
                .or_else(|| identity::back_reference(c, num.start, after, around));
        } else {
            q.kind = QuantityKind::Duration;
            scale(q, days);
            q.predicate = duration_role(c, start, after);
        }
        return true;
    }
    false
}

/// The other forms of an age: "aged 31", an age threshold ("under 18"), a bare age
/// after a name ("Lena Brandt, 31,"); `true` when the count was one.
fn age_forms(c: &Ctx, num: &Number, q: &mut Quantity, around: &Around) -> bool {
    let w1 = if num.start > 0 {
        c.w(num.start - 1)
    } else {
        Default::default()
    };
    if matches!(w1.as_str(), "aged" | "age") {
        q.kind = QuantityKind::Age;
        q.holder = identity::age_holder(c, around, false);
        return true;
    }
    if age_threshold(c, num, q) {
        q.kind = QuantityKind::Age;
        q.holder = None;
        return true;
    }
    if let Some(h) = bare_age(c, num, q, around) {
        q.kind = QuantityKind::Age;
        q.holder = Some(h);
        q.noun = None;
        return true;
    }
    false
}

/// The verb right before a count, or the participle after a count of things.
fn count_verb(c: &Ctx, start: usize, after: usize, q: &mut Quantity) {
    // "would build 4,000 homes": the verb right before a count says what it counts.
    if q.predicate.is_none() && start > 0 && c.is_word(start - 1) {
        let cls = c.toks[start - 1].word_class(c.text);
        let v = c.w(start - 1);
        let verb = cls & crate::lexicon::class::CAPITALISED == 0
            && !NOT_VERBS.contains(&v.as_str())
            && !NP_STOP.contains(&v.as_str())
            && v.len() > 2
            && v.chars().all(char::is_alphabetic);
        if verb {
            q.predicate = Some(v.as_str().to_string());
        }
    }
    // "16 clinics had been opened", "the 80 witnesses heard": a count of things takes
    // the participle after it.
    let thing = q.noun.as_deref().is_some_and(|n| !claims::person_noun(n));
    if q.predicate.is_none() && thing {
        q.predicate = participle_after(c, after);
    }
}

/// A fraction in words as a share: "a third of the homes" (not "a fifth victim").
fn fraction_share(c: &Ctx, num: &Number, after: usize, q: &mut Quantity) {
    let fraction = q.value > 0.0
        && q.value < 1.0
        && q.unit.is_none()
        && (num.words || c.w(num.start + 1) == "in");
    // "a fifth victim" is a rank, "a fifth of the victims" a share.
    let share = c.w(after) == "of" || c.w(num.start + 1) == "in" || q.noun.is_none();
    if fraction && share {
        q.kind = QuantityKind::Percent;
        q.unit = Some("%".into());
        let exact = q.low == q.high;
        scale(q, 100.0);
        if exact {
            // "a third" as a share is a round figure: within a point and a half.
            q.low -= 1.5;
            q.high += 1.5;
        }
        if q.noun.is_none() || q.noun.as_deref() == Some("of") {
            q.noun = of_object(c, after);
        }
    }
}

/// Scales the interval compared (the value stays as written: "three years", "a third").
fn scale(q: &mut Quantity, f: f64) {
    q.low *= f;
    q.high *= f;
}

/// "a fifth of those detained were under 18", "children under 5": an age limit, which is
/// no count (and nobody's age).
fn age_threshold(c: &Ctx, num: &Number, q: &Quantity) -> bool {
    let back = |n: usize| num.start.checked_sub(n).map(|k| c.w(k)).unwrap_or_default();
    let (w1, w2) = (back(1), back(2));
    matches!(w1.as_str(), "under" | "over" | "below" | "above")
        && matches!(
            w2.as_str(),
            "were"
                | "was"
                | "are"
                | "is"
                | "be"
                | "aged"
                | "children"
                | "people"
                | "those"
                | "adults"
                | "anyone"
                | "everyone"
        )
        && (!c.is_word(num.end) || NP_STOP.contains(&c.w(num.end).as_str()))
        && q.value.fract() == 0.0
        && q.value <= 100.0
}

/// "Lena Brandt, 31, said", "Brandt, who was 31,": a small whole number right after a
/// name and a comma or parenthesis (or ", who was"), closed by punctuation.
fn bare_age(c: &Ctx, num: &Number, q: &Quantity, at: &Around) -> Option<String> {
    let v = q.value;
    let whole = v.fract() == 0.0 && (1.0..=110.0).contains(&v) && !num.words;
    let closed = num.end >= c.toks.len()
        || matches!(c.raw(num.end), "," | ")" | "." | ";")
        || c.w(num.end) == "and";
    if !(whole && closed && q.noun.is_none()) {
        return None;
    }
    // ", who was 31,": the raw comma first, the words only then.
    let who_was = || {
        num.start >= 3
            && c.raw(num.start - 3) == ","
            && matches!(c.w(num.start - 1).as_str(), "was" | "is")
            && c.w(num.start - 2) == "who"
    };
    let opened = num.start > 0 && matches!(c.raw(num.start - 1), "," | "(") || who_was();
    if !opened {
        return None;
    }
    identity::age_holder(c, at, false)
}

/// What a duration is ("sentence", "probation", "ban"), from the words around it.
fn duration_role(c: &Ctx, start: usize, after: usize) -> Option<String> {
    let lo = start.saturating_sub(6);
    let hi = (after + 3).min(c.toks.len());
    (lo..hi)
        .filter(|&j| c.is_word(j))
        .find_map(|j| claims::duration_role(&c.w(j)))
        .map(str::to_string)
}

/// The object of "of" after a fraction: "a third of [the] homes" → "home".
fn of_object(c: &Ctx, after: usize) -> Option<String> {
    if c.w(after) != "of" {
        return None;
    }
    let mut j = after + 1;
    while j < c.toks.len() && j < after + 5 && c.is_word(j) {
        let w = c.w(j);
        let possessive = c.toks[j].word_class(c.text) & crate::lexicon::class::POSSESSIVE != 0;
        if !NP_STOP.contains(&w.as_str()) && !possessive {
            return Some(singular(w.as_str()));
        }
        j += 1;
    }
    None
}

/// The rounding that written digits imply for a measure or a percentage with no
/// qualifier: half a unit of the last digit ("4.3" is 4.25–4.35; "1,200 metres" is
/// rounded to the hundred; "20%" is 19.5–20.5).
pub(super) fn implicit_rounding(c: &Ctx, num: &Number, q: &mut Quantity) {
    let exact = q.low == q.value && q.high == q.value;
    if !exact
        || num.words
        || num.rounding != 0.0
        || !matches!(q.kind, QuantityKind::Measure | QuantityKind::Percent)
        || c.toks.get(num.start).is_none_or(|t| t.kind != Kind::Number)
    {
        return;
    }
    let raw = c.raw(num.start);
    let half = match raw.split_once('.') {
        Some((_, d)) => 0.5 * 10f64.powi(-(d.len() as i32)),
        None if q.kind == QuantityKind::Percent => 0.5,
        None => {
            let digits: Vec<u8> = raw.bytes().filter(u8::is_ascii_digit).collect();
            let zeros = digits.iter().rev().take_while(|&&b| b == b'0').count();
            let zeros = zeros.min(digits.len().saturating_sub(1));
            0.5 * 10f64.powi(zeros as i32)
        }
    };
    q.low = q.value - half;
    q.high = q.value + half;
}

/// A measure in its dimension's base unit, so that conversions compare.
pub(super) fn to_base_units(q: &mut Quantity) {
    if q.kind != QuantityKind::Measure {
        return;
    }
    let Some(u) = q.unit.as_deref() else { return };
    if dimension(u).is_none() {
        return;
    }
    q.low = to_base(u, q.low);
    q.high = to_base(u, q.high);
}

/// The participle after a counted noun, past auxiliaries: "had been opened" → "opened".
fn participle_after(c: &Ctx, after: usize) -> Option<String> {
    let mut j = after;
    while j < c.toks.len()
        && j < after + 3
        && matches!(
            c.w(j).as_str(),
            "had" | "have" | "has" | "been" | "were" | "was" | "are" | "is" | "be" | "now"
        )
    {
        j += 1;
    }
    let w = c.w(j);
    let catenative = c.w(j + 1) == "to" && claims::catenative(&w);
    (super::quantities::participle(&w) && w.chars().all(char::is_alphabetic) && !catenative)
        .then(|| w.as_str().to_string())
}
