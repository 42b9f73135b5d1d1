//! What lets the corpus index forget one article without reading the others again.
//!
//! A vote keeps the spans of its first [`MAX_EXAMPLES`] articles by id; every later article
//! that votes for it is a number in [`Postings`], kept in id order. When an article
//! leaves, its counts are taken away, and when one of its spans was an example, the next
//! article of the postings takes its place: a hole ([`hole`]) that the corpus fills by
//! reading that one article again ([`super::Index::fill`]).

use super::example::{Example, Source};
use super::{Candidate, Votes, MAX_EXAMPLES};
use std::collections::HashMap;
use std::sync::Arc;

/// Articles' numbers in postings: their ids and texts, and what each cast, to check a
/// removal.
#[derive(Debug, Clone, Default)]
pub struct DocTable {
    /// Per number, the article's id and text (`None` for a free number), shared with
    /// its examples.
    sources: Vec<Option<Arc<Source>>>,
    nos: HashMap<String, u32>,
    free: Vec<u32>,
    /// Per number: votes cast and mentions counted when the article was added.
    cast: Vec<(u64, u64)>,
}

impl DocTable {
    /// The number of an article, given one when new, with its text as now given.
    pub fn register(&mut self, doc: &crate::document::Document) -> u32 {
        let source = Some(Source::of(doc));
        if let Some(&n) = self.nos.get(&doc.id) {
            self.sources[n as usize] = source;
            return n;
        }
        let n = match self.free.pop() {
            Some(n) => {
                self.sources[n as usize] = source;
                self.cast[n as usize] = (0, 0);
                n
            }
            None => {
                self.sources.push(source);
                self.cast.push((0, 0));
                (self.sources.len() - 1) as u32
            }
        };
        self.nos.insert(doc.id.clone(), n);
        n
    }

    /// The id and text of an article by number.
    pub fn source(&self, n: u32) -> Option<&Arc<Source>> {
        self.sources.get(n as usize)?.as_ref()
    }

    /// The number of a registered article.
    pub fn no(&self, id: &str) -> Option<u32> {
        self.nos.get(id).copied()
    }

    /// The id of an article by number ("" for a free number).
    pub fn id(&self, n: u32) -> &str {
        self.source(n).map_or("", |s| s.id.as_str())
    }

    /// Records a vote cast by an article.
    pub fn cast(&mut self, n: u32, mentions: u32) {
        if let Some(c) = self.cast.get_mut(n as usize) {
            c.0 += 1;
            c.1 += u64::from(mentions);
        }
    }

    /// Gives back the room the table's lists have beyond what they hold.
    pub fn shrink_to_fit(&mut self) {
        self.sources.shrink_to_fit();
        self.nos.shrink_to_fit();
        self.free.shrink_to_fit();
        self.cast.shrink_to_fit();
    }

    /// Forgets an article, returning what it had cast.
    pub fn release(&mut self, id: &str) -> (u64, u64) {
        let Some(n) = self.nos.remove(id) else {
            return (0, 0);
        };
        self.sources[n as usize] = None;
        self.free.push(n);
        std::mem::take(&mut self.cast[n as usize])
    }
}

/// Articles' numbers in id order. One flat list behind a box, so that a vote with no
/// article past its examples (most of them) holds eight bytes and allocates nothing.
/// Articles added in id order (a directory, an index file) append; one added out of order
/// moves the numbers after it, four bytes each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Postings {
    // The box is the point: eight bytes inline where a `Vec` takes twenty-four.
    #[allow(clippy::box_collection)]
    nos: Option<Box<Vec<u32>>>,
}

