//! An article's filing in the corpus index, apart from its text: what an index file keeps
//! of each article so that loading it does not extract the article again.
//!
//! A [`Filed`] holds the votes the article casts for people (by surname and given key,
//! with the forms, titles and first mentions), its claims, its quotes and the days it puts
//! events on, all with clean ranges, and what its text tells of when it was written
//! ([`When`], a few bytes that spare loading a read of the whole text), and the votes of
//! the words that may be names ([`FiledWord`]: a word's uses in lower case, or
//! capitalised alone in running text, counted, with the range of the first), so that
//! loading reads no text at all: each word is its first range, its key folded from the
//! text there. [`Filed::of`] is made from a fresh analysis, through the same ballot that
//! files the analysis ([`super::Index::add`]), so loading files exactly what a fresh
//! extraction files.
//!
//! A record is untrusted: [`Filed::check`] refuses one whose quotes' and dates' ranges
//! do not fit the text or whose days are no days of a year, and [`super::ballot::FiledBallot::check`] (when it is filed) one
//! whose votes' ranges do not fit, whose counts are zero, whose forms are not in order or
//! given twice, or whose titles do not parse to a role.

mod code;

use super::ballot::{Ballot, Slot};
use super::claims::ClaimShape;
use super::dates::When;
use super::written::MAX_DAYS;
use crate::document::Document;
use crate::extract::dates::DateClaim;
use crate::extract::quotes::{Pattern, Quote, Speaker};
use crate::extract::updates::Change;
use crate::extract::Analysis;
use std::ops::Range;

/// A form, or a role's title, as written: its text, or where it is in the clean text of
/// its first mention (`null`: all of it; `n`: its first `n` bytes; `-n`: its last `n`).
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    At(Option<i64>),
    Own(String),
}

impl Text {
    /// `k` as written in `w`, the clean text of its first mention.
    fn of(k: &str, w: &str) -> Text {
        if k == w {
            Text::At(None)
        } else if !k.is_empty() && w.starts_with(k) {
            Text::At(Some(k.len() as i64))
        } else if !k.is_empty() && w.ends_with(k) {
            Text::At(Some(-(k.len() as i64)))
        } else {
            Text::Own(k.to_string())
        }
    }

    /// The text, read from `w` when it is there.
    pub(super) fn read<'w>(&'w self, w: &'w str) -> Result<&'w str, String> {
        let n = |n: i64| usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
        match *self {
            Text::Own(ref k) => Some(k.as_str()),
            Text::At(None) => Some(w),
            Text::At(Some(m)) if m >= 0 => w.get(..n(m)),
            Text::At(Some(m)) => w.len().checked_sub(n(m)).and_then(|i| w.get(i..)),
        }
        .ok_or_else(|| "a form not in its mention".to_string())
    }
}

/// A form and its votes in one article, as stored: the form, then its mentions and first
/// mention's clean start and length where they are not the person's (see
/// [`FiledPerson::a`]): `[form]`, `[form, n]` or `[form, n, start, length]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub text: Text,
    pub n: Option<u32>,
    pub at: Option<(usize, usize)>,
}

/// A role: the title it is parsed from (the last mention's), appositive (1) or not (0), then as
/// a [`Form`] the mentions and the clean start and length of the first mention's title
/// and name: `[title, appositive, …]`.
#[derive(Debug, Clone, PartialEq)]
pub struct FiledRole {
    pub title: Form,
    pub appositive: bool,
}

impl Form {
    fn of(k: &str, (n, s, l): (u32, usize, usize), all: (u32, usize, usize), clean: &str) -> Form {
        let w = clean.get(s..s + l).unwrap_or("");
        Form {
            text: Text::of(k, w),
            n: (n != all.0).then_some(n),
            at: ((s, l) != (all.1, all.2)).then_some((s, l)),
        }
    }

    /// The form's text, mentions and first clean range, checked against the text.
    pub(super) fn read<'f>(
        &'f self,
        all: (u32, usize, usize),
        clean: &'f str,
    ) -> Result<(&'f str, u32, Range<usize>), String> {
        let (s, l) = self.at.unwrap_or((all.1, all.2));
        let r = range(clean, s, l)?;
        let n = mentions(self.n.unwrap_or(all.0), clean)?;
        Ok((self.text.read(&clean[r.clone()])?, n, r))
    }
}

