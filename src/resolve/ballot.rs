//! An article's votes, listed once and applied three ways: added to the index, taken out
//! of it, or read again to fill the examples it must now give (see [`super::forget`]).

use super::claims::{indexed, ClaimShape};
use super::filed::{self, Filed, FiledPerson};
use super::forget::Taken;
use super::{
    group, keyed_role, person_keys, Candidate, Counts, GivenAgg, Index, KeySet, Keyed, KeyedRole,
    Votes, WordAgg,
};
use crate::extract::{Analysis, PersonMention, WordUse};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;

/// Which tally of the index one vote is in.
pub(super) enum Slot<'a> {
    All,
    Given(&'a str),
    Surname(&'a str),
    Full(&'a str),
    Role(String),
    Caps(&'a str),
    Lower(&'a str),
    Claim(String, ClaimShape),
}

impl Slot<'_> {
    /// `true` for a tally read for its counts only, which keeps no examples: a word's
    /// lower-case uses (`name-case` compares how often a word is written each way).
    fn counted_only(&self) -> bool {
        matches!(self, Slot::Lower(_))
    }
}

/// One vote: its tally, the person it is about (an index of [`Ballot::persons`]), how
/// many mentions it counts and its first mention's clean range (made a span only when a
/// vote keeps it as an example).
pub(super) struct Vote<'a> {
    pub(super) person: usize,
    pub(super) slot: Slot<'a>,
    pub(super) mentions: u32,
    pub(super) first: Range<usize>,
}

/// A person of the article: surname key, given key and the roles its titles parse to,
/// by key.
pub(super) type Person = (String, String, BTreeMap<String, Rc<KeyedRole>>);

/// Every vote an article casts.
pub(super) struct Ballot<'a> {
    pub(super) persons: Vec<Person>,
    pub(super) votes: Vec<Vote<'a>>,
    /// The article gives a toll and says the attacker died, when known (a filing says;
    /// for an analysis it is read when filing, see [`super::dates::says_attacker_died`]).
    pub(super) died: Option<bool>,
    /// What the text tells of when it was written, when a filing says (else it is read
    /// from the text when filing).
    pub(super) when: Option<super::dates::When>,
}

impl<'a> Ballot<'a> {
    pub(super) fn of(a: &'a Analysis, words: &'a [WordUse]) -> Ballot<'a> {
        let mut b = Ballot {
            persons: Vec::new(),
            votes: Vec::new(),
            died: None,
            when: None,
        };
        b.people(a);
        b.words(words);
        b.claims(a);
        b
    }

    fn push(&mut self, person: usize, slot: Slot<'a>, (mentions, first): (u32, Range<usize>)) {
        self.votes.push(Vote {
            person,
            slot,
            mentions,
            first,
        });
    }

    fn people(&mut self, a: &'a Analysis) {
        let mut per: BTreeMap<(String, String), Vec<&PersonMention>> = BTreeMap::new();
        for p in &a.people {
            per.entry(person_keys(p)).or_default().push(p);
        }
        for ((sk, gk), ms) in per {
            let i = self.persons.len();
            self.push(i, Slot::All, (ms.len() as u32, ms[0].range.clone()));
            let full: Vec<&&PersonMention> = ms.iter().filter(|m| !m.surname_only).collect();
            let givens = full
                .iter()
                .map(|m| (m.given.as_deref().unwrap_or(""), m.range.clone()));
            for (k, v) in group(givens) {
                if !k.is_empty() {
                    self.push(i, Slot::Given(k), v);
                }
            }
            let surnames = ms.iter().map(|m| {
                let s = crate::normalize::strip_possessive(&m.surname);
                (s, m.range.clone())
            });
            for (k, v) in group(surnames) {
                self.push(i, Slot::Surname(k), v);
            }
            for (k, v) in group(full.iter().map(|m| (m.name.as_str(), m.range.clone()))) {
                self.push(i, Slot::Full(k), v);
            }
            let mut parsed = BTreeMap::new();
            let roles = ms.iter().filter_map(|m| {
                let r = keyed_role(m)?;
                let k = r.key.clone();
                parsed.insert(k.clone(), r);
                Some((k, m.span_with_title()))
            });
            for (k, v) in group(roles) {
                self.push(i, Slot::Role(k), v);
            }
            self.persons.push((sk, gk, parsed));
        }
    }

    /// The words' votes, grouped by a hash of the key (an article has hundreds of
    /// distinct words; the order votes are filed in does not matter).
    fn words(&mut self, words: &'a [WordUse]) {
        let mut caps: FxHashMap<&str, (u32, Range<usize>)> = FxHashMap::default();
        let mut lows: FxHashMap<&str, (u32, Range<usize>)> = FxHashMap::default();
        for w in words {
            let m = if !w.capitalised {
                &mut lows
            } else if w.alone && !w.sentence_start {
                &mut caps
            } else {
                continue;
            };
            let e = m.entry(w.key.as_str()).or_insert((0, w.range.clone()));
            e.0 += 1;
            if w.range.start < e.1.start {
                e.1 = w.range.clone();
            }
        }
        self.votes.reserve(caps.len() + lows.len());
        for (k, v) in caps {
            self.push(usize::MAX, Slot::Caps(k), v);
        }
        for (k, v) in lows {
            self.push(usize::MAX, Slot::Lower(k), v);
        }
    }

    /// The words' votes of a filing (see [`filed::FiledWord`]), their keys folded when
    /// it was checked.
    fn filed_words(&mut self, words: &'a [filed::FiledWord]) {
        self.votes.reserve(words.len());
        for w in words {
            let slot = if w.capitalised {
                Slot::Caps(w.key.as_str())
            } else {
                Slot::Lower(w.key.as_str())
            };
            self.push(usize::MAX, slot, (w.n, w.first.clone()));
        }
    }

    fn claims(&mut self, a: &Analysis) {
        // The first span is the first claim listed, not the first in the text.
        let mut per: BTreeMap<(String, ClaimShape), (u32, std::ops::Range<usize>)> =
            BTreeMap::new();
        for (q, key) in indexed(&a.quantities) {
            let e = per
                .entry((key, ClaimShape::of(q)))
                .or_insert((0, q.range.clone()));
            e.0 += 1;
        }
        for ((key, shape), (n, r)) in per {
            self.push(usize::MAX, Slot::Claim(key, shape), (n, r));
        }
    }
}

