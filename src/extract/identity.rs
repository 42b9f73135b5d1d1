//! What a number claims, beyond its value: small parsers over the tokens around it.
//!
//! - `clock_end`: a clock time ("2:35 p.m.", "4.30pm", "18:40", "21.17 GMT") is no
//!   count.
//! - `is_code`: phone numbers ("970-555-0147", "0800"), model numbers ("Boeing 737",
//!   "a 4x4") are no quantities.
//! - `age_holder`: an age and the person it belongs to ("Lena Brandt, 31,",
//!   "31-year-old Lena Brandt", "Brandt (31)", "aged 31", "Brandt, who was 31,",
//!   "identified the 31-year-old as Lena Brandt").
//! - `scope`: a part ("including three children", "12 Somali and 11 Yemeni"), an
//!   increment ("another 20", "five more"), or a figure of another time ("last year").
//! - `source`: who gives the figure ("police said", "according to organisers").
//! - `time_words`: the days a sentence puts its figures on.

use super::quantities::{Ctx, QuantityKind};
use super::PersonMention;
use crate::document::tokens::Kind;
use crate::lexicon::claims;
use crate::lexicon::class;
use crate::normalize::{fold, translit_key};
use serde::Serialize;

/// Whether a quantity is the story's claim, or a part of one, an increment to one, or a
/// figure about another time or incident.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    #[default]
    Claim,
    /// "including three children", "14 Somali and 9 Yemeni".
    Part,
    /// "another 20", "five more bodies".
    Increment,
    /// In a sentence about another time or incident ("last year", "in 2019").
    Aside,
    /// An earlier value the text says changed: the 31 of "rose from 31 to 40".
    Superseded,
}

impl Scope {
    pub fn is_claim(&self) -> bool {
        *self == Scope::Claim
    }
}

/// The end of a clock time starting at number token `k` ("2:35 p.m." → after "p.m."),
/// when the number is one.
pub(crate) fn clock_end(c: &Ctx, k: usize, num_end: usize) -> Option<usize> {
    let mut end = num_end;
    let colon = c.raw(k + 1) == ":"
        && c.attached(k + 1)
        && c.toks.get(k + 2).is_some_and(|t| t.kind == Kind::Number)
        && c.attached(k + 2);
    if colon {
        end = end.max(k + 3);
        // "10:52:07"
        if c.raw(end) == ":" && c.attached(end) {
            end += 2;
        }
    }
    let suffix = |j: usize| claims::clock_suffix(c.w(j).as_str().trim_end_matches('.'));
    if suffix(end) {
        let mut e = end + 1;
        // "10:52 AM EDT"
        if suffix(e) {
            e += 1;
        }
        return Some(e);
    }
    if !colon && bare_hour(c, k, num_end) {
        return Some(num_end);
    }
    colon.then_some(end)
}

/// `true` for an hour written as a bare number after "at", "until" or "around" and before
/// no counted noun: "pronounced dead at 5 at the scene", "open until 11 on Friday" (not
/// "shot at 3 people", "around 20 were hurt").
fn bare_hour(c: &Ctx, k: usize, num_end: usize) -> bool {
    let raw = c.raw(k);
    let hour = num_end == k + 1
        && c.toks[k].kind == Kind::Number
        && raw.len() <= 2
        && raw.parse::<u8>().is_ok_and(|h| (1..=24).contains(&h));
    if !hour || k == 0 || !matches!(c.w(k - 1).as_str(), "at" | "until" | "till" | "around") {
        return false;
    }
    let Some(next) = c.toks.get(num_end) else {
        return true;
    };
    if next.kind != Kind::Word {
        // "at 5." / "at 5, police said" / "at 5 (local time)"; not "at 5-year-old".
        return !matches!(c.raw(num_end), "-" | "%" | "/");
    }
    matches!(
        c.w(num_end).as_str(),
        "at" | "on"
            | "in"
            | "that"
            | "this"
            | "last"
            | "and"
            | "when"
            | "after"
            | "before"
            | "o'clock"
            | "o’clock"
            | "sharp"
            | "tonight"
            | "today"
            | "yesterday"
            | "local"
    )
}

