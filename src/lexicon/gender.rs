//! The usual gender of a given name, for reading "he" and "she": names that at least 95%
//! of their bearers in a large public register share one sex (see
//! `data/LICENSE-given-name-genders.txt`). A name not in the table has no known gender.

use std::sync::OnceLock;

/// A person's grammatical gender as pronouns show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const MALE: &str = include_str!("data/given-names-male.txt");
const FEMALE: &str = include_str!("data/given-names-female.txt");

fn sorted(list: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&str> = list.split_whitespace().collect();
    v.sort_unstable();
    v
}

/// The gender of a given name (lower case, folded), when the table knows it.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    static T: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (m, f) = T.get_or_init(|| (sorted(MALE), sorted(FEMALE)));
    if m.binary_search(&name).is_ok() {
        Some(Gender::Male)
    } else if f.binary_search(&name).is_ok() {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_names() {
        assert_eq!(given_name_gender("john"), Some(Gender::Male));
        assert_eq!(given_name_gender("maria"), Some(Gender::Female));
        assert_eq!(given_name_gender("zzyzx"), None);
    }
}