/// The votes of an article's filing in an index file (see [`super::filed`]), checked
/// against its text: made once per article, so checking the record and filing it read
/// it once.
pub struct FiledBallot<'a>(Ballot<'a>);

impl<'a> FiledBallot<'a> {
    /// The ballot of a filing with the article's clean text and word uses (read from the
    /// text when the filing has no words: of a version 6 or 5 index file; else unread);
    /// an error saying what does not fit when the record is not one a ballot can cast.
    pub fn check(
        f: &'a Filed,
        clean: &'a str,
        words: &'a [WordUse],
    ) -> Result<FiledBallot<'a>, String> {
        Ballot::of_filed(f, clean, words).map(FiledBallot)
    }
}

/// The slot of a person's form (given, surname or full name).
type FormSlot<'a> = fn(&'a str) -> Slot<'a>;

impl<'a> Ballot<'a> {
    /// The ballot of an article filed in an index file, with its word uses: the votes
    /// [`Ballot::of`] casts for its analysis, in the same order.
    pub(super) fn of_filed(
        f: &'a Filed,
        clean: &'a str,
        words: &'a [WordUse],
    ) -> Result<Ballot<'a>, String> {
        let mut b = Ballot {
            persons: Vec::with_capacity(f.p.len()),
            votes: Vec::new(),
            died: Some(f.died),
            when: f.when.clone(),
        };
        let mut last: Option<(String, String)> = None;
        for p in &f.p {
            let k = p.keys(clean)?;
            if last.as_ref().is_some_and(|l| *l >= k) {
                return Err("people out of order or given twice".into());
            }
            b.filed_person(p, k.clone(), clean)?;
            last = Some(k);
        }
        match &f.w {
            Some(w) => b.filed_words(w),
            None => b.words(words),
        }
        let mut prev: Option<(&str, ClaimShape)> = None;
        for c in &f.c {
            let shape = filed::claim_shape(c)?;
            let here = (c.0.as_str(), shape);
            if prev.as_ref().is_some_and(|p| *p >= here) {
                return Err("claims out of order or given twice".into());
            }
            let first = filed::range(clean, c.2, c.3)?;
            let n = filed::mentions(c.1, clean)?;
            b.push(
                usize::MAX,
                Slot::Claim(c.0.clone(), here.1.clone()),
                (n, first),
            );
            prev = Some(here);
        }
        Ok(b)
    }

    /// The votes of one filed person, checked.
    fn filed_person(
        &mut self,
        p: &'a FiledPerson,
        (sk, gk): (String, String),
        clean: &'a str,
    ) -> Result<(), String> {
        let i = self.persons.len();
        let all = p.a;
        let first = filed::range(clean, all.1, all.2)?;
        self.push(i, Slot::All, (filed::mentions(all.0, clean)?, first));
        let forms: [(&Vec<filed::Form>, FormSlot<'a>); 3] = [
            (&p.g, Slot::Given),
            (&p.s, Slot::Surname),
            (&p.f, Slot::Full),
        ];
        for (list, slot) in forms {
            let mut prev: Option<&str> = None;
            for form in list {
                let (k, n, r) = form.read(all, clean)?;
                if prev.is_some_and(|p| p >= k) || k.is_empty() {
                    return Err("forms empty, out of order or given twice".into());
                }
                prev = Some(k);
                self.push(i, slot(k), (n, r));
            }
        }
        let mut parsed: BTreeMap<String, Rc<KeyedRole>> = BTreeMap::new();
        for role in &p.r {
            let (t, n, r) = role.title.read(all, clean)?;
            let keyed = super::keyed_title(t, role.appositive)
                .ok_or_else(|| "a title that is no role".to_string())?;
            if parsed
                .last_key_value()
                .is_some_and(|(k, _)| *k >= keyed.key)
            {
                return Err("roles out of order or given twice".into());
            }
            self.push(i, Slot::Role(keyed.key.clone()), (n, r));
            parsed.insert(keyed.key.clone(), keyed);
        }
        self.persons.push((sk, gk, parsed));
        Ok(())
    }
}