impl Postings {
    fn list(&self) -> &[u32] {
        self.nos.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Where `n` is or would be, by its article's id.
    fn find(&self, n: u32, t: &DocTable) -> Result<usize, usize> {
        let key = t.id(n);
        self.list().binary_search_by(|&x| t.id(x).cmp(key))
    }

    /// Files an article's number in id order.
    pub fn insert(&mut self, n: u32, t: &DocTable) {
        let at = match self.list().last() {
            None => 0,
            // Articles added in id order, as from a directory or an index file.
            Some(&l) if t.id(l) < t.id(n) => self.list().len(),
            Some(_) => match self.find(n, t) {
                Ok(_) => return,
                Err(at) => at,
            },
        };
        self.nos.get_or_insert_with(Box::default).insert(at, n);
    }

    /// Files a number that comes before every other.
    pub fn push_first(&mut self, n: u32) {
        self.nos.get_or_insert_with(Box::default).insert(0, n);
    }

    /// Takes out the number at `at`, dropping the list when it empties.
    fn take_at(&mut self, at: usize) -> Option<u32> {
        let v = self.nos.as_mut()?;
        let n = (at < v.len()).then(|| v.remove(at));
        if v.is_empty() {
            self.nos = None;
        }
        n
    }

    /// Takes out an article's number; `false` when it was not there.
    pub fn remove(&mut self, n: u32, t: &DocTable) -> bool {
        match self.find(n, t) {
            Ok(at) => self.take_at(at).is_some(),
            Err(_) => false,
        }
    }

    /// Takes out the first number.
    pub fn pop_first(&mut self) -> Option<u32> {
        self.take_at(0)
    }

    /// Gives back the room the list has beyond its numbers.
    pub fn shrink_to_fit(&mut self) {
        if let Some(v) = self.nos.as_mut() {
            v.shrink_to_fit();
        }
    }
}

/// What taking an article out of a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// The article did not vote for it.
    Absent,
    /// Its votes are gone.
    Done,
    /// Its votes are gone, and the example of this article must be read.
    Hole(u32),
}

impl super::Counts {
    /// Adds an article's votes to a tally that is read for its counts only (a word's
    /// lower-case uses): no example and no postings, so nothing to refill when an article
    /// leaves. `n` is the number of a corpus article, `None` for the article checked.
    pub(super) fn add(&mut self, mentions: u32, n: Option<u32>, t: &mut DocTable) {
        super::count(1);
        self.docs += 1;
        self.mentions += mentions;
        if let Some(n) = n {
            t.cast(n, mentions);
            self.base_docs += 1;
        }
    }

    /// Takes a corpus article's votes out of a tally of counts only ([`Self::add`]).
    pub(super) fn take(&mut self, mentions: u32) -> Taken {
        super::count(1);
        if self.base_docs == 0 {
            return Taken::Absent;
        }
        self.docs -= 1;
        self.base_docs -= 1;
        self.mentions = self.mentions.saturating_sub(mentions);
        Taken::Done
    }
}

impl Votes {
    /// Adds a corpus article's votes, keeping the examples the first articles by id and
    /// filing the others in the postings.
    pub(super) fn add_filed(&mut self, mentions: u32, first: &Candidate, n: u32, t: &mut DocTable) {
        t.cast(n, mentions);
        super::count(1);
        self.docs += 1;
        self.base_docs += 1;
        self.mentions += mentions;
        let at = self.examples.partition_point(|e| first.after(e));
        if at >= MAX_EXAMPLES {
            self.more.insert(n, t);
            return;
        }
        if let Some(out) = self.keep(at, first.example()).and_then(|e| t.no(e.doc())) {
            self.more.push_first(out);
        }
    }

    /// Takes a corpus article's votes out.
    pub(super) fn take(&mut self, mentions: u32, doc: &str, t: &DocTable) -> Taken {
        super::count(1);
        let mut taken = Taken::Done;
        if let Some(i) = self.examples.iter().position(|e| e.doc() == doc) {
            let next = self.more.pop_first();
            self.edit(|x| {
                x.remove(i);
                // A number in the postings is always registered.
                if let Some(s) = next.and_then(|n| t.source(n)) {
                    x.push(Example::unread(s));
                }
            });
            if let Some(next) = next {
                taken = Taken::Hole(next);
            }
        } else if !t.no(doc).is_some_and(|n| self.more.remove(n, t)) {
            return Taken::Absent;
        }
        self.docs = self.docs.saturating_sub(1);
        self.base_docs = self.base_docs.saturating_sub(1);
        self.mentions = self.mentions.saturating_sub(mentions);
        taken
    }

    /// Fills this article's hole with its span; `true` when there was one.
    pub(super) fn fill(&mut self, first: &Candidate) -> bool {
        super::count(1);
        match self
            .examples
            .iter_mut()
            .find(|e| e.doc() == first.id() && e.is_unread())
        {
            Some(e) => {
                *e = first.example();
                true
            }
            None => false,
        }
    }
}
