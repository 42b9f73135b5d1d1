//! What a sum of money or a share is of: the head of the noun phrase the value
//! measures, lemmatised, so that two statements of one claim share a key ("a deficit of
//! 2.3% of GDP", "the deficit to fall to 3.2% of GDP") and two sums of one story do not
//! ("€6.8bn of public investment", "total spending would reach €112.4bn").
//!
//! Constructions, in order of trust:
//! - the thing named right before the value: "a deficit of 2.3%", "shareholder with 20%",
//!   "put turnout at 61%", "cut the starting pension by 20%";
//! - the noun the value modifies: "a 34% premium", "the €780 million motorway contract";
//! - the object of "of" after it: "€6.8bn of public investment", "60% of homes" (not a
//!   denominator: "of GDP" says what the share is taken of, not what it measures);
//! - the subject of a linking verb: "total spending would reach €112.4bn", "turnout
//!   was 64%", "public investment, the centrepiece, is budgeted at €680 million";
//! - the verb a sum is the object of: "released $120 million".
//!
//! When none applies, there is no topic and the value is not compared.

use super::quantities::{singular, Ctx};
use crate::document::tokens::Kind;
use crate::lexicon::class::{CAPITALISED, POSSESSIVE};
use crate::lexicon::sums;
use crate::lexicon::NP_STOP;

/// What a value measures: its key word (a lemma) and the phrase for a message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Topic {
    pub lemma: String,
    pub phrase: String,
    /// A share of progress ("40% contained"): compared only on a named day.
    pub progress: bool,
}

/// Prepositions and conjunctions that end a noun phrase, beyond [`NP_STOP`].
const MORE_STOPS: &[&str] = &[
    "through", "within", "between", "among", "against", "via", "across", "toward", "towards",
    "despite", "because", "if", "unless", "but", "so", "not", "all", "some", "each", "up", "off",
    "out", "away", "down", "back", "worth",
];

fn stop(w: &str) -> bool {
    NP_STOP.contains(&w) || MORE_STOPS.contains(&w) || sums::temporal(w)
}

/// `true` for a word that can be part of a noun phrase: alphabetic (hyphens allowed), no
/// function word, no verb of the grammar here.
fn nounish(c: &Ctx, j: usize) -> bool {
    if !c.is_word(j) {
        return false;
    }
    let w = c.w(j);
    let w = w.as_str();
    !stop(w)
        && !sums::pronoun(w)
        && !sums::value_verb(w)
        && !sums::verb_filler(w)
        && !sums::money_verb(w)
        && !crate::lexicon::is_speech_verb(w)
        && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
}

fn possessive(c: &Ctx, j: usize) -> bool {
    c.toks[j].word_class(c.text) & POSSESSIVE != 0
}

/// A word ending in "-s" used as a verb: followed by a determiner or particle ("aims
/// to", "depends on", "includes the").
fn verb_in_s(c: &Ctx, j: usize) -> bool {
    let w = c.w(j);
    w.ends_with('s')
        && !w.ends_with("ss")
        && matches!(
            c.w(j + 1).as_str(),
            "to" | "on" | "the" | "a" | "an" | "its" | "their" | "that" | "this" | "up" | "out"
        )
}

/// A topic from the words `lo..hi` of a noun phrase (modifiers then head); a generic
/// head ("target", "forecast") defers to the modifier before it.
fn from_phrase(c: &Ctx, lo: usize, hi: usize) -> Option<Topic> {
    if lo >= hi {
        return None;
    }
    let words: Vec<String> = (lo..hi).map(|j| c.w(j).as_str().to_string()).collect();
    let mut head = words.len() - 1;
    if head > 0 && sums::generic_head(&singular(&words[head])) {
        head -= 1;
    }
    let mut lemma = singular(&words[head]);
    if sums::denominator(&lemma) || sums::rough_head(&lemma) {
        return None;
    }
    // "health spending" is another claim than "total spending"; the first modifier
    // says which ("corporate income tax" is corporate tax).
    let modifier = words[..head]
        .iter()
        .find(|w| !sums::plain_modifier(w) && !sums::leading_verb(w));
    if let Some(m) = modifier.filter(|_| sums::divisible_head(&lemma)) {
        lemma = format!("{m} {lemma}");
    } else if lemma == "price" {
        if let Some(m) = words[..head].iter().find(|w| sums::price_kind(w)) {
            lemma = format!("{m} {lemma}");
        }
    }
    Some(Topic {
        lemma,
        phrase: words.join(" "),
        progress: false,
    })
}