/// `true` when the number at tokens `k..end` is a phone, model or product number rather
/// than a quantity.
pub(crate) fn is_code(c: &Ctx, k: usize, end: usize, first_word: usize, heading: bool) -> bool {
    let t = &c.toks[k];
    let raw = c.raw(k);
    // "in '91": a year.
    if k > 0 && matches!(c.raw(k - 1), "'" | "’") && c.attached(k) && raw.len() == 2 {
        return true;
    }
    // "1/2" of "4-1/2", "2 1/2": a fraction read apart.
    if k > 0 && c.raw(k + 1) == "/" && (c.raw(k - 1) == "-" || c.toks[k - 1].kind == Kind::Number) {
        return true;
    }
    if t.kind == Kind::Number && raw.len() >= 2 && raw.starts_with('0') && raw.as_bytes()[1] != b'.'
    {
        return true;
    }
    // A chain of three numbers joined by hyphens: "970-555-0147", "1-800-555-0199".
    let hyphen_chain = |from: usize| {
        (0..2).all(|i| {
            let j = from + 2 * i;
            c.raw(j + 1) == "-"
                && c.attached(j + 1)
                && c.attached(j + 2)
                && c.toks.get(j + 2).is_some_and(|t| t.kind == Kind::Number)
        })
    };
    if t.kind == Kind::Number
        && (hyphen_chain(k) || k >= 2 && hyphen_chain(k - 2) || k >= 4 && hyphen_chain(k - 4))
    {
        return true;
    }
    // "1 / 33", "24/7", "41 / 2": a position, a rate or a fraction read apart.
    let number = |j: usize| c.toks.get(j).is_some_and(|t| t.kind == Kind::Number);
    if c.raw(end) == "/" && number(end + 1) || k >= 2 && c.raw(k - 1) == "/" && number(k - 2) {
        return true;
    }
    // "4x4", "6x6".
    let next = c.raw(end);
    if c.attached(end) && (next.starts_with('x') || next.starts_with('X')) && next.len() <= 4 {
        return true;
    }
    // "Boeing 737", "ATR 72-600": a name right before the digits.
    let named = t.kind == Kind::Number || t.word_class(c.text) & class::CAPITALISED != 0;
    if !heading && k > first_word && named && c.is_word(k - 1) {
        let cls = c.toks[k - 1].word_class(c.text);
        let name = cls & class::CAPITALISED != 0
            && cls & (class::COMMON_WORD | class::CALENDAR | class::ROLE_HEAD) == 0
            && crate::lexicon::units::currency_word(&c.w(k - 1)).is_none()
            && crate::lexicon::units::currency_symbol(c.raw(k - 1)).is_none()
            && crate::lexicon::units::million_code(c.raw(k - 1)).is_none();
        if name {
            return true;
        }
    }
    false
}

/// The key of a person: folded surname, and the given name when known (a father and
/// son share a surname and often an initial).
pub fn person_key(p: &PersonMention) -> String {
    let mut k = translit_key(&p.surname);
    if let Some(g) = p.given.as_deref() {
        k.push('|');
        k.push_str(&fold(g));
    }
    k
}

/// Where the number's words sit, for [`age_holder`].
pub(crate) struct Around<'a> {
    /// Byte offsets of the number and of the end of its compound ("31-year-old").
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// The sentence's person mentions.
    pub people: &'a [PersonMention],
    /// The document's person mentions up to the end of this sentence, in text order.
    pub earlier: &'a [PersonMention],
}

/// `true` when the bytes between two offsets are only what joins a name to its age:
/// ", ", ", a ", " (".
fn joins(c: &Ctx, from: usize, to: usize, with: &[&str]) -> bool {
    from <= to
        && c.text
            .get(from..to)
            .is_some_and(|g| with.contains(&fold(after_suffix(g.trim())).as_str()))
}

/// The joining words after a generational suffix the name mention stops before:
/// "Jr., " in "Ivo Marek Jr., 60," joins as ", ".
fn after_suffix(g: &str) -> &str {
    for s in ["Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"] {
        if let Some(rest) = g.strip_prefix(s) {
            if rest.starts_with([',', ' ', '(']) {
                return rest.trim_start();
            }
        }
    }
    g
}

/// The person whose age a number is, when the text ties it to one: the name right after
/// "31-year-old", or right before ", 31", " (31)", ", aged 31", ", a 31-year-old"; or
/// the person "the 31-year-old" refers back to ([`back_reference`]).
pub(crate) fn age_holder(c: &Ctx, at: &Around, compound: bool) -> Option<String> {
    // The sentence's people: a few, whatever the sentence's length.
    let same = at
        .people
        .iter()
        .filter(|p| p.sentence == at.sentence)
        .take(64);
    let mut before = None;
    let mut after = None;
    for p in same {
        if p.range.end <= at.start {
            before = Some(p);
        } else if p.range.start >= at.end && after.is_none() {
            after = Some(p);
        }
    }
    let joined = |with: &[&str]| {
        let p = before.filter(|p| joins(c, p.range.end, at.start, with));
        p.map(person_key).or_else(|| surname_before(c, at, with))
    };
    if compound {
        // "31-year-old Lena Brandt", "the 31-year-old nurse Lena Brandt" (not "a
        // 31-year-old man from Vellin"); in a list, "Ivo Marek, 31-year-old Lena
        // Brandt and …", hers rather than the name before the comma.
        let named_after = after.filter(|p| {
            let gap = &c.text[at.end..p.range.start];
            p.range.start - at.end <= 24
                && !gap.contains([',', '.', ';', '('])
                && gap.split_whitespace().count() <= 2
                && gap
                    .split_whitespace()
                    .all(|w| !crate::lexicon::NP_STOP.contains(&fold(w).as_str()))
        });
        // "Lena Brandt, a 31-year-old nurse": the name before the comma.
        let article = &[", a", ", an", ", the"];
        if named_after.is_none() || before.is_some_and(|p| joins(c, p.range.end, at.start, article))
        {
            if let Some(h) = joined(&[",", ", a", ", an", ", the"]) {
                return Some(h);
            }
        }
        return named_after.map(person_key);
    }
    joined(&[
        ",",
        "(",
        ", aged",
        "aged",
        ", age",
        "age",
        ", who was",
        ", who is",
    ])
}

