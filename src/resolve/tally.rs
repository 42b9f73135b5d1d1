//! [`Tally`]: forms (a spelling, a title) and their votes, in the order of the forms;
//! [`KeySet`]: a few keys, in order; [`Roles`]: a person's parsed roles by key.

use super::titles::Role;
use super::Votes;

/// A map from forms (a spelling, a title) to votes, in the order of the forms; most
/// tallies of a large vocabulary have one form.
pub type Tally = Keyed<Votes>;

/// A set of keys, sorted: one list of exactly its keys, where a `BTreeSet` allocates room
/// for eleven at its first; most sets of the near-spelling index hold one surname key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeySet {
    keys: Vec<String>,
}

impl KeySet {
    /// Adds a key; `false` when it was there.
    pub fn insert(&mut self, k: &str) -> bool {
        match self.keys.binary_search_by(|x| x.as_str().cmp(k)) {
            Ok(_) => false,
            Err(i) => {
                self.keys.reserve_exact(1);
                self.keys.insert(i, k.to_string());
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
                self.keys.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The keys in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.keys.iter()
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
    entries: Vec<(String, V)>,
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed {
            entries: Vec::new(),
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
                self.entries.reserve_exact(1);
                self.entries.insert(i, (k.to_string(), v()));
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
        Some(self.entries.remove(i).1)
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
