//! The text form of a [`Filed`] record, written and read by hand (no serde derive: the
//! derived code of the record's nested tuples and enums was most of the growth of the wasm
//! that version 5 first cost, and its JSON, keys and brackets, was half the text's size).
//!
//! A record is a list of tokens, each ended by `|` (a `|` or `\` in a token is escaped
//! with `\`). It opens with 1 when the article gives a toll and says the attacker died,
//! else 0; then what the text tells of when it was written ([`When`]; not in a version 5
//! file): its opening (0 plain, 1 the first days, 2 a follow-up), 1 when it tells of a
//! later stage or looks back, else 0, and the days of the year it names (a list); then
//! come lists, each its length then its items, in order:
//! - people: keys (empty when derived, else `'surname key` then the given key); all
//!   mentions (count, clean start, length); then given names, surnames, full names (each a
//!   list of forms) and roles (a list of a form, the title, then 1 when appositive, else 0);
//! - a form: its [`Text`] (empty: all of its first mention; a number: its first or last
//!   bytes; else `'` and the text), its mentions (empty: the person's) and its first
//!   mention's start (empty: the person's, else the offset from it, then the length);
//! - claims: key, mentions, start, length, low, high (empty: low), ends (1 low, 2 high),
//!   events, times (lists), source and holder (a list of optional texts);
//! - quotes: start, length, speaker (empty, `g` name, `p` name surname, `pg` name surname
//!   given, the parts as [`Text`] in the name), how ([`Pattern`] number, or empty), text
//!   (empty: the clean text of its range, else `'` and the text);
//! - dates: start, length, event, flags (1 verb, 2 personal), names, cues (lists), weekday
//!   (or empty), month (or empty: no day; else day, then year or empty), edge, sentence;
//! - changes: old value, new value (or empty);
//! - words (not in a version 6 or 5 file), in the order of their first uses: the first
//!   use's start, as the bytes from the end of the word before, and length, then the
//!   uses (empty: one in lower case; `n`: `n` in lower case; `-n`: `n` capitalised).
//!   Their keys are not written: each is folded from the text of its first use.
//!
//! Empty optional texts are written `'`-prefixed, so an empty token always means "none".
//! Reading checks the syntax only and never panics; [`Filed::check`] checks the rest.

use super::{float_bits, float_text, Filed, FiledPerson, FiledRole, FiledWord, Form, Said, Text};
use crate::document::calendar::Day;
use crate::extract::dates::{DateClaim, Edge};
use crate::extract::quotes::Pattern;
use crate::extract::updates::Change;
use crate::resolve::dates::{Opening, When};
use crate::resolve::written::Written;
use std::borrow::Cow;
use std::fmt::Write;

/// Every [`Pattern`], by its number in a record.
const PATTERNS: [Pattern; 11] = [
    Pattern::VerbSpeaker,
    Pattern::SpeakerVerb,
    Pattern::Group,
    Pattern::Intro,
    Pattern::Colon,
    Pattern::According,
    Pattern::Signature,
    Pattern::Pronoun,
    Pattern::PronounNear,
    Pattern::Continuation,
    Pattern::Subject,
];

fn pattern_no(p: Pattern) -> u8 {
    // A new variant fails to compile here, and must be added to PATTERNS.
    match p {
        Pattern::VerbSpeaker => 0,
        Pattern::SpeakerVerb => 1,
        Pattern::Group => 2,
        Pattern::Intro => 3,
        Pattern::Colon => 4,
        Pattern::According => 5,
        Pattern::Signature => 6,
        Pattern::Pronoun => 7,
        Pattern::PronounNear => 8,
        Pattern::Continuation => 9,
        Pattern::Subject => 10,
    }
}

/// Every [`Edge`], by its number in a record.
const EDGES: [Edge; 5] = [
    Edge::None,
    Edge::Late,
    Edge::Early,
    Edge::Midnight,
    Edge::Day,
];