/// The person "identified the 25-year-old as Lena Brandt" names: the name right after
/// "as", when the age is the object of "identified" or "named" (`k` is the token of the
/// number, `after` the token after the compound).
pub(crate) fn identified_as(c: &Ctx, k: usize, after: usize, at: &Around) -> Option<String> {
    // The raw "as" first (cheap), the folded words only then.
    if k < 2 || !c.raw(after).eq_ignore_ascii_case("as") || c.w(k - 1) != "the" {
        return None;
    }
    if !matches!(c.w(k - 2).as_str(), "identified" | "named") {
        return None;
    }
    let name_at = c.toks.get(after + 1)?.start;
    at.people
        .iter()
        .find(|p| p.sentence == at.sentence && p.range.start == name_at)
        .map(person_key)
}

/// The person whose surname is the word right before the joining words of an age, when
/// the name was not read as a mention there ("Brandt, a 31-year-old …" at the start of a
/// sentence): the latest earlier mention with that surname.
fn surname_before(c: &Ctx, at: &Around, with: &[&str]) -> Option<String> {
    let k = c.toks.iter().position(|t| t.end > at.start)?;
    // Back over the joining words to the name.
    let mut j = k;
    while j > 0 && c.toks[j - 1].end > c.toks[k].start.saturating_sub(8) {
        j -= 1;
        let t = &c.toks[j];
        if t.kind == Kind::Word && t.word_class(c.text) & class::CAPITALISED != 0 {
            if !joins(c, t.end, at.start, with) {
                return None;
            }
            let key = translit_key(crate::normalize::strip_possessive(t.text(c.text)));
            return at
                .earlier
                .iter()
                .rev()
                .find(|p| translit_key(&p.surname) == key)
                .map(person_key);
        }
    }
    None
}

/// Nouns for people in general: "the 16-year-old victim" may be anyone the story has
/// not named, so it is tied to no one.
fn generic_person_noun(w: &str) -> bool {
    claims::generic_person(w)
        || matches!(
            w,
            "man"
                | "woman"
                | "boy"
                | "girl"
                | "child"
                | "baby"
                | "infant"
                | "teen"
                | "teenager"
                | "youth"
                | "suspect"
                | "driver"
                | "gunman"
                | "shooter"
                | "student"
                | "passenger"
                | "resident"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "mother"
                | "father"
                | "husband"
                | "wife"
                | "friend"
                | "neighbour"
                | "neighbor"
        )
}

/// How many bytes before "the 4-year-old" [`age_written_before`] reads.
const SAME_AGE_REACH: usize = 400;

/// `true` when the same age was written just before ("her daughters, 4-year-old Ania
/// and … The 4-year-old was grazed"): "the 4-year-old" refers to that mention, which
/// carries its own holder, not to whoever the last sentences name.
fn age_written_before(c: &Ctx, at: &Around) -> bool {
    let Some(age) = c.text.get(at.start..at.end) else {
        return false;
    };
    let mut from = at.start.saturating_sub(SAME_AGE_REACH);
    while !c.text.is_char_boundary(from) {
        from += 1;
    }
    let window = &c.text[from..at.start];
    window.match_indices(age).any(|(i, _)| {
        !window[..i]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_ascii_digit())
    })
}

/// How many sentences back "the 31-year-old" looks for the person it refers to.
const BACK_SENTENCES: usize = 2;

/// The person "the 64-year-old" or "the 52-year-old chief executive" refers back to:
/// the latest person of the last sentences whose title holds the role named, or, when
/// no role is named, the one person of those sentences who is not the one speaking
/// ("Judge Nowak said the 64-year-old had …" is not about the judge). `k` is the token
/// of the number, `after` the token after the compound.
pub(crate) fn back_reference(c: &Ctx, k: usize, after: usize, at: &Around) -> Option<String> {
    if k == 0 || c.w(k - 1) != "the" {
        return None;
    }
    let role = c.w(after);
    let role = role.as_str();
    let role = role
        .strip_prefix("ex-")
        .or_else(|| role.strip_prefix("former-"))
        .unwrap_or(role);
    if generic_person_noun(role) || age_written_before(c, at) {
        return None;
    }
    let office = c.is_word(after) && crate::lexicon::is_role_head(role);
    let lo = at.sentence.saturating_sub(BACK_SENTENCES);
    let window: Vec<&PersonMention> = at
        .earlier
        .iter()
        .rev()
        .take_while(|p| p.sentence >= lo)
        .filter(|p| p.sentence < at.sentence)
        .collect();
    if office {
        let titled = window.iter().find(|p| {
            p.title
                .as_ref()
                .is_some_and(|t| fold(&t.text).split([' ', '-']).any(|w| w == role))
        });
        if let Some(p) = titled {
            return Some(person_key(p));
        }
    } else if c.is_word(after) && !verb_after_subject(role) {
        // "the 64-year-old bakery": a noun that names no office is no back-reference.
        return None;
    }
    let she = pronoun_gender(c);
    let mut cands = window.iter().filter(|p| {
        let other_gender = she.is_some() && gender_of(p).is_some_and(|g| Some(g) != she);
        !speaker(c, p) && !other_gender
    });
    let first = cands.next()?;
    let key = person_key(first);
    let surname = translit_key(&first.surname);
    // "the 13-year-old, Quist and Ortell came …": the person is named beside the
    // back-reference in its sentence, so the age is someone else's.
    let hi = c.toks.len().min(after + BESIDE_REACH);
    let beside = (after..hi).any(|j| c.is_word(j) && translit_key(c.raw(j)) == surname);
    (!beside && cands.all(|p| translit_key(&p.surname) == surname)).then_some(key)
}

