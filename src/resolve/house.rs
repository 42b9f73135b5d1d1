//! House style as the rules read it: the house's spelling of each person's surname and the
//! title it gives them, taken ahead of the corpus majority. Plain data, made from the
//! config's `people` ([`crate::config::Config::house_style`]), so that this stage and the
//! rules above it never read the whole config.

use super::titles::Role;
use crate::normalize::translit_key;

/// The house's people, by surname key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HouseStyle {
    people: Vec<HousePerson>,
}

#[derive(Debug, Clone, PartialEq)]
struct HousePerson {
    surname_key: String,
    surname: String,
    title: Option<(Role, String)>,
}

impl HouseStyle {
    /// House style from (full name, title) pairs, in the config's order: the first person
    /// with a surname key decides it.
    pub fn new<'a>(people: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> HouseStyle {
        let people = people
            .into_iter()
            .filter_map(|(name, title)| {
                let last = name.split_whitespace().last()?;
                Some(HousePerson {
                    surname_key: translit_key(last),
                    surname: last.to_string(),
                    title: title.map(|t| (Role::parse(t, false), t.to_string())),
                })
            })
            .collect();
        HouseStyle { people }
    }

    /// The house spelling of a surname, by its transliteration key.
    pub fn preferred_surname(&self, surname_key: &str) -> Option<&str> {
        self.people
            .iter()
            .find(|p| p.surname_key == surname_key)
            .map(|p| p.surname.as_str())
    }

    /// The house title of the person with this surname key, parsed.
    pub fn preferred_role(&self, surname_key: &str) -> Option<(Role, &str)> {
        self.people.iter().find_map(|p| {
            let (role, text) = p.title.as_ref()?;
            (p.surname_key == surname_key).then(|| (role.clone(), text.as_str()))
        })
    }
}
