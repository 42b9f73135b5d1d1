//! Dates as claims: the day an article puts an event on ("the vote on Saturday",
//! "Saturday's vote", "the first case was confirmed on July 21", "the June 5 verdict").
//! A weekday is resolved against the article's publication day when it has one with its
//! year ("on Saturday" in an article of Monday 15 September 2025 is 13 September).

use crate::document::calendar::{self, Day, Written};
use crate::document::tokens::{Kind, Token};
use crate::lexicon::class;
use crate::lexicon::events::{self, EventWord};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The day an article gives an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateClaim {
    /// Clean range of the date as written.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// The event ("vote", "crash", "arrest"): see [`crate::lexicon::events`].
    pub event: String,
    /// `true` when a verb names the event: it is compared only with a claim that shares
    /// a cue (what the event is about).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verb: bool,
    /// `true` when the verb names what happens to a person ("arrested", "died"): it is
    /// compared only with a claim that names the same person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal: bool,
    /// The surnames of the people the sentence names, folded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// What the sentence is about, folded: its names and the words around the event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// The weekday (0 Monday … 6 Sunday), as written or worked out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// The day, as written or resolved against the publication day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<Day>,
    /// Which end of its day the sentence puts the event at: late ("late Friday", "Friday
    /// night") or early ("early Saturday", "1:30 a.m. Saturday"), near midnight either
    /// way ("overnight", "midnight").
    #[serde(default, skip_serializing_if = "Edge::is_none")]
    pub edge: Edge,
    /// Index of the sentence.
    pub sentence: usize,
}

/// The end of its day an event is put at (see [`DateClaim::edge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Edge {
    #[default]
    None,
    Late,
    Early,
    Midnight,
    /// Midday: "Saturday afternoon", "at noon".
    Day,
}

impl Edge {
    fn is_none(&self) -> bool {
        *self == Edge::None
    }

    fn late(self) -> bool {
        matches!(self, Edge::Late | Edge::Midnight)
    }

    fn early(self) -> bool {
        matches!(self, Edge::Early | Edge::Midnight)
    }
}

impl DateClaim {
    /// `true` when two claims of one event cannot both be true: they give different
    /// days, or (when one has no day) different weekdays.
    pub fn conflicts(&self, other: &DateClaim) -> bool {
        self.compare(other) == Some(true)
    }

    /// `Some(true)` when two claims give different days (or, when one has no day,
    /// different weekdays), `Some(false)` when they give the same, `None` when they cannot
    /// be compared (a weekday against a date without its year).
    pub fn compare(&self, other: &DateClaim) -> Option<bool> {
        let differ = match (&self.day, &other.day, self.weekday, other.weekday) {
            // The same month and day in two years is one day written without its year,
            // given each article's own year ("the June 20 crash" a year on).
            (Some(a), Some(b), _, _) => a.month != b.month || a.day != b.day,
            (_, _, Some(a), Some(b)) => a != b,
            _ => return None,
        };
        Some(differ && !self.across_midnight(other))
    }

    /// `true` when the two claims are a day apart around midnight: the earlier late
    /// ("late Friday", "Friday night") or the later early ("early Saturday"), and neither
    /// at the other end of its day or at midday ("Saturday afternoon").
    fn across_midnight(&self, other: &DateClaim) -> bool {
        let next = |a: &DateClaim, b: &DateClaim| {
            let by_day = match (
                a.day.and_then(|d| d.number()),
                b.day.and_then(|d| d.number()),
            ) {
                (Some(x), Some(y)) => Some(y - x == 1),
                _ => None,
            };
            let by_weekday = || match (a.weekday, b.weekday) {
                (Some(x), Some(y)) => (x + 1) % 7 == y,
                _ => false,
            };
            let ends = matches!(a.edge, Edge::None | Edge::Late | Edge::Midnight)
                && matches!(b.edge, Edge::None | Edge::Early | Edge::Midnight);
            by_day.unwrap_or_else(by_weekday) && ends && (a.edge.late() || b.edge.early())
        };
        next(self, other) || next(other, self)
    }

