//! Figures an article says changed: "rose from 31 to 40", "climbed to 247 from 112",
//! "45.3%, up from 44.1%", "revised to 12 from 9". Each is a pair of values as written
//! (the old one and, when the sentence gives it, the new one), so that a check knows the
//! old value was superseded, whatever the claim's key.

use crate::document::tokens::{Kind, Token};
use crate::lexicon::claims::change_verb;
use crate::lexicon::class;
use serde::{Deserialize, Serialize};

/// One change of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The earlier value.
    pub old: f64,
    /// The later value, when the sentence gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<f64>,
}

/// How far before "from" (or "to") the change verb may be.
const VERB_REACH: usize = 6;
/// How far before "up from" the new value may be.
const NEW_REACH: usize = 12;

/// The changes an article's sentences state.
pub fn extract(text: &str, sentences: &[super::SentenceTokens]) -> Vec<Change> {
    let mut out = Vec::new();
    let mut corrections = Vec::new();
    for s in sentences {
        // Most sentences have no cue word: their class union says so at one test.
        if s.classes & class::CUE == 0 {
            continue;
        }
        let toks = s.tokens;
        // One pass: a change is read at its "from" or "to", a correction ("not five as
        // first reported") at its "not"; a sentence's corrections follow its changes.
        // The three are cue words ([`class::CUE`]; only words have a class): one bit test
        // passes over every other token.
        for (i, t) in toks.iter().enumerate() {
            if t.class & class::CUE == 0 {
                continue;
            }
            let t = Some(t);
            if is(text, t, "from") || is(text, t, "to") {
                out.extend(change_at(text, toks, i));
            } else if is(text, t, "not") {
                corrections.extend(correction_at(text, toks, i));
            }
        }
        out.append(&mut corrections);
    }
    out
}

/// The value of a number token as written ("1,100" → 1100, "44.1" → 44.1).
fn value(text: &str, t: Option<&Token>) -> Option<f64> {
    let t = t.filter(|t| t.kind == Kind::Number)?;
    let raw = t.text(text);
    let v: f64 = if raw.contains(',') {
        let s: String = raw.chars().filter(|c| *c != ',').collect();
        s.parse().ok()?
    } else {
        raw.parse().ok()?
    };
    Some(v).filter(|v| v.is_finite())
}

/// `true` when token `t` is the word `w` (lower case), any case.
fn is(text: &str, t: Option<&Token>, w: &str) -> bool {
    // The length first: most tokens are not `w`, and bytes need no boundary checks.
    t.is_some_and(|t| {
        t.kind == Kind::Word
            && t.end - t.start == w.len()
            && text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes())
    })
}

/// The number at `i` or just after a currency sign ("$5"), and the index after it (a
/// "%" or unit word skipped).
fn number_at(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let skip = usize::from(toks.get(i).is_some_and(|t| t.kind == Kind::Punct));
    let j = i + skip;
    let v = value(text, toks.get(j))?;
    let pct = toks.get(j + 1).is_some_and(|t| t.text(text) == "%");
    Some((v, j + 1 + usize::from(pct)))
}

/// `true` when a change verb comes within reach before token `i`.
fn verb_before(text: &str, toks: &[Token], i: usize) -> bool {
    let mut buf = [0u8; 16];
    (i.saturating_sub(VERB_REACH)..i)
        .any(|j| change_verb(super::dates::lower(text, toks.get(j), &mut buf)))
}