/// One person of an article, as filed.
#[derive(Debug, Clone, PartialEq)]
pub struct FiledPerson {
    /// Surname key and given key ("" for none), when they are not those of the first
    /// surname and given name as written (see [`FiledPerson::keys`]).
    pub k: Option<(String, String)>,
    /// All mentions: count, first clean start and length.
    pub a: (u32, usize, usize),
    /// Given names as written.
    pub g: Vec<Form>,
    /// Surnames as written.
    pub s: Vec<Form>,
    /// Full names as written.
    pub f: Vec<Form>,
    /// Roles, in the order of their keys.
    pub r: Vec<FiledRole>,
}

impl FiledPerson {
    /// The person's surname and given keys.
    pub(super) fn keys(&self, clean: &str) -> Result<(String, String), String> {
        match &self.k {
            Some(k) => Ok(k.clone()),
            None => self.derived_keys(clean),
        }
    }

    /// The keys of the first surname and given name as written.
    fn derived_keys(&self, clean: &str) -> Result<(String, String), String> {
        let surname = match self.s.first() {
            Some(f) => f.read(self.a, clean)?.0,
            None => return Err("no surname".into()),
        };
        let given = match self.g.first() {
            Some(f) => Some(f.read(self.a, clean)?.0),
            None => None,
        };
        Ok((
            crate::normalize::translit_key(surname),
            given.map(super::names::given_key).unwrap_or_default(),
        ))
    }
}

/// One claim of an article, as filed: key, mentions, first clean start and length, and
/// the claim's shape: low as exact decimal text, high the same or `""` when it is low,
/// inclusive ends (1 low, 2 high), event, time, and the source and holder's given name
/// when there are (`[]`, `[source]` or `[source, holder]`).
pub type FiledClaim = (
    String,
    u32,
    usize,
    usize,
    String,
    String,
    u8,
    Vec<String>,
    Vec<String>,
    Vec<Option<String>>,
);

/// One quote, as filed: clean start and length, speaker, how it was found, and its text
/// when it is not the clean text of its range.
pub type FiledQuote = (usize, usize, Option<Said>, Option<Pattern>, Option<String>);

/// A quote's speaker, as stored: a group's name, or a person's name with where the
/// surname and given name are in it (see [`Text`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Group(String),
    Person(String, Text, Option<Text>),
}

impl Said {
    fn of(s: &Speaker) -> Said {
        match s {
            Speaker::Group { name } => Said::Group(name.clone()),
            Speaker::Person {
                name,
                surname,
                given,
            } => Said::Person(
                name.clone(),
                Text::of(surname, name),
                given.as_deref().map(|g| Text::of(g, name)),
            ),
        }
    }

    /// The speaker, checked.
    pub(super) fn speaker(&self) -> Result<Speaker, String> {
        Ok(match self {
            Said::Group(name) => Speaker::Group { name: name.clone() },
            Said::Person(name, surname, given) => Speaker::Person {
                surname: surname.read(name)?.to_string(),
                given: match given {
                    Some(g) => Some(g.read(name)?.to_string()),
                    None => None,
                },
                name: name.clone(),
            },
        })
    }
}

/// The votes of one word of an article that may be a name (see
/// [`crate::extract::WordUse`]): its uses in lower case, or its uses capitalised and alone
/// in running text, and the first's clean range; its key is folded from the text there
/// when the record is checked ([`Filed::check`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FiledWord {
    pub capitalised: bool,
    pub n: u32,
    pub first: Range<usize>,
    pub key: crate::normalize::Folded,
}

/// What an article files in the corpus index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filed {
    /// People, in the order of their keys.
    pub p: Vec<FiledPerson>,
    /// Claims, in the order of their keys and shapes.
    pub c: Vec<FiledClaim>,
    /// Quotes.
    pub q: Vec<FiledQuote>,
    /// The days the article puts events on.
    pub d: Vec<DateClaim>,
    /// The figures it says changed.
    pub u: Vec<Change>,
    /// It gives a toll and says the attacker died (see
    /// [`super::dates::says_attacker_died`]).
    pub died: bool,
    /// What its text tells of when it was written; none in a filing of a version 5
    /// index file, which is read from the text as the article is filed.
    pub when: Option<When>,
    /// Its words' votes, in the order of their first uses; none in a filing of a version
    /// 6 or 5 index file, whose words are read from the text as the article is filed.
    pub w: Option<Vec<FiledWord>>,
}

fn at(r: &Range<usize>) -> (usize, usize) {
    (r.start, r.end - r.start)
}

/// A float as text that parses back to the same bits (`f64`'s `Display` is exact), or
/// its bits after `#` (a NaN's payload).
fn float_text(bits: u64) -> String {
    let x = f64::from_bits(bits);
    let t = x.to_string();
    if t.parse::<f64>().is_ok_and(|y| y.to_bits() == bits) {
        t
    } else {
        format!("#{bits}")
    }
}

