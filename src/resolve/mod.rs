//! Resolve stage: the same person, word or claim across articles.
//!
//! The [`Index`] aggregates every analysed article by key (a surname's transliteration
//! key, a word, a claim key, a quote shingle) into vote counts with a few example spans.
//! A check looks up only the keys that occur in the article being checked, so its cost
//! does not grow with the size of the corpus. Votes count articles as well as mentions,
//! and the examples kept are the smallest by (article id, offset), so nothing depends on
//! the order articles were added in.

mod ballot;
pub mod claims;
pub mod dates;
pub mod example;
pub mod filed;
pub mod forget;
pub mod house;
pub mod names;
pub mod near;
mod promote;
pub mod quotes;
mod room;
pub mod shingles;
pub mod tally;
pub mod titles;
pub mod updates;
pub mod written;

use crate::extract::Analysis;
use crate::finding::Span;
use crate::normalize::{fold, translit_key};
pub use ballot::{FiledBallot, Forgotten};
pub use example::{Example, Source};
pub use house::HouseStyle;
use names::{deletions, given_compatible, given_key};
pub use promote::promote_known_surnames;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use titles::Role;

thread_local! {
    static OPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts units of work done reading the index (merged votes, visited candidates). Tests
/// use it to show that a check's work does not grow with the corpus.
pub fn count(n: usize) {
    OPS.with(|o| o.set(o.get().wrapping_add(n as u64)));
}

/// The work counted on this thread so far (see [`count`]).
pub fn ops() -> u64 {
    OPS.with(|o| o.get())
}

/// How many example spans a vote keeps.
pub const MAX_EXAMPLES: usize = 3;

/// Support for one form (a spelling, a title, a value) across the corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Votes {
    /// Articles that use it.
    pub docs: u32,
    /// Articles of the base corpus (not the article being checked) that use it.
    pub base_docs: u32,
    /// Mentions in all.
    pub mentions: u32,
    /// Where it is used: the first mention in each of the first articles by id. A boxed
    /// slice, eight bytes smaller than a `Vec`: most votes are never changed once filed.
    pub examples: Box<[Example]>,
    /// In the corpus index, the articles after those of the examples (see [`forget`]).
    more: forget::Postings,
}

impl Votes {
    fn add_doc(&mut self, mentions: u32, first: &Candidate, base: bool) {
        self.docs += 1;
        if base {
            self.base_docs += 1;
        }
        self.mentions += mentions;
        let at = self.examples.partition_point(|e| first.after(e));
        if at < MAX_EXAMPLES {
            self.keep(at, first.example());
        }
    }

    /// Keeps an example at `at` (before [`MAX_EXAMPLES`]), dropping the last when full,
    /// in a list never longer than it holds: a `Vec` grows to four examples at its first
    /// push, and most votes of a large vocabulary have one article.
    fn keep(&mut self, at: usize, e: Example) -> Option<Example> {
        self.edit(|x| {
            let out = (x.len() >= MAX_EXAMPLES).then(|| x.pop()).flatten();
            x.reserve_exact(1);
            x.insert(at, e);
            out
        })
    }

    /// Changes the examples as a list, boxed again with room for exactly what it holds.
    pub(crate) fn edit<R>(&mut self, f: impl FnOnce(&mut Vec<Example>) -> R) -> R {
        tally::edit(&mut self.examples, f)
    }

    /// Adds another tally's votes to this one.
    pub fn merge_from(&mut self, other: &Votes) {
        self.merge(other);
    }

    fn merge(&mut self, other: &Votes) {
        count(1 + other.examples.len());
        self.docs += other.docs;
        self.base_docs += other.base_docs;
        self.mentions += other.mentions;
        if other.examples.is_empty() {
            return;
        }
        self.edit(|x| {
            x.reserve_exact(other.examples.len().min(MAX_EXAMPLES));
            for e in other.examples.iter() {
                let at = x.partition_point(|x| x.place() < e.place());
                x.insert(at, e.clone());
            }
            x.truncate(MAX_EXAMPLES);
        });
    }

    /// Ordering for majority decisions: more articles, then more mentions, then more
    /// support in the base corpus.
    pub fn rank(&self) -> (u32, u32, u32) {
        (self.docs, self.mentions, self.base_docs)
    }

    /// Examples outside the given article, as report spans.
    pub fn examples_outside(&self, doc: &str) -> Vec<Span> {
        example::spans(self.examples.iter().filter(|e| e.doc() != doc))
    }
}

pub use tally::{KeySet, Keyed, Roles, Tally};