/// How many tokens after "the N-year-old" a name beside it is looked for.
const BESIDE_REACH: usize = 8;

/// The gender the sentence's pronouns give its subject ("she walked …"), if one.
fn pronoun_gender(c: &Ctx) -> Option<crate::lexicon::Gender> {
    use crate::lexicon::Gender;
    let (mut m, mut f) = (false, false);
    for j in 0..c.toks.len() {
        match c.w(j).as_str() {
            "he" | "him" | "his" => m = true,
            "she" | "her" | "hers" => f = true,
            _ => {}
        }
    }
    match (m, f) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of a mention's given name, when the tables know it.
fn gender_of(p: &PersonMention) -> Option<crate::lexicon::Gender> {
    crate::lexicon::given_name_gender(&fold(p.given.as_deref()?))
}

/// `true` for a mention that gives a statement: "Nowak said", "said Nowak", "Nowak
/// told reporters".
fn speaker(c: &Ctx, p: &PersonMention) -> bool {
    let next = c.text[p.range.end..]
        .trim_start_matches(|ch: char| ch == ',' || ch.is_whitespace())
        .split(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("");
    let prev = c.text[..p.range.start]
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("");
    let said = |w: &str| {
        let w = fold(w);
        crate::lexicon::is_speech_verb(&w) || claims::source_verb(&w)
    };
    said(next) || said(prev)
}

/// `true` for a word that follows a subject as its verb: "the 64-year-old had …", "the
/// 31-year-old pleaded …", "the 40-year-old said".
fn verb_after_subject(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "is"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "faces"
            | "remains"
            | "denies"
            | "told"
            | "says"
            | "said"
            | "died"
            | "admitted"
            | "appeared"
            | "pleaded"
    ) || w.len() > 4 && w.ends_with("ed")
        || crate::lexicon::is_speech_verb(w)
}

/// Where a quantity sits in its claim: a part, an increment, or the claim itself.
/// No measure is a member of a list ("14 Somali and 9 Yemeni" are; "a depth of 16 km,
/// 45 km from the town" are two measures).
pub(crate) fn scope(c: &Ctx, start: usize, end: usize, np_end: usize, kind: QuantityKind) -> Scope {
    let w1 = if start > 0 {
        c.w(start - 1)
    } else {
        Default::default()
    };
    let a_further = start >= 2 && c.w(start - 2) == "a" && w1 == "further";
    if claims::increment_before(&w1) || a_further {
        return Scope::Increment;
    }
    if claims::increment_after(&c.w(end)) && c.w(end + 1) != "than" {
        return Scope::Increment;
    }
    // "rose from 31 to 40", "up from 15%": the earlier value, superseded.
    if w1 == "from" && (start.saturating_sub(4)..start).any(|j| claims::change_verb(&c.w(j))) {
        return Scope::Superseded;
    }
    // "climbed to 247 from 112": the value after "from", past the new one.
    if w1 == "from"
        && start >= 3
        && c.toks[start - 2].kind == Kind::Number
        && (start.saturating_sub(6)..start).any(|j| claims::change_verb(&c.w(j)))
    {
        return Scope::Superseded;
    }
    // "three other people", "five others", "the other two": the rest of a group; "the
    // two" refers back to some of a group.
    let others =
        (start..np_end.max(end) + 1).any(|j| matches!(c.w(j).as_str(), "other" | "others"));
    // ("the 12-point plan" is a thing, not some of a group; so is "the €40 million
    // contract" or "the 300 acres": a sum or a measure is no set of members).
    let compound = c.raw(end) == "-" || c.raw(end.saturating_sub(1)).contains('-');
    let members = !matches!(kind, QuantityKind::Money | QuantityKind::Measure);
    let back = members
        && matches!(w1.as_str(), "the" | "both")
        && !compound
        && !defined_set(c, end, np_end);
    // "one was shot in the leg, the other in the hand".
    let hi = (np_end + 12).min(c.toks.len());
    let the_other = (np_end..hi).any(|j| c.w(j) == "the" && c.w(j + 1) == "other");
    if others || w1 == "other" || back || the_other {
        return Scope::Part;
    }
    let lo = start.saturating_sub(3);
    for j in (lo..start).rev() {
        if c.toks[j].kind == Kind::Punct && c.raw(j) != "," {
            break;
        }
        if claims::part_before(&c.w(j)) {
            return Scope::Part;
        }
    }
    // "two of them", "nine of the 12 counts".
    // "two of his cousins".
    if c.w(end) == "of"
        && matches!(
            c.w(end + 1).as_str(),
            "them" | "whom" | "those" | "the" | "his" | "her" | "their" | "its" | "our" | "these"
        )
    {
        return Scope::Part;
    }
    // "killed two people and then himself": the toll is one more than the count.
    let hi = (np_end + 4).min(c.toks.len());
    if (np_end..hi).any(|j| matches!(c.w(j).as_str(), "himself" | "herself")) {
        return Scope::Part;
    }
    // "a father of five killed": the five are his children, not the dead.
    if w1 == "of" && start >= 2 && claims::parent_noun(&c.w(start - 2)) {
        return Scope::Aside;
    }
    if kind != QuantityKind::Measure && list_member(c, start, np_end) {
        return Scope::Part;
    }
    Scope::Claim
}

/// `true` for "the 45 homes confirmed destroyed", "the 63 witnesses heard": a noun and
/// the participle that defines the set counted, which is the whole of it.
fn defined_set(c: &Ctx, end: usize, np_end: usize) -> bool {
    np_end > end
        && (np_end..np_end + 2).any(|j| {
            let w = c.w(j);
            claims::role(&w).is_some() || super::quantities::participle(&w)
        })
}

/// `true` for a count in a list of counts of one kind: "14 Somali and 9 Yemeni", "three
/// men, two women and a child".
fn list_member(c: &Ctx, start: usize, np_end: usize) -> bool {
    let joiner = |j: usize| c.raw(j) == "," || c.w(j) == "and" || c.w(j) == "or";
    let is_num = |j: usize| super::numbers::parse(c.text, c.toks, j).is_some();
    let no_role =
        |r: std::ops::Range<usize>| r.into_iter().all(|j| claims::role(&c.w(j)).is_none());
    let next = joiner(np_end) && (is_num(np_end + 1) || joiner(np_end + 1) && is_num(np_end + 2));
    if next && no_role(start..np_end) {
        return true;
    }
    // Before: "… 12 Somali and 9 Yemeni": a number two or three tokens back, joined.
    start >= 3
        && joiner(start - 1)
        && (is_num(start - 2) || is_num(start - 3))
        && no_role(start - 2..start)
}

/// The tokens of a sentence that put its figures in another time or incident ("last
/// year", "a similar attack in 2019", "since March"): empty for most sentences.
pub(crate) fn elsewhere(c: &Ctx) -> Vec<usize> {
    let mut forecast: Option<bool> = None;
    (0..c.toks.len())
        .filter(|&j| match c.toks[j].kind {
            // Every word matched below is a cue word: the others are skipped unread.
            Kind::Word => cue(c, j) && aside_word(c, j),
            Kind::Number => {
                put_in_year(c, j) && !*forecast.get_or_insert_with(|| forecast_sentence(c))
            }
            _ => false,
        })
        .collect()
}

/// `true` when token `j` has the class of the words that whole-sentence readings look
/// for ([`class::CUE`]).
#[inline(always)]
fn cue(c: &Ctx, j: usize) -> bool {
    c.toks
        .get(j)
        .is_some_and(|t| t.kind == Kind::Word && t.word_class(c.text) & class::CUE != 0)
}

/// `true` when the word at `j` puts the sentence's figures in another time or incident.
fn aside_word(c: &Ctx, j: usize) -> bool {
    // The token folded once for the tests.
    let w = c.w(j);
    claims::elsewhere(&w) && !local(c, j)
        || super::claimscope::another_incident(c, j, &w)
        || claims::plural_period(&w) && past_period(c, j)
        || matches!(w.as_str(), "last" | "this")
            && claims::period(crate::normalize::strip_possessive(&c.w(j + 1)))
        || w == "in" && in_month(c, j)
}

/// `true` at a year a preposition puts a figure in: "in 2019", "by 2028" (not "its 2026
/// budget", the story's own).
fn put_in_year(c: &Ctx, j: usize) -> bool {
    // The year first: the word before is folded only then.
    let r = c.raw(j);
    let year = c.toks[j].kind == Kind::Number
        && r.len() == 4
        && r.bytes().all(|b| b.is_ascii_digit())
        && (r.starts_with("19") || r.starts_with("20"));
    year && j > 0
        && matches!(
            c.w(j - 1).as_str(),
            "in" | "since" | "during" | "by" | "until" | "from" | "before" | "after"
        )
}

/// `true` when a sentence forecasts ("forecasts growth of 2.1% in 2026", "a deficit
/// target of 3% by 2028"): its years are the years its figures are for, not another time.
fn forecast_sentence(c: &Ctx) -> bool {
    (0..c.toks.len()).any(|j| cue(c, j) && crate::lexicon::sums::forecast_word(&c.w(j)))
}

/// The years a forecast puts its figures in ("growth of 2.1% in 2026"), for the figures'
/// days: two forecasts for two years are two claims.
pub(crate) fn forecast_years(c: &Ctx) -> Vec<String> {
    // A year is a number token: the kind rules out the others before the text is read.
    let year = |j: usize| c.toks[j].kind == Kind::Number && put_in_year(c, j);
    if !(0..c.toks.len()).any(year) || !forecast_sentence(c) {
        return Vec::new();
    }
    (0..c.toks.len())
        .filter(|&j| year(j))
        .map(|j| c.raw(j).to_string())
        .collect()
}

/// The relative clauses of a sentence: from "which", "who", "whom", "whose" or a "that"
/// before its verb ("a firm that has grown") to the next comma, dash, bracket or the
/// end. An aside word inside one says nothing of the figures outside it, nor one
/// outside of the figures inside ("Pensions, which take half of spending, will rise in
/// January").
pub(crate) fn relative_clauses(c: &Ctx) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let n = c.toks.len();
    let mut j = 0;
    while j < n {
        if !cue(c, j) || !relative_pronoun(c, j) {
            j += 1;
            continue;
        }
        let end = (j + 1..n)
            .find(|&k| matches!(c.raw(k), "," | ";" | ":" | "(" | ")" | "—" | "–"))
            .unwrap_or(n);
        out.push(j..end);
        j = end;
    }
    out
}

