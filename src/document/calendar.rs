//! Calendar dates in text: month and weekday names, a day of the calendar, and a parser
//! of the written forms of a date over tokens ("Friday 7 August 2026", "July 20, 2026",
//! "14 April", "Oct 9", "Sunday") and of ISO dates ("2026-08-07T09:30:00Z").
//!
//! All arithmetic is checked: a date from untrusted text is parsed or refused, never a
//! panic.

use super::tokens::{Kind, Token};
use serde::{Deserialize, Serialize};

/// A day of the calendar, its year when the text gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Day {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// A checked day: `None` when the month has no such day.
    pub fn new(year: Option<i32>, month: u8, day: u8) -> Option<Day> {
        let max = days_in_month(year.unwrap_or(2000), month)?;
        (1..=max).contains(&day).then_some(Day { year, month, day })
    }

    /// The weekday (0 Monday … 6 Sunday), when the year is known.
    pub fn weekday(&self) -> Option<u8> {
        let n = days_from_civil(self.year?, self.month, self.day)?;
        // 1970-01-01 was a Thursday (3).
        u8::try_from((n + 3).rem_euclid(7)).ok()
    }

    /// Days since 1970-01-01, when the year is known.
    pub fn number(&self) -> Option<i64> {
        days_from_civil(self.year?, self.month, self.day)
    }

    /// The day `n` days from 1970-01-01.
    pub fn from_number(n: i64) -> Option<Day> {
        let (y, m, d) = civil_from_days(n)?;
        Day::new(Some(y), m, d)
    }

    /// The nearest day on or before this one that falls on `weekday` (0 Monday), within
    /// the week before: "on Saturday" in an article of Monday 15 September.
    pub fn last(&self, weekday: u8) -> Option<Day> {
        let mine = self.weekday()?;
        let back = (i64::from(mine) - i64::from(weekday)).rem_euclid(7);
        Day::from_number(self.number()?.checked_sub(back)?)
    }

    /// `true` when the two days can be the same: equal month and day, and equal years
    /// when both give one.
    pub fn same(&self, other: &Day) -> bool {
        self.month == other.month
            && self.day == other.day
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }

    /// `Some(true)` when this day is after `other`, compared on (month, day) in the same
    /// year when a year is missing; `None` when they are the same day.
    pub fn after(&self, other: &Day) -> Option<bool> {
        if self.same(other) {
            return None;
        }
        let key = |d: &Day, y: Option<i32>| (d.year.or(y), d.month, d.day);
        let y = self.year.or(other.year);
        Some(key(self, y) > key(other, y))
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = MONTHS
            .get(usize::from(self.month).wrapping_sub(1))
            .unwrap_or(&"?");
        match self.year {
            Some(y) => write!(f, "{} {} {y}", self.day, m),
            None => write!(f, "{} {}", self.day, m),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekdays' names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> Option<u8> {
    Some(match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => return None,
    })
}

/// Days since 1970-01-01 (H. Hinnant's algorithm), for years 1..9999.
fn days_from_civil(y: i32, m: u8, d: u8) -> Option<i64> {
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn civil_from_days(z: i64) -> Option<(i32, u8, u8)> {
    if !(-719_000..=2_932_000).contains(&z) {
        return None;
    }
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some((
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    ))
}

/// A month's number from its name or abbreviation ("Sept", "Oct."), any case. "May"
/// counts only capitalised (the modal verb is far more common).
pub fn month(word: &str) -> Option<u8> {
    #[rustfmt::skip]
    const NAMES: [(&str, u8); 23] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7),
        ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9),
        ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12),
    ];
    let w = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    // Short forms and "May" only capitalised ("mar", "dec", "may" are words too).
    let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
    if !capital && (w.len() <= 4 || w.eq_ignore_ascii_case("march")) {
        return None;
    }
    if w.eq_ignore_ascii_case("dec") {
        return Some(12);
    }
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|(_, m)| *m)
}

/// A weekday's number (0 Monday … 6 Sunday) from its name, possessive allowed
/// ("Sunday's"), capitalised.
pub fn weekday(word: &str) -> Option<u8> {
    let w = crate::normalize::strip_possessive(word);
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .and_then(|i| u8::try_from(i).ok())
}

/// A date as written: a weekday, a day of a month, or both ("Saturday, March 15").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Written {
    pub weekday: Option<u8>,
    pub day: Option<Day>,
}

/// A small number: a day of a month ("7", "21st") or a year ("2026").
fn number(text: &str, t: &Token) -> Option<u32> {
    let s = t.text(text);
    match t.kind {
        Kind::Number if s.len() <= 4 => s.parse().ok(),
        Kind::Number => None,
        Kind::Word => {
            let digits = s.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
            let suffix = &s[digits.len()..];
            let ok = matches!(suffix, "st" | "nd" | "rd" | "th");
            (ok && !digits.is_empty() && digits.len() <= 2)
                .then(|| digits.parse().ok())
                .flatten()
        }
        Kind::Punct => None,
    }
}

