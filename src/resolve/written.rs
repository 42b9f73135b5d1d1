//! When an article was written, as far as its whole text tells, for comparing one
//! person's ages across articles: a text that tells of a later stage of its story (a
//! plea, a trial, a sentencing, an indictment) or looks back at it ("last year", "three
//! months ago", "in July") may be written long after another; the calendar days a text
//! names ("May 3", "Aug. 29", also days ahead: "due in court June 20") bound how far
//! apart two texts are. Two texts with neither cue, whose days all fall within a month,
//! were written at the same stage of their story: too close for a birthday between them,
//! as far as a careful reader of the two can tell.
//!
//! Read once per article, in linear time, from its text: nothing new is stored in an
//! index file.

use crate::lexicon::events::{later_stage, look_back};

/// What a text tells of when it was written (see the module's doc).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// It tells of a later stage of its story, or looks back at it.
    pub later: bool,
    /// The calendar days it names, as days of a year (0–364), sorted, distinct; at most
    /// [`MAX_DAYS`].
    pub days: Vec<u16>,
}

/// How many distinct days a text's [`Written`] keeps (a table of dates is no story's).
pub const MAX_DAYS: usize = 32;

/// How many days the days two texts name may span and the texts still be read as
/// written at the same stage of their story.
pub const SAME_STAGE_DAYS: u16 = 31;

/// The day of the year (0–364, a year of 365 days) of a month (1–12) and day.
fn day_of_year(month: u16, day: u16) -> u16 {
    const BEFORE: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[usize::from(month - 1)] + day - 1
}

/// The day of the month a word gives ("3", "29th"), if it is one.
fn month_day(w: &str) -> Option<u16> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    {
        return None;
    }
    let d: u16 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// `true` for a word of four digits that is a year of news (1900–2099).
fn year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

impl Written {
    /// What the text tells of when it was written.
    pub fn of(text: &str) -> Written {
        let mut w = Written::default();
        let mut words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let mut prev = "";
        let mut cur = words.next();
        while let Some(word) = cur {
            let next = words.next();
            let after = next.unwrap_or("");
            if let Some(m) = month_number(word) {
                match month_day(after) {
                    Some(d) => w.add_day(day_of_year(m, if m == 2 { d.min(28) } else { d })),
                    // "in July", "July 2016": a month as a whole, looked back at.
                    _ if prev.eq_ignore_ascii_case("in") || year(after) => w.later = true,
                    _ => {}
                }
            } else if later_stage(prev, word, after) || look_back(prev, word, after) {
                w.later = true;
            }
            prev = word;
            cur = next;
        }
        w
    }

    /// Keeps `day` in order among the days, unless it is there or the days are full.
    fn add_day(&mut self, day: u16) {
        if self.days.len() < MAX_DAYS {
            if let Err(i) = self.days.binary_search(&day) {
                self.days.insert(i, day);
            }
        }
    }

    /// `true` when this text and every text of `others` were written at the same stage
    /// of their story: none tells of a later stage or looks back, this text and one
    /// other at least name days, and the days they all name fall within
    /// [`SAME_STAGE_DAYS`] (across a new year too: Dec. 30 and Jan. 4 are days apart). A
    /// text that names no day says nothing of how far it is from the others.
    pub fn same_stage<'a>(&self, others: impl IntoIterator<Item = &'a Written>) -> bool {
        if self.later || self.days.is_empty() {
            return false;
        }
        let mut year = [0u64; 6];
        let mut mark = |days: &[u16]| {
            for &d in days {
                year[usize::from(d / 64)] |= 1 << (d % 64);
            }
        };
        mark(&self.days);
        let mut dated = false;
        for w in others {
            if w.later {
                return false;
            }
            dated |= !w.days.is_empty();
            mark(&w.days);
        }
        let days: Vec<u16> = (0..365u16)
            .filter(|&d| year[usize::from(d / 64)] >> (d % 64) & 1 == 1)
            .collect();
        dated && span(&days) <= SAME_STAGE_DAYS
    }
}

/// The fewest days a stretch of the year (going round its end) must cover to hold every
/// day of `days` (sorted, distinct): the year less its largest gap.
fn span(days: &[u16]) -> u16 {
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return 0;
    };
    let round = 365 - (last - first);
    let gap = days
        .windows(2)
        .map(|p| p[1] - p[0])
        .chain(std::iter::once(round))
        .max()
        .unwrap_or(0);
    365 - gap
}

/// The number (1–12) of a month's capitalised name or abbreviation ("May", "Aug", "Sept"):
/// the calendar's own reading ([`crate::document::calendar::month`]), written with one
/// capital only.
fn month_number(w: &str) -> Option<u16> {
    let mut b = w.bytes();
    if !b.next().is_some_and(|c| c.is_ascii_uppercase()) || !b.all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    crate::document::calendar::month(w).map(u16::from)
}

#[cfg(test)]
mod tests {
    use super::Written;

    fn of(t: &str) -> Written {
        Written::of(t)
    }

    #[test]
    fn a_first_report_is_at_the_first_stage() {
        let w = of("Police arrested Ivo Tarn, 24, on Saturday after the May 3 shooting.");
        assert!(!w.later);
        assert_eq!(w.days, vec![122]);
    }

    #[test]
    fn a_later_stage_or_a_look_back_is_later() {
        for t in [
            "Ivo Tarn, 24, pleaded guilty on Tuesday.",
            "A jury found Ivo Tarn, 24, guilty.",
            "Ivo Tarn, 24, was sentenced to 12 years.",
            "Ivo Tarn was indicted by a grand jury.",
            "The shooting last summer left one dead.",
            "The shooting three months ago left one dead.",
            "In July, a man was shot on Rell Street.",
            "He was first arrested in March 2016.",
            "The man who opened fire this past summer faces new charges.",
            "All charges were held for court at a preliminary hearing.",
            "Earlier this year, two men were shot.",
        ] {
            assert!(of(t).later, "{t}");
        }
        for t in [
            "Ivo Tarn, 24, appeared in court Tuesday; his bond was set at $50,000.",
            "Ivo Tarn was arraigned on Monday and is due in court May 20.",
            "Police said last week that a man was shot.",
            "The shooting earlier this month left one dead.",
            "The May 3 shooting left one dead.",
        ] {
            assert!(!of(t).later, "{t}");
        }
    }

    #[test]
    fn days_a_month_apart_are_not_one_stage() {
        let a = of("The Aug. 29 shooting left one dead.");
        let b = of("On Oct. 8, police named a person of interest in the Aug. 29 shooting.");
        let c = of("The suspect, arrested Aug. 30, is due in court Sept. 20.");
        assert!(!a.same_stage([&b]));
        assert!(a.same_stage([&c]));
        assert!(c.same_stage([&a, &of("No days here.")]));
        // Round a new year.
        let d = of("The Dec. 30 shooting left one dead.");
        let e = of("On Jan. 4, police named a suspect.");
        assert!(d.same_stage([&e]));
        assert!(!a.same_stage([&of("He pleaded guilty on Aug. 30.")]));
        // A text that names no day may be months from the other.
        assert!(!a.same_stage([&of("No days here.")]));
        assert!(!of("None here.").same_stage([&a]));
        assert!(!a.same_stage([]));
    }

    #[test]
    fn a_text_of_many_dates_keeps_a_few() {
        let t = "On May 1, May 2, May 3, ".repeat(40);
        assert!(of(&t).days.len() <= super::MAX_DAYS);
        assert_eq!(of("Feb. 30 and March").days, vec![58]);
    }
}