/// The entry of a map, created when asked and new.
fn at<'m, V: Default>(m: &'m mut Keyed<V>, k: &str, create: bool) -> Option<&'m mut V> {
    if create {
        return Some(m.entry_or(k, V::default));
    }
    m.get_mut(k)
}

/// [`at`] for a tally.
fn tally<'m>(t: &'m mut super::Tally, k: &str, create: bool) -> Option<&'m mut Votes> {
    if create {
        return Some(t.entry(k));
    }
    t.get_mut(k)
}

/// [`at`] for a hash map.
fn hat<'m, K, V: Default, S: std::hash::BuildHasher>(
    m: &'m mut HashMap<K, V, S>,
    k: &str,
    create: bool,
) -> Option<&'m mut V>
where
    K: std::borrow::Borrow<str> + std::hash::Hash + Eq + for<'k> From<&'k str>,
{
    if create && !m.contains_key(k) {
        m.insert(K::from(k), V::default());
    }
    m.get_mut(k)
}

/// The parts of the index a vote is filed in.
struct Tallies<'i> {
    people: &'i mut rustc_hash::FxHashMap<String, Keyed<Box<GivenAgg>>>,
    words: &'i mut rustc_hash::FxHashMap<Box<str>, Box<WordAgg>>,
    claims: &'i mut HashMap<String, super::claims::Shapes>,
}

impl Tallies<'_> {
    /// The counts a vote read for its counts only is filed in (see [`Slot::counted_only`]);
    /// `None` when it is not there and not to be created, or not such a vote.
    fn counts(&mut self, v: &Vote, create: bool) -> Option<&mut Counts> {
        match &v.slot {
            Slot::Lower(k) => hat(self.words, k, create).map(|w| &mut w.lower),
            _ => None,
        }
    }

    /// The votes a vote is filed in; `None` when it is not there and not to be created,
    /// or it is filed in [`Tallies::counts`].
    fn votes(&mut self, persons: &[Person], v: &Vote, create: bool) -> Option<&mut Votes> {
        match &v.slot {
            Slot::Caps(k) => hat(self.words, k, create).map(|w| &mut w.capitalised),
            Slot::Lower(_) => None,
            Slot::Claim(k, shape) => {
                let m = hat(self.claims, k, create)?;
                if create {
                    return Some(m.entry(shape));
                }
                m.get_mut(shape)
            }
            slot => {
                let (sk, gk, _) = persons.get(v.person)?;
                let g = at(hat(self.people, sk, create)?, gk, create)?;
                match slot {
                    Slot::All => Some(&mut g.all),
                    Slot::Given(k) => tally(&mut g.given_written, k, create),
                    Slot::Surname(k) => tally(&mut g.surname_written, k, create),
                    Slot::Full(k) => tally(&mut g.full_written, k, create),
                    Slot::Role(k) => tally(&mut g.roles, k, create),
                    _ => None,
                }
            }
        }
    }
}