/// The noun phrase that ends right before token `end` (exclusive), past determiners:
/// its word range (at most three words).
fn phrase_before(c: &Ctx, end: usize) -> Option<(usize, usize)> {
    let mut lo = end;
    // A word in "-s" before another is a verb or a plural, no modifier ("forecasts
    // growth").
    let modifier_s = |j: usize| j + 1 < end && singular(c.w(j).as_str()) != c.w(j).as_str();
    // Four words when the last is a generic head: "corporate income tax rate".
    let most = if end > 0 && sums::generic_head(&singular(c.w(end - 1).as_str())) {
        4
    } else {
        3
    };
    while lo > 0
        && end - lo < most
        && nounish(c, lo - 1)
        && !possessive(c, lo - 1)
        && !modifier_s(lo - 1)
    {
        lo -= 1;
    }
    (lo < end).then_some((lo, end))
}

/// The noun phrase starting at `from` past determiners and possessives: its range.
fn phrase_after(c: &Ctx, from: usize) -> Option<(usize, usize)> {
    let mut j = from;
    while j < c.toks.len()
        && (matches!(
            c.w(j).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "all"
        ) || c.is_word(j) && possessive(c, j)
            || c.toks[j].kind == Kind::Number)
    {
        j += 1;
    }
    let lo = j;
    while j < c.toks.len() && j < lo + 4 && nounish(c, j) && !(j > lo && verb_in_s(c, j)) {
        let plural = singular(c.w(j).as_str()) != c.w(j).as_str();
        j += 1;
        if plural {
            break;
        }
    }
    (j > lo).then_some((lo, j))
}

/// "a deficit of 2.3%", "growth of 2.1%", "the largest shareholder with 20%".
fn named_before(c: &Ctx, start: usize) -> Option<Topic> {
    if start < 2 || !matches!(c.w(start - 1).as_str(), "of" | "with") {
        return None;
    }
    let (lo, hi) = phrase_before(c, start - 1)?;
    from_phrase(c, lo, hi)
}

/// "put turnout at 61%", "put the damage to shops at 450,000 lira", "cut the starting
/// pension for new retirees by 20%": the object of the verb the value completes.
fn object_of_verb(c: &Ctx, start: usize) -> Option<Topic> {
    let prep = c.w(start.checked_sub(1)?);
    let verbs: fn(&str) -> bool = match prep.as_str() {
        "at" => |w| {
            matches!(
                w,
                "put" | "puts" | "putting" | "estimate" | "estimates" | "values" | "pegged"
            )
        },
        "by" | "to" => |w| {
            matches!(
                w,
                "cut"
                    | "cuts"
                    | "cutting"
                    | "raise"
                    | "raises"
                    | "raised"
                    | "reduce"
                    | "reduces"
                    | "reduced"
                    | "lower"
                    | "lowers"
                    | "lowered"
                    | "increase"
                    | "increases"
                    | "increased"
                    | "trim"
                    | "trimmed"
                    | "slash"
                    | "slashed"
            )
        },
        _ => return None,
    };
    let lo = start.saturating_sub(14);
    let v = (lo..start - 1).rev().find(|&j| verbs(c.w(j).as_str()))?;
    if (v + 1..start - 1).any(|j| matches!(c.raw(j), ";" | ":") || c.w(j) == "that") {
        return None;
    }
    let (a, b) = phrase_after(c, v + 1)?;
    from_phrase(c, a, b)
}

