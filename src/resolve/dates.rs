//! The corpus's dates: each article's publication day, and the days its articles put
//! events on, by event, so that a check compares a new article's days only with those
//! of the same event; which articles read as written within days of their event
//! ([`written_days_after`]) or as follow-ups; and which say the attacker died.

use super::example::{Example, Source};
use crate::document::calendar::Day;
use crate::extract::dates::DateClaim;
use crate::extract::updates::Change;
use crate::extract::Analysis;
use std::collections::{HashMap, HashSet};

/// A corpus article's date claim with where it is.
#[derive(Debug, Clone)]
pub struct DatedClaim {
    pub claim: DateClaim,
    pub span: Example,
}

/// Dates by event, and publication days by article.
#[derive(Debug, Clone, Default)]
pub struct DateIndex {
    pub by_event: HashMap<String, Vec<DatedClaim>>,
    /// Article id → publication day.
    pub published: HashMap<String, Day>,
    /// The changes of figures each article states, by article id, in id order: a rule
    /// that cites the first that fits cites the same one in every run.
    pub changes: std::collections::BTreeMap<String, Vec<Change>>,
    /// The articles whose opening puts their event on a weekday, with no month, year or
    /// later stage ([`written_days_after`]).
    pub fresh: HashSet<String>,
    /// The articles whose opening reads as a follow-up ([`Opening::FollowUp`]).
    pub follow_up: HashSet<String>,
    /// The articles that give a toll of the dead and say the attacker died
    /// ([`super::updates::attacker_died`]): their toll may count him.
    pub attacker_died: HashSet<String>,
    /// What each article's text tells of when it was written, for those that tell
    /// anything ([`super::written::Written`]).
    pub written: HashMap<String, super::written::Written>,
}

/// What an article's whole text tells of when it was written: what its opening says
/// ([`opening`]) and what all of it tells ([`super::written::Written`]). Read from the
/// text for an analysis; an index file's filing keeps it, so that loading does not read
/// the text again for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct When {
    pub opening: Opening,
    pub written: super::written::Written,
}

impl When {
    /// What the text of an analysed article tells.
    pub fn of(a: &Analysis) -> When {
        When {
            opening: opening(a),
            written: super::written::Written::of(&a.doc.clean),
        }
    }
}

impl DateIndex {
    /// Files a corpus article's publication day and date claims; `died` when it gives a
    /// toll and says the attacker died ([`says_attacker_died`]; an article read from an
    /// index file has no quantities, and its filing says so); `when`, what its text tells
    /// of when it was written, read from the text when not given.
    pub fn add(
        &mut self,
        a: &Analysis,
        source: &std::sync::Arc<Source>,
        died: bool,
        when: Option<When>,
    ) {
        let id = &a.doc.id;
        let When { opening, written } = when.unwrap_or_else(|| When::of(a));
        if let Some(d) = a.doc.published {
            self.published.insert(id.clone(), d);
        }
        if !a.changes.is_empty() {
            self.changes.insert(id.clone(), a.changes.clone());
        }
        match opening {
            Opening::FirstDays => self.fresh.insert(id.clone()),
            Opening::FollowUp => self.follow_up.insert(id.clone()),
            Opening::Plain => false,
        };
        if died {
            self.attacker_died.insert(id.clone());
        }
        if written != super::written::Written::default() {
            self.written.insert(id.clone(), written);
        }
        for c in &a.dates {
            let span = Example::new(source, a.doc.source_range(c.range.clone()));
            let list = self.by_event.entry(c.event.clone()).or_default();
            list.push(DatedClaim {
                claim: c.clone(),
                span,
            });
        }
    }

    /// Gives back the room the lists and tables have beyond what they hold.
    pub fn shrink_to_fit(&mut self) {
        self.by_event.shrink_to_fit();
        self.by_event.values_mut().for_each(Vec::shrink_to_fit);
        self.published.shrink_to_fit();
        self.fresh.shrink_to_fit();
        self.follow_up.shrink_to_fit();
        self.attacker_died.shrink_to_fit();
        self.written.shrink_to_fit();
    }

    /// Takes an article out (its events are read from its analysis, read again).
    pub fn remove(&mut self, a: &Analysis) {
        let id = a.doc.id.as_str();
        self.published.remove(id);
        self.changes.remove(id);
        self.fresh.remove(id);
        self.follow_up.remove(id);
        self.attacker_died.remove(id);
        self.written.remove(id);
        for c in &a.dates {
            if let Some(list) = self.by_event.get_mut(&c.event) {
                list.retain(|x| x.span.doc() != id);
                if list.is_empty() {
                    self.by_event.remove(&c.event);
                }
            }
        }
    }

    /// The publication day of a corpus article.
    pub fn published(&self, id: &str) -> Option<Day> {
        self.published.get(id).copied()
    }
}

/// How far into an article's text, after its title, [`written_days_after`] reads.
const LEDE_BYTES: usize = 400;

/// What the opening of an article says of when it was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Opening {
    /// It puts its event on a weekday or "today" and names no other month or year, no
    /// court stage and no span back: a report of the first days ([`written_days_after`]).
    FirstDays,
    /// It names a month, a year, a court stage or a span back ("last month"): it may be
    /// a follow-up weeks or years on.
    FollowUp,
    /// Neither: it says nothing of when.
    #[default]
    Plain,
}

/// `true` when the article's opening reads as written within days of its event
/// ([`written_days_after`] on its text after the title).
pub fn fresh(a: &Analysis) -> bool {
    opening(a) == Opening::FirstDays
}