/// What taking an article out of the index left to do.
#[derive(Debug, Default)]
pub struct Forgotten {
    /// Articles to read again, with how many examples each must fill (see [`Index::fill`]).
    pub holes: BTreeMap<String, usize>,
    /// `false` when the article read again did not cast the votes it had cast when added
    /// (an index file written by another version): the index must be rebuilt.
    pub consistent: bool,
}

impl Index {
    fn tallies(&mut self) -> Tallies<'_> {
        Tallies {
            people: &mut self.people,
            words: &mut self.words,
            claims: &mut self.claims.by_key,
        }
    }

    /// Adds an analysed article and its word uses (`a.words`, or recomputed for an
    /// article that no longer has them). `base` is false for the article being checked.
    pub fn add(&mut self, a: &Analysis, words: &[WordUse], base: bool) {
        self.cast(a, Ballot::of(a, words), base);
    }

    /// Adds a corpus article from its filing in an index file, checked
    /// ([`FiledBallot::check`]): `a` has its quotes, dates and changes.
    pub fn add_filed(&mut self, a: &Analysis, b: FiledBallot) {
        self.cast(a, b.0, true);
    }

    /// Files an article's ballot, quotes and dates.
    fn cast(&mut self, a: &Analysis, b: Ballot, base: bool) {
        let Ballot {
            persons,
            votes,
            died,
            when,
        } = b;
        let no = base.then(|| self.docs.register(&a.doc));
        // A corpus article's text is the table's; the article checked has its own.
        let source = match no.and_then(|n| self.docs.source(n)) {
            Some(s) => s.clone(),
            None => super::Source::of(&a.doc),
        };
        for v in votes {
            let mut t = Tallies {
                people: &mut self.people,
                words: &mut self.words,
                claims: &mut self.claims.by_key,
            };
            if v.slot.counted_only() {
                if let Some(c) = t.counts(&v, true) {
                    c.add(v.mentions, no, &mut self.docs);
                }
                continue;
            }
            let Some(x) = t.votes(&persons, &v, true) else {
                continue;
            };
            let first = Candidate::new(&a.doc, &source, v.first);
            match no {
                Some(n) => x.add_filed(v.mentions, &first, n, &mut self.docs),
                None => x.add_doc(v.mentions, &first, false),
            }
        }
        self.link_people(&persons);
        self.quotes.add(a, &source, base);
        if base {
            let died = died.unwrap_or_else(|| super::dates::says_attacker_died(a));
            self.dates.add(a, &source, died, when);
        }
    }

    /// Files people's roles and spellings for the lookups by role and near spelling.
    fn link_people(&mut self, persons: &[Person]) {
        for (sk, gk, parsed) in persons {
            let Some(agg) = self.people.get_mut(sk).and_then(|m| m.get_mut(gk)) else {
                continue;
            };
            // A role already in `role_of` is filed under its key and base (a function of
            // its key) for this given name: `unlink_person` keeps the two in step.
            for (k, r) in parsed {
                if agg.role_of.contains_key(k) {
                    continue;
                }
                if !gk.is_empty() {
                    for key in [k, &r.base_key] {
                        let by_given = self.by_role.entry(key.clone()).or_default();
                        by_given.entry_or(gk, KeySet::default).insert(sk);
                    }
                }
                agg.role_of.insert_new(k, || r.role.clone());
            }
            // A surname key is filed with its deletions when it first comes, and
            // `unlink_person` unfiles it when the key goes.
            self.near.file(sk);
        }
    }

    /// Takes a corpus article out, given as read again: its votes, quotes and, when no
    /// other article has them, its people, words and claims.
    pub fn remove(&mut self, a: &Analysis, words: &[WordUse]) -> Forgotten {
        let Ballot { persons, votes, .. } = Ballot::of(a, words);
        let id = a.doc.id.as_str();
        let mut out = Forgotten::default();
        let (mut taken, mut mentions, mut absent) = (0u64, 0u64, false);
        for v in &votes {
            let mut t = Tallies {
                people: &mut self.people,
                words: &mut self.words,
                claims: &mut self.claims.by_key,
            };
            let took = match v.slot.counted_only() {
                true => t.counts(v, false).map(|c| c.take(v.mentions)),
                false => t
                    .votes(&persons, v, false)
                    .map(|x| x.take(v.mentions, id, &self.docs)),
            };
            match took.unwrap_or(Taken::Absent) {
                Taken::Absent => absent = true,
                Taken::Done => {}
                Taken::Hole(n) => *out.holes.entry(self.docs.id(n).to_string()).or_default() += 1,
            }
            taken += 1;
            mentions += u64::from(v.mentions);
        }
        self.prune(&persons, &votes);
        self.quotes.remove(id);
        self.dates.remove(a);
        out.consistent = !absent && self.docs.release(id) == (taken, mentions);
        out
    }

    /// Fills the examples a corpus article must now give after another left; returns how
    /// many it filled.
    pub fn fill(&mut self, a: &Analysis, words: &[WordUse]) -> usize {
        let Ballot { persons, votes, .. } = Ballot::of(a, words);
        let docs = &self.docs;
        let Some(source) = docs.no(&a.doc.id).and_then(|n| docs.source(n)).cloned() else {
            return 0;
        };
        let mut t = self.tallies();
        votes
            .iter()
            .filter(|v| {
                let first = Candidate::new(&a.doc, &source, v.first.clone());
                t.votes(&persons, v, false).is_some_and(|x| x.fill(&first))
            })
            .count()
    }
}