/// The most supported form of a tally; ties go to the lexicographically first form.
pub fn majority(t: &Tally) -> Option<(&String, &Votes)> {
    let mut best: Option<(&String, &Votes)> = None;
    for (k, v) in t {
        match best {
            Some((_, b)) if v.rank() <= b.rank() => {}
            _ => best = Some((k, v)),
        }
    }
    best
}

fn merge_tally(into: &mut Tally, from: &Tally) {
    for (k, v) in from {
        into.entry(k).merge(v);
    }
}

/// Everything known about one given name (or none) under one surname key.
#[derive(Debug, Clone, Default)]
pub struct GivenAgg {
    /// The given name as written ("Dan", "Daniel").
    pub given_written: Tally,
    /// The surname as written ("Zelenskyy", "Zelensky").
    pub surname_written: Tally,
    /// The full name as written ("Daniel P. Driscoll").
    pub full_written: Tally,
    /// Titles by role key, with the span of title and name.
    pub roles: Tally,
    /// Parsed roles by key.
    pub role_of: Roles,
    /// All mentions.
    pub all: Votes,
}

impl GivenAgg {
    fn merge(&mut self, o: &GivenAgg) {
        merge_tally(&mut self.given_written, &o.given_written);
        merge_tally(&mut self.surname_written, &o.surname_written);
        merge_tally(&mut self.full_written, &o.full_written);
        merge_tally(&mut self.roles, &o.roles);
        for (k, r) in o.role_of.iter() {
            self.role_of.insert_new(k, || r.clone());
        }
        self.all.merge(&o.all);
    }
}

/// One person as resolved at query time.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    /// The surname key the person is filed under.
    pub key: String,
    /// The given-name keys that are this person.
    pub givens: BTreeSet<String>,
    /// Everything known, merged.
    pub agg: GivenAgg,
}

impl Entity {
    /// The person's most used full name.
    pub fn display(&self) -> String {
        majority(&self.agg.full_written)
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| self.key.clone())
    }
}

/// What the index knows about one word's capitalisation.
#[derive(Debug, Clone, Default)]
pub struct WordAgg {
    /// Capitalised, alone, inside a sentence.
    pub capitalised: Votes,
    /// Written in lower case: counts only, no examples (nothing reads them).
    pub lower: Counts,
}

/// A tally read for its counts only: [`Votes`] without examples, a third of its size.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Articles that use it.
    pub docs: u32,
    /// Articles of the base corpus that use it.
    pub base_docs: u32,
    /// Mentions in all.
    pub mentions: u32,
}

impl Counts {
    fn merge(&mut self, other: &Counts) {
        count(1);
        self.docs += other.docs;
        self.base_docs += other.base_docs;
        self.mentions += other.mentions;
    }
}

/// The aggregated knowledge of a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// surname key → given key ("" for none) → aggregate.
    /// A person is boxed: a map's first entry allocates room for eleven, and most surname
    /// keys of a large vocabulary have one given name.
    pub people: rustc_hash::FxHashMap<String, Keyed<Box<GivenAgg>>>,
    /// one-deletion variant → surname keys, for near-miss spellings.
    pub near: near::Near,
    /// role key → given key → surname keys, for "same first name, same role".
    pub by_role: HashMap<String, Keyed<KeySet>>,
    /// folded word → capitalisation. Boxed: a table keeps room for about twice its words,
    /// and a word's votes are seven times a pointer; a key is a boxed `str`, eight bytes
    /// smaller than a `String`.
    pub words: rustc_hash::FxHashMap<Box<str>, Box<WordAgg>>,
    /// Claims and quotes, filled by their stages.
    pub claims: claims::ClaimIndex,
    pub quotes: quotes::QuoteIndex,
    /// Publication days and the days of events.
    pub dates: dates::DateIndex,
    /// The corpus articles' numbers in postings.
    docs: forget::DocTable,
}

impl Index {
    /// The id and text of a corpus article, as its examples share them (the corpus
    /// stores the same, not a copy).
    pub fn source(&self, id: &str) -> Option<&std::sync::Arc<Source>> {
        self.docs.source(self.docs.no(id)?)
    }
}

/// A clean range of an analysed article as a report span.
pub fn span(a: &Analysis, r: std::ops::Range<usize>) -> Span {
    a.doc.span(r)
}

/// Groups clean ranges by key, keeping a count and the first range per key. The example
/// of a range is made only when a vote keeps it.
fn group<K: Ord>(
    items: impl Iterator<Item = (K, std::ops::Range<usize>)>,
) -> BTreeMap<K, (u32, std::ops::Range<usize>)> {
    let mut firsts: BTreeMap<K, (u32, std::ops::Range<usize>)> = BTreeMap::new();
    for (k, r) in items {
        let e = firsts.entry(k).or_insert((0, r.clone()));
        e.0 += 1;
        if r.start < e.1.start {
            e.1 = r;
        }
    }
    firsts
}

