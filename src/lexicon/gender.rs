//! The usual gender of a given name, for reading "he" and "she": names that at least 95%
//! of their bearers in a large public register share one sex (see
//! `data/LICENSE-given-name-genders.txt`). A name not in the table has no known gender.

/// A person's grammatical gender as pronouns show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const MALE: &str = include_str!("data/given-names-male.txt");
const FEMALE: &str = include_str!("data/given-names-female.txt");

/// The two lists with their class bits, for the lexicon table ([`super::classes`]).
pub(super) const LISTS: [(&str, u32); 2] = [
    (MALE, super::class::MALE_NAME),
    (FEMALE, super::class::FEMALE_NAME),
];

/// The gender of a given name (lower case, folded), when the table knows it: one lookup
/// in the lexicon table.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    let c = super::classes(name);
    if c & super::class::MALE_NAME != 0 {
        Some(Gender::Male)
    } else if c & super::class::FEMALE_NAME != 0 {
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
