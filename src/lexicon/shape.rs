//! The written shape of a word: a capital first letter, an initial ("P."), an acronym
//! ("U.S."). The tokenizer and the lexicon's class bits both read these.

/// `true` when the word starts with a capital letter.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// "P", "P." or a dotted abbreviation of one capital letter.
pub fn is_initial(s: &str) -> bool {
    let t = s.trim_end_matches('.');
    let mut cs = t.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// "US", "U.S.", "EU", "UK": short all-capital words and dotted abbreviations.
pub fn is_acronym(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2 && (letters <= 5 || s.contains('.'))
}