fn edge_no(e: Edge) -> u8 {
    match e {
        Edge::None => 0,
        Edge::Late => 1,
        Edge::Early => 2,
        Edge::Midnight => 3,
        Edge::Day => 4,
    }
}

/// Every [`Opening`], by its number in a record.
const OPENINGS: [Opening; 3] = [Opening::Plain, Opening::FirstDays, Opening::FollowUp];

fn opening_no(o: Opening) -> u8 {
    match o {
        Opening::Plain => 0,
        Opening::FirstDays => 1,
        Opening::FollowUp => 2,
    }
}

/// A record being written.
struct Out(String);

impl Out {
    fn tok(&mut self, t: &str) {
        if !t.contains(['|', '\\']) {
            self.0.push_str(t);
        } else {
            for c in t.chars() {
                if c == '|' || c == '\\' {
                    self.0.push('\\');
                }
                self.0.push(c);
            }
        }
        self.0.push('|');
    }

    fn num(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.0, "{n}|");
    }

    fn none(&mut self) {
        self.0.push('|');
    }

    /// An optional text: empty for none, else `'` and the text.
    fn some(&mut self, t: Option<&str>) {
        if let Some(t) = t {
            self.0.push('\'');
            self.tok(t);
        } else {
            self.none();
        }
    }

    fn opt_num(&mut self, n: Option<impl std::fmt::Display>) {
        match n {
            Some(n) => self.num(n),
            None => self.none(),
        }
    }

    fn texts(&mut self, ts: &[String]) {
        self.num(ts.len());
        for t in ts {
            self.tok(t);
        }
    }

    fn text(&mut self, t: &Text) {
        match t {
            Text::At(None) => self.none(),
            Text::At(Some(n)) => self.num(n),
            Text::Own(k) => self.some(Some(k)),
        }
    }

    fn form(&mut self, f: &Form, all: (u32, usize, usize)) {
        self.text(&f.text);
        self.opt_num(f.n);
        match f.at {
            Some((s, l)) => {
                self.num(s as i64 - all.1 as i64);
                self.num(l);
            }
            None => self.none(),
        }
    }
}