/// "a 34% premium", "the €780 million motorway contract", "$120 million released".
fn modified_after(c: &Ctx, end: usize) -> Option<Topic> {
    if !c.is_word(end) || c.toks[end].word_class(c.text) & CAPITALISED != 0 {
        return None;
    }
    let first = c.w(end);
    if first.len() > 3 && first.ends_with("ed") && sums::money_verb(first.as_str()) {
        return Some(verb_topic(first.as_str()));
    }
    let mut j = end;
    while j < c.toks.len() && j < end + 3 && nounish(c, j) && !verb_in_s(c, j) {
        let cap = c.toks[j].word_class(c.text) & CAPITALISED != 0;
        let w = c.w(j);
        if cap || j > end && w.len() > 3 && w.ends_with("ed") {
            break;
        }
        let plural = singular(w.as_str()) != w.as_str();
        j += 1;
        if plural {
            break;
        }
    }
    let mut t = from_phrase(c, end, j)?;
    t.progress = sums::progress(&c.w(end));
    Some(t)
}

fn verb_topic(w: &str) -> Topic {
    Topic {
        lemma: w.to_string(),
        phrase: format!("money {w}"),
        progress: false,
    }
}

/// "€6.8bn of public investment", "60% of homes", "a third of the cases".
fn of_object(c: &Ctx, end: usize) -> Option<Topic> {
    if c.w(end) != "of" {
        return None;
    }
    let (lo, hi) = phrase_after(c, end + 1)?;
    let mut t = from_phrase(c, lo, hi)?;
    t.progress = sums::progress(&c.w(hi));
    Some(t)
}

/// `true` when `of` is followed by a denominator ("of GDP"): the share's topic is then
/// its subject.
fn of_denominator(c: &Ctx, end: usize) -> bool {
    c.w(end) == "of"
        && phrase_after(c, end + 1).is_some_and(|(_, hi)| sums::denominator(&c.w(hi - 1)))
}

/// "total spending would reach €112.4bn", "the deficit to fall to 2.3%", "damage to
/// shops and vehicles was estimated at 4.5 million lira": the subject of a linking
/// verb, the head of the first noun phrase of a chain of prepositions and lists.
fn subject_of_verb(c: &Ctx, start: usize) -> Option<Topic> {
    let mut j = start;
    if j > 0 && sums::value_preposition(&c.w(j - 1)) {
        j -= 1;
        // "will be cut from 21% to 19%": past the earlier value.
        if let Some(f) = (j.saturating_sub(4)..j).rev().find(|&k| c.w(k) == "from") {
            if (f + 1..j).all(|k| !c.is_word(k) || c.w(k) == "percent") {
                j = f;
            }
        }
    }
    let (mut saw_verb, mut n) = (false, 0);
    while j > 0 && n < 6 && c.is_word(j - 1) {
        let w = c.w(j - 1);
        if !(sums::value_verb(&w) || sums::verb_filler(&w)) {
            break;
        }
        saw_verb |= sums::value_verb(&w);
        j -= 1;
        n += 1;
    }
    if !saw_verb {
        return None;
    }
    // "Public investment, the centrepiece of the plan, is budgeted at …".
    if j > 0 && c.raw(j - 1) == "," {
        j = (j.saturating_sub(11)..j - 1)
            .rev()
            .find(|&k| c.raw(k) == ",")?;
    }
    let (mut lo, mut hi) = phrase_before(c, j)?;
    let mut list = false;
    for _ in 0..5 {
        let mut k = lo;
        while k > 0 && matches!(c.w(k - 1).as_str(), "the" | "a" | "an") {
            k -= 1;
        }
        if k < 2 {
            break;
        }
        let link = c.w(k - 1);
        let prep = matches!(
            link.as_str(),
            "in" | "to" | "of" | "for" | "on" | "from" | "over"
        );
        let joins = link == "and" || c.raw(k - 1) == "," && list;
        if !(prep || joins) {
            break;
        }
        let Some((a, b)) = phrase_before(c, k - 1) else {
            break;
        };
        if link == "of" && sums::generic_head(&singular(&c.w(b - 1))) {
            break;
        }
        list = joins;
        (lo, hi) = (a, b);
    }
    from_phrase(c, lo, hi)
}

