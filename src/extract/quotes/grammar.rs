//! Who said a quote: the speaker grammar around it.
//!
//! A quote's frames are the words of its sentence before it (`X said: “…”`) and the words
//! of the sentence it ends in after it (`“…,” X said`), each stopping at the next or
//! previous quote. In order:
//! - after: `“…,” said Title X, apposition`, `“…,” X said`, `“…,” X, 81, said`,
//!   `“…,” X told Y` (X speaks), `“…,” he said`, `“…,” the Embassy said`, `wrote The Post`;
//! - `according to X` in the quote's sentences;
//! - before: `X said “…”`, `X told Y: “…”`, `in a statement, X said “…”`;
//! - a colon introduction: `X of the union repeated her warning: “…”`;
//! - the sentence's subject, the least sure of all.
//!
//! Continuation quotes are the caller's ([`super::extract`]).

use super::pronoun::{Genders, Resolved};
use super::{Pattern, Speaker};
use crate::document::tokens::{Kind, Token};
use crate::extract::{PersonMention, SentenceTokens};
use crate::lexicon::{self, class};
use crate::normalize::{is_possessive, strip_possessive, Folded, FoldedWord};
use std::ops::Range;

/// How far after a quote its speech verb may come, in tokens (an apposition between).
const MAX_AFTER: usize = 40;
/// How far back an institution's name may reach, in tokens.
const MAX_GROUP_TOKENS: usize = 10;
/// Tokens of an apposition between a name and its verb: `X, a Democrat from Ohio, said`.
const MAX_APPOSITION: usize = 30;

/// A found speaker and the pattern that found it.
pub(super) type Found = (Speaker, Pattern);

/// The document as attribution reads it.
pub(super) struct Doc<'a> {
    pub text: &'a str,
    pub sentences: &'a [SentenceTokens<'a>],
    people: &'a [PersonMention],
    /// Start offsets of `people`, sorted, for binary search.
    starts: Vec<usize>,
    /// For each person, `true` when the mention stands outside every quote.
    outside: Vec<bool>,
    /// The quotes' ranges.
    pub quotes: Vec<Range<usize>>,
    /// The people's genders, worked out when a pronoun first needs them ([`Doc::genders`]).
    genders: std::cell::OnceCell<Genders>,
    /// The last person a sure pattern found speaking: folded surname and sentence index.
    pub last_speaker: std::cell::RefCell<Option<(crate::normalize::Folded, usize)>>,
}

pub(super) fn person_speaker(p: &PersonMention) -> Speaker {
    Speaker::Person {
        name: p.full_name(),
        surname: p.surname.clone(),
        given: p.given.clone(),
    }
}

/// Clean the name of an institution: drop a leading article.
fn group_name(s: &str) -> String {
    let t = s.trim();
    for art in ["The ", "the "] {
        if let Some(r) = t.strip_prefix(art) {
            return r.to_string();
        }
    }
    t.to_string()
}