/// A whole number of at most 18 digits, with its sign.
fn int(t: &str) -> Option<i64> {
    let (minus, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    Some(if minus { -n } else { n })
}

/// A record being read (its steps are not inlined: one copy of each keeps the wasm
/// small). A reader keeps its first error and gives empty tokens after it
/// (so reading never branches on errors but once, at the end): the record is refused.
struct In<'a> {
    rest: &'a str,
    len: usize,
    bad: Option<(&'static str, usize)>,
}

impl<'a> In<'a> {
    /// Keeps the first error, where it is, and stops reading.
    #[inline(never)]
    fn fail(&mut self, why: &'static str) {
        if self.bad.is_none() {
            self.bad = Some((why, self.len - self.rest.len()));
        }
        self.rest = "";
    }

    /// The next token, unescaped.
    #[inline(never)]
    fn tok(&mut self) -> Cow<'a, str> {
        // Both marks are ASCII: a byte search finds them on character bounds (a plain
        // loop: most tokens are a few bytes long).
        let marks = |b: &u8| *b == b'|' || *b == b'\\';
        let Some(end) = self.rest.as_bytes().iter().position(marks) else {
            self.fail("the filing ends early");
            return Cow::Borrowed("");
        };
        let (t, rest) = self.rest.split_at(end);
        if let Some(rest) = rest.strip_prefix('|') {
            self.rest = rest;
            return Cow::Borrowed(t);
        }
        // Runs between the marks are copied whole; each `\` takes the mark after it.
        let mut out = String::new();
        let mut rest = self.rest;
        while let Some(at) = rest.as_bytes().iter().position(marks) {
            out.push_str(&rest[..at]);
            let b = rest.as_bytes();
            if b[at] == b'|' {
                self.rest = &rest[at + 1..];
                return Cow::Owned(out);
            }
            match b.get(at + 1) {
                Some(&e @ (b'|' | b'\\')) => out.push(char::from(e)),
                _ => break,
            }
            rest = &rest[at + 2..];
        }
        self.fail("a bad escape or an unended token");
        Cow::Borrowed("")
    }

    #[inline(never)]
    fn string(&mut self) -> String {
        self.tok().into_owned()
    }

    /// A whole number of at most 18 digits, with its sign; `None` for an empty token.
    #[inline(never)]
    fn opt_int(&mut self) -> Option<i64> {
        // Most tokens of a filing are short numbers: read in place, without the copy a
        // token with escapes needs (which is no number anyway: it is refused below).
        let b = self.rest.as_bytes();
        let digits = b.iter().take(19).take_while(|c| c.is_ascii_digit()).count();
        if (1..=18).contains(&digits) && b.get(digits) == Some(&b'|') {
            let n = int(&self.rest[..digits]);
            self.rest = &self.rest[digits + 1..];
            return n;
        }
        let t = self.tok();
        if t.is_empty() {
            return None;
        }
        let n = int(&t);
        if n.is_none() {
            self.fail("a token that is no number");
        }
        n
    }

    /// A whole number in the range of `T`.
    #[inline(never)]
    fn opt_num<T: TryFrom<i64>>(&mut self) -> Option<T> {
        let n = self.opt_int()?;
        let n = T::try_from(n).ok();
        if n.is_none() {
            self.fail("a number out of range");
        }
        n
    }

    #[inline(never)]
    fn num<T: TryFrom<i64> + Default>(&mut self) -> T {
        let n = self.opt_num();
        if n.is_none() {
            self.fail("a number missing");
        }
        n.unwrap_or_default()
    }

    #[inline(never)]
    fn flag(&mut self) -> bool {
        match self.num::<u8>() {
            0 => false,
            1 => true,
            _ => {
                self.fail("a flag neither 0 nor 1");
                false
            }
        }
    }

    /// An optional text: see [`Out::some`].
    #[inline(never)]
    fn some(&mut self) -> Option<String> {
        let t = self.tok();
        match t.strip_prefix('\'') {
            Some(k) => Some(k.to_string()),
            None if t.is_empty() => None,
            None => {
                self.fail("a token that is no text");
                None
            }
        }
    }

    /// A list: its length (at most one item per byte left), then its items.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let n: usize = self.num();
        if n > self.rest.len() {
            self.fail("a list longer than its record");
        }
        // Room for a few items at first: the length is not trusted to size the list.
        let mut out = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            if self.bad.is_some() {
                break;
            }
            out.push(item(self));
        }
        out
    }

    #[inline(never)]
    fn texts(&mut self) -> Vec<String> {
        self.list(In::string)
    }

    #[inline(never)]
    fn text(&mut self) -> Text {
        let t = self.tok();
        if t.is_empty() {
            return Text::At(None);
        }
        if let Some(k) = t.strip_prefix('\'') {
            return Text::Own(k.to_string());
        }
        let n = int(&t);
        if n.is_none() {
            self.fail("a form that is no text and no number");
        }
        Text::At(n)
    }

    #[inline(never)]
    fn form(&mut self, all: (u32, usize, usize)) -> Form {
        let text = self.text();
        let n = self.opt_num();
        let at = self.opt_int().map(|d| {
            let s = i64::try_from(all.1)
                .ok()
                .and_then(|a| a.checked_add(d))
                .and_then(|s| usize::try_from(s).ok());
            if s.is_none() {
                self.fail("a form before the text");
            }
            (s.unwrap_or_default(), self.num())
        });
        Form { text, n, at }
    }
}

