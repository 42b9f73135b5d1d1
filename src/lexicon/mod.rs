//! Lexicons of generic words: role and title vocabulary, function words, organisation
//! words, and given names with their nicknames and variants.
//!
//! Nothing here names a person, place or event of any story. The given-name tables come
//! from public data (see the licence files in `src/lexicon/data/`).
//!
//! One file per concern: [`titles`], [`orgs`], [`common`], [`speech`], [`numbers`] (number
//! words), [`units`] (currencies and measures), [`boilerplate`] (page furniture),
//! [`given_names`]; [`shape`] tests a word's written shape; [`class`] and the packed table turn
//! the lists into one lookup per word. The lists are re-exported here, so a stage names
//! `lexicon::SPEECH_VERBS` without knowing the file. This module imports nothing of the
//! crate but [`crate::normalize`]: every stage above may read it.

/// A word list and its test from one list of literals: the test is a `matches!` (a few
/// comparisons), the list feeds the lexicon table's classes ([`class::CUE`]), so the two
/// never disagree.
macro_rules! word_list {
    ($(#[$doc:meta])* $list:ident, $name:ident, [$($w:literal),+ $(,)?]) => {
        #[doc = concat!("The words of [`", stringify!($name), "`].")]
        pub const $list: &[&str] = &[$($w),+];
        $(#[$doc])*
        pub fn $name(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
    };
}

pub mod boilerplate;
pub mod claims;
pub mod class;
pub mod common;
pub mod english;
pub mod events;
pub mod gender;
pub mod given_names;
pub mod nations;
pub mod numbers;
pub mod orgs;
pub mod shape;
pub mod speech;
pub mod stamps;
pub mod sums;
mod table;
pub mod tallies;
pub mod titles;
pub mod units;

pub use boilerplate::*;
pub use common::*;
pub use english::{is_english_form, is_english_word};
pub use gender::{given_name_gender, Gender};
pub use given_names::GivenNames;
pub use nations::nation_of;
pub use orgs::*;
pub use speech::*;
pub use table::{classes, token_class};
pub(crate) use table::{load_le, swar_in_range, Classifier};
pub use titles::*;

macro_rules! class_test {
    ($(#[$doc:meta])* $name:ident, $class:expr) => {
        $(#[$doc])*
        pub fn $name(word: &str) -> bool {
            classes(word) & $class != 0
        }
    };
}

/// The words some extractor's reading of a whole sentence looks for ([`class::CUE`]): the
/// aside, source and forecast words of a sentence's figures, and the event, move and
/// future words of its days. A token without the class is skipped by those readings.
pub fn cue_words() -> impl Iterator<Item = &'static str> {
    [
        claims::ELSEWHERE,
        claims::PLURAL_PERIODS,
        claims::SOURCE_VERBS,
        claims::SENTENCE_CUES,
        sums::FORECAST_WORDS,
        events::EVENT_HEADS,
        events::MOVES,
        events::FUTURE,
    ]
    .into_iter()
    .flatten()
    .copied()
}

class_test!(is_office_head, class::OFFICE_HEAD);
class_test!(is_descriptive_head, class::DESCRIPTIVE_HEAD);
class_test!(is_honorific, class::HONORIFIC);
class_test!(is_portfolio, class::PORTFOLIO);
class_test!(is_title_modifier, class::TITLE_MODIFIER);
class_test!(is_org_word, class::ORG_WORD);
class_test!(is_calendar, class::CALENDAR);
class_test!(is_particle, class::PARTICLE);
class_test!(is_speech_verb, class::SPEECH_VERB);
class_test!(
    /// `true` for a role head, an office or a description.
    is_role_head,
    class::ROLE_HEAD
);
class_test!(
    /// `true` for one of the frequent English words in `common_words.txt`.
    is_common_word,
    class::COMMON_WORD
);
class_test!(
    /// `true` for a word that can open or sit inside a title: a role head, an honorific,
    /// a portfolio or a title modifier.
    is_title_word,
    class::TITLE_WORD
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_vocabulary() {
        assert!(is_office_head("secretary"));
        assert!(is_descriptive_head("envoy"));
        assert!(is_common_word("the"));
        assert!(!is_common_word("zebedee"));
    }
}