fn is_word(t: &Token) -> bool {
    t.kind == Kind::Word
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        sentences: &'a [SentenceTokens<'a>],
        people: &'a [PersonMention],
        quotes: Vec<Range<usize>>,
    ) -> Doc<'a> {
        let mut outside = Vec::with_capacity(people.len());
        let mut qi = 0;
        for p in people {
            while qi < quotes.len() && quotes[qi].end <= p.range.start {
                qi += 1;
            }
            outside.push(!(qi < quotes.len() && quotes[qi].start <= p.range.start));
        }
        Doc {
            text,
            sentences,
            people,
            starts: people.iter().map(|p| p.range.start).collect(),
            outside,
            quotes,
            genders: std::cell::OnceCell::new(),
            last_speaker: Default::default(),
        }
    }

    /// The genders the article gives its people ([`Genders::of`]), worked out on the
    /// first pronoun: an article whose quotes need none never builds them.
    fn genders(&self) -> &Genders {
        self.genders
            .get_or_init(|| Genders::of(self.text, self.people))
    }

    fn fw(&self, t: &Token) -> FoldedWord<'a> {
        t.folded(self.text)
    }

    /// `true` when `t` folds to `w` (lower-case ASCII): an ASCII token is compared as
    /// written, with no folded copy.
    #[inline]
    fn is(&self, t: &Token, w: &str) -> bool {
        let raw = t.text(self.text);
        if raw.is_ascii() {
            raw.eq_ignore_ascii_case(w)
        } else {
            self.fw(t) == w
        }
    }

    /// A speech verb as written, never with a possessive ending.
    #[inline(always)]
    pub fn is_verb(&self, t: &Token) -> bool {
        // A word first: another token has no class stored, and would be looked up. Most
        // words fail at the class bits, tested here; the rest is out of line.
        is_word(t) && {
            let c = t.word_class(self.text);
            c & class::POSSESSIVE == 0
                && c & (class::SPEECH_VERB | class::QUOTE_VERB) != 0
                && self.quoting(t)
        }
    }

    /// A speech verb's token that may attribute a quote: not "declined" (to comment).
    #[inline(never)]
    fn quoting(&self, t: &Token) -> bool {
        !matches!(self.fw(t).as_str(), "declined")
    }

    /// `f[i]` is a speech verb where it stands: not a noun after a determiner ("one of
    /// the states", "his claims").
    #[inline(always)]
    fn verb_at(&self, f: &[Token], i: usize) -> bool {
        self.is_verb(&f[i]) && !self.after_noun_marker(f, i)
    }

    /// `true` when `f[i]` follows a determiner ([`lexicon::NOUN_MARKERS`]).
    #[inline(never)]
    fn after_noun_marker(&self, f: &[Token], i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|j| lexicon::is_noun_marker(&self.fw(&f[j])))
    }

    /// A verb that attributes the quote before it: not "called" or "described", which
    /// name the words that follow them.
    fn is_verb_after(&self, t: &Token) -> bool {
        self.is_verb(t) && !naming(&self.fw(t))
    }

    /// Indices of the people outside quotes whose mention starts in `from..to`.
    fn people_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let a = self.starts.partition_point(|&s| s < from);
        let b = self.starts.partition_point(|&s| s < to).max(a);
        (a..b).filter(|&i| self.outside[i])
    }

    /// The people outside quotes before `pos`, nearest first.
    pub fn people_before(&self, pos: usize) -> impl Iterator<Item = &PersonMention> + '_ {
        let b = self.starts.partition_point(|&s| s < pos);
        (0..b)
            .rev()
            .filter(move |&i| self.outside[i] && self.people[i].range.end <= pos)
            .map(|i| &self.people[i])
    }

    /// The first word of sentence `si` outside quotes, if it has one.
    pub fn first_word_outside(&self, si: usize) -> Option<&'a Token> {
        let toks = self.sentences.get(si)?.tokens;
        let t0 = toks.first()?;
        let mut qi = self.quotes.partition_point(|q| q.end <= t0.start);
        toks.iter().find(|t| {
            while qi < self.quotes.len() && self.quotes[qi].end <= t.start {
                qi += 1;
            }
            is_word(t) && !(qi < self.quotes.len() && self.quotes[qi].start <= t.start)
        })
    }

    /// The person a sentence ends by attributing it to, after its last comma: "Ana Ruiz is
    /// stable, Hale said on Friday", "…, noted Harbour FM’s Tom Hale." Nothing quoted or
    /// "he"/"she" in those words.
    pub fn trailing_speaker(&self, si: usize) -> Option<&'a PersonMention> {
        let toks = self.sentences.get(si)?.tokens;
        let c = toks.iter().rposition(|t| t.text(self.text) == ",")?;
        let f = &toks[c + 1..];
        let (first, last) = (f.first()?, f.last()?);
        let qi = self.quotes.partition_point(|q| q.end <= first.start);
        if self.quotes.get(qi).is_some_and(|q| q.start < last.end)
            || f.iter().any(|t| is_pronoun_he_she(&self.fw(t)))
        {
            return None;
        }
        let (Speaker::Person { surname, .. }, _) = self.after(f)? else {
            return None;
        };
        let people: &'a [PersonMention] = self.people;
        self.people_in(first.start, last.end)
            .map(|i| &people[i])
            .find(|p| p.surname == surname)
    }

    /// The person a sentence is about: the first named outside quotes among its first
    /// words outside quotes ("Hale admitted…", "“…,” Hale said."), after an opening
    /// phrase of place or time ("At the clinic, Dr Ana Ruiz said…"). `Err` with the
    /// name's range when the subject is a name the article's people do not hold ("Ana
    /// Lopes, a nurse, said…" with Ana Lopes unrecognised), which no pronoun after it may
    /// skip, and `true` when that name is the subject of a verb of saying.
    pub fn sentence_subject(
        &self,
        si: usize,
        before: usize,
    ) -> Result<Option<&PersonMention>, (Range<usize>, bool)> {
        let Some(st) = self.sentences.get(si) else {
            return Ok(None);
        };
        let toks = st.tokens;
        let first = toks.iter().find(|t| is_word(t));
        let opening = first.is_some_and(|t| {
            let w = self.fw(t);
            opening_preposition(&w) || owner(&w)
        });
        if !opening {
            return self.subject_from(toks, 0, before);
        }
        // "At Molete Hospital, home to the clinic, Dr Ana Ruiz said", "His uncle, Tom
        // Hale, said", "In a Harbour Times essay, Ana Ruiz wrote": after a comma, not a
        // name inside the opening phrase; else from the start ("On Monday Ruiz said").
        if let Some(found) = self.subject_after_commas(toks, before)? {
            return Ok(Some(found));
        }
        self.subject_from(toks, 0, before)
    }

    /// [`Doc::sentence_subject`] after one of the first two commas of a sentence.
    fn subject_after_commas(
        &self,
        toks: &[Token],
        before: usize,
    ) -> Result<Option<&PersonMention>, (Range<usize>, bool)> {
        let commas = toks
            .iter()
            .take(MAX_APPOSITION)
            .enumerate()
            .filter(|(_, t)| t.text(self.text) == ",")
            .take(2);
        for (c, _) in commas {
            if let Some(p) = self.subject_from(toks, c + 1, before)? {
                return Ok(Some(p));
            }
        }
        Ok(None)
    }

    /// [`Doc::sentence_subject`] from the token `from` of a sentence's tokens.
    fn subject_from(
        &self,
        toks: &[Token],
        from: usize,
        before: usize,
    ) -> Result<Option<&PersonMention>, (Range<usize>, bool)> {
        let Some(t0) = toks.get(from) else {
            return Ok(None);
        };
        let mut qi = self.quotes.partition_point(|q| q.end <= t0.start);
        let mut words = 0;
        let mut names = 0;
        let mut name_start = 0;
        let mut prev_cap = false;
        let mut prev_article = false;
        for (ti, t) in toks.iter().enumerate().skip(from) {
            if !is_word(t) || t.start >= before {
                continue;
            }
            while qi < self.quotes.len() && self.quotes[qi].end <= t.start {
                qi += 1;
            }
            if qi < self.quotes.len() && self.quotes[qi].start <= t.start {
                continue;
            }
            let w = t.folded(self.text);
            // "The Hale campaign said": a name after an article qualifies the noun after
            // it; the subject is no person.
            let modifier = prev_article && !lexicon::is_title_word(&w);
            if let Some(i) = self.people_in(t.start, t.end).next() {
                return Ok((!modifier).then(|| &self.people[i]));
            }
            prev_article = matches!(w.as_str(), "the" | "a" | "an");
            words += 1;
            let raw = t.text(self.text);
            let title = lexicon::is_title_word(&w);
            let cap = capitalised(raw) && !not_speaker(&w);
            // Two capitalised words that are neither titles nor common words: a name.
            names = if cap && !title && !lexicon::is_common_word(&w) {
                names + 1
            } else {
                0
            };
            if names == 1 {
                name_start = t.start;
            }
            if names >= 2 {
                return Err(self.unknown_name(toks, ti, name_start));
            }
            // "Carson defied the question": a surname alone, of someone named before.
            if names == 1
                && !modifier
                && toks.get(ti + 1).is_some_and(|n| {
                    let raw = n.text(self.text);
                    is_word(n) && !capitalised(raw) || raw == ","
                })
            {
                if let Some(p) = self
                    .people_before(t.start)
                    .take(MAX_SURNAME_BACK)
                    .find(|p| Folded::new(&p.surname).as_str() == w.as_str())
                {
                    return Ok(Some(p));
                }
                // "Melanie said yes": a person called by a given name alone, never sure.
                if lexicon::given_name_gender(&w).is_some() {
                    return Err((t.start..t.end, false));
                }
            }
            // "“…,” said Mayor Ana Ruiz": the verb before its subject; "Bank of Portugal
            // Governor Ana Ruiz": "of" inside a name.
            let verb_first = words == 1 && self.is_verb(t);
            let inside = prev_cap && matches!(w.as_str(), "of" | "for");
            let lead = cap || title || verb_first || inside || subject_lead(&w);
            if words >= 7 || !lead || is_pronoun_he_she(&w) {
                return Ok(None);
            }
            prev_cap = cap;
        }
        Ok(None)
    }

    /// A name the article's people do not hold, from `start` on through its capitalised
    /// words ("Ana María Lopes", the second at `toks[ti]`), and whether it is the subject
    /// of a verb of saying: "Ana Lopes said", "Ana Lopes, a nurse, said".
    fn unknown_name(&self, toks: &[Token], ti: usize, start: usize) -> (Range<usize>, bool) {
        let n = toks[ti..]
            .iter()
            .take_while(|n| is_word(n) && capitalised(n.text(self.text)))
            .count()
            .max(1);
        let e = ti + n;
        let said = (e..toks.len().min(e + MAX_APPOSITION + 1))
            .find(|&j| self.verb_at(toks, j))
            .is_some_and(|v| self.aside(&toks[e..v]));
        (start..toks[e - 1].end, said)
    }

    fn pronoun(&self, t: &Token) -> Option<Found> {
        let w = self.fw(t);
        match self.genders().resolve(self, &w, t.start)? {
            Resolved::Person(p, true) => Some((person_speaker(p), Pattern::Pronoun)),
            Resolved::Person(p, false) => Some((person_speaker(p), Pattern::PronounNear)),
            // A name the article's people do not hold: read as written, and not sure.
            Resolved::Name(r, sure) => {
                let name = &self.text[r];
                let mut parts = name.split_whitespace();
                let given = parts.next().map(str::to_string);
                let surname = name.split_whitespace().last()?.to_string();
                let speaker = Speaker::Person {
                    name: name.to_string(),
                    surname,
                    given,
                };
                let how = if sure {
                    Pattern::Pronoun
                } else {
                    Pattern::PronounNear
                };
                Some((speaker, how))
            }
        }
    }

    /// The speaker of the words after a quote: `f` runs from the closing mark to the end
    /// of the sentence or the next quote.
    pub fn after(&self, f: &[Token]) -> Option<Found> {
        let f_all = f;
        let k0 = f.iter().position(is_word)?;
        // Only punctuation between the quote and its attribution.
        if f[..k0]
            .iter()
            .any(|t| matches!(t.text(self.text), "." | ";" | ":" | "(" | ")"))
        {
            return None;
        }
        let f = &f[k0..];
        if self.is_verb_after(&f[0]) && !matches!(self.fw(&f[0]).as_str(), "told" | "tells") {
            // “…,” said X / “…,” said he / “…,” wrote The Post
            if let Some(t) = f.get(1).filter(|t| is_pronoun_he_she(&self.fw(t))) {
                return self.pronoun(t);
            }
            return self
                .person_after_verb(f, 0)
                .map(|s| (s, Pattern::VerbSpeaker))
                .or_else(|| self.group_after_verb(f, 0).map(|s| (s, Pattern::Group)));
        }
        if let Some(found) = self.signature(f_all, k0) {
            return Some(found);
        }
        let v = (0..f.len().min(MAX_AFTER)).find(|&i| self.verb_at(f, i))?;
        if !self.is_verb_after(&f[v]) {
            return None;
        }
        self.subject_at_start(f, v)
    }

    /// `“…” ― Ana Ruiz`: a dash after the quote, then a name and nothing else (`f[k0]`
    /// is the first word). A name the article's people do not hold is read as written.
    fn signature(&self, f: &[Token], k0: usize) -> Option<Found> {
        let dash = f[..k0]
            .iter()
            .any(|t| matches!(t.text(self.text), "―" | "—" | "–" | "-" | "--"));
        if !dash {
            return None;
        }
        let run = &f[k0..];
        let mut end = run.len();
        while end > 0 && matches!(run[end - 1].text(self.text), "." | ",") {
            end -= 1;
        }
        let run = &run[..end];
        let names = run.iter().filter(|t| is_word(t)).count();
        let ok = (2..=5).contains(&names)
            && run
                .iter()
                .all(|t| is_word(t) && capitalised(t.text(self.text)) || t.text(self.text) == ".")
            && is_word(run.last()?);
        if !ok {
            return None;
        }
        let (first, last) = (run.first()?, run.last()?);
        if let Some(i) = self.people_in(first.start, last.end).next() {
            return Some((person_speaker(&self.people[i]), Pattern::Signature));
        }
        let speaker = Speaker::Person {
            name: self.text[first.start..last.end].to_string(),
            surname: last.text(self.text).to_string(),
            given: Some(first.text(self.text).to_string()),
        };
        Some((speaker, Pattern::Signature))
    }

    /// `f[..v]` as the whole subject of the verb `f[v]`: a pronoun, a person (with titles
    /// before and an apposition between commas after), or an institution.
    fn subject_at_start(&self, f: &[Token], v: usize) -> Option<Found> {
        let e = self.skip_fillers(f, v);
        if e == 0 {
            return None;
        }
        if e == 1 && is_pronoun_he_she(&self.fw(&f[0])) {
            return self.pronoun(&f[0]);
        }
        if let Some(p) = self.titled_apposition(&f[..e]) {
            return Some((person_speaker(p), Pattern::SpeakerVerb));
        }
        let mut named = false;
        for p in self.people_openings(f, e) {
            named = true;
            let p = &self.people[p];
            // The rest of the subject: nothing, or an apposition between commas.
            let rest_at = f.partition_point(|t| t.start < p.range.end);
            if self.aside(&f[rest_at..e]) && !self.joint_after(p.range.end) {
                return Some((person_speaker(p), Pattern::SpeakerVerb));
            }
        }
        // "Mr. Morgan said", a name the people of the article do not hold.
        if !named {
            let k = f[..e].iter().position(|t| self.honorific(t));
            if let Some((s, end)) = k
                .filter(|&k| k <= 3)
                .and_then(|k| self.honorific_name(f, k))
            {
                if self.aside(&f[end..e]) && !self.joint_after(f[end - 1].end) {
                    return Some((s, Pattern::SpeakerVerb));
                }
            }
        }
        // "X’s office said" is a group; a person with other words after is nobody sure.
        if named && !lexicon::is_proxy_noun(&self.fw(&f[e - 1])) {
            return None;
        }
        let (s, start) = self.group_before(f, e)?;
        let lead_ok = f[..start]
            .iter()
            .all(|t| matches!(self.fw(t).as_str(), "the" | "a" | "an"));
        lead_ok.then_some((s, Pattern::Group))
    }

    /// `the city spokeswoman, Ana Ruiz,` (all of `f`): a title, then the person between
    /// commas, the subject of the verb after them.
    fn titled_apposition(&self, f: &[Token]) -> Option<&PersonMention> {
        let text = |t: &Token| t.text(self.text);
        let (last, rest) = f.split_last()?;
        let c = rest.iter().position(|t| text(t) == ",")?;
        let (lead, name) = (&rest[..c], &rest[c + 1..]);
        if text(last) != "," || lead.is_empty() || lead.len() > MAX_TITLE_LEAD || name.is_empty() {
            return None;
        }
        let (from, to) = (name[0].start, name[name.len() - 1].end);
        let p = self.people_in(from, to).next()?;
        let p = &self.people[p];
        let head = self.fw(&lead[lead.len() - 1]);
        let titled = lexicon::is_title_word(&head) || lexicon::is_role_head(&head);
        let words = lead.iter().enumerate().all(|(i, t)| {
            let w = self.fw(t);
            is_word(t)
                && (capitalised(text(t))
                    || lexicon::is_title_word(&w)
                    || lexicon::is_role_head(&w)
                    || i == 0 && matches!(w.as_str(), "the" | "a" | "an")
                    || i + 1 < lead.len() && lexicon::is_title_word(&self.fw(&lead[i + 1])))
        });
        let whole = p.range.start == from && p.range.end == to;
        (titled && words && whole && self.people_in(lead[0].start, from).next().is_none())
            .then_some(p)
    }

    /// Nothing, an apposition between commas ("Okoro, 81,") or a parenthesis ("(D-Ohio)"):
    /// what may stand between a speaker's name and the verb.
    fn aside(&self, rest: &[Token]) -> bool {
        let text = |t: &Token| t.text(self.text);
        // "(R-Ohio), an oversight panel member,": a parenthesis, then an apposition.
        if rest.first().is_some_and(|t| text(t) == "(") {
            if let Some(c) = rest.iter().position(|t| text(t) == ")") {
                if c + 1 < rest.len() && text(&rest[c + 1]) == "," {
                    return self.aside(&rest[c + 1..]);
                }
            }
        }
        rest.is_empty()
            || rest.len() >= 2
                && rest.len() <= MAX_APPOSITION
                && (rest.iter().take(3).any(|t| text(t) == ",")
                    && rest.last().is_some_and(|t| text(t) == ",")
                    || text(&rest[0]) == "(" && rest.last().is_some_and(|t| text(t) == ")")
                    || self.of_institution(rest))
    }

    /// A person named right before "(,) of the Institution(,)" that ends at `f[e-1]`.
    fn person_of_institution(&self, f: &[Token], e: usize) -> Option<Found> {
        let mut end = e;
        while end > 0 && f[end - 1].text(self.text) == "," {
            end -= 1;
        }
        let lo = end.saturating_sub(MAX_GROUP_TOKENS);
        let of = (lo..end).rev().find(|&j| self.is(&f[j], "of"))?;
        if !self.of_institution(&f[of..end]) {
            return None;
        }
        let before = if of > 0 && f[of - 1].text(self.text) == "," {
            of - 1
        } else {
            of
        };
        let at = f.get(before.checked_sub(1)?)?.end;
        let p = self
            .people_in(at.saturating_sub(120), at)
            .filter(|&i| self.people[i].range.end <= at && self.people[i].range.end + 1 >= at)
            .last()?;
        Some((person_speaker(&self.people[p]), Pattern::Intro))
    }

    /// "of the Sierra Club" after a name: where the speaker is from.
    fn of_institution(&self, rest: &[Token]) -> bool {
        self.is(&rest[0], "of")
            && rest.len() <= MAX_GROUP_TOKENS
            && rest[1..].iter().all(|t| {
                let raw = t.text(self.text);
                is_word(t) && (capitalised(raw) || matches!(raw, "the" | "of" | "for" | "and"))
            })
            && rest.last().is_some_and(|t| capitalised(t.text(self.text)))
    }

    /// A title of address that always precedes a person's name: "Mr.", "Sen.", "Dr.".
    fn honorific(&self, t: &Token) -> bool {
        let raw = t.text(self.text);
        // The token's classes are those of its folded text, [`class::POSSESSIVE`] when it
        // had an ending: the lexicon is not asked again.
        is_word(t) && capitalised(raw) && {
            let c = t.word_class(self.text);
            c & class::POSSESSIVE == 0
                && (c & class::HONORIFIC != 0 || is_address_title(raw, || self.fw(t)))
        }
    }

    /// The name after an honorific at `f[k]` ("Mr. Morgan", "Sen. Ana Ruiz"), as a
    /// person known by surname, and the index after it.
    fn honorific_name(&self, f: &[Token], k: usize) -> Option<(Speaker, usize)> {
        let mut i = k + 1;
        if f.get(i).is_some_and(|t| t.text(self.text) == ".") {
            i += 1;
        }
        let start = i;
        while i < f.len() && i - start < 3 && is_word(&f[i]) && capitalised(f[i].text(self.text)) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let given = (i - start >= 2).then(|| f[start].text(self.text).to_string());
        let surname = f[i - 1].text(self.text).to_string();
        let name = self.text[f[start].start..f[i - 1].end].to_string();
        Some((
            Speaker::Person {
                name,
                surname,
                given,
            },
            i,
        ))
    }

    /// The tokens `f[..e]` less the fillers and adverbs right before `e`.
    fn skip_fillers(&self, f: &[Token], mut e: usize) -> usize {
        while e > 0 && is_word(&f[e - 1]) && {
            let w = self.fw(&f[e - 1]);
            lexicon::is_verb_filler(&w) || w.ends_with("ly") && w.len() > 4
        } {
            e -= 1;
        }
        e
    }

    /// The people whose mention opens `f[..e]`, after at most a few title words
    /// ("campaign spokesperson Dale Whitcombe").
    fn people_openings<'s>(&'s self, f: &'s [Token], e: usize) -> impl Iterator<Item = usize> + 's {
        let end = f.get(e.wrapping_sub(1)).map_or(0, |t| t.end);
        let from = f.first().map_or(0, |t| t.start);
        self.people_in(from, end).take(3).filter(move |&p| {
            let r = &self.people[p].range;
            let before = f.partition_point(|t| t.start < r.start);
            r.end <= end
                && before <= 5
                && f[..before].iter().enumerate().all(|(i, t)| {
                    let raw = t.text(self.text);
                    let title = |t: &Token| lexicon::is_title_word(&self.fw(t));
                    // "campaign spokesman": a word that qualifies the title after it.
                    is_word(t)
                        && (capitalised(raw)
                            || title(t)
                            || f.get(i + 1).is_some_and(|n| i + 1 < before && title(n)))
                        || matches!(raw, "." | "’" | "'" | ",")
                })
        })
    }

    /// The person named right after the verb `f[v]`, titles allowed in between.
    fn person_after_verb(&self, f: &[Token], v: usize) -> Option<Speaker> {
        let t = f.get(v + 1)?;
        let to = f.last()?.end.min(t.start + 60);
        let mut named = self.people_in(t.start, to).take(3).peekable();
        if named.peek().is_none() {
            // "said Sen. Ana Ruiz" with a name the article's people do not hold.
            let k = (v + 1..f.len().min(v + 5)).find(|&k| self.honorific(&f[k]))?;
            let (s, end) = self.honorific_name(f, k)?;
            let titles = f[v + 1..k].iter().all(|t| {
                is_word(t)
                    && (capitalised(t.text(self.text)) || lexicon::is_title_word(&self.fw(t)))
            });
            return (titles && !self.joint_after(f[end - 1].end)).then_some(s);
        }
        // Only titles between: "said Oscar producer Ana Ruiz", not "said about Ruiz"; of
        // names in a row ("said Harbour Police spokesman Ana Ruiz") the last.
        // "said Joseph’s brother Tony Ruiz": a possessive and the noun after it qualify.
        let titled = |p: &PersonMention| {
            let between = &f[v + 1..f.partition_point(|t| t.start < p.range.start)];
            between.iter().enumerate().all(|(i, t)| {
                let raw = t.text(self.text);
                let after_owner = i > 0 && is_possessive(between[i - 1].text(self.text));
                is_word(t)
                    && (capitalised(raw)
                        || lexicon::is_title_word(&t.folded(self.text))
                        || lexicon::is_role_head(&t.folded(self.text))
                        || after_owner
                        || raw == "the")
                    || raw == "."
            }) && self.text[t.start..p.range.start].split_whitespace().count() <= 6
        };
        let p = named
            .map(|i| &self.people[i])
            .take_while(|p| titled(p))
            .last()?;
        // The owner is not the speaker: "said Joseph’s brother".
        let owner = f
            .iter()
            .find(|t| t.start >= p.range.start && t.end >= p.range.end)
            .is_some_and(|t| is_possessive(t.text(self.text)));
        (!owner && !self.joint_after(p.range.end)).then(|| person_speaker(p))
    }

    /// `true` when "and" or "&" follows a name at `end`: "said Zadan and Meron" is two
    /// speakers, neither alone.
    fn joint_after(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start();
        rest.starts_with("and ") || rest.starts_with("& ")
    }

    /// `true` when "and" or "&" comes before a name at `start`: "Zadan and Meron added".
    fn joint_before(&self, start: usize) -> bool {
        let head = self.text[..start].trim_end();
        head.ends_with(" and") || head.ends_with(" &")
    }

    /// An institution named right after the verb: "wrote The Post", "said the Kremlin".
    fn group_after_verb(&self, f: &[Token], v: usize) -> Option<Speaker> {
        let mut s = v + 1;
        if f.get(s).is_some_and(|t| self.is(t, "the")) {
            s += 1;
        }
        let mut e = s;
        while e < f.len() && e - s < MAX_GROUP_TOKENS && is_word(&f[e]) {
            let raw = f[e].text(self.text);
            let inside = e > s
                && matches!(raw, "of" | "for")
                && f.get(e + 1).is_some_and(|t| capitalised(t.text(self.text)));
            if !capitalised(raw) && !inside {
                break;
            }
            e += 1;
        }
        (e > s && !self.joint_after(f[e - 1].end)).then(|| Speaker::Group {
            name: group_name(&self.text[f[s].start..f[e - 1].end]),
        })
    }

    /// The speaker of the words before a quote: `f` runs from the sentence's start (or the
    /// previous quote) to the opening mark.
    pub fn before(&self, f: &[Token]) -> Option<Found> {
        if let Some(v) = (0..f.len()).rev().find(|&i| self.verb_at(f, i)) {
            let found = self
                .subject_before(f, v)
                .or_else(|| self.person_after_verb(f, v).map(|s| (s, Pattern::Intro)))
                .or_else(|| self.participle_subject(f, v));
            if found.is_some() {
                return found;
            }
        }
        // A colon introduction: "X of the union repeated her warning: “…”".
        let last = f.iter().rev().find(|t| !is_quote_mark(t.text(self.text)))?;
        if last.text(self.text) != ":" {
            return None;
        }
        let k0 = f.iter().position(is_word)?;
        let f = &f[k0..];
        if is_pronoun_he_she(&self.fw(&f[0])) {
            return self.pronoun(&f[0]).map(|(s, _)| (s, Pattern::Colon));
        }
        let p = self.people_openings(f, f.len()).next()?;
        let p = &self.people[p];
        (!self.joint_after(p.range.end) && !self.joint_before(p.range.start))
            .then(|| (person_speaker(p), Pattern::Colon))
    }

    /// "X noted that …, emphasizing that “…”": a participle's subject is the one person
    /// the sentence names before it.
    fn participle_subject(&self, f: &[Token], v: usize) -> Option<Found> {
        if !self.fw(&f[v]).ends_with("ing") {
            return None;
        }
        let mut named = self.people_in(f.first()?.start, f[v].start);
        let p = named.next()?;
        named
            .next()
            .is_none()
            .then(|| (person_speaker(&self.people[p]), Pattern::Intro))
    }

    /// The subject that ends right before the verb `f[v]`: a pronoun, a person (or a
    /// person with an apposition), an office ("X’s office"), an institution.
    fn subject_before(&self, f: &[Token], v: usize) -> Option<Found> {
        let e = self.skip_fillers(f, v);
        let last = f.get(e.checked_sub(1)?)?;
        let lw = self.fw(last);
        if is_pronoun_he_she(&lw) {
            return self.pronoun(last);
        }
        if lexicon::is_document_noun(&lw) || lexicon::is_pronoun(&lw) || not_speaker(&lw) {
            return None;
        }
        // "X, 81, said" / "X, a Democrat from Ohio, said"
        let end = if lw == "," {
            let open = f[..e - 1]
                .iter()
                .rposition(|t| t.text(self.text) == ",")
                .filter(|&o| e - 1 - o <= MAX_APPOSITION)?;
            f.get(open.checked_sub(1)?)?.end
        } else {
            last.end
        };
        let from = end.saturating_sub(120).max(f[0].start);
        if let Some(p) = self
            .people_in(from, end)
            .filter(|&i| self.people[i].range.end <= end && self.people[i].range.end + 4 >= end)
            .last()
        {
            if self.joint_before(self.people[p].range.start) && lw != "," {
                return None;
            }
            return Some((person_speaker(&self.people[p]), Pattern::Intro));
        }
        if lw == "," {
            return None;
        }
        // "Commander Ana Ruiz, of the City Police Department, said"
        if let Some(found) = self.person_of_institution(f, e) {
            return Some(found);
        }
        // "Mr. Morgan said “…”"
        if let Some(k) = (e.saturating_sub(4)..e).find(|&k| self.honorific(&f[k])) {
            if let Some((s, end)) = self.honorific_name(f, k) {
                if end == e && !self.joint_before(f[k].start) {
                    return Some((s, Pattern::Intro));
                }
            }
        }
        let (g, start) = self.group_before(f, e)?;
        (!self.joint_before(f[start].start)).then_some((g, Pattern::Group))
    }

    /// An institution or office ending at `f[e-1]`, and where it starts.
    fn group_before(&self, f: &[Token], e: usize) -> Option<(Speaker, usize)> {
        let lw = self.fw(f.get(e.checked_sub(1)?)?);
        if lexicon::is_document_noun(&lw) {
            return None;
        }
        // "X’s office said"
        if lexicon::is_proxy_noun(&lw) && e >= 2 {
            let owner = &f[e - 2];
            if is_possessive(owner.text(self.text)) {
                let from = owner.start.saturating_sub(120);
                let name = match self
                    .people_in(from, owner.end)
                    .filter(|&i| {
                        let p = &self.people[i];
                        p.range.start <= owner.start && owner.start < p.range.end + 4
                    })
                    .last()
                {
                    Some(i) => self.people[i].full_name(),
                    None => strip_possessive(owner.text(self.text)).to_string(),
                };
                let start = f[..e - 1]
                    .iter()
                    .rposition(|t| !capitalised(t.text(self.text)) || !is_word(t))
                    .map_or(0, |i| i + 1);
                return Some((
                    Speaker::Group {
                        name: format!("{name}’s {lw}"),
                    },
                    start,
                ));
            }
        }
        self.capitalised_run(f, e)
    }

    /// A capitalised run, with "of"/"in"/"the" inside, ending at `f[e-1]`: "the US Embassy
    /// in Kyiv", "Kremlin officials".
    fn capitalised_run(&self, f: &[Token], e: usize) -> Option<(Speaker, usize)> {
        let mut s = e;
        let mut saw_cap = false;
        while s > 0 && e - s < MAX_GROUP_TOKENS {
            let t = &f[s - 1];
            if !is_word(t) {
                break;
            }
            let raw = t.text(self.text);
            let w = t.folded(self.text);
            if not_speaker(&w) || is_pronoun_he_she(&w) {
                break;
            }
            if capitalised(raw) && !matches!(w.as_str(), "the" | "a" | "an") {
                saw_cap = true;
                s -= 1;
            } else if saw_cap
                && matches!(w.as_str(), "of" | "in" | "for" | "the" | "on")
                && s >= 2
                && is_word(&f[s - 2])
            {
                s -= 1;
            } else if !saw_cap && s == e && (lexicon::is_role_head(&w) || lexicon::is_org_word(&w))
            {
                // "Kremlin officials said": a group noun after a capitalised name. A bare
                // "the office said" names nobody.
                s -= 1;
            } else {
                break;
            }
        }
        if !saw_cap {
            return None;
        }
        while s < e && is_word(&f[s]) && !capitalised(f[s].text(self.text)) {
            s += 1;
        }
        if s >= e {
            return None;
        }
        Some((
            Speaker::Group {
                name: group_name(&self.text[f[s].start..f[e - 1].end]),
            },
            s,
        ))
    }

    /// "according to X" in `f`: the person or institution after it.
    pub fn according(&self, f: &[Token]) -> Option<Found> {
        let k = f.windows(2).position(|w| {
            w[0].text(self.text).eq_ignore_ascii_case("according")
                && w[1].text(self.text).eq_ignore_ascii_case("to")
        })?;
        let n = f.get(k + 2)?;
        let to = f.last()?.end.min(n.start + 60);
        if let Some(p) = self.people_in(n.start, to).next() {
            let p = &self.people[p];
            let between = &self.text[n.start..p.range.start];
            if between.split_whitespace().count() <= 5 && !between.contains(',') {
                return Some((person_speaker(p), Pattern::According));
            }
        }
        if is_pronoun_he_she(&self.fw(n)) {
            return self.pronoun(n).map(|(s, _)| (s, Pattern::According));
        }
        self.group_after_verb(f, k + 1)
            .map(|s| (s, Pattern::According))
    }

    /// The sentence's subject: a pronoun opening the sentence, or the first person named
    /// before the quote.
    pub fn subject(&self, st: &SentenceTokens, q: &Range<usize>) -> Option<Found> {
        let first = st.tokens.iter().find(|t| is_word(t))?;
        if first.start >= q.start {
            return None;
        }
        let fw = self.fw(first);
        if is_pronoun_he_she(&fw) {
            return self.pronoun(first).map(|(s, _)| (s, Pattern::Subject));
        }
        if lexicon::is_pronoun(&fw) || matches!(fw.as_str(), "we" | "it" | "i") {
            return None;
        }
        let p = self.people_in(st.range.start, q.start).next()?;
        let p = &self.people[p];
        (p.range.end <= q.start).then(|| (person_speaker(p), Pattern::Subject))
    }

    /// `true` when a person other than `speaker` is named outside quotes in `from..to`.
    pub fn other_person_in(&self, from: usize, to: usize, speaker: &Speaker) -> bool {
        self.people_in(from, to).any(|i| match speaker {
            Speaker::Person { surname, .. } => {
                Folded::new(&self.people[i].surname).as_str() != Folded::new(surname).as_str()
            }
            Speaker::Group { .. } => true,
        })
    }
}