/// Writes the record.
pub(super) fn write(f: &Filed) -> String {
    let mut o = Out(String::new());
    o.num(u8::from(f.died));
    if let Some(w) = &f.when {
        o.num(opening_no(w.opening));
        o.num(u8::from(w.written.later));
        o.num(w.written.days.len());
        for d in &w.written.days {
            o.num(d);
        }
    }
    o.num(f.p.len());
    for p in &f.p {
        person(&mut o, p);
    }
    o.num(f.c.len());
    for c in &f.c {
        o.tok(&c.0);
        o.num(c.1);
        o.num(c.2);
        o.num(c.3);
        o.tok(&c.4);
        o.tok(&c.5);
        o.num(c.6);
        o.texts(&c.7);
        o.texts(&c.8);
        o.num(c.9.len());
        for w in &c.9 {
            o.some(w.as_deref());
        }
    }
    o.num(f.q.len());
    for (s, l, said, how, text) in &f.q {
        o.num(s);
        o.num(l);
        speaker(&mut o, said.as_ref());
        o.opt_num(how.map(pattern_no));
        o.some(text.as_deref());
    }
    o.num(f.d.len());
    for d in &f.d {
        date(&mut o, d);
    }
    o.num(f.u.len());
    for u in &f.u {
        o.tok(&float_text(u.old.to_bits()));
        match u.new {
            Some(x) => o.tok(&float_text(x.to_bits())),
            None => o.none(),
        }
    }
    if let Some(w) = &f.w {
        words(&mut o, w);
    }
    o.0
}

fn words(o: &mut Out, w: &[FiledWord]) {
    o.num(w.len());
    let mut end = 0;
    for w in w {
        o.num(w.first.start.saturating_sub(end));
        o.num(w.first.len());
        match (w.capitalised, w.n) {
            (false, 1) => o.none(),
            (false, n) => o.num(n),
            (true, n) => o.num(-i64::from(n)),
        }
        end = w.first.end;
    }
}

fn read_words(i: &mut In) -> Vec<FiledWord> {
    let mut end = 0usize;
    i.list(|i| {
        let start = end.checked_add(i.num::<usize>());
        let len: usize = i.num();
        let first = start.and_then(|s| Some(s..s.checked_add(len)?));
        if first.is_none() {
            i.fail("a word past the text");
        }
        let first = first.unwrap_or_default();
        end = first.end;
        let uses = i.opt_int().unwrap_or(1);
        let n = u32::try_from(uses.unsigned_abs()).ok();
        if n.is_none() {
            i.fail("a word's uses out of range");
        }
        FiledWord {
            capitalised: uses < 0,
            n: n.unwrap_or_default(),
            first,
            key: Default::default(),
        }
    })
}

fn person(o: &mut Out, p: &FiledPerson) {
    match &p.k {
        Some((sk, gk)) => {
            o.some(Some(sk));
            o.tok(gk);
        }
        None => o.none(),
    }
    o.num(p.a.0);
    o.num(p.a.1);
    o.num(p.a.2);
    for forms in [&p.g, &p.s, &p.f] {
        o.num(forms.len());
        for f in forms {
            o.form(f, p.a);
        }
    }
    o.num(p.r.len());
    for r in &p.r {
        o.form(&r.title, p.a);
        o.num(u8::from(r.appositive));
    }
}

fn speaker(o: &mut Out, said: Option<&Said>) {
    match said {
        None => o.none(),
        Some(Said::Group(name)) => {
            o.tok("g");
            o.tok(name);
        }
        Some(Said::Person(name, surname, given)) => {
            o.tok(if given.is_some() { "pg" } else { "p" });
            o.tok(name);
            o.text(surname);
            if let Some(g) = given {
                o.text(g);
            }
        }
    }
}

fn date(o: &mut Out, d: &DateClaim) {
    o.num(d.range.start);
    o.num(d.range.len());
    o.tok(&d.event);
    o.num(u8::from(d.verb) | u8::from(d.personal) << 1);
    o.texts(&d.names);
    o.texts(&d.cues);
    o.opt_num(d.weekday);
    match d.day {
        Some(day) => {
            o.num(day.month);
            o.num(day.day);
            o.opt_num(day.year);
        }
        None => o.none(),
    }
    o.num(edge_no(d.edge));
    o.num(d.sentence);
}