fn day_number(text: &str, t: &Token) -> Option<u8> {
    number(text, t)
        .filter(|n| (1..=31).contains(n))
        .and_then(|n| u8::try_from(n).ok())
}

fn year_number(text: &str, t: &Token) -> Option<i32> {
    let y = number(text, t).filter(|n| (1900..=2200).contains(n))?;
    (t.kind == Kind::Number && t.text(text).len() == 4)
        .then(|| i32::try_from(y).ok())
        .flatten()
}

/// Skips one comma at `i`.
fn comma(text: &str, tokens: &[Token], i: usize) -> usize {
    match tokens.get(i) {
        Some(t) if t.kind == Kind::Punct && t.text(text) == "," => i + 1,
        _ => i,
    }
}

/// A day and month from `i`: "7 August" or "August 7", then an optional ", 2026" or
/// " 2026". Returns the day and the index after it.
fn day_month(text: &str, tokens: &[Token], i: usize) -> Option<(Day, usize)> {
    let t = tokens.get(i)?;
    let (d, m, next) = if let Some(d) = day_number(text, t) {
        let mut j = suffix(text, tokens, i + 1);
        if tokens.get(j).is_some_and(|x| x.text(text) == "of") {
            j += 1;
        }
        let m = month(tokens.get(j)?.text(text))?;
        (d, m, abbreviation_dot(text, tokens, j + 1))
    } else {
        let m = month(t.text(text))?;
        let j = abbreviation_dot(text, tokens, i + 1);
        let d = day_number(text, tokens.get(j)?)?;
        (d, m, suffix(text, tokens, j + 1))
    };
    let after = comma(text, tokens, next);
    match tokens.get(after).and_then(|y| year_number(text, y)) {
        Some(y) => Some((Day::new(Some(y), m, d)?, after + 1)),
        None => Some((Day::new(None, m, d)?, next)),
    }
}

/// Skips an ordinal's suffix written apart from its number ("5" "th").
fn suffix(text: &str, tokens: &[Token], i: usize) -> usize {
    match tokens.get(i) {
        Some(t) if !t.space_before && matches!(t.text(text), "st" | "nd" | "rd" | "th") => i + 1,
        _ => i,
    }
}

/// Skips the dot of an abbreviated month ("Sept.").
fn abbreviation_dot(text: &str, tokens: &[Token], i: usize) -> usize {
    match tokens.get(i) {
        Some(t) if !t.space_before && t.text(text) == "." => i + 1,
        _ => i,
    }
}

/// The date written at token `i`, and the index after it: a weekday, a day and month,
/// or a weekday followed by one ("Friday 7 August 2026", "Tuesday, July 21, 2026").
pub fn parse(text: &str, tokens: &[Token], i: usize) -> Option<(Written, usize)> {
    let t = tokens.get(i)?;
    if let Some(w) = weekday(t.text(text)) {
        let j = comma(text, tokens, i + 1);
        if let Some((day, end)) = day_month(text, tokens, j) {
            return Some((
                Written {
                    weekday: Some(w),
                    day: Some(day),
                },
                end,
            ));
        }
        return Some((
            Written {
                weekday: Some(w),
                day: None,
            },
            i + 1,
        ));
    }
    let (day, end) = day_month(text, tokens, i)?;
    Some((
        Written {
            weekday: day.weekday(),
            day: Some(day),
        },
        end,
    ))
}

/// A date written with slashes at the start of `s`, in the US order of news pages
/// ("09/21/2015", "5/29/16"): month/day/year, or day/month/year when the first number
/// cannot be a month. A year of two digits is of the 2000s. Returns the day and the
/// bytes it takes; `None` when a digit or a slash runs on after it.
pub fn slashed(s: &str) -> Option<(Day, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize, max: usize| {
        let n = b.get(from..).map_or(0, |r| {
            r.iter()
                .take(max + 1)
                .take_while(|c| c.is_ascii_digit())
                .count()
        });
        (1..=max).contains(&n).then_some(n)
    };
    let a = digits(0, 2)?;
    (b.get(a) == Some(&b'/')).then_some(())?;
    let m = digits(a + 1, 2)?;
    let at = a + 1 + m;
    (b.get(at) == Some(&b'/')).then_some(())?;
    let y = digits(at + 1, 4).filter(|&n| n == 2 || n == 4)?;
    let end = at + 1 + y;
    if b.get(end).is_some_and(|c| c.is_ascii_digit() || *c == b'/') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u16>().ok());
    let (first, second, year) = (num(0..a)?, num(a + 1..at)?, num(at + 1..end)?);
    let year = if y == 2 { 2000 + year } else { year };
    if !(1990..=2200).contains(&year) {
        return None;
    }
    let (month, day) = if first > 12 {
        (second, first)
    } else {
        (first, second)
    };
    let day = Day::new(
        Some(i32::from(year)),
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )?;
    Some((day, end))
}

