//! The word classes of the lists above, one bit each, so that one hash lookup answers
//! every "is this word an X" question about a word. The extract stage looks every word
//! token up once ([`super::token_class`]) and keeps the bits on the token.

pub const OFFICE_HEAD: u32 = 1;
pub const DESCRIPTIVE_HEAD: u32 = 1 << 1;
pub const HONORIFIC: u32 = 1 << 2;
pub const PORTFOLIO: u32 = 1 << 3;
pub const TITLE_MODIFIER: u32 = 1 << 4;
pub const ORG_WORD: u32 = 1 << 5;
pub const CALENDAR: u32 = 1 << 6;
pub const PARTICLE: u32 = 1 << 7;
pub const SPEECH_VERB: u32 = 1 << 8;
pub const COMMON_WORD: u32 = 1 << 9;
/// A known given name ([`super::GivenNames::is_given_name`]).
pub const GIVEN_NAME: u32 = 1 << 10;
/// The plural of an office head ("senators").
pub const OFFICE_HEAD_PLURAL: u32 = 1 << 11;
/// A word that can start a number ("seven", "dozens", "a"; see
/// [`super::numbers::start_words`]).
pub const NUMBER_START: u32 = 1 << 12;
/// A word that joins the words of a title ([`super::TITLE_CONNECTORS`]).
pub const TITLE_CONNECTOR: u32 = 1 << 13;
/// A verb that attributes a quote besides the speech verbs ([`super::QUOTE_VERBS`]).
pub const QUOTE_VERB: u32 = 1 << 14;
/// A given name most of whose bearers are men, or women ([`super::given_name_gender`]).
pub const MALE_NAME: u32 = 1 << 15;
pub const FEMALE_NAME: u32 = 1 << 16;
/// A word that a reading of a whole sentence looks for ([`super::cue_words`]): aside,
/// source and forecast words of figures, event words of days, change words. The
/// readings skip every other word at one bit test.
pub const CUE: u32 = 1 << 19;
/// Set by [`super::token_class`] on a word written with a possessive ending: its
/// classes are those of the word without it.
pub const POSSESSIVE: u32 = 1 << 31;
/// Shape bits, from the word as written: a capital first letter
/// ([`super::shape::is_capitalised`]), a lower-case letter anywhere, an
/// initial ("P."), an acronym ("U.S.").
pub const CAPITALISED: u32 = 1 << 20;
pub const HAS_LOWER: u32 = 1 << 21;
pub const INITIAL: u32 = 1 << 22;
pub const ACRONYM: u32 = 1 << 23;
/// The word has an ASCII hyphen ("twenty-two").
pub const HYPHEN: u32 = 1 << 24;
/// The word as written is its own folded form ([`crate::normalize::fold`]): ASCII with no
/// capital, so that a reader takes its text instead of folding a copy.
pub const FOLDED: u32 = 1 << 25;
/// Set by [`super::token_class`] on every word, so that a token's class 0 means "not
/// looked up yet".
pub const LOOKED_UP: u32 = 1 << 30;
/// A role head ([`super::is_role_head`]).
pub const ROLE_HEAD: u32 = OFFICE_HEAD | DESCRIPTIVE_HEAD;
/// A title word ([`super::is_title_word`]).
pub const TITLE_WORD: u32 = OFFICE_HEAD | DESCRIPTIVE_HEAD | HONORIFIC | PORTFOLIO | TITLE_MODIFIER;
/// A role head, an honorific or the plural of an office head: what `people` calls
/// the head of a title.
pub const HEAD: u32 = ROLE_HEAD | HONORIFIC | OFFICE_HEAD_PLURAL;