/// `true` at a word that opens a relative clause.
fn relative_pronoun(c: &Ctx, j: usize) -> bool {
    let w = c.w(j);
    match w.as_str() {
        "which" | "who" | "whom" | "whose" => j > 0,
        // "a business that has grown" (not "said that five were hurt", "that day").
        "that" => {
            let next = c.w(j + 1);
            j > 0
                && !crate::lexicon::is_speech_verb(&c.w(j - 1))
                && !claims::source_verb(&c.w(j - 1))
                && (verb_after_subject(&next) || matches!(next.as_str(), "have" | "are" | "were"))
        }
        _ => false,
    }
}

/// `true` when the "across" at `j`, which may put a figure elsewhere ("across the
/// country"), spans a landscape the story happens in ("across the valley", "across the
/// Adder hills"); or when the "since" at `j` names a day of the story's week whose
/// figures a "when" clause gives ([`since_day_when`]).
fn local(c: &Ctx, j: usize) -> bool {
    if c.w(j) == "since" {
        return since_day_when(c, j);
    }
    c.w(j) == "across"
        && (j + 1..j + 4).any(|k| {
            matches!(
                c.w(k).as_str(),
                "valley" | "ridge" | "ridges" | "hillside" | "hills" | "slopes" | "plain"
            )
        })
}