/// Drops the entry of `k` when no article votes for it any more.
fn drop_empty<V>(m: &mut Keyed<V>, k: &str, empty: impl Fn(&V) -> bool) {
    if m.get(k).is_some_and(empty) {
        m.remove(k);
    }
}

impl Index {
    /// After an article left: drops what no article has any more.
    fn prune(&mut self, persons: &[Person], votes: &[Vote]) {
        for v in votes {
            match &v.slot {
                Slot::Caps(k) | Slot::Lower(k) => {
                    let gone = self
                        .words
                        .get(*k)
                        .is_some_and(|w| w.capitalised.docs == 0 && w.lower.docs == 0);
                    if gone {
                        self.words.remove(*k);
                    }
                }
                Slot::Claim(k, shape) => {
                    let Some(m) = self.claims.by_key.get_mut(k) else {
                        continue;
                    };
                    if m.get(shape).is_some_and(|x| x.docs == 0) {
                        m.remove(shape);
                    }
                    if m.is_empty() {
                        self.claims.by_key.remove(k);
                    }
                }
                slot => {
                    let Some((sk, gk, _)) = persons.get(v.person) else {
                        continue;
                    };
                    let Some(g) = self.people.get_mut(sk).and_then(|m| m.get_mut(gk)) else {
                        continue;
                    };
                    let (tally, k) = match slot {
                        Slot::Given(k) => (&mut g.given_written, *k),
                        Slot::Surname(k) => (&mut g.surname_written, *k),
                        Slot::Full(k) => (&mut g.full_written, *k),
                        Slot::Role(k) => (&mut g.roles, k.as_str()),
                        _ => continue,
                    };
                    if tally.get(k).is_some_and(|x| x.docs == 0) {
                        tally.remove(k);
                    }
                }
            }
        }
        for p in persons {
            self.unlink_person(p);
        }
    }

    /// Drops a person's roles, and the person, that no article has any more.
    fn unlink_person(&mut self, (sk, gk, parsed): &Person) {
        let Some(by_given) = self.people.get_mut(sk) else {
            return;
        };
        let Some(g) = by_given.get_mut(gk) else {
            return;
        };
        let mut unfiled = BTreeSet::new();
        for (k, r) in parsed.iter().filter(|(k, _)| !g.roles.contains_key(k)) {
            g.role_of.remove(k);
            unfiled.extend([k.clone(), r.base_key.clone()]);
        }
        // A key stays filed while a role the person still has is filed under it, as its
        // own key or as its base ("minister" for "minister {org}").
        let kept: BTreeSet<String> = g
            .role_of
            .iter()
            .flat_map(|(k, r)| [k.clone(), r.base_key()])
            .collect();
        for k in unfiled.difference(&kept) {
            let Some(m) = self.by_role.get_mut(k) else {
                continue;
            };
            if let Some(s) = m.get_mut(gk) {
                s.remove(sk);
            }
            drop_empty(m, gk, |s| s.is_empty());
            if m.is_empty() {
                self.by_role.remove(k);
            }
        }
        drop_empty(by_given, gk, |g| g.all.docs == 0);
        if !by_given.is_empty() {
            return;
        }
        self.people.remove(sk);
        self.near.unfile(sk);
    }
}
