//! [`Near`]: the near-spelling index, surname keys by the variants one deletion makes of
//! them (and by themselves), for near-miss lookups: a key's near keys are those filed
//! under its own variants.
//!
//! A variant is kept as a 32-bit hash, not a string, and a surname key as a number in a
//! table of the keys filed, so a variant costs a table slot of eight bytes where a string
//! beside a list of strings took forty-eight. A lookup checks that each key it finds has
//! the variant asked for, so two variants sharing a hash cost a comparison, never a
//! wrong answer.

use super::names::deletions;
use super::shingles::Shingles;
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};

/// Surname keys by variant (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Near {
    /// A variant's hash → the numbers of the keys filed under it.
    by_variant: Shingles<u32>,
    /// The keys filed, by number (`None` for a free number).
    keys: Vec<Option<Box<str>>>,
    /// The number of each key filed.
    numbers: FxHashMap<Box<str>, u32>,
    /// Numbers let go, to be used again.
    free: Vec<u32>,
}

/// The hash a variant is filed under.
fn hash(variant: &str) -> u32 {
    let mut h = rustc_hash::FxHasher::default();
    variant.hash(&mut h);
    let h = h.finish();
    (h ^ (h >> 32)) as u32
}

/// The variants a key is filed under: its deletions and itself.
fn variants(key: &str) -> impl Iterator<Item = String> {
    deletions(key)
        .into_iter()
        .chain(std::iter::once(key.to_string()))
}

/// `true` when `key` is filed under `variant`: it is the key, or one of its deletions
/// ([`deletions`] makes none of a key past 30 characters).
fn filed_under(variant: &str, key: &str) -> bool {
    if variant == key {
        return true;
    }
    if variant.len() >= key.len() || key.chars().count() > 30 {
        return false;
    }
    // `variant` is `key` with one character left out: a common prefix, one character,
    // then the same rest.
    let skip = variant
        .chars()
        .zip(key.chars())
        .take_while(|(a, b)| a == b)
        .map(|(_, b)| b.len_utf8())
        .sum::<usize>();
    let Some(c) = key[skip..].chars().next() else {
        return false;
    };
    variant.get(skip..) == key.get(skip + c.len_utf8()..)
}

impl Near {
    /// Variants filed (more exactly, their distinct hashes).
    pub fn len(&self) -> usize {
        self.by_variant.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_variant.is_empty()
    }

    /// `true` when the key is filed.
    pub fn contains(&self, key: &str) -> bool {
        self.numbers.contains_key(key)
    }

    /// Files a key under its variants (nothing when it is filed).
    pub fn file(&mut self, key: &str) {
        if self.contains(key) {
            return;
        }
        let n = match self.free.pop() {
            Some(n) => {
                self.keys[n as usize] = Some(key.into());
                n
            }
            None => {
                self.keys.push(Some(key.into()));
                (self.keys.len() - 1) as u32
            }
        };
        self.numbers.insert(key.into(), n);
        for v in variants(key) {
            let at = |l: &[u32]| (!l.contains(&n)).then_some(l.len());
            self.by_variant.insert(hash(&v), n, at);
        }
    }

    /// Takes a key out of the index (nothing when it is not filed).
    pub fn unfile(&mut self, key: &str) {
        let Some(n) = self.numbers.remove(key) else {
            return;
        };
        for v in variants(key) {
            self.by_variant
                .remove(&hash(&v), |l: &[u32]| l.iter().position(|&x| x == n));
        }
        self.keys[n as usize] = None;
        self.free.push(n);
    }

    /// The keys filed under a variant, in no particular order.
    pub fn under<'a>(&'a self, variant: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.by_variant
            .get(&hash(variant))
            .iter()
            .filter_map(|&n| self.keys.get(n as usize)?.as_deref())
            .filter(move |k| filed_under(variant, k))
    }

    /// Gives back the room the index has beyond what it holds.
    pub fn shrink_to_fit(&mut self) {
        self.by_variant.shrink_to_fit();
        self.keys.shrink_to_fit();
        self.numbers.shrink_to_fit();
        self.free.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_variant_finds_the_keys_filed_under_it() {
        assert!(filed_under("witkof", "witkoff") && filed_under("wtkoff", "witkoff"));
        assert!(filed_under("witkoff", "witkoff") && filed_under("ößa", "ößra"));
        assert!(!filed_under("witkoff", "witkof") && !filed_under("wotkoff", "witkoff"));
        assert!(filed_under("abc", "abdc") && !filed_under("abc", "abcd e"));
        let mut n = Near::default();
        for k in ["witkoff", "witkof", "wintour", "aab"] {
            n.file(k);
        }
        n.file("witkoff");
        let mut found: Vec<&str> = n.under("witkof").collect();
        found.sort();
        assert_eq!(found, ["witkof", "witkoff"]);
        assert_eq!(n.under("ab").collect::<Vec<_>>(), ["aab"]);
        n.unfile("witkof");
        assert_eq!(n.under("witkof").collect::<Vec<_>>(), ["witkoff"]);
        assert!(!n.contains("witkof") && n.contains("wintour"));
        for k in ["witkoff", "wintour", "aab"] {
            n.unfile(k);
        }
        assert!(n.is_empty() && n.under("ab").next().is_none());
        n.file("bray");
        assert_eq!(
            (n.keys.len(), n.under("ray").collect::<Vec<_>>()),
            (4, vec!["bray"])
        );
    }
}
