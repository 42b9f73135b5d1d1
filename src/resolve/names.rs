//! Name resolution: which written names are one person.
//!
//! Mentions meet under their surname's [`crate::normalize::translit_key`]
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
    // Compared letter by letter, without a copy of either.
    let letters = |s| str::chars(s).filter(|c: &char| c.is_alphanumeric());
    a != b && letters(a).eq(letters(b))
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

/// Variants of `key` with two characters deleted, for near misses two edits away. Short
/// and very long keys have none.
pub fn deletions2(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 6 || chars.len() > 20 {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(chars.len() * chars.len() / 2);
    for i in 0..chars.len() {
        for j in i + 1..chars.len() {
            let v: String = (0..chars.len())
                .filter(|&k| k != i && k != j)
                .map(|k| chars[k])
                .collect();
            out.push(v);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `true` when two given names (folded keys) look like two spellings of one name
/// ("kendal" and "kendall", "erica" and "erika", "tristin" and "tristan"): a small edit
/// apart, same first letter or same sound, and long enough to tell.
pub fn given_spelling_variant(a: &str, b: &str) -> bool {
    let (na, nb) = (a.chars().count(), b.chars().count());
    if a == b || na < 3 || nb < 3 {
        return false;
    }
    let d = spelling_distance(a, b);
    let same_start = a.chars().next() == b.chars().next();
    let soundalike_start = matches!(
        (a.chars().next(), b.chars().next()),
        (Some('c' | 'k'), Some('c' | 'k')) | (Some('y' | 'g'), Some('y' | 'g'))
    );
    d == 1 && (same_start || soundalike_start)
        || d == 2 && na.min(nb) >= 6 && (same_start || soundalike_start)
}

/// `true` when two given names as written are two spellings of one name, not a name and
/// its short form: a small edit apart ("Jonathon", "Jonathan"; "Jon", "John"), or apart by an
/// apostrophe or hyphen ("Ja'Nae", "Janae"). Typography ("O’Dowd", "O'Dowd"), capitals
/// and short forms ("Steve", "Steven"; "Dan", "Daniel") are not.
pub fn given_misspelt(a: &str, b: &str) -> bool {
    let norm = |s: &str| fold(s).replace('’', "'");
    let (x, y) = (norm(a), norm(b));
    if x == y {
        return false;
    }
    let bare = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let (bx, by) = (bare(&x), bare(&y));
    if bx == by {
        return bx.chars().count() >= 3;
    }
    // A prefix, or a diminutive of the other ("Charlie", "Charles").
    let diminutive = |s: &str| s.ends_with("ie") || s.ends_with('y') || s.ends_with('i');
    let short_form = bx.starts_with(by.as_str())
        || by.starts_with(bx.as_str())
        || diminutive(&bx) != diminutive(&by);
    !short_form && given_spelling_variant(&bx, &by)
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
    fn given_name_spellings() {
        assert!(given_spelling_variant("kendal", "kendall"));
        assert!(given_spelling_variant("erica", "erika"));
        assert!(given_spelling_variant("katherine", "catherine"));
        assert!(given_spelling_variant("tristin", "tristan"));
        assert!(!given_spelling_variant("helena", "teresa"));
        assert!(!given_spelling_variant("al", "ali"));
        assert_eq!(deletions2("abc"), Vec::<String>::new());
        assert!(deletions2("dougherty").contains(&"doherty".to_string()));
    }

    #[test]
    fn misspelt_given_names() {
        assert!(given_misspelt("Jonathon", "Jonathan"));
        assert!(given_misspelt("Jon", "John"));
        assert!(given_misspelt("Ja'Nae", "Janae"));
        assert!(given_misspelt("Stefanie", "Stephanie"));
        assert!(!given_misspelt("O’Dowd", "O'Dowd"));
        assert!(!given_misspelt("Steve", "Steven"));
        assert!(!given_misspelt("Dan", "Daniel"));
        assert!(!given_misspelt("Kathy", "Kathryn"));
        assert!(!given_misspelt("Charlie", "Charles"));
        assert!(!given_misspelt("DeMaree", "Demaree"));
    }

    #[test]
    fn near_miss_distance() {
        assert_eq!(spelling_distance("witkof", "witkoff"), 1);
        assert!(spelling_distance("wintour", "witkoff") > 2);
    }
}