/// "released $120 million", "has pledged €25m": the verb a sum is the object of.
fn money_verb_before(c: &Ctx, start: usize) -> Option<Topic> {
    let w = c.w(start.checked_sub(1)?);
    sums::money_verb(&w).then(|| verb_topic(w.as_str()))
}

/// What the value whose tokens run from `start` (its qualifier or currency sign) to
/// `end` (past its unit) measures; `money` for a sum (which a verb may name).
pub(crate) fn topic(c: &Ctx, start: usize, end: usize, money: bool) -> Option<Topic> {
    let denominator = of_denominator(c, end);
    let mut t = named_before(c, start)
        .or_else(|| object_of_verb(c, start))
        .or_else(|| {
            if denominator {
                return None;
            }
            modified_after(c, end)
                .or_else(|| of_object(c, end).map(|t| with_state(c, start, end, t)))
        })
        .or_else(|| subject_of_verb(c, start))
        .or_else(|| money.then(|| money_verb_before(c, start)).flatten())?;
    t.lemma = crate::normalize::fold(&t.lemma);
    Some(t)
}

/// A share of a group says what of the group: "a third of the homes were destroyed",
/// "children make up 40% of the cases": the state joins the key ("home destroyed").
fn with_state(c: &Ctx, start: usize, end: usize, mut t: Topic) -> Topic {
    let state = state_after(c, end).or_else(|| state_before(c, start));
    if let Some(s) = state {
        t.lemma = format!("{} {}", t.lemma, singular(&s));
        t.phrase = format!("{} {}", t.phrase, s);
    }
    t
}

/// "… of the homes [in the district] were destroyed": the word after the copula.
fn state_after(c: &Ctx, end: usize) -> Option<String> {
    let hi = (end + 10).min(c.toks.len());
    let cop = (end + 1..hi).find(|&j| matches!(c.w(j).as_str(), "were" | "are" | "was" | "is"))?;
    if (end + 1..cop).any(|j| !c.is_word(j)) {
        return None;
    }
    let j = (cop + 1..(cop + 3).min(c.toks.len()))
        .find(|&j| nounish(c, j) || c.w(j).ends_with("ed"))?;
    Some(c.w(j).as_str().to_string())
}