    /// `true` when two claims are about the same event: one event key, and a shared
    /// cue unless both name it by a noun.
    pub fn same_event(&self, other: &DateClaim) -> bool {
        let share = |a: &[String], b: &[String]| a.iter().any(|c| b.contains(c));
        self.event == other.event
            && if self.personal || other.personal {
                share(&self.names, &other.names)
            } else {
                !(self.verb || other.verb) || share(&self.cues, &other.cues)
            }
    }

    /// The day or weekday in words, for a message ("Saturday 13 September 2025").
    pub fn describe(&self) -> String {
        let wd = self
            .weekday
            .and_then(|w| calendar::WEEKDAYS.get(usize::from(w)));
        match (wd, &self.day) {
            (Some(w), Some(d)) => format!("{w} {d}"),
            (None, Some(d)) => d.to_string(),
            (Some(w), None) => w.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// How far (in tokens) around an event word its lower-case cues are taken.
const CUE_REACH: usize = 3;

/// The date claims of an article's sentences.
pub fn extract(
    text: &str,
    sentences: &[super::SentenceTokens],
    people: &[super::PersonMention],
    published: Option<Day>,
) -> Vec<DateClaim> {
    let mut out = Vec::new();
    // People come in text order: each sentence's are a run of them.
    let mut rest = people;
    for s in sentences {
        let skip = rest.iter().take_while(|p| p.sentence < s.index).count();
        rest = rest.get(skip..).unwrap_or(&[]);
        let n = rest.iter().take_while(|p| p.sentence == s.index).count();
        let mine = rest.get(..n).unwrap_or(&[]);
        sentence(text, s, mine, published, &mut out);
    }
    out
}

/// How far (in bytes) from an event word the people it is about are named.
const NAME_REACH: usize = 60;

/// The folded surnames of the people named near the event word `at`; when nobody is
/// named within reach, the one person the sentence names, if it names only one ("Ivo
/// Marr, who led the Osk council for a decade and more, died on Friday").
fn names(people: &[super::PersonMention], at: &Token) -> Vec<String> {
    let (lo, hi) = (at.start.saturating_sub(NAME_REACH), at.end + NAME_REACH);
    let near = surnames(
        people
            .iter()
            .filter(|p| p.range.end > lo && p.range.start < hi),
    );
    if near.is_empty() {
        let all = surnames(people.iter());
        if all.len() == 1 {
            return all;
        }
    }
    near
}

/// The distinct folded surnames of `people`.
fn surnames<'p>(people: impl Iterator<Item = &'p super::PersonMention>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in people {
        let f = crate::normalize::fold(crate::normalize::strip_possessive(&p.surname));
        if !f.is_empty() && !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// The days written in a sentence: (first token, end token, date).
fn days(text: &str, toks: &[Token]) -> Vec<(usize, usize, Written)> {
    let mut found = Vec::new();
    // Only numbers and calendar words (the lexicon's classes, looked up once per token
    // already; only words have one) can open a date: a tight search finds the next one.
    let opens =
        |t: &Token| t.kind == Kind::Number || t.class & (class::CALENDAR | class::POSSESSIVE) != 0;
    let mut i = 0;
    while let Some(p) = toks.get(i..).and_then(|rest| rest.iter().position(opens)) {
        let at = i + p;
        match calendar::parse(text, toks, at) {
            Some((w, end)) if end > at => {
                found.push((at, end, w));
                i = end;
            }
            _ => i = at + 1,
        }
    }
    found
}

/// A word token in lower case, without allocating (ASCII words up to 16 bytes): the text
/// itself when it has no ASCII capital (most words), else lowered into `buf`.
pub(crate) fn lower<'b>(text: &'b str, t: Option<&Token>, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(t) = t.filter(|t| t.kind == Kind::Word && t.end - t.start <= 16) else {
        return "";
    };
    let s = t.text(text);
    let w = s.as_bytes();
    if !w.iter().any(u8::is_ascii_uppercase) {
        return s;
    }
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
}

/// `true` when token `i` is a word of the class of the words whole-sentence readings look
/// for ([`class::CUE`]): the event, move and future words among them.
/// The sentence's tokens are classified ([`super::SentenceTokens::tokens`]): one bit test.
#[inline(always)]
fn cue(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.class & class::CUE != 0)
}

/// The event words of a sentence: (token, event, how it is written).
fn event_words(text: &str, toks: &[Token]) -> Vec<(usize, &'static str, EventWord)> {
    let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
    (0..toks.len())
        .filter_map(|i| {
            // An event's first word is a cue word: the others are skipped unread.
            if !cue(toks, i) {
                return None;
            }
            let w = lower(text, toks.get(i), &mut a);
            if w.len() < 4 {
                return None;
            }
            let next = lower(text, toks.get(i + 1), &mut b);
            events::event(w, next).map(|(e, k)| (i, e, k))
        })
        .collect()
}

fn sentence(
    text: &str,
    s: &super::SentenceTokens,
    people: &[super::PersonMention],
    published: Option<Day>,
    out: &mut Vec<DateClaim>,
) {
    // A claim needs an event word, and event words are cue words: most sentences have
    // none, as their class union says.
    if s.classes & class::CUE == 0 {
        return;
    }
    let toks = s.tokens;
    let found = days(text, toks);
    if found.is_empty() {
        return;
    }
    let evs = event_words(text, toks);
    if evs.is_empty() {
        return;
    }
    let mut buf = [0u8; 16];
    // The words that move a day or put it ahead are cue words.
    let cue_words = || (0..toks.len()).filter(|&i| cue(toks, i));
    if cue_words().any(|i| events::moves(lower(text, toks.get(i), &mut buf))) {
        return;
    }
    let ahead = cue_words().any(|i| events::future(lower(text, toks.get(i), &mut buf)));
    for (k, &(start, end, w)) in found.iter().enumerate() {
        if !is_event_day(text, toks, start, end) {
            continue;
        }
        let (lo, hi) = (
            found.get(k.wrapping_sub(1)).map_or(0, |d| d.1),
            found.get(k + 1).map_or(toks.len(), |d| d.0),
        );
        let near = attach(text, toks, &evs[..], (lo, hi), (start, end));
        let Some(&(at, event, how)) = near else {
            continue;
        };
        let (Some(first), Some(last)) = (toks.get(start), toks.get(end.saturating_sub(1))) else {
            continue;
        };
        let last_word = lower(
            text,
            start.checked_sub(1).and_then(|p| toks.get(p)),
            &mut buf,
        ) == "last";
        let day = resolve(w, published, ahead, last_word);
        out.push(DateClaim {
            range: first.start..last.end,
            event: event.to_string(),
            verb: how != EventWord::Noun,
            personal: how == EventWord::Personal,
            names: toks.get(at).map(|t| names(people, t)).unwrap_or_default(),
            cues: cues(text, toks, at),
            weekday: w.weekday.or_else(|| day.and_then(|d| d.weekday())),
            day,
            edge: edge(text, toks, start, end),
            sentence: s.index,
        });
    }
}

/// The event word a day at `start..end` belongs to, among those between the days
/// before and after it (`lo..hi`): the noun a day modifies ("Saturday's vote", "the
/// March 9 shooting": none when that noun is no event), else an event noun it follows,
/// else the nearest event verb within reach, unless a verb of reporting holds the day
/// ("police said on Wednesday").
fn attach<'e>(
    text: &str,
    toks: &[Token],
    evs: &'e [(usize, &'static str, EventWord)],
    (lo, hi): (usize, usize),
    (start, end): (usize, usize),
) -> Option<&'e (usize, &'static str, EventWord)> {
    if let Some(m) = modified(text, toks, start, end) {
        return evs.iter().find(|e| e.0 == m && e.2 == EventWord::Noun);
    }
    let mut buf = [0u8; 16];
    let held = |i: usize, buf: &mut [u8; 16]| events::reporting(lower(text, toks.get(i), buf));
    evs.iter()
        .filter(|e| (lo..hi).contains(&e.0))
        .filter(|&&(i, _, how)| match how {
            EventWord::Noun => noun_day(text, toks, i, start, end),
            _ => verb_reach(text, toks, i, start, end),
        })
        .filter(|e| {
            let (a, b) = if e.0 < start {
                (e.0 + 1, start)
            } else {
                (end, e.0)
            };
            !(a..b).any(|i| held(i, &mut buf))
        })
        .min_by_key(|e| e.0.abs_diff(start))
        .filter(|e| {
            // "police said on Wednesday ... arrested": the day is the saying's.
            let before = start.checked_sub(1).filter(|&p| {
                matches!(
                    lower(text, toks.get(p), &mut [0u8; 16]),
                    "on" | "late" | "early"
                )
            });
            let p = before.map_or(start.checked_sub(1), |p| p.checked_sub(1));
            p.is_none_or(|p| p == e.0 || !held(p, &mut [0u8; 16]))
        })
}