fn float_bits(t: &str) -> Result<u64, String> {
    match t.strip_prefix('#') {
        Some(b) => b.parse::<u64>().ok(),
        None => t.parse::<f64>().ok().map(f64::to_bits),
    }
    .ok_or_else(|| "a value that is no number".to_string())
}

impl Filed {
    /// The record as an index file stores it (see [`code`]); without [`Filed::w`], as a
    /// version 6 file stores it, and without [`Filed::when`] too, as a version 5 file.
    pub fn encode(&self) -> String {
        code::write(self)
    }

    /// A record read from an index file: its syntax checked, not yet its sense (see
    /// [`Filed::check`]).
    pub fn decode(text: &str) -> Result<Filed, String> {
        code::read(text, true, true)
    }

    /// A record read from a version 6 index file, which has no [`Filed::w`].
    pub fn decode_v6(text: &str) -> Result<Filed, String> {
        code::read(text, true, false)
    }

    /// A record read from a version 5 index file, which has no [`Filed::when`] and no
    /// [`Filed::w`].
    pub fn decode_v5(text: &str) -> Result<Filed, String> {
        code::read(text, false, false)
    }

    /// The filing of a freshly analysed article.
    pub fn of(a: &Analysis) -> Filed {
        let b = Ballot::of(a, &a.words);
        let mut f = Filed {
            p: b.persons
                .iter()
                .map(|(sk, gk, _)| FiledPerson {
                    k: Some((sk.clone(), gk.clone())),
                    a: (0, 0, 0),
                    g: Vec::new(),
                    s: Vec::new(),
                    f: Vec::new(),
                    r: Vec::new(),
                })
                .collect(),
            q: a.quotes.iter().map(|q| quote(&a.doc, q)).collect(),
            d: a.dates.clone(),
            u: a.changes.clone(),
            c: Vec::new(),
            died: super::dates::says_attacker_died(a),
            when: Some(When::of(a)),
            w: Some(words(&b)),
        };
        let all: Vec<(u32, usize, usize)> = b
            .votes
            .iter()
            .filter(|v| matches!(v.slot, Slot::All))
            .map(|v| (v.mentions, v.first.start, v.first.len()))
            .collect();
        let clean = a.doc.clean.as_str();
        for v in &b.votes {
            let (n, (s, l)) = (v.mentions, at(&v.first));
            let Some(p) = f.p.get_mut(v.person) else {
                if let Slot::Claim(k, c) = &v.slot {
                    f.c.push(claim(k, n, (s, l), c));
                }
                continue;
            };
            let form = |k: &str| Form::of(k, (n, s, l), all[v.person], clean);
            match &v.slot {
                Slot::All => p.a = (n, s, l),
                Slot::Given(k) => p.g.push(form(k)),
                Slot::Surname(k) => p.s.push(form(k)),
                Slot::Full(k) => p.f.push(form(k)),
                Slot::Role(k) => {
                    let role = b.persons[v.person].2.get(k.as_str());
                    p.r.push(FiledRole {
                        title: form(role.map_or("", |r| r.title.as_str())),
                        appositive: role.is_some_and(|r| r.appositive),
                    });
                }
                _ => {}
            }
        }
        for p in &mut f.p {
            if p.derived_keys(clean).ok() == p.k {
                p.k = None;
            }
        }
        f
    }

    /// Checks the record's quotes, dates and words against its article: every range fits
    /// the clean text, the days it names (see [`When`]) are days of a year, in order, and
    /// the words are in order; folds the words' keys from the text. Its votes for people
    /// and claims are checked as they are filed ([`super::ballot::FiledBallot::check`]),
    /// so that the ballot is made once.
    pub fn check(&mut self, doc: &Document) -> Result<(), String> {
        let clean = doc.clean.as_str();
        if let Some(w) = &mut self.w {
            key_words(w, clean)?;
        }
        for (s, l, said, _, _) in &self.q {
            range(clean, *s, *l)?;
            if let Some(said) = said {
                said.speaker()?;
            }
        }
        let day = |d: &crate::document::calendar::Day| {
            crate::document::calendar::Day::new(d.year, d.month, d.day) == Some(*d)
        };
        for d in &self.d {
            range(clean, d.range.start, d.range.len())?;
            if !d.day.as_ref().is_none_or(day) || d.weekday.is_some_and(|w| w > 6) {
                return Err("a date is no day of the calendar".into());
            }
        }
        let days = self.when.as_ref().map_or(&[][..], |w| &w.written.days[..]);
        let in_order = days.windows(2).all(|p| p[0] < p[1]);
        if !in_order || days.len() > MAX_DAYS || days.last().is_some_and(|&d| d >= 365) {
            return Err("days of the year out of order or past its end".into());
        }
        Ok(())
    }