/// `true` when the plural period at `j` is one of the past: "over the years", "for
/// weeks", "in the past five months", "several years" (not "within three years").
fn past_period(c: &Ctx, j: usize) -> bool {
    let back = |n: usize| j.checked_sub(n).map(|k| c.w(k)).unwrap_or_default();
    let past = |w: &str| matches!(w, "past" | "last" | "recent" | "previous" | "prior");
    let (w1, w2) = (back(1), back(2));
    past(&w1)
        || past(&w2)
        || matches!(w1.as_str(), "the" | "for" | "several" | "many")
        || matches!(w2.as_str(), "over" | "for")
}

/// `true` at the "since" of "since Sunday morning, when it had burned 400 acres": the
/// figures of the "when" clause are those of that day of the story's week.
fn since_day_when(c: &Ctx, j: usize) -> bool {
    let mut k = j + 1;
    if matches!(c.w(k).as_str(), "early" | "late") {
        k += 1;
    }
    if !claims::weekday(&c.w(k)) {
        return false;
    }
    k += 1;
    if matches!(
        c.w(k).as_str(),
        "morning" | "afternoon" | "evening" | "night"
    ) {
        k += 1;
    }
    c.raw(k) == "," && c.w(k + 1) == "when"
}

/// `true` at "in September", "in early March": a figure of a month, not of the day.
fn in_month(c: &Ctx, j: usize) -> bool {
    if c.w(j) != "in" {
        return false;
    }
    let k = if matches!(c.w(j + 1).as_str(), "early" | "late" | "mid") {
        j + 2
    } else {
        j + 1
    };
    c.is_word(k) && c.toks[k].word_class(c.text) & class::CALENDAR != 0 && !claims::weekday(&c.w(k))
}

/// Words that name no source: pronouns and generic officials.
fn anonymous(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "it"
            | "who"
            | "we"
            | "i"
            | "you"
            | "official"
            | "officials"
            | "authorities"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "reports"
            | "report"
            | "media"
            | "the"
            | "a"
            | "and"
            | "also"
            | "has"
            | "have"
            | "had"
            | "was"
    )
}