/// The token of the noun a day modifies: a possessive day ("Sunday's shooting") or one
/// after an article and before a word ("the March 9 shooting", "the Saturday afternoon
/// shooting"), parts of the day skipped.
fn modified(text: &str, toks: &[Token], start: usize, end: usize) -> Option<usize> {
    let last = toks.get(end.checked_sub(1)?)?;
    let possessive = crate::normalize::is_possessive(last.text(text));
    let mut buf = [0u8; 16];
    let article = matches!(
        lower(
            text,
            start.checked_sub(1).and_then(|p| toks.get(p)),
            &mut buf
        ),
        "the" | "a" | "an" | "this" | "that"
    );
    if !possessive && !article {
        return None;
    }
    let mut m = end;
    while matches!(
        lower(text, toks.get(m), &mut buf),
        "morning" | "afternoon" | "evening" | "night" | "night's" | "general"
    ) {
        m += 1;
    }
    let t = toks.get(m)?;
    let word = t.kind == Kind::Word && t.text(text).starts_with(|c: char| c.is_lowercase());
    let link = matches!(
        lower(text, Some(t), &mut buf),
        "on" | "of" | "in" | "at" | "is" | "was"
    );
    (word && !link).then_some(m)
}

/// `true` when a day is within reach of an event verb at `at`: up to 8 tokens after it
/// (an appositive between commas not counted: "arrested Ivo Marr, a 30-year-old from
/// Osk, on Sunday") or 4 before it ("on Thursday sentenced").
fn verb_reach(text: &str, toks: &[Token], at: usize, start: usize, end: usize) -> bool {
    if end <= at {
        // Not across a clause: "learned on Thursday that police had arrested".
        let between = toks.get(end..at).unwrap_or(&[]);
        let mut buf = [0u8; 16];
        let clause = between.iter().any(|t| {
            t.text(text) == ","
                || matches!(
                    lower(text, Some(t), &mut buf),
                    "that" | "when" | "who" | "which"
                )
        });
        return at - end <= 4 && !clause;
    }
    let between = toks.get(at + 1..start).unwrap_or(&[]);
    let commas: Vec<usize> = (0..between.len())
        .filter(|&i| between.get(i).is_some_and(|t| t.text(text) == ","))
        .collect();
    let skipped = match commas.as_slice() {
        [a, b] => b - a,
        _ => 0,
    };
    between.len().saturating_sub(skipped) <= 8
}

