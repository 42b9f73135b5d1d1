//! Name resolution: which written names are one person.
//!
//! Mentions meet under their surname's [`translit_key`](crate::normalize::translit_key)
//! (so transliteration and diacritic spellings join), and split again by given name: "Dan"
//! and "Daniel" are one person (nickname tables), "Hunter" and "Joe" are two.

use crate::lexicon::GivenNames;
use crate::normalize::{fold, translit_key};

/// `true` when two given names (folded) can name the same person: equal, a nickname or
/// variant of each other, the same transliteration, or an initial of the other.
pub fn given_compatible(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a1, b1) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    if a1.chars().count() == 1 || b1.chars().count() == 1 {
        return a1.chars().next() == b1.chars().next();
    }
    GivenNames::get().same_person_name(a1, b1) || translit_key(a1) == translit_key(b1)
}

/// The key a given name is stored under: folded, without a trailing dot.
pub fn given_key(given: &str) -> String {
    fold(given).trim_end_matches('.').to_string()
}

/// `true` when two written forms differ only in dots and spacing ("Daniel P Driscoll" and
/// "Daniel P. Driscoll").
pub fn same_but_punctuation(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    a != b && strip(a) == strip(b)
}

/// The optimal-string-alignment distance between two keys, for near-miss spellings.
pub fn spelling_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// Variants of `key` with one character deleted, for the near-miss index.
pub fn deletions(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() > 30 {
        return Vec::new();
    }
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| *c)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_name_compatibility() {
        assert!(given_compatible("dan", "daniel"));
        assert!(given_compatible("d", "daniel"));
        assert!(given_compatible("volodymyr", "volodymyr"));
        assert!(!given_compatible("hunter", "joe"));
        assert!(!given_compatible("marco", "steve"));
    }

    #[test]
    fn punctuation_only_forms() {
        assert!(same_but_punctuation(
            "Daniel P Driscoll",
            "Daniel P. Driscoll"
        ));
        assert!(!same_but_punctuation("Dan Driscoll", "Daniel Driscoll"));
    }

    #[test]
    fn near_miss_distance() {
        assert_eq!(spelling_distance("witkof", "witkoff"), 1);
        assert!(spelling_distance("wintour", "witkoff") > 2);
    }
}
