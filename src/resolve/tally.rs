//! [`Tally`]: forms (a spelling, a title) and their votes, in the order of the forms;
//! [`KeySet`]: a few keys, in order (people by role, the words of a parsed title);
//! [`Roles`]: a person's parsed roles by key.

use super::titles::Role;
use super::Votes;

/// A map from forms (a spelling, a title) to votes, in the order of the forms; most
/// tallies of a large vocabulary have one form.
pub type Tally = Keyed<Votes>;

/// A set of keys, sorted: one list of exactly its keys, where a `BTreeSet` allocates room
/// for eleven at its first (about 280 bytes); most sets of people by role hold one
/// surname key, most sets of a title's words one to three words. It orders, hashes and
/// serializes as a `BTreeSet` of its keys does: as the sorted list.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct KeySet {
    keys: Box<[String]>,
}

impl FromIterator<String> for KeySet {
    fn from_iter<I: IntoIterator<Item = String>>(it: I) -> KeySet {
        let mut keys: Vec<String> = it.into_iter().collect();
        keys.sort_unstable();
        keys.dedup();
        KeySet {
            keys: keys.into_boxed_slice(),
        }
    }
}

impl<'a> IntoIterator for &'a KeySet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.keys.iter()
    }
}

/// Changes a boxed list as a `Vec`, boxed again with room for exactly what it holds (a
/// boxed slice is eight bytes smaller than a `Vec`; these lists are short).
pub(super) fn edit<T, R>(b: &mut Box<[T]>, f: impl FnOnce(&mut Vec<T>) -> R) -> R {
    let mut v = std::mem::take(b).into_vec();
    let r = f(&mut v);
    *b = v.into_boxed_slice();
    r
}

impl KeySet {
    /// Adds a key; `false` when it was there.
    pub fn insert(&mut self, k: &str) -> bool {
        match self.keys.binary_search_by(|x| x.as_str().cmp(k)) {
            Ok(_) => false,
            Err(i) => {
                edit(&mut self.keys, |v| {
                    v.reserve_exact(1);
                    v.insert(i, k.to_string())
                });
                true
            }
        }
    }

    /// `true` when the key is in the set.
    pub fn contains(&self, k: &str) -> bool {
        self.keys.binary_search_by(|x| x.as_str().cmp(k)).is_ok()
    }

    /// Takes a key out; `false` when it was not there.
    pub fn remove(&mut self, k: &str) -> bool {
        match self.keys.binary_search_by(|x| x.as_str().cmp(k)) {
            Ok(i) => {
                edit(&mut self.keys, |v| v.remove(i));
                true
            }
            Err(_) => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Takes every key out.
    pub fn clear(&mut self) {
        self.keys = Box::default();
    }

    /// The keys in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.keys.iter()
    }

    /// `true` when no key is in both sets.
    pub fn is_disjoint(&self, other: &KeySet) -> bool {
        !self.iter().any(|k| other.contains(k))
    }

    /// `true` when every key of this set is in `other`.
    pub fn is_subset(&self, other: &KeySet) -> bool {
        self.iter().all(|k| other.contains(k))
    }

    /// The keys of this set not in `other`, in order.
    pub fn difference<'a>(&'a self, other: &'a KeySet) -> impl Iterator<Item = &'a String> {
        self.iter().filter(move |k| !other.contains(k))
    }
}

/// A person's parsed roles by key, each shared with the other people the same title was
/// parsed for (see [`super::keyed_title`]).
pub type Roles = Keyed<std::sync::Arc<Role>>;

/// A small map from keys to values, sorted by key: one list of exactly its entries, where
/// a `BTreeMap` allocates room for eleven at its first (about 2.5 KB for roles); most
/// people have one role, most surname keys one given name, most roles one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<V> {
    entries: Box<[(String, V)]>,
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed {
            entries: Box::default(),
        }
    }
}

impl<V> Keyed<V> {
    fn find(&self, k: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(x, _)| x.as_str().cmp(k))
    }

    pub fn get(&self, k: &str) -> Option<&V> {
        self.find(k).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        self.find(k).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, k: &str) -> bool {
        self.find(k).is_ok()
    }

    /// The value of a key, made by `v` when new.
    pub fn entry_or(&mut self, k: &str, v: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(k) {
            Ok(i) => i,
            Err(i) => {
                edit(&mut self.entries, |e| {
                    e.reserve_exact(1);
                    e.insert(i, (k.to_string(), v()))
                });
                i
            }
        };
        &mut self.entries[i].1
    }

    /// The value of a key, created empty when new.
    pub fn entry(&mut self, k: &str) -> &mut V
    where
        V: Default,
    {
        self.entry_or(k, V::default)
    }

    /// Files a value under its key, unless one is there: `false` then.
    pub fn insert_new(&mut self, k: &str, v: impl FnOnce() -> V) -> bool {
        let new = !self.contains_key(k);
        if new {
            self.entry_or(k, v);
        }
        new
    }

    pub fn remove(&mut self, k: &str) -> Option<V> {
        let i = self.find(k).ok()?;
        Some(edit(&mut self.entries, |e| e.remove(i)).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Keys and values, in the order of the keys.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Lets `f` give back the room of each value beyond what it holds (the list has
    /// none).
    pub fn shrink_to_fit(&mut self, mut f: impl FnMut(&mut V)) {
        self.entries.iter_mut().for_each(|(_, v)| f(v));
    }
}

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_stay_in_order() {
        let mut t = Tally::default();
        for f in ["Kovar", "Anel", "Mirsk", "Anel"] {
            t.entry(f).docs += 1;
        }
        let forms: Vec<(&str, u32)> = t.iter().map(|(f, v)| (f.as_str(), v.docs)).collect();
        assert_eq!(forms, [("Anel", 2), ("Kovar", 1), ("Mirsk", 1)]);
        assert!(t.contains_key("Kovar") && t.get("Nowhere").is_none());
        assert_eq!(t.remove("Kovar").map(|v| v.docs), Some(1));
        assert_eq!(t.keys().collect::<Vec<_>>(), ["Anel", "Mirsk"]);
        assert_eq!((&t).into_iter().count(), t.len());
    }

    #[test]
    fn keyed_keeps_keys_in_order_and_the_first_value() {
        let mut m: Keyed<u32> = Keyed::default();
        for (k, v) in [("mayor", 1), ("chief", 2), ("mayor", 3)] {
            m.insert_new(k, || v);
        }
        assert_eq!(
            m.iter().collect::<Vec<_>>(),
            [(&"chief".to_string(), &2), (&"mayor".to_string(), &1)]
        );
        *m.entry_or("aide", || 0) += 5;
        assert_eq!(m.keys().collect::<Vec<_>>(), ["aide", "chief", "mayor"]);
        assert_eq!(m.get("aide"), Some(&5));
        assert_eq!((m.remove("chief"), m.len()), (Some(2), 2));
        assert!(!m.contains_key("chief") && m.values().eq([&5, &1]));
    }
}
