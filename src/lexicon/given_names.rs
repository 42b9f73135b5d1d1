//! Given names, their nicknames and variant forms ("Dan"/"Daniel", "Sasha"/"Alexander"),
//! from public tables (see the licence files in `data/`) that `build.rs` turns into name
//! pairs.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Given-name knowledge: which words are given names, and which are the same name.
pub struct GivenNames {
    /// name → canonical group id. Names in one group are nickname or variant forms of
    /// each other.
    groups: HashMap<String, Vec<u32>>,
}

/// Name pairs built from the tables in `data/` by `build.rs`: each line a name and the
/// names paired with it ("daniel dan danny").
pub(super) const NAME_PAIRS: &str = include_str!(concat!(env!("OUT_DIR"), "/names.txt"));

impl GivenNames {
    fn load() -> GivenNames {
        let mut groups: HashMap<String, Vec<u32>> = HashMap::default();
        // Each formal name (or variant pair) gets its own group; a nickname belongs to
        // every formal name it shortens, so "steve" joins "stephen" and "steven" but
        // does not make "stephen" and "steven" the same name.
        let mut next = 0u32;
        for line in NAME_PAIRS.lines() {
            let mut names = line.split(' ');
            let Some(a) = names.next() else { continue };
            for b in names {
                let id = next;
                next += 1;
                for n in [a, b] {
                    let v = groups.entry(n.to_string()).or_default();
                    if !v.contains(&id) {
                        v.push(id);
                    }
                }
            }
        }
        GivenNames { groups }
    }

    /// The shared table.
    pub fn get() -> &'static GivenNames {
        static G: OnceLock<GivenNames> = OnceLock::new();
        G.get_or_init(GivenNames::load)
    }

    /// `true` when `name` (lower case, folded) is a known given name.
    pub fn is_given_name(&self, name: &str) -> bool {
        self.groups.contains_key(name)
    }

    /// `true` when `a` and `b` are the same given name, or one is a nickname or variant
    /// of the other ("dan" and "daniel").
    pub fn same_person_name(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        match (self.groups.get(a), self.groups.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|g| y.contains(g)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_join_formal_names() {
        let g = GivenNames::get();
        assert!(g.same_person_name("dan", "daniel"));
        assert!(g.same_person_name("steve", "stephen"));
        assert!(g.same_person_name("vladimir", "volodymyr"));
        assert!(!g.same_person_name("daniel", "stephen"));
        assert!(g.is_given_name("karoline"));
    }
}