/// Who gives the sentence's figures, folded: "according to police", "organisers said",
/// "said Kowalski", "the organisers' estimate".
pub(crate) fn source(c: &Ctx) -> Option<String> {
    let n = c.toks.len();
    let head = |j: usize| -> Option<String> {
        let w = c.w(j);
        (c.is_word(j) && !anonymous(&w) && !crate::lexicon::NP_STOP.contains(&w.as_str()))
            .then(|| crate::normalize::strip_possessive(w.as_str()).to_string())
    };
    for j in 0..n {
        // "according" and the source verbs are cue words: the others are skipped unread.
        if !cue(c, j) {
            continue;
        }
        let w = c.w(j);
        if w == "according" && c.w(j + 1) == "to" {
            let k = if c.w(j + 2) == "the" { j + 3 } else { j + 2 };
            return head(phrase_head(c, k));
        }
        if claims::source_verb(&w) && j > 0 {
            if let Some(h) = subject_before(c, j).and_then(head) {
                return Some(h);
            }
            if matches!(w.as_str(), "said" | "says") {
                let k = if c.w(j + 1) == "the" { j + 2 } else { j + 1 };
                if let Some(h) = head(k).filter(|_| source_after(c, k)) {
                    return Some(h);
                }
            }
        }
    }
    None
}

/// The last word of the noun phrase at `k`: "the district governor", "the National
/// Seismological Centre" (words of one case, up to a possessive: "the bank's figures").
fn phrase_head(c: &Ctx, k: usize) -> usize {
    let caps = |j: usize| {
        c.toks
            .get(j)
            .is_some_and(|t| t.word_class(c.text) & class::CAPITALISED != 0)
    };
    let mut j = k;
    while j < k + 3
        && c.is_word(j + 1)
        && c.toks[j].word_class(c.text) & class::POSSESSIVE == 0
        && caps(j + 1) == caps(j)
        && !crate::lexicon::NP_STOP.contains(&c.w(j + 1).as_str())
        && !c.w(j + 1).ends_with("ed")
    {
        j += 1;
    }
    j
}

/// The token of the subject of the verb at `j`: the word before it, past auxiliaries
/// ("Castellan has said") and a clause set off by commas ("Castellan, which owns a
/// fifth of Norvale, said").
fn subject_before(c: &Ctx, j: usize) -> Option<usize> {
    let mut k = j.checked_sub(1)?;
    while k > 0 && matches!(c.w(k).as_str(), "has" | "have" | "had" | "also" | "later") {
        k -= 1;
    }
    if c.raw(k) == "," {
        let lo = k.saturating_sub(24);
        let open = (lo..k).rev().find(|&i| c.raw(i) == ",")?;
        let rel = matches!(
            c.w(open + 1).as_str(),
            "which" | "who" | "whose" | "a" | "an" | "the"
        );
        return (rel && open > 0).then(|| open - 1);
    }
    Some(k)
}

/// `true` when the word at `k` after "said" is its subject ("…, said police.", "said
/// Kowalski"), not the start of what was said ("said the merger would …").
fn source_after(c: &Ctx, k: usize) -> bool {
    let capitalised = c
        .toks
        .get(k)
        .is_some_and(|t| t.word_class(c.text) & class::CAPITALISED != 0);
    let next = k + 1;
    capitalised
        || next >= c.toks.len()
        || c.toks[next].kind == Kind::Punct
        || matches!(
            c.w(next).as_str(),
            "on" | "in" | "at" | "late" | "earlier" | "today"
        )
}