/// `true` when an analysed article gives a toll (a quantity of people killed) and says
/// the attacker died ([`super::updates::attacker_died`]): its toll may count him.
pub fn says_attacker_died(a: &Analysis) -> bool {
    a.quantities
        .iter()
        .any(|q| q.predicate.as_deref() == Some("killed"))
        && super::updates::attacker_died(&a.doc.clean)
}

/// What the article's opening (its text after the title) says of when it was written.
pub fn opening(a: &Analysis) -> Opening {
    let title_end = a.doc.title.as_ref().map_or(0, |t| t.end);
    opening_of(&a.doc.clean, title_end)
}

/// `true` when the opening of a text (its first [`LEDE_BYTES`] after `from`) puts its
/// event on a weekday or "today" / "last night" ("was shot Saturday night", "on Tuesday,
/// May 31") and names no other month or year, no court stage (a trial, a plea, a
/// sentence) and no span back ("last month", "two years ago"): a report of the first
/// days, not a follow-up weeks or years on.
pub fn written_days_after(text: &str, from: usize) -> bool {
    opening_of(text, from) == Opening::FirstDays
}

/// What the opening of a text (its first [`LEDE_BYTES`] after `from`) says of when it
/// was written (see [`Opening`]).
pub fn opening_of(text: &str, from: usize) -> Opening {
    let Some(rest) = text.get(from..) else {
        return Opening::Plain;
    };
    let mut to = LEDE_BYTES.min(rest.len());
    while !rest.is_char_boundary(to) {
        to -= 1;
    }
    let words: Vec<&str> = rest[..to]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut day = false;
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        let lower = w.to_lowercase();
        let next = words
            .get(k + 1)
            .map(|n| n.to_lowercase())
            .unwrap_or_default();
        k += 1;
        if weekday(w) {
            day = true;
            // "Tuesday, May 31, 2016": the weekday's own date.
            if words.get(k).is_some_and(|m| month(m))
                && words
                    .get(k + 1)
                    .is_some_and(|d| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
            {
                k += 2;
                if words.get(k).is_some_and(|y| year(y)) {
                    k += 1;
                }
            }
        } else if matches!(lower.as_str(), "today" | "tonight" | "yesterday")
            || lower == "last" && next == "night"
            || lower == "this" && matches!(next.as_str(), "morning" | "afternoon" | "evening")
        {
            day = true;
        } else if month(w) || year(w) || later_stage(&lower) || looks_back(&lower, &next) {
            return Opening::FollowUp;
        }
    }
    if day {
        Opening::FirstDays
    } else {
        Opening::Plain
    }
}

/// A span back from the writing to the event: "ago", "last week", "earlier this month",
/// "two years later" (`w` and `next` folded).
fn looks_back(w: &str, next: &str) -> bool {
    w == "ago"
        || w == "last" && matches!(next, "week" | "month" | "year")
        || w == "earlier" && next == "this"
        || matches!(w, "weeks" | "months" | "years" | "week" | "month" | "year")
            && matches!(next, "ago" | "after" | "later" | "earlier")
}

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A month's name or its abbreviation, capitalised ("May", "Aug").
fn month(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

fn year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// A stage of a case that comes weeks or years after the event, or a look back at it.
fn later_stage(w: &str) -> bool {
    w.starts_with("sentenc")
        || matches!(
            w,
            "trial"
                | "jury"
                | "jurors"
                | "juror"
                | "convicted"
                | "pleaded"
                | "plea"
                | "guilty"
                | "verdict"
                | "indicted"
                | "indictment"
                | "anniversary"
        )
}

#[cfg(test)]
mod tests {
    use super::written_days_after as fresh;

    #[test]
    fn a_first_days_report_is_fresh() {
        assert!(fresh(
            "A man was shot Saturday night in Dunmere, police said.",
            0
        ));
        assert!(fresh(
            "Two men were hurt on Tuesday, May 31, 2016, in Vellin.",
            0
        ));
        assert!(fresh("Police said a woman was shot last night.", 0));
    }

    #[test]
    fn a_follow_up_is_not_fresh() {
        for text in [
            "A man was arrested Monday in the May 30 shooting in Dunmere.",
            "A jury on Friday convicted a man of the shooting.",
            "He pleaded guilty Tuesday to the killing.",
            "Police on Monday charged a man in a shooting last month.",
            "The shooting two years ago still haunts the town, he said Friday.",
            "A man was shot in Dunmere in 2014.",
            "A man was shot in Dunmere, police said.",
        ] {
            assert!(!fresh(text, 0), "{text}");
        }
        // Only the opening is read; a bad offset reads nothing.
        let long = format!(
            "{} It happened in March.",
            "A man was shot on Sunday. ".repeat(20)
        );
        assert!(fresh(&long, 0));
        assert!(!fresh("Sunday", 99));
    }

    #[test]
    fn an_opening_says_first_days_follow_up_or_nothing() {
        use super::{opening_of, Opening};
        let of = |t: &str| opening_of(t, 0);
        assert_eq!(
            of("A man was shot Saturday night in Dunmere."),
            Opening::FirstDays
        );
        assert_eq!(
            of("He pleaded guilty Tuesday to the killing."),
            Opening::FollowUp
        );
        assert_eq!(of("A man was shot in Dunmere in 2014."), Opening::FollowUp);
        assert_eq!(
            of("A man was shot in Dunmere, police said."),
            Opening::Plain
        );
        assert_eq!(opening_of("Sunday", 99), Opening::Plain);
    }
}