/// A vote's first mention in an article, not yet an example: its article and source
/// range, which order examples and make one when a vote keeps it.
pub(crate) struct Candidate<'a> {
    source: &'a std::sync::Arc<Source>,
    range: std::ops::Range<usize>,
}

impl<'a> Candidate<'a> {
    /// The mention at a clean range of `doc`, whose id and text `source` shares.
    fn new(
        doc: &crate::document::Document,
        source: &'a std::sync::Arc<Source>,
        clean: std::ops::Range<usize>,
    ) -> Self {
        let range = doc.source_range(clean);
        Candidate { source, range }
    }

    fn id(&self) -> &'a str {
        &self.source.id
    }

    /// `true` when the example `e` comes before this one.
    fn after(&self, e: &Example) -> bool {
        e.place() < (self.id(), self.range.start)
    }

    fn example(&self) -> Example {
        Example::new(self.source, self.range.clone())
    }
}

/// A person mention's keys: surname key and given key ("" when unknown).
pub fn person_keys(p: &crate::extract::PersonMention) -> (String, String) {
    (
        translit_key(&p.surname),
        p.given.as_deref().map(given_key).unwrap_or_default(),
    )
}

/// A mention's role, parsed from its title.
pub fn mention_role(p: &crate::extract::PersonMention) -> Option<Role> {
    keyed_role(p).map(|k| Role::clone(&k.role))
}

/// A parsed role with its key and base key, worked out once per distinct title.
#[derive(Debug)]
pub(crate) struct KeyedRole {
    /// The role, shared by every person the index files it for.
    pub role: std::sync::Arc<Role>,
    pub key: String,
    pub base_key: String,
    /// The title as written, and whether it is appositive (what an index file stores).
    pub title: String,
    pub appositive: bool,
}

/// [`mention_role`] with the role's keys, shared from the cache.
pub(crate) fn keyed_role(p: &crate::extract::PersonMention) -> Option<std::rc::Rc<KeyedRole>> {
    let t = p.title.as_ref()?;
    keyed_title(&t.text, t.appositive)
}

/// Parsed titles by their text ([`keyed_title`]): one map per kind of title (appositive
/// or not), so a lookup borrows the title's text.
type TitleCache = [rustc_hash::FxHashMap<String, Option<std::rc::Rc<KeyedRole>>>; 2];

thread_local! {
    static TITLES: std::cell::RefCell<TitleCache> = std::cell::RefCell::default();
}

/// Forgets the parsed titles [`keyed_title`] keeps, a speed-up of loading and checking
/// only (a few MB after a large corpus is loaded; the index keeps the roles it files).
pub fn forget_titles() {
    TITLES.with(|c| *c.borrow_mut() = TitleCache::default());
}

/// The parsed role of a title as written, shared from the cache (see [`keyed_role`]).
pub(crate) fn keyed_title(text: &str, appositive: bool) -> Option<std::rc::Rc<KeyedRole>> {
    /// Titles repeat ("President" hundreds of times): parse each once. The cache is
    /// small and cleared when full, so memory stays bounded.
    const MAX_CACHED: usize = 4096;
    TITLES.with(|c| {
        let c = &mut c.borrow_mut()[usize::from(appositive)];
        if let Some(r) = c.get(text) {
            return r.clone();
        }
        let r = Some(Role::parse(text, appositive))
            .filter(|r| r.head().is_some())
            .map(|role| {
                let (key, base_key) = (role.key(), role.base_key());
                std::rc::Rc::new(KeyedRole {
                    role: std::sync::Arc::new(role),
                    key,
                    base_key,
                    title: text.to_string(),
                    appositive,
                })
            });
        if c.len() >= MAX_CACHED {
            c.clear();
        }
        c.insert(text.to_string(), r.clone());
        r
    })
}

/// The corpus index and, when checking a new article, that article's own index, seen as
/// one. Rules read through a view.
pub struct View<'a> {
    pub base: &'a Index,
    pub overlay: Option<&'a Index>,
    /// House style: preferred spellings and titles, ahead of the corpus majority.
    pub house: &'a HouseStyle,
    /// What the view has worked out of the indexes: its own, or the corpus's for a view
    /// of the corpus alone.
    memo: Slot<'a>,
}

