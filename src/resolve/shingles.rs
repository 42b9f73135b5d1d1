//! [`Shingles`]: the quote index's table from a shingle (three word numbers) to the
//! numbers of the quotes that have it, in the order the caller keeps.
//!
//! Most shingles of a large corpus belong to one quote, so the table holds that quote's
//! number itself, four bytes beside the key; a shingle of more quotes holds the number of
//! a list kept apart. A table slot is sixteen bytes where a key beside an inline-or-boxed
//! list takes thirty-two natively. The near-spelling index ([`super::near`]) keeps its
//! variants' surname keys the same way, under another kind of key.

use rustc_hash::FxHashMap as HashMap;

/// Three word numbers of a quote in a row.
pub type Shingle = [u32; 3];

/// Set in a table value that is a list's number, not a quote's.
const LIST: u32 = 1 << 31;

/// Shingle (or another key `K`) → quote numbers (see the module docs).
#[derive(Debug, Clone)]
pub struct Shingles<K = Shingle> {
    /// A quote's number, or `LIST |` a list's number in `lists`.
    table: HashMap<K, u32>,
    /// The quotes of shingles with more than one (or one past `LIST`).
    lists: Vec<Vec<u32>>,
    /// Lists let go, to be used again.
    free: Vec<u32>,
}

impl<K> Default for Shingles<K> {
    fn default() -> Self {
        Shingles {
            table: HashMap::default(),
            lists: Vec::new(),
            free: Vec::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Copy> Shingles<K> {
    /// Shingles filed.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The quotes of a shingle, in order (none when it is not filed).
    pub fn get(&self, s: &K) -> &[u32] {
        match self.table.get(s) {
            None => &[],
            Some(v) if v & LIST == 0 => std::slice::from_ref(v),
            Some(v) => self.lists.get((v & !LIST) as usize).map_or(&[], |l| l),
        }
    }

    /// Files quote `id` under a shingle at the place `at` gives among its quotes (`None`
    /// when it is there already).
    pub fn insert(&mut self, s: K, id: u32, at: impl FnOnce(&[u32]) -> Option<usize>) {
        let Some(p) = at(self.get(&s)) else {
            return;
        };
        match self.table.get(&s).copied() {
            None if id & LIST == 0 => {
                self.table.insert(s, id);
            }
            None => {
                let n = self.new_list(vec![id]);
                self.table.insert(s, n);
            }
            Some(one) if one & LIST == 0 => {
                let mut v = vec![one];
                v.insert(p.min(1), id);
                let n = self.new_list(v);
                self.table.insert(s, n);
            }
            Some(n) => {
                if let Some(l) = self.lists.get_mut((n & !LIST) as usize) {
                    l.insert(p.min(l.len()), id);
                }
            }
        }
    }

    /// Takes out the quote at the place `at` gives among a shingle's quotes (`None` when
    /// it is not there); a shingle left with none is forgotten.
    pub fn remove(&mut self, s: &K, at: impl FnOnce(&[u32]) -> Option<usize>) {
        let Some(i) = at(self.get(s)) else {
            return;
        };
        let Some(&v) = self.table.get(s) else {
            return;
        };
        if v & LIST == 0 {
            self.table.remove(s);
            return;
        }
        let n = v & !LIST;
        let Some(l) = self.lists.get_mut(n as usize) else {
            return;
        };
        if i < l.len() {
            l.remove(i);
        }
        match l[..] {
            [] => {
                self.table.remove(s);
            }
            [one] if one & LIST == 0 => {
                self.table.insert(*s, one);
            }
            _ => return,
        }
        self.lists[n as usize] = Vec::new();
        self.free.push(n);
    }

    /// Forgets every shingle.
    pub fn clear(&mut self) {
        *self = Shingles::default();
    }

    /// Gives back the room the table and lists have beyond what they hold.
    pub fn shrink_to_fit(&mut self) {
        self.table.shrink_to_fit();
        self.lists.iter_mut().for_each(Vec::shrink_to_fit);
        self.lists.shrink_to_fit();
        self.free.shrink_to_fit();
    }

    /// A list's table value, in a free place or a new one.
    fn new_list(&mut self, v: Vec<u32>) -> u32 {
        let n = match self.free.pop() {
            Some(n) => {
                self.lists[n as usize] = v;
                n
            }
            None => {
                self.lists.push(v);
                (self.lists.len() - 1) as u32
            }
        };
        n | LIST
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: u32) -> impl FnOnce(&[u32]) -> Option<usize> {
        move |v: &[u32]| v.binary_search(&id).err()
    }

    fn find(id: u32) -> impl FnOnce(&[u32]) -> Option<usize> {
        move |v: &[u32]| v.binary_search(&id).ok()
    }

    #[test]
    fn a_shingles_quotes_stay_in_order_inline_or_listed() {
        let mut t = Shingles::default();
        let s = [1, 2, 3];
        assert!(t.get(&s).is_empty());
        t.insert(s, 7, at(7));
        assert_eq!((t.get(&s), t.lists.len()), (&[7][..], 0));
        t.insert(s, 7, at(7));
        t.insert(s, 3, at(3));
        t.insert(s, 9, at(9));
        assert_eq!(t.get(&s), [3, 7, 9]);
        t.remove(&s, find(7));
        t.remove(&s, find(3));
        assert_eq!((t.get(&s), t.free.len()), (&[9][..], 1));
        t.remove(&s, find(4));
        t.remove(&s, find(9));
        assert!(t.get(&s).is_empty() && t.is_empty());
        // A freed list is used again; a number past the inline range is always listed.
        t.insert(s, 1, at(1));
        t.insert(s, 2, at(2));
        assert_eq!((t.lists.len(), t.free.len()), (1, 0));
        let big = [4, 5, 6];
        t.insert(big, LIST + 1, at(LIST + 1));
        assert_eq!((t.get(&big), t.len()), (&[LIST + 1][..], 2));
        t.remove(&big, find(LIST + 1));
        assert!(t.get(&big).is_empty() && t.len() == 1);
    }
}