/// `true` when the day at `start..end` is the day of the event noun at `at`: right
/// before it ("Saturday's vote", "the June 5 verdict", "Sunday's general election"), or
/// after it through one word ("the vote on Saturday", "the closing date is 14 April",
/// "the closing date of April 24", "the crash happened around 2 a.m. Sunday"), never
/// through a compound ("the crash site on Sunday").
fn noun_day(text: &str, toks: &[Token], at: usize, start: usize, end: usize) -> bool {
    if end <= at {
        let between = toks.get(end..at).unwrap_or(&[]);
        return between.len() <= 2 && between.iter().all(|t| t.kind == Kind::Word);
    }
    // A two-word event ("closing date") links through the word after its second.
    let mut buf = [0u8; 16];
    let second = at + usize::from(lower(text, toks.get(at + 1), &mut buf) == "date");
    let link = matches!(
        lower(text, toks.get(second + 1), &mut buf),
        "on" | "of" | "is" | "was" | "will"
    );
    link && start == second + 2 || happened_at(text, toks, second + 1, start)
}

/// `true` when the tokens from `from` to the day at `start` say when the event took place:
/// "happened" or "occurred" or nothing, then only a clock and its words ("the crash
/// happened around 2:15 a.m. Sunday", "occurred late Friday", "the crash early
/// Saturday", "the crash Saturday").
fn happened_at(text: &str, toks: &[Token], from: usize, start: usize) -> bool {
    let mut buf = [0u8; 16];
    let verb = matches!(
        lower(text, toks.get(from), &mut buf),
        "happened" | "occurred"
    );
    let between = toks.get(from + usize::from(verb)..start).unwrap_or(&[]);
    between.len() <= 8
        && between.iter().all(|t| match t.kind {
            Kind::Number => true,
            Kind::Punct => matches!(t.text(text), ":" | "."),
            Kind::Word => matches!(
                lower(text, Some(t), &mut buf),
                "at" | "around"
                    | "about"
                    | "just"
                    | "shortly"
                    | "approximately"
                    | "on"
                    | "late"
                    | "early"
                    | "a"
                    | "p"
                    | "m"
                    | "am"
                    | "pm"
                    | "a.m."
                    | "p.m."
            ),
        })
}