/// What views of one index work out and remember: the people and the near keys of the
/// surname keys asked for (the rules of a check, and the articles of a scan, ask for the
/// same few keys again and again). The corpus keeps one for the views of its scans, so a
/// scan in parts shares it, and forgets it whenever its index changes.
#[derive(Debug, Clone, Default)]
pub struct Memo {
    people: std::cell::RefCell<rustc_hash::FxHashMap<String, People>>,
    near: std::cell::RefCell<rustc_hash::FxHashMap<(String, usize), NearKeys>>,
}

impl Memo {
    /// Keys remembered of each kind; past it, all are forgotten and the memo starts again,
    /// so its memory stays bounded.
    const MAX_REMEMBERED: usize = 1 << 14;

    /// Forgets everything (the index changed, or what it holds is no longer wanted).
    pub fn clear(&self) {
        self.people.borrow_mut().clear();
        self.near.borrow_mut().clear();
    }
}

/// A view's memo: its own, or one it shares.
enum Slot<'a> {
    Own(Memo),
    Shared(&'a Memo),
}

/// Surname keys near one key, sorted ([`View::near_keys`]), shared by the lookups that ask.
pub type NearKeys = std::sync::Arc<[String]>;

/// The people filed under one surname key ([`View::entities`]), shared by the lookups
/// that ask for them.
#[derive(Debug, Clone, Default)]
pub struct People(std::sync::Arc<[Entity]>);

impl People {
    /// `true` when no person is filed under the key.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The people, in the order [`View::entities`] resolves them.
    pub fn iter(&self) -> impl Iterator<Item = &Entity> {
        self.0.iter()
    }

    fn known(&self, i: usize) -> Known {
        Known {
            people: self.clone(),
            i,
        }
    }
}

impl IntoIterator for People {
    type Item = Known;
    type IntoIter = EachKnown;

    fn into_iter(self) -> EachKnown {
        EachKnown { people: self, i: 0 }
    }
}

/// The people of a [`People`] one by one, each shared.
pub struct EachKnown {
    people: People,
    i: usize,
}

impl Iterator for EachKnown {
    type Item = Known;

    fn next(&mut self) -> Option<Known> {
        (self.i < self.people.0.len()).then(|| {
            self.i += 1;
            self.people.known(self.i - 1)
        })
    }
}

/// One person of a [`People`], shared: reads as an [`Entity`].
#[derive(Debug, Clone)]
pub struct Known {
    people: People,
    i: usize,
}

impl std::ops::Deref for Known {
    type Target = Entity;

    fn deref(&self) -> &Entity {
        &self.people.0[self.i]
    }
}

