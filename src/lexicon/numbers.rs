//! Number words: units ("seven"), tens ("forty"), scales ("million", "dozen"),
//! ordinals ("third"), and the other words that can start a number ("several", "a").

pub const UNIT_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("nil", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

pub const TENS_WORDS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("mio", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

pub const ORDINAL_WORDS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("quarter", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1e3),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
    ("half", 2.0),
    ("halve", 2.0),
];

/// Words that can start a number, besides digits and number words.
pub const STARTERS: &[&str] = &[
    "a", "an", "half", "quarter", "several", "few", "many", "hundreds", "dozens", "tens", "minus",
    "negative", "hundred", "dozen",
];

/// Every word that, folded and written alone, may start a number (see `extract::numbers::may_start`):
/// the lexicon gives them a class bit so that a token's class answers the question.
pub fn start_words() -> impl Iterator<Item = String> {
    let tables = [UNIT_WORDS, TENS_WORDS, SCALE_WORDS, ORDINAL_WORDS];
    let words = tables.into_iter().flatten().map(|(w, _)| w.to_string());
    let plural_ordinals = ORDINAL_WORDS.iter().map(|(w, _)| format!("{w}s"));
    let starters = STARTERS.iter().map(|w| w.to_string());
    words.chain(plural_ordinals).chain(starters)
}