/// `true` when the day at `start..end` can be an event's day: not a bound ("by Monday"),
/// not in brackets (a conversion: "(21.17 GMT on Sunday)"), not a dateline, and not part
/// of a longer number or range ("March 3-4").
fn is_event_day(text: &str, toks: &[Token], start: usize, end: usize) -> bool {
    let mut buf = [0u8; 16];
    let before = lower(
        text,
        start.checked_sub(1).and_then(|p| toks.get(p)),
        &mut buf,
    );
    if events::bounds_a_day(before) {
        return false;
    }
    let head = toks.get(..start).unwrap_or(&[]);
    let depth = head.iter().fold(0i32, |d, t| match t.text(text) {
        "(" | "[" => d + 1,
        ")" | "]" => d - 1,
        _ => d,
    });
    if depth > 0 || dateline(text, head) {
        return false;
    }
    !toks
        .get(end)
        .is_some_and(|t| matches!(t.text(text), "-" | "–" | "(" | "/"))
}

/// `true` when the tokens before a day are a dateline's place ("LISBON,").
fn dateline(text: &str, before: &[Token]) -> bool {
    before.len() <= 8
        && before.last().is_some_and(|t| t.text(text) == ",")
        && before
            .iter()
            .find(|t| t.kind == Kind::Word)
            .is_some_and(|t| {
                let w = t.text(text);
                w.len() >= 2 && !w.chars().any(char::is_lowercase)
            })
}

/// Which end of its day a sentence puts the day at `start..end`: the word before it
/// ("late", "early", "overnight"), the part of the day after it ("night"; "morning" and
/// "evening" are no midnight), a clock just before it ("1:30 a.m. Saturday"), or
/// "midnight" in the sentence.
fn edge(text: &str, toks: &[Token], start: usize, end: usize) -> Edge {
    let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
    let after = lower(text, toks.get(end), &mut a);
    let before = lower(text, start.checked_sub(1).and_then(|p| toks.get(p)), &mut b);
    match (before, after) {
        ("overnight", _) | (_, "overnight") => Edge::Midnight,
        ("late", _) | (_, "night" | "night's") => Edge::Late,
        ("early", _) => Edge::Early,
        (_, "morning" | "afternoon" | "evening" | "noon" | "midday") => Edge::Day,
        _ => clock(text, toks, start).unwrap_or_else(|| {
            let midnight = toks
                .iter()
                .any(|t| t.text(text).eq_ignore_ascii_case("midnight"));
            // "came in on Tuesday and was arrested later that night".
            let that_night = toks.windows(2).any(|w| {
                w[0].text(text).eq_ignore_ascii_case("that")
                    && w[1].text(text).eq_ignore_ascii_case("night")
            });
            if midnight {
                Edge::Midnight
            } else if that_night {
                Edge::Late
            } else {
                Edge::None
            }
        }),
    }
}

