//! What lets the corpus index forget one article without reading the others again.
//!
//! A vote keeps the spans of its first [`MAX_EXAMPLES`] articles by id; every later article
//! that votes for it is a number in [`Postings`], kept in id order. When an article
//! leaves, its counts are taken away, and when one of its spans was an example, the next
//! article of the postings takes its place: a hole ([`hole`]) that the corpus fills by
//! reading that one article again ([`super::Index::fill`]).

use super::{Span, Votes, MAX_EXAMPLES};
use std::collections::HashMap;

/// Articles' numbers in postings: their ids, and what each cast, to check a removal.
#[derive(Debug, Clone, Default)]
pub struct DocTable {
    ids: Vec<String>,
    nos: HashMap<String, u32>,
    free: Vec<u32>,
    /// Per number: votes cast and mentions counted when the article was added.
    cast: Vec<(u64, u64)>,
}

impl DocTable {
    /// The number of an article, given one when new.
    pub fn register(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.nos.get(id) {
            return n;
        }
        let n = match self.free.pop() {
            Some(n) => {
                self.ids[n as usize] = id.to_string();
                self.cast[n as usize] = (0, 0);
                n
            }
            None => {
                self.ids.push(id.to_string());
                self.cast.push((0, 0));
                (self.ids.len() - 1) as u32
            }
        };
        self.nos.insert(id.to_string(), n);
        n
    }

    /// The number of a registered article.
    pub fn no(&self, id: &str) -> Option<u32> {
        self.nos.get(id).copied()
    }

    /// The id of an article by number ("" for a free number).
    pub fn id(&self, n: u32) -> &str {
        self.ids.get(n as usize).map_or("", String::as_str)
    }

    /// Records a vote cast by an article.
    pub fn cast(&mut self, n: u32, mentions: u32) {
        if let Some(c) = self.cast.get_mut(n as usize) {
            c.0 += 1;
            c.1 += u64::from(mentions);
        }
    }

    /// Forgets an article, returning what it had cast.
    pub fn release(&mut self, id: &str) -> (u64, u64) {
        let Some(n) = self.nos.remove(id) else {
            return (0, 0);
        };
        self.ids[n as usize].clear();
        self.free.push(n);
        std::mem::take(&mut self.cast[n as usize])
    }
}

/// Articles' numbers in id order, in blocks so that an insertion anywhere is cheap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Postings {
    blocks: Vec<Vec<u32>>,
}

/// Numbers per block before it splits in two.
const BLOCK: usize = 128;

impl Postings {
    /// The block that holds or would hold `n`, and the position in it.
    fn find(&self, n: u32, t: &DocTable) -> (usize, Result<usize, usize>) {
        let key = t.id(n);
        let last = self.blocks.len().saturating_sub(1);
        let b = self
            .blocks
            .partition_point(|bl| bl.last().is_some_and(|&l| t.id(l) < key))
            .min(last);
        let at = self
            .blocks
            .get(b)
            .map_or(Err(0), |bl| bl.binary_search_by(|&x| t.id(x).cmp(key)));
        (b, at)
    }

    /// Files an article's number in id order.
    pub fn insert(&mut self, n: u32, t: &DocTable) {
        let after_all = |bl: &Vec<u32>| bl.last().is_some_and(|&l| t.id(l) < t.id(n));
        let found = match self.blocks.last() {
            None => (0, Err(0)),
            // Articles added in id order, as from a directory or an index file.
            Some(bl) if after_all(bl) => (self.blocks.len() - 1, Err(bl.len())),
            Some(_) => self.find(n, t),
        };
        let (b, Err(at)) = found else {
            return;
        };
        if self.blocks.is_empty() {
            self.blocks.push(Vec::new());
        }
        let bl = &mut self.blocks[b];
        bl.insert(at, n);
        if bl.len() >= 2 * BLOCK {
            let tail = bl.split_off(BLOCK);
            self.blocks.insert(b + 1, tail);
        }
    }

    /// Files a number that comes before every other.
    pub fn push_first(&mut self, n: u32) {
        match self.blocks.first_mut() {
            Some(bl) if bl.len() < 2 * BLOCK => bl.insert(0, n),
            _ => self.blocks.insert(0, vec![n]),
        }
    }

    /// Takes out an article's number; `false` when it was not there.
    pub fn remove(&mut self, n: u32, t: &DocTable) -> bool {
        let (b, Ok(at)) = self.find(n, t) else {
            return false;
        };
        self.blocks[b].remove(at);
        if self.blocks[b].is_empty() {
            self.blocks.remove(b);
        }
        true
    }

    /// Takes out the first number.
    pub fn pop_first(&mut self) -> Option<u32> {
        let bl = self.blocks.first_mut()?;
        let n = bl.remove(0);
        if bl.is_empty() {
            self.blocks.remove(0);
        }
        Some(n)
    }
}

/// An example not read yet: the article's id, with no text.
pub fn hole(doc: &str) -> Span {
    Span {
        doc: doc.to_string(),
        text: String::new(),
        start: usize::MAX,
        end: usize::MAX,
    }
}

fn is_hole(s: &Span) -> bool {
    s.start == usize::MAX && s.text.is_empty()
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

impl Votes {
    /// Adds a corpus article's votes, keeping the examples the first articles by id and
    /// filing the others in the postings.
    pub(super) fn add_filed(&mut self, mentions: u32, first: Span, n: u32, t: &mut DocTable) {
        t.cast(n, mentions);
        super::count(1);
        self.docs += 1;
        self.base_docs += 1;
        self.mentions += mentions;
        let at = self
            .examples
            .partition_point(|e| (&e.doc, e.start) < (&first.doc, first.start));
        if at >= MAX_EXAMPLES {
            self.more.insert(n, t);
            return;
        }
        self.examples.insert(at, first);
        if self.examples.len() > MAX_EXAMPLES {
            if let Some(out) = self.examples.pop().and_then(|e| t.no(&e.doc)) {
                self.more.push_first(out);
            }
        }
    }

    /// Takes a corpus article's votes out.
    pub(super) fn take(&mut self, mentions: u32, doc: &str, t: &DocTable) -> Taken {
        super::count(1);
        let mut taken = Taken::Done;
        if let Some(i) = self.examples.iter().position(|e| e.doc == doc) {
            self.examples.remove(i);
            if let Some(next) = self.more.pop_first() {
                self.examples.push(hole(t.id(next)));
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
    pub(super) fn fill(&mut self, first: &Span) -> bool {
        super::count(1);
        match self
            .examples
            .iter_mut()
            .find(|e| e.doc == first.doc && is_hole(e))
        {
            Some(e) => {
                *e = first.clone();
                true
            }
            None => false,
        }
    }
}