/// An ISO 8601 date at the start of `s` ("2026-08-07", "2026-08-07T09:30:00Z").
pub fn iso(s: &str) -> Option<Day> {
    let s = s.trim();
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let sep = |k: usize| s.as_bytes().get(k) == Some(&b'-');
    if !(sep(4) && sep(7)) {
        return None;
    }
    let m: u8 = s.get(5..7)?.parse().ok()?;
    let d: u8 = s.get(8..10)?.parse().ok()?;
    if s.len() > 10 && !s[10..].starts_with(['T', ' ', 't']) {
        return None;
    }
    Day::new(Some(y), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::tokenize;

    fn read(s: &str) -> Option<Written> {
        let t = tokenize(s, 0..s.len());
        parse(s, &t, 0).map(|(w, _)| w)
    }

    fn day(y: Option<i32>, m: u8, d: u8) -> Option<Day> {
        Day::new(y, m, d)
    }

    #[test]
    fn weekdays_of_known_days() {
        assert_eq!(day(Some(2025), 9, 15).and_then(|d| d.weekday()), Some(0));
        assert_eq!(day(Some(2026), 7, 21).and_then(|d| d.weekday()), Some(1));
        assert_eq!(day(Some(2024), 2, 29).and_then(|d| d.weekday()), Some(3));
        assert_eq!(day(Some(2025), 2, 29), None);
        assert_eq!(day(None, 13, 1), None);
    }

    #[test]
    fn the_last_weekday_on_or_before() {
        let monday = day(Some(2025), 9, 15).unwrap();
        assert_eq!(monday.last(5), day(Some(2025), 9, 13));
        assert_eq!(monday.last(0), Some(monday));
        assert_eq!(day(None, 9, 15).unwrap().last(5), None);
    }

    #[test]
    fn day_month_year() {
        let w = read("Friday 7 August 2026").unwrap();
        assert_eq!(w.weekday, Some(4));
        assert_eq!(w.day, day(Some(2026), 8, 7));
        assert_eq!(read("14 April").unwrap().day, day(None, 4, 14));
        assert_eq!(read("5th of June").unwrap().day, day(None, 6, 5));
    }

    #[test]
    fn month_day_year() {
        let w = read("Tuesday, July 21, 2026").unwrap();
        assert_eq!((w.weekday, w.day), (Some(1), day(Some(2026), 7, 21)));
        assert_eq!(read("Oct 9 (Wire)").unwrap().day, day(None, 10, 9));
        assert_eq!(read("Sept. 15").unwrap().day, day(None, 9, 15));
        assert_eq!(
            read("July 20, 2026, 8:15").unwrap().day,
            day(Some(2026), 7, 20)
        );
    }

    #[test]
    fn a_weekday_alone() {
        let w = read("Sunday's election").unwrap();
        assert_eq!((w.weekday, w.day), (Some(6), None));
        assert_eq!(read("sunday"), None);
    }

    #[test]
    fn refuses_what_is_no_date() {
        assert_eq!(read("may 5"), None);
        assert_eq!(read("March 32"), None);
        assert_eq!(read("31 February"), None);
        assert_eq!(read("12 people"), None);
        assert_eq!(read("mar 3"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso("2026-08-07T09:30:00Z"), day(Some(2026), 8, 7));
        assert_eq!(iso(" 2025-06-05 "), day(Some(2025), 6, 5));
        assert_eq!(iso("2025-13-05"), None);
        assert_eq!(iso("2025-06-0"), None);
        assert_eq!(iso("20250605"), None);
        assert_eq!(iso("é"), None);
    }

    #[test]
    fn slashed_dates() {
        assert_eq!(
            slashed("09/21/2015 4:25 PM"),
            day(Some(2015), 9, 21).map(|d| (d, 10))
        );
        assert_eq!(slashed("5/29/2016"), day(Some(2016), 5, 29).map(|d| (d, 9)));
        assert_eq!(slashed("08/18/16)"), day(Some(2016), 8, 18).map(|d| (d, 8)));
        assert_eq!(
            slashed("21/09/2015"),
            day(Some(2015), 9, 21).map(|d| (d, 10))
        );
        assert_eq!(slashed("13/13/2015"), None);
        assert_eq!(slashed("1/2/3"), None);
        assert_eq!(slashed("1/2/2015/4"), None);
        assert_eq!(slashed("24/7"), None);
        assert_eq!(slashed("9/11/1901"), None);
        assert_eq!(slashed("é/"), None);
    }

    #[test]
    fn after_and_same() {
        let a = day(None, 3, 16).unwrap();
        let b = day(Some(2025), 3, 17).unwrap();
        assert_eq!(b.after(&a), Some(true));
        assert_eq!(a.after(&b), Some(false));
        assert_eq!(a.after(&a), None);
        assert_eq!(b.to_string(), "17 March 2025");
    }
}