/// The end of the day a clock just before a day gives ("1:30 a.m. Saturday", "at 11
/// p.m. Friday"): early before 6 a.m., late from 9 p.m., midday between.
fn clock(text: &str, toks: &[Token], start: usize) -> Option<Edge> {
    let mut buf = [0u8; 16];
    let at = start.checked_sub(1)?;
    let am = match lower(text, toks.get(at), &mut buf) {
        "am" | "a.m." => true,
        "pm" | "p.m." => false,
        _ => return None,
    };
    let colon = at >= 3 && toks.get(at - 2).is_some_and(|t| t.text(text) == ":");
    let hour: u32 = toks
        .get(if colon { at - 3 } else { at.checked_sub(1)? })?
        .text(text)
        .parse()
        .ok()?;
    Some(match (am, hour) {
        (true, 12 | 0..=5) => Edge::Early,
        (false, 9..=11) => Edge::Late,
        _ => Edge::Day,
    })
}

/// The day a written date stands for: as written, with the publication year when it
/// has none; a weekday alone, the last such day up to the publication day (the week
/// before it for "last Thursday"), unless the sentence looks ahead.
fn resolve(w: Written, published: Option<Day>, ahead: bool, last: bool) -> Option<Day> {
    let p = published.filter(|p| p.year.is_some());
    if let Some(d) = w.day {
        return match (d.year, p) {
            (None, Some(p)) => {
                let back = i32::from(d.month > p.month.saturating_add(6));
                let year = p.year.and_then(|y| y.checked_sub(back));
                Day::new(year, d.month, d.day).or(Some(d))
            }
            _ => Some(d),
        };
    }
    let (wd, p) = (w.weekday?, p?);
    if ahead {
        return None;
    }
    let day = p.last(wd)?;
    if last && day == p {
        return Day::from_number(day.number()?.checked_sub(7)?);
    }
    Some(day)
}