/// The days a sentence puts its figures on, folded: "by Sunday morning", "as of
/// Tuesday", "on Monday" (not the day a figure was given: "said on Monday").
pub(crate) fn time_words(c: &Ctx) -> Vec<String> {
    let said = |j: usize| {
        j > 0 && (crate::lexicon::is_speech_verb(&c.w(j - 1)) || claims::source_verb(&c.w(j - 1)))
    };
    let anchored = |j: usize| {
        j > 0
            && match c.w(j - 1).as_str() {
                // "late Sunday night", "early Friday": the event's day.
                "by" | "of" | "until" | "through" | "late" | "early" => true,
                "on" => !said(j - 1),
                _ => false,
            }
    };
    // A weekday is a calendar word (`weekdays_are_calendar_words`): the token's class
    // rules out the others before any word is read.
    let mut out: Vec<String> = (0..c.toks.len())
        .filter(|&j| {
            c.is_word(j) && c.toks[j].word_class(c.text) & class::CALENDAR != 0 && anchored(j)
        })
        .map(|j| c.w(j))
        .filter(|w| claims::weekday(w))
        .map(|w| w.as_str().to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::quantities::QuantityKind;
    use crate::extract::{analyse, Quantity};

    fn ages(text: &str) -> Vec<Quantity> {
        analyse(Document::text("t", format!("Headline Here\n{text}")))
            .quantities
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Age)
            .collect()
    }

    fn counts(text: &str) -> Vec<String> {
        let a = analyse(Document::text("t", format!("Headline Here\n{text}")));
        a.quantities
            .iter()
            .filter(|q| q.kind == QuantityKind::Count)
            .map(|q| a.doc.clean[q.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_bare_hour_after_at_is_no_count() {
        assert!(counts("Ms Varda was pronounced dead at 5 at the scene.").is_empty());
        assert!(counts("The clinic stayed open until 11 on Friday.").is_empty());
        assert!(counts("He was declared dead at 9.").is_empty());
        assert_eq!(counts("The gunman shot at 3 people outside."), ["3 people"]);
        assert_eq!(counts("Around 20 were hurt in the crush."), ["Around 20"]);
    }

    fn holder(text: &str) -> Option<String> {
        ages(text).last().and_then(|q| q.holder.clone())
    }

    #[test]
    fn an_age_belongs_to_the_name_it_is_written_with() {
        for text in [
            "Police said Lena Brandt, 31, was held.",
            "Police held 31-year-old Lena Brandt on Friday.",
            "Police said Lena Brandt (31) was held.",
            "Police said Lena Brandt, aged 31, was held.",
            "Police said Lena Brandt, a 31-year-old nurse, was held.",
            "Police held the 31-year-old nurse Lena Brandt.",
        ] {
            assert_eq!(holder(text).as_deref(), Some("brandt|lena"), "{text}");
        }
    }

    #[test]
    fn an_age_after_who_was_is_the_name_before_it() {
        let text = "Mourners said Lena Brandt, who was 31, had taught there.";
        assert_eq!(holder(text).as_deref(), Some("brandt|lena"));
        let text = "Lena Brandt led the choir. Brandt, who is 31, sang.";
        assert_eq!(holder(text).as_deref(), Some("brandt|lena"));
        // Not an age: a count after "who was" that goes on.
        let text = "Lena Brandt, who was 31 minutes late, sang.";
        assert_eq!(holder(text), None);
        let text = "Lena Brandt, who was 5 when she moved, sang.";
        assert_eq!(holder(text), None);
    }

    #[test]
    fn identified_the_25_year_old_as_a_name_is_that_persons_age() {
        let text = "The medical examiner identified the 25-year-old as Oskar Lindqvist of Vellin.";
        assert_eq!(holder(text).as_deref(), Some("lindqvist|oskar"));
        // Another verb, or no "as": no one named.
        let text = "Deputies found the 25-year-old as Oskar Lindqvist arrived.";
        assert_eq!(holder(text), None);
        let text = "Deputies identified the 25-year-old victim on Friday.";
        assert_eq!(holder(text), None);
    }

    #[test]
    fn a_surname_at_the_start_of_a_sentence_is_the_earlier_person() {
        let text = "Lena Brandt won the seat. Brandt, a 31-year-old nurse, thanked voters.";
        assert_eq!(holder(text).as_deref(), Some("brandt|lena"));
    }

    #[test]
    fn a_place_after_the_age_is_no_holder() {
        let text = "Deputies held Oskar Lindqvist, a 34-year-old man from Grand Pellow.";
        assert_eq!(holder(text).as_deref(), Some("lindqvist|oskar"));
        let text = "Deputies held a 34-year-old man from Grand Pellow on Friday.";
        assert_eq!(holder(text), None);
    }

    #[test]
    fn the_31_year_old_refers_back_to_the_person_named_before() {
        let text = "Former minister Oskar Lindqvist was jailed on Monday. \
                    Judge Mara Feld said the 64-year-old had taken bribes.";
        assert_eq!(holder(text).as_deref(), Some("lindqvist|oskar"));
        let text = "Oskar Lindqvist was jailed on Monday. The 64-year-old ex-minister wept.";
        assert_eq!(holder(text).as_deref(), Some("lindqvist|oskar"));
        // The role named picks its holder, though that person spoke.
        let text = "\"We will win,\" chief executive Oskar Lindqvist said. \
                    The 52-year-old chief executive has run the firm since May.";
        assert_eq!(holder(text).as_deref(), Some("lindqvist|oskar"));
    }

    #[test]
    fn the_16_year_old_victim_is_no_one_named() {
        for text in [
            "Police arrested Oskar Lindqvist on Monday. The 16-year-old victim was hurt.",
            "Oskar Lindqvist met Maria Feld on Monday. The 40-year-old said nothing.",
            "Oskar Lindqvist was jailed on Monday. The 11-year-old company closed.",
            // Named beside the back-reference: the age is a third person's.
            "Oskar Lindqvist was shot on Monday. The 13-year-old, Ada Quist and Lindqvist \
             had driven to Dunmere.",
        ] {
            assert_eq!(holder(text), None, "{text}");
        }
    }

    /// The relative clauses of a one-sentence text, as their words.
    fn clauses(text: &str) -> Vec<String> {
        let doc = Document::text("t", text);
        let toks = crate::extract::document_tokens(&doc);
        let c = crate::extract::quantities::Ctx {
            text: &doc.clean,
            toks: &toks,
        };
        super::relative_clauses(&c)
            .into_iter()
            .map(|r| {
                let (a, b) = (toks[r.start].start, toks[r.end - 1].end);
                doc.clean[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn relative_clauses_run_to_the_next_comma() {
        assert_eq!(
            clauses("Pensions, which take half of it, will rise in May."),
            ["which take half of it"]
        );
        assert_eq!(
            clauses("It is a firm that has grown for years."),
            ["that has grown for years."]
        );
        // A complement and a determiner open none.
        assert!(clauses("Police said that five were hurt that day.").is_empty());
    }
}
