//! Updates, not conflicts: two values of one figure are an update when an article says
//! the figure changed from the one to the other ("rose from 19 to 23"), or when both
//! articles are dated and a figure that only grows (a toll, arrests, cases) is higher in
//! the later one. A new article repeating a figure an article says was superseded is
//! stale; a later lower toll stays a conflict. Also what explains two tolls one apart: an
//! article that says the attacker died ([`attacker_died`]) may count him.

use super::View;
use crate::document::calendar::Day;
use crate::extract::quantities::{interval_overlap, Interval};
use crate::extract::updates::Change;
use crate::extract::Analysis;

/// What two values of one claim are.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// They cannot both be true.
    Conflict,
    /// An update: both were true when written; the message says which is later.
    Update(String),
    /// A new article repeats a superseded value.
    Stale(String),
}

/// The two values judged: this article's and the others', with the articles giving them.
pub struct Pair<'a> {
    pub mine: Interval,
    pub theirs: Interval,
    /// The other articles giving `theirs`.
    pub docs: &'a [&'a str],
    /// `true` when the figure only grows ([`crate::lexicon::events::cumulative`]).
    pub cumulative: bool,
}

fn holds(i: Interval, v: f64) -> bool {
    interval_overlap(i, (v, v, true, true))
}

/// Every stated change the view and the target know, with the article stating it.
fn changes<'v>(view: &View<'v>, target: &'v Analysis) -> Vec<(&'v str, &'v Change)> {
    let mut out: Vec<(&str, &Change)> = Vec::new();
    for ix in std::iter::once(view.base).chain(view.overlay) {
        for (doc, cs) in &ix.dates.changes {
            out.extend(cs.iter().map(|c| (doc.as_str(), c)));
        }
    }
    out.extend(target.changes.iter().map(|c| (target.doc.id.as_str(), c)));
    out
}

/// "rose" or "fell".
fn moved(c: &Change) -> &'static str {
    match c.new {
        Some(n) if n < c.old => "fell",
        Some(_) => "rose",
        None => "changed",
    }
}

fn day_of(view: &View, doc: &str) -> Option<Day> {
    view.base.dates.published(doc)
}

fn when(d: Option<Day>) -> String {
    d.map(|d| format!(" ({d})")).unwrap_or_default()
}

/// Judges two values of one claim: `new_article` is `true` when the target is a new
/// article checked against the corpus (not one of the corpus scanned).
pub fn judge(view: &View, target: &Analysis, new_article: bool, p: &Pair) -> Verdict {
    let mine_day = target.doc.published;
    let stated = changes(view, target);
    // "rose from <theirs> to <mine>": mine is the update.
    if let Some((doc, c)) = stated
        .iter()
        .find(|(_, c)| holds(p.theirs, c.old) && c.new.is_none_or(|n| holds(p.mine, n)))
    {
        let to = c
            .new
            .map_or_else(|| "a new value".to_string(), |n| n.to_string());
        return Verdict::Update(format!(
            "an update, not a conflict: {doc} says it {} from {} to {to}",
            moved(c),
            c.old
        ));
    }
    // "rose from <mine> to <theirs>": mine is the earlier figure; so it is when the
    // article giving theirs says mine was superseded without a new value ("four were
    // hurt, not five as first reported": the four is its own claim).
    if let Some((doc, c)) = stated.iter().find(|(doc, c)| {
        holds(p.mine, c.old) && c.new.map_or(p.docs.contains(doc), |n| holds(p.theirs, n))
    }) {
        let later = day_of(view, doc);
        let older_article =
            matches!((mine_day, later), (Some(m), Some(l)) if l.after(&m) == Some(true));
        let msg = match c.new {
            Some(n) => format!("{doc} says it {} from {} to {n}", moved(c), c.old),
            None => format!("{doc} says {} was superseded", c.old),
        };
        return if new_article && !older_article {
            Verdict::Stale(format!("this repeats a superseded figure: {msg}"))
        } else {
            Verdict::Update(format!("an earlier figure, not a conflict: {msg}"))
        };
    }
    dated(view, mine_day, p)
}

/// The dated case: both articles dated, a figure that only grows, higher in the later.
fn dated(view: &View, mine_day: Option<Day>, p: &Pair) -> Verdict {
    let Some(mine_day) = mine_day.filter(|_| p.cumulative && !p.docs.is_empty()) else {
        return Verdict::Conflict;
    };
    let days: Option<Vec<Day>> = p.docs.iter().map(|d| day_of(view, d)).collect();
    let Some(days) = days else {
        return Verdict::Conflict;
    };
    let later = days.iter().all(|d| mine_day.after(d) == Some(true));
    let earlier = days.iter().all(|d| d.after(&mine_day) == Some(true));
    let higher = p.mine.0 > p.theirs.1 || (p.mine.0 == p.theirs.1 && !p.theirs.3);
    let lower = p.mine.1 < p.theirs.0 || (p.mine.1 == p.theirs.0 && !p.theirs.2);
    let theirs_day = days.first().copied();
    if later && higher {
        Verdict::Update(format!(
            "an update, not a conflict: it rose by this article{} from the earlier one{}",
            when(Some(mine_day)),
            when(theirs_day)
        ))
    } else if earlier && lower {
        Verdict::Update(format!(
            "an earlier figure, not a conflict: this article{} is older; it rose by the later \
             one{}",
            when(Some(mine_day)),
            when(theirs_day)
        ))
    } else {
        Verdict::Conflict
    }
}

/// How many words after a word for the attacker a text may say he died.
const SHOOTER_REACH: usize = 10;

/// `true` when the text says the attacker died ("the gunman was killed by police", "the
/// shooter then killed himself", "the suspect died at the scene"): a toll elsewhere
/// may count him, so a toll one apart is no conflict.
pub fn attacker_died(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let is = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let attacker = [
        "gunman",
        "shooter",
        "attacker",
        "assailant",
        "suspect",
        "killer",
    ];
    // "himself", "died", or "dead"/"killed" after a verb that makes him the one who died
    // ("was killed", "was found dead"), not "the gunman killed five".
    let died = |j: usize| {
        is(words[j], &["himself", "herself", "died"])
            || is(words[j], &["dead", "killed"])
                && (is(words[j - 1], &["was", "is", "been", "found", "lay", "confirmed", "pronounced"])
                    || j >= 2 && is(words[j - 1], &["shot"]) && is(words[j - 2], &["was", "been"]))
            // "exchanged gunfire with the suspect, killing him".
            || is(words[j], &["him", "her"]) && is(words[j - 1], &["killing"])
    };
    let police = [
        "police", "officers", "deputies", "troopers", "agents", "officer", "deputy",
    ];
    words.iter().enumerate().any(|(i, w)| {
        is(w, &attacker) && (i + 1..words.len().min(i + 1 + SHOOTER_REACH)).any(died)
            // "a man shot and killed by officers", "victims plus the suspect".
            || is(w, &["by"])
                && i >= 1
                && is(words[i - 1], &["killed", "dead"])
                && words.get(i + 1).is_some_and(|n| is(n, &police))
            || is(w, &["plus", "including"])
                && words
                    .get(i + 1..words.len().min(i + 3))
                    .is_some_and(|n| n.iter().any(|n| is(n, &attacker)))
    })
}