impl<'a> View<'a> {
    /// A view of `base` and, when checking a new article, its own index `overlay`.
    pub fn new(base: &'a Index, overlay: Option<&'a Index>, house: &'a HouseStyle) -> View<'a> {
        View {
            base,
            overlay,
            house,
            memo: Slot::Own(Memo::default()),
        }
    }

    /// A view of `base` alone that remembers what it works out in `memo`, which must be
    /// `base`'s (cleared whenever `base` changes).
    pub fn remembering(base: &'a Index, house: &'a HouseStyle, memo: &'a Memo) -> View<'a> {
        View {
            base,
            overlay: None,
            house,
            memo: Slot::Shared(memo),
        }
    }
}

impl View<'_> {
    fn memo(&self) -> &Memo {
        match &self.memo {
            Slot::Own(m) => m,
            Slot::Shared(m) => m,
        }
    }

    fn indexes(&self) -> impl Iterator<Item = &Index> {
        std::iter::once(self.base).chain(self.overlay)
    }

    /// All given-name aggregates under a surname key, merged across base and overlay.
    pub fn surname(&self, key: &str) -> BTreeMap<String, GivenAgg> {
        let mut out: BTreeMap<String, GivenAgg> = BTreeMap::new();
        for ix in self.indexes() {
            if let Some(m) = ix.people.get(key) {
                for (g, agg) in m {
                    out.entry(g.clone()).or_default().merge(agg);
                }
            }
        }
        out
    }

    /// The people filed under a surname key: given names clustered by compatibility, and
    /// mentions without a given name joined to the best-supported person. Worked out once
    /// per key and view.
    pub fn entities(&self, key: &str) -> People {
        if let Some(p) = self.memo().people.borrow().get(key) {
            return p.clone();
        }
        let p = People(self.resolve_people(key).into());
        let mut memo = self.memo().people.borrow_mut();
        if memo.len() >= Memo::MAX_REMEMBERED {
            memo.clear();
        }
        memo.insert(key.to_string(), p.clone());
        p
    }

    /// [`View::entities`] worked out.
    fn resolve_people(&self, key: &str) -> Vec<Entity> {
        let by_given = self.surname(key);
        let givens: Vec<&String> = by_given.keys().filter(|g| !g.is_empty()).collect();
        // Union-find over the (few) given names.
        let mut parent: Vec<usize> = (0..givens.len()).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for i in 0..givens.len() {
            for j in i + 1..givens.len() {
                if given_compatible(givens[i], givens[j]) {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
        let mut groups: BTreeMap<usize, Entity> = BTreeMap::new();
        for (i, g) in givens.iter().enumerate() {
            let r = root(&mut parent, i);
            let e = groups.entry(r).or_insert_with(|| Entity {
                key: key.to_string(),
                ..Default::default()
            });
            e.givens.insert((*g).clone());
            e.agg.merge(&by_given[*g]);
        }
        let mut entities: Vec<Entity> = groups.into_values().collect();
        if let Some(none) = by_given.get("") {
            match entities.iter_mut().max_by(|a, b| {
                a.agg
                    .all
                    .rank()
                    .cmp(&b.agg.all.rank())
                    .then_with(|| b.givens.cmp(&a.givens))
            }) {
                Some(best) => best.agg.merge(none),
                None => {
                    let mut e = Entity {
                        key: key.to_string(),
                        ..Default::default()
                    };
                    e.agg.merge(none);
                    entities.push(e);
                }
            }
        }
        entities
    }

    /// The entity a mention with these keys belongs to.
    pub fn entity_of(&self, surname_key: &str, given_key: &str) -> Option<Known> {
        let es = self.entities(surname_key);
        let mut all = es.iter().enumerate();
        let i = if given_key.is_empty() {
            all.max_by(|(_, a), (_, b)| {
                a.agg
                    .all
                    .rank()
                    .cmp(&b.agg.all.rank())
                    .then_with(|| b.givens.cmp(&a.givens))
            })
        } else {
            all.find(|(_, e)| e.givens.contains(given_key))
        }?
        .0;
        Some(es.known(i))
    }

    /// Surname keys one edit away from `key`.
    pub fn near_keys(&self, key: &str) -> NearKeys {
        self.remember_near(key, 1, || {
            let mut probes = deletions(key);
            probes.push(key.to_string());
            self.near_by(key, &probes, 1)
        })
    }

    /// Surname keys two deletions away from `key` (so up to two edits, deletions from
    /// `key` only: "dougherty" finds "doherty").
    pub fn near_keys2(&self, key: &str) -> NearKeys {
        self.remember_near(key, 2, || self.near_by(key, &names::deletions2(key), 2))
    }

    /// The near keys of `key` at `edits`, from `find` the first time this view is asked.
    fn remember_near(
        &self,
        key: &str,
        edits: usize,
        find: impl FnOnce() -> BTreeSet<String>,
    ) -> NearKeys {
        let k = (key.to_string(), edits);
        if let Some(n) = self.memo().near.borrow().get(&k) {
            return n.clone();
        }
        let n: NearKeys = find().into_iter().collect();
        let mut memo = self.memo().near.borrow_mut();
        if memo.len() >= Memo::MAX_REMEMBERED {
            memo.clear();
        }
        memo.insert(k, n.clone());
        n
    }

    /// Surname keys the near-miss index files under `probes`, at most `max` edits from
    /// `key`.
    fn near_by(&self, key: &str, probes: &[String], max: usize) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        count(probes.len());
        for ix in self.indexes() {
            for p in probes {
                out.extend(
                    ix.near
                        .under(p)
                        .filter(|k| {
                            let d = names::spelling_distance(k, key);
                            *k != key && d >= 1 && d <= max
                        })
                        .map(str::to_string),
                );
            }
        }
        out
    }

    /// Surname keys of people with this role key and exactly this given name.
    pub fn same_role_and_given(&self, role_key: &str, given: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for ix in self.indexes() {
            if let Some(keys) = ix.by_role.get(role_key).and_then(|m| m.get(given)) {
                out.extend(keys.iter().cloned());
            }
        }
        out
    }

    /// Capitalisation of a folded word, merged.
    pub fn word(&self, key: &str) -> WordAgg {
        let mut w = WordAgg::default();
        for ix in self.indexes() {
            if let Some(x) = ix.words.get(key) {
                w.capitalised.merge(&x.capitalised);
                w.lower.merge(&x.lower);
            }
        }
        w
    }

    /// `true` when some person's surname has this folded form.
    pub fn is_surname(&self, word: &str) -> bool {
        let key = translit_key(word);
        self.indexes().any(|ix| ix.people.contains_key(&key))
    }

    /// Folds a word for lookups in [`View::word`].
    pub fn word_key(word: &str) -> String {
        fold(word)
    }
}