    /// The analysis the index files for the article, but its people, claims and words
    /// (which the ballot files from this record): its quotes, dates and changes.
    pub fn analysis(&mut self, doc: Document) -> Analysis {
        let quotes = self
            .q
            .drain(..)
            .map(|(s, l, said, how, text)| Quote {
                text: text.unwrap_or_else(|| {
                    doc.clean
                        .get(s..s.saturating_add(l))
                        .unwrap_or("")
                        .to_string()
                }),
                range: s..s.saturating_add(l),
                speaker: said.and_then(|x| x.speaker().ok()),
                how,
                unbalanced: false,
                sentence: 0,
            })
            .collect();
        Analysis {
            doc,
            people: Vec::new(),
            quantities: Vec::new(),
            quotes,
            dates: std::mem::take(&mut self.d),
            changes: std::mem::take(&mut self.u),
            words: Vec::new(),
        }
    }
}

/// The words' votes of a ballot, in the order of their first uses.
fn words(b: &Ballot) -> Vec<FiledWord> {
    let mut w: Vec<FiledWord> = b
        .votes
        .iter()
        .filter_map(|v| {
            let (capitalised, k) = match v.slot {
                Slot::Caps(k) => (true, k),
                Slot::Lower(k) => (false, k),
                _ => return None,
            };
            Some(FiledWord {
                capitalised,
                n: v.mentions,
                first: v.first.clone(),
                key: crate::normalize::Folded::new(k),
            })
        })
        .collect();
    w.sort_unstable_by_key(|w| w.first.start);
    w
}

/// Checks the words of a filing against the clean text (each range fits it, after the
/// one before, with at least one use) and folds their keys from it.
fn key_words(words: &mut [FiledWord], clean: &str) -> Result<(), String> {
    let mut end = 0;
    for w in words {
        let r = range(clean, w.first.start, w.first.len())?;
        if r.start < end || r.is_empty() {
            return Err("words empty or out of order".into());
        }
        mentions(w.n, clean)?;
        end = r.end;
        w.key = crate::normalize::Folded::new(&clean[r]);
    }
    Ok(())
}

fn quote(doc: &Document, q: &Quote) -> FiledQuote {
    let (s, l) = at(&q.range);
    let own = doc.clean.get(q.range.clone()) != Some(q.text.as_str());
    (
        s,
        l,
        q.speaker.as_ref().map(Said::of),
        q.how,
        own.then(|| q.text.clone()),
    )
}

fn claim(k: &str, n: u32, (s, l): (usize, usize), c: &ClaimShape) -> FiledClaim {
    let mut who = vec![c.source.clone(), c.holder_given.clone()];
    while who.last().is_some_and(Option::is_none) {
        who.pop();
    }
    (
        k.to_string(),
        n,
        s,
        l,
        float_text(c.low),
        if c.high == c.low {
            String::new()
        } else {
            float_text(c.high)
        },
        u8::from(c.low_inclusive) | u8::from(c.high_inclusive) << 1,
        c.event.clone(),
        c.time.clone(),
        who,
    )
}

/// A claim's key and shape, read back.
pub(super) fn claim_shape(c: &FiledClaim) -> Result<ClaimShape, String> {
    let low = float_bits(&c.4)?;
    if c.6 > 3 || c.9.len() > 2 {
        return Err("a claim of another shape".into());
    }
    Ok(ClaimShape {
        low,
        high: if c.5.is_empty() {
            low
        } else {
            float_bits(&c.5)?
        },
        low_inclusive: c.6 & 1 != 0,
        high_inclusive: c.6 & 2 != 0,
        event: c.7.clone(),
        time: c.8.clone(),
        source: c.9.first().cloned().flatten(),
        holder_given: c.9.get(1).cloned().flatten(),
    })
}

/// A clean range of `len` bytes from `start`, when it fits the text on character bounds.
pub(super) fn range(clean: &str, start: usize, len: usize) -> Result<Range<usize>, String> {
    start
        .checked_add(len)
        .filter(|&end| clean.get(start..end).is_some())
        .map(|end| start..end)
        .ok_or_else(|| "a range that does not fit the text".to_string())
}

/// A count of mentions, checked: at least one, at most one per byte of text.
pub(super) fn mentions(n: u32, clean: &str) -> Result<u32, String> {
    if n == 0 || n as usize > clean.len().max(1) {
        return Err("a count of mentions out of range".into());
    }
    Ok(n)
}