/// Most tokens of a title before a name between commas: "the White House press secretary,".
const MAX_TITLE_LEAD: usize = 8;

/// Abbreviated titles of address that stand before a name: "Sen. Ruiz", "Rep. Hale".
const ADDRESS_TITLES: &[&str] = &[
    "sen", "rep", "gov", "gen", "lt", "sgt", "capt", "col", "det", "insp", "supt",
];

/// `true` when `raw` folds to one of [`ADDRESS_TITLES`]: an ASCII word is lowered on the
/// stack, any other folded by `fw`.
fn is_address_title<'a>(raw: &str, fw: impl FnOnce() -> FoldedWord<'a>) -> bool {
    if !raw.is_ascii() {
        return ADDRESS_TITLES.contains(&fw().as_str());
    }
    let b = raw.as_bytes();
    if !(2..=4).contains(&b.len()) {
        return false;
    }
    let mut buf = [0u8; 4];
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    ADDRESS_TITLES
        .iter()
        .any(|a| a.as_bytes() == &buf[..b.len()])
}

/// Verbs that name the words after them rather than attribute the quote before them.
fn naming(w: &str) -> bool {
    matches!(
        w,
        "called" | "calls" | "calling" | "described" | "describes" | "describing"
    )
}

/// Possessives that open a phrase of kin or role before a name: "His uncle, Tom Hale".
fn owner(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "our" | "my")
}

/// How many people back a surname alone may find its person.
const MAX_SURNAME_BACK: usize = 40;

/// Prepositions that open a phrase of place or time before a sentence's subject.
fn opening_preposition(w: &str) -> bool {
    matches!(
        w,
        "at" | "in"
            | "on"
            | "after"
            | "before"
            | "during"
            | "from"
            | "outside"
            | "inside"
            | "near"
            | "with"
            | "by"
            | "across"
            | "earlier"
            | "later"
    )
}

/// Words that may come before a sentence's subject: "But the former minister Ana Ruiz".
fn subject_lead(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "but" | "and" | "former" | "meanwhile" | "then" | "later" | "still"
    )
}

/// Pronouns that never name a speaker found elsewhere: the writer, the reader, a thing.
fn not_speaker(w: &str) -> bool {
    matches!(
        w,
        "i" | "we" | "you" | "it" | "they" | "one" | "who" | "which"
    )
}

fn is_pronoun_he_she(w: &str) -> bool {
    matches!(w, "he" | "she")
}

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "“" | "”" | "\"" | "«" | "»" | "„" | "‘" | "’")
}