/// A change stated at token `i` ("from" or "to").
fn change_at(text: &str, toks: &[Token], i: usize) -> Option<Change> {
    let t = toks.get(i);
    if is(text, t, "from") {
        // "rose from 31 to 40", "up from 15% on Monday", "45.3%, up from 44.1%".
        let (old, after) = number_at(text, toks, i + 1)?;
        let prev = toks.get(i.checked_sub(1)?);
        // "climbed to 247 from 112" is read at its "to".
        let after_to = prev.is_some_and(|t| t.kind == Kind::Number)
            && i.checked_sub(2)
                .is_some_and(|j| is(text, toks.get(j), "to"));
        if after_to {
            return None;
        }
        let up = is(text, prev, "up") || is(text, prev, "down");
        if !(up || verb_before(text, toks, i)) {
            return None;
        }
        let to = is(text, toks.get(after), "to")
            .then(|| number_at(text, toks, after + 1))
            .flatten()
            .map(|(v, _)| v);
        let new = to.or_else(|| up.then(|| new_before(text, toks, i)).flatten());
        return Some(Change { old, new });
    }
    // "climbed to 247 from 112".
    if !is(text, t, "to") {
        return None;
    }
    // The number first: it is cheaper to look at than the words before.
    let (new, after) = number_at(text, toks, i + 1)?;
    if !verb_before(text, toks, i) {
        return None;
    }
    is(text, toks.get(after), "from")
        .then(|| number_at(text, toks, after + 1))
        .flatten()
        .map(|(old, _)| Change {
            old,
            new: Some(new),
        })
}

/// A correction at "not" (token `i`): "four were hurt, not five as first reported",
/// "not 12, as earlier reported": the value after "not" was superseded.
fn correction_at(text: &str, toks: &[Token], i: usize) -> Option<Change> {
    let n = super::numbers::parse(text, toks, i + 1)?;
    let mut k = n.end;
    if toks.get(k).is_some_and(|t| t.text(text) == ",") {
        k += 1;
    }
    let earlier = ["first", "initially", "originally", "previously", "earlier"];
    let told = [
        "reported",
        "thought",
        "stated",
        "announced",
        "said",
        "believed",
    ];
    let is_any = |j: usize, ws: &[&str]| ws.iter().any(|w| is(text, toks.get(j), w));
    (is(text, toks.get(k), "as") && is_any(k + 1, &earlier) && is_any(k + 2, &told)).then_some(
        Change {
            old: n.value,
            new: None,
        },
    )
}

/// The nearest number before "up from" at `i`: the new value ("45.3% of the vote, up
/// from 44.1%").
fn new_before(text: &str, toks: &[Token], i: usize) -> Option<f64> {
    (i.saturating_sub(NEW_REACH)..i)
        .rev()
        .find_map(|j| value(text, toks.get(j)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn changes(text: &str) -> Vec<Change> {
        crate::extract::analyse(Document::text("t", text)).changes
    }

    fn c(old: f64, new: Option<f64>) -> Change {
        Change { old, new }
    }

    #[test]
    fn rose_from_to() {
        assert_eq!(
            changes("Title\n\nThe toll rose from 31 to 40."),
            [c(31.0, Some(40.0))]
        );
        assert_eq!(
            changes("Title\n\nThe toll has risen from 1,200 to 1,310."),
            [c(1200.0, Some(1310.0))]
        );
    }

    #[test]
    fn climbed_to_from() {
        assert_eq!(
            changes("Title\n\nDeaths climbed to 247 from 112 on Monday."),
            [c(112.0, Some(247.0))]
        );
    }

    #[test]
    fn up_from() {
        assert_eq!(
            changes("Title\n\nThe party won 45.3% of the vote, up from 44.1% on Monday."),
            [c(44.1, Some(45.3))]
        );
        assert_eq!(
            changes("Title\n\nIt was up from 15% earlier."),
            [c(15.0, None)]
        );
    }

    #[test]
    fn a_correction_supersedes_the_first_report() {
        assert_eq!(
            changes("Title\n\nFour people were hurt, not five as first reported."),
            [c(5.0, None)]
        );
        assert_eq!(
            changes("Title\n\nThe toll is 12, not 14, as earlier reported."),
            [c(14.0, None)]
        );
        assert!(changes("Title\n\nFour people were hurt, not five.").is_empty());
    }

    #[test]
    fn no_change_without_a_verb() {
        assert!(changes("Title\n\nFlights from 12 to 14 gates were cancelled.").is_empty());
        assert!(changes("Title\n\nShe drove to 12 Elm Street from 4 Oak Road.").is_empty());
        assert!(changes("Title\n\nThe toll rose from").is_empty());
    }
}