/// Reads a record, with its [`When`] unless of a version 5 file and its words unless of a
/// version 6 or 5 file: its syntax checked, not its sense (see [`Filed::check`]).
pub(super) fn read(text: &str, when: bool, words: bool) -> Result<Filed, String> {
    let mut i = In {
        rest: text,
        len: text.len(),
        bad: None,
    };
    let mut f = Filed {
        died: i.flag(),
        when: when.then(|| read_when(&mut i)),
        p: i.list(read_person),
        c: i.list(|i| {
            (
                i.string(),
                i.num(),
                i.num(),
                i.num(),
                i.string(),
                i.string(),
                i.num(),
                i.texts(),
                i.texts(),
                i.list(In::some),
            )
        }),
        q: i.list(|i| (i.num(), i.num(), read_speaker(i), read_how(i), i.some())),
        d: i.list(read_date),
        u: i.list(|i| {
            let old = float(i);
            if old.is_none() {
                i.fail("a change without its old value");
            }
            let old = old.unwrap_or_default();
            let new = float(i);
            Change { old, new }
        }),
        w: None,
    };
    if words {
        f.w = Some(read_words(&mut i));
    }
    if !i.rest.is_empty() {
        i.fail(if words {
            "the filing goes on after its words"
        } else {
            "the filing goes on after its changes"
        });
    }
    match i.bad {
        None => Ok(f),
        Some((why, at)) => Err(format!("{why} (byte {at} of the filing)")),
    }
}

/// A float as [`float_text`] writes it, or `None` for an empty token.
fn float(i: &mut In) -> Option<f64> {
    let t = i.tok();
    if t.is_empty() {
        return None;
    }
    let bits = float_bits(&t);
    if bits.is_err() {
        i.fail("a token that is no number");
    }
    Some(f64::from_bits(bits.unwrap_or_default()))
}

fn read_when(i: &mut In) -> When {
    let opening = OPENINGS.get(i.num::<usize>()).copied();
    if opening.is_none() {
        i.fail("no opening");
    }
    When {
        opening: opening.unwrap_or_default(),
        written: Written {
            later: i.flag(),
            days: i.list(In::num),
        },
    }
}

fn read_person(i: &mut In) -> FiledPerson {
    let k = i.some().map(|sk| (sk, i.string()));
    let a = (i.num(), i.num(), i.num());
    FiledPerson {
        k,
        a,
        g: i.list(|i| i.form(a)),
        s: i.list(|i| i.form(a)),
        f: i.list(|i| i.form(a)),
        r: i.list(|i| FiledRole {
            title: i.form(a),
            appositive: i.flag(),
        }),
    }
}

fn read_speaker(i: &mut In) -> Option<Said> {
    let kind = i.tok();
    Some(match kind.as_ref() {
        "" => return None,
        "g" => Said::Group(i.string()),
        "p" => Said::Person(i.string(), i.text(), None),
        "pg" => Said::Person(i.string(), i.text(), Some(i.text())),
        _ => {
            i.fail("no kind of speaker");
            return None;
        }
    })
}

fn read_how(i: &mut In) -> Option<Pattern> {
    let n: usize = i.opt_num()?;
    let p = PATTERNS.get(n).copied();
    if p.is_none() {
        i.fail("no pattern");
    }
    p
}

fn read_date(i: &mut In) -> DateClaim {
    let start: usize = i.num();
    let len: usize = i.num();
    if start.checked_add(len).is_none() {
        i.fail("a date past the text");
    }
    let event = i.string();
    let flags: u8 = i.num();
    if flags > 3 {
        i.fail("a date of other flags");
    }
    let names = i.texts();
    let cues = i.texts();
    let weekday = i.opt_num();
    let day = i.opt_num().map(|month| Day {
        month,
        day: i.num(),
        year: i.opt_num(),
    });
    let edge = EDGES.get(i.num::<usize>()).copied();
    if edge.is_none() {
        i.fail("a date of another edge");
    }
    DateClaim {
        range: start..start.saturating_add(len),
        event,
        verb: flags & 1 != 0,
        personal: flags & 2 != 0,
        names,
        cues,
        weekday,
        day,
        edge: edge.unwrap_or_default(),
        sentence: i.num(),
    }
}