/// What the sentence is about: its names (capitalised words that are no common word,
/// calendar word or title), and the longer lower-case words next to the event word.
fn cues(text: &str, toks: &[Token], at: usize) -> Vec<String> {
    const NOT_A_NAME: u32 = class::COMMON_WORD
        | class::CALENDAR
        | class::OFFICE_HEAD
        | class::PORTFOLIO
        | class::HONORIFIC
        | class::TITLE_MODIFIER;
    let mut out: Vec<String> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word || i == 0 || i == at {
            continue;
        }
        let w = crate::normalize::strip_possessive(t.text(text));
        let c = t.word_class(text);
        let name = c & class::CAPITALISED != 0 && c & NOT_A_NAME == 0;
        let close = i.abs_diff(at) <= CUE_REACH
            && w.len() >= 4
            && w.starts_with(|ch: char| ch.is_lowercase())
            && !events::function_word(w);
        if name || close {
            let f = crate::normalize::fold(w);
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn claims(text: &str) -> Vec<DateClaim> {
        crate::extract::analyse(Document::text("t", text)).dates
    }

    fn one(text: &str) -> DateClaim {
        let c = claims(text);
        assert_eq!(c.len(), 1, "{c:?}");
        c.into_iter().next().unwrap()
    }

    #[test]
    fn a_possessive_day_of_a_noun_event() {
        let c = one("Title\n\nThe count from Saturday's vote went on.");
        assert_eq!(
            (c.event.as_str(), c.weekday, c.verb),
            ("vote", Some(5), false)
        );
    }

    #[test]
    fn a_date_before_its_noun() {
        let c = one("Title\n\nReasons are due within 30 days of the June 5 verdict.");
        assert_eq!(c.event, "sentencing");
        assert_eq!(c.day, Day::new(None, 6, 5));
    }

    #[test]
    fn a_verb_event_with_its_cues() {
        let c = one("Title\n\nThe first case was confirmed on July 21 in Marnet.");
        assert_eq!((c.event.as_str(), c.verb), ("confirmation", true));
        assert!(c.cues.contains(&"marnet".to_string()), "{:?}", c.cues);
        assert!(c.cues.contains(&"case".to_string()), "{:?}", c.cues);
    }

    #[test]
    fn a_weekday_resolved_against_the_dateline_year() {
        let text = "Title\n\nBy Ann Lee\nUpdated 9.40pm, Monday 15 September 2025\n\nThe count from Saturday's vote went on.";
        let c = one(text);
        assert_eq!(c.day, Day::new(Some(2025), 9, 13));
    }

    #[test]
    fn a_weekday_ahead_stays_a_weekday() {
        let text =
            "Title\n\nBy Ann Lee\nMonday 15 September 2025\n\nThe vote on Saturday will go ahead.";
        let c = one(text);
        assert_eq!((c.day, c.weekday), (None, Some(5)));
    }

    #[test]
    fn bounds_brackets_and_datelines_are_no_event_day() {
        assert!(claims("Title\n\nThe vote count ran until Sunday.").is_empty());
        assert!(
            claims("Title\n\nThe plane crashed at 3am (21.00 GMT on Sunday) in Vell.").is_empty()
        );
        let c = claims(
            "Title\n\nVELL, June 5 (Wire) - A court on Thursday sentenced Ivo Marr to prison.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].weekday, Some(3));
    }

    #[test]
    fn no_event_no_claim() {
        assert!(claims("Title\n\nShares closed at 392p on Friday.").is_empty());
    }

    #[test]
    fn a_day_apart_around_midnight_is_no_conflict() {
        let late = one("Title\n\nThe crash happened late Friday in Vell.");
        let eleven = one("Title\n\nThe crash happened at 11 p.m. Friday in Vell.");
        let morning = one("Title\n\nThe crash on Saturday morning left two hurt.");
        let night = one("Title\n\nThe crash on Friday night left two hurt.");
        let early = one("Title\n\nThe crash early Saturday left two hurt.");
        let clock = one("Title\n\nThe crash at 1:30 a.m. Saturday left two hurt.");
        let noon = one("Title\n\nThe crash on Saturday afternoon left two hurt.");
        let sunday = one("Title\n\nThe crash early Sunday left two hurt.");
        assert_eq!(
            (late.edge, early.edge, clock.edge),
            (Edge::Late, Edge::Early, Edge::Early)
        );
        assert!(!late.conflicts(&early) && !early.conflicts(&night) && !clock.conflicts(&late));
        assert!(
            night.conflicts(&noon),
            "Saturday afternoon is no Friday night"
        );
        assert!(!eleven.conflicts(&early) && eleven.edge == Edge::Late);
        assert!(
            morning.conflicts(&late),
            "Saturday morning is no late Friday"
        );
        assert!(sunday.conflicts(&late) && sunday.conflicts(&noon) && !noon.conflicts(&early));
        let that_night =
            one("Title\n\nThe crash on Friday was reported to police later that night.");
        assert_eq!(that_night.edge, Edge::Late);
        assert!(!that_night.conflicts(&early));
    }

    #[test]
    fn one_month_and_day_in_two_years_is_no_conflict() {
        let a = one("Title\n\nBy Ann Lee\nMonday 15 September 2025\n\nThe plane crashed on June 20 near Vell.");
        let b = one("Title\n\nBy Ann Lee\nTuesday 15 September 2026\n\nThe plane crashed on June 20 near Vell.");
        assert!(a.day != b.day && !a.conflicts(&b));
    }

    #[test]
    fn conflicts_and_same_event() {
        let a = one("Title\n\nThe plane crashed on Sunday evening near Vell.");
        let b = one("Title\n\nThe plane crashed on the evening of Saturday, March 15, near Vell.");
        assert!(a.same_event(&b) && a.conflicts(&b));
        let c = one("Title\n\nThe ferry crashed on Saturday near Osk.");
        assert!(!a.same_event(&c));
    }

    #[test]
    fn a_death_far_from_the_one_name_of_its_sentence_is_that_person_s() {
        let c = one("Title\n\nPeter Marr, who led the Osk council through two floods and a fire, died on Friday.");
        assert_eq!(
            (c.event.as_str(), c.names.clone()),
            ("death", vec!["marr".to_string()])
        );
        let two = one("Title\n\nPeter Marr, who with Helen Varga had for many years led the Osk council through two floods and a fire, died on Friday.");
        assert!(two.names.is_empty(), "{:?}", two.names);
    }
}