/// "Foreign nationals made up 40% of …", "children account for a third of …": the
/// first word of the clause's subject.
fn state_before(c: &Ctx, start: usize) -> Option<String> {
    let w1 = c.w(start.checked_sub(1)?);
    let w2 = c.w(start.checked_sub(2)?);
    let verb = matches!(
        (w2.as_str(), w1.as_str()),
        ("make" | "makes" | "made", "up") | ("account" | "accounts" | "accounted", "for")
    );
    if !verb {
        return None;
    }
    let lo = start.saturating_sub(8);
    let from = (lo..start - 2)
        .rev()
        .find(|&j| !c.is_word(j))
        .map_or(lo, |j| j + 1);
    let j = (from..start - 2).find(|&j| nounish(c, j))?;
    Some(c.w(j).as_str().to_string())
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::analyse;
    use crate::extract::quantities::{Quantity, QuantityKind};

    fn qs(text: &str) -> Vec<Quantity> {
        analyse(Document::text("t", format!("Headline Here\n{text}"))).quantities
    }

    /// The key noun of the first sum or share of `text`.
    fn topic(text: &str) -> Option<String> {
        qs(text)
            .into_iter()
            .find(|q| matches!(q.kind, QuantityKind::Money | QuantityKind::Percent))
            .and_then(|q| q.noun)
    }

    #[test]
    fn the_thing_named_before_the_value() {
        assert_eq!(
            topic("It set a deficit of 4.1% of GDP.").as_deref(),
            Some("deficit")
        );
        assert_eq!(
            topic("They plan a deficit target of 3% of GDP.").as_deref(),
            Some("deficit")
        );
        assert_eq!(
            topic("Officials expect growth of 1.9% soon.").as_deref(),
            Some("growth")
        );
        assert_eq!(
            topic("Its largest shareholder with 12% of the shares sold.").as_deref(),
            Some("shareholder")
        );
    }

    #[test]
    fn the_noun_the_value_modifies_or_its_object() {
        assert_eq!(
            topic("Dalmor made a £2.4bn hostile bid.").as_deref(),
            Some("bid")
        );
        assert_eq!(
            topic("It offered a 21% premium.").as_deref(),
            Some("premium")
        );
        assert_eq!(
            topic("That includes €3.1bn of public investment.").as_deref(),
            Some("public investment")
        );
        assert_eq!(
            topic("A €1.5bn housing scheme aims to build flats.").as_deref(),
            Some("scheme")
        );
    }

    #[test]
    fn the_subject_of_a_linking_verb() {
        assert_eq!(
            topic("Total spending would reach €54.2bn.").as_deref(),
            Some("spending")
        );
        assert_eq!(
            topic("Turnout was 58.3%, the board said.").as_deref(),
            Some("turnout")
        );
        assert_eq!(
            topic("Port funding, the core of the plan, is budgeted at €320 million.").as_deref(),
            Some("port funding")
        );
        assert_eq!(
            topic("He said damage to shops, kiosks and cars in the old town was estimated at 2.5 million lira.").as_deref(),
            Some("damage")
        );
        assert_eq!(
            topic("The levy will be cut from 18% to 15%.").as_deref(),
            Some("levy")
        );
    }

    #[test]
    fn a_share_of_a_group_says_what_of_it() {
        assert_eq!(
            topic("About a third of the flats were flooded.").as_deref(),
            Some("flat flooded")
        );
        assert_eq!(
            topic("Nearly 70% of flats were flooded in Orlen.").as_deref(),
            Some("flat flooded")
        );
        let a = topic("Pupils make up 30% of the 210 cases.");
        let b = topic("About a quarter of the cases are pupils.");
        assert_eq!(a, b);
        assert_eq!(a.as_deref(), Some("case pupil"));
    }

    #[test]
    fn no_topic_when_it_is_uncertain() {
        // A denominator alone says what the share is taken of, not what it is.
        assert_eq!(topic("It reached 2.3% of GDP."), None);
        assert_eq!(topic("He put it at 4% in May."), None);
        assert_eq!(topic("The figure was given as €40 million."), None);
        // A time says when, not what.
        assert_eq!(topic("The bank expects 1.4% next year."), None);
    }

    #[test]
    fn two_sums_of_one_story_are_two_claims() {
        let q = qs("Total spending would reach €54.2bn. Health spending rises to €8.1bn.");
        assert_ne!(q[0].key(), q[1].key());
        let q = qs("The court imposed a €2m fine. The €40m fund was set up.");
        assert_ne!(q[0].key(), q[1].key());
    }

    #[test]
    fn the_verb_a_sum_is_the_object_of() {
        let a = topic("The president released $90 million from the reserve.");
        let b = topic("The $900 million released by the government helped.");
        assert_eq!(a.as_deref(), Some("released"));
        assert_eq!(a, b);
    }

    #[test]
    fn progress_is_compared_on_a_named_day_only() {
        let q = &qs("The fire was 12% contained.")[0];
        assert_eq!(q.predicate.as_deref(), Some("progress"));
        assert!(!crate::resolve::claims::comparable(q));
        let q = &qs("By Tuesday the fire was 12% contained.")[0];
        assert!(crate::resolve::claims::comparable(q));
    }
}
