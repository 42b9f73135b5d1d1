//! What counts as a quote: words someone said (a clause or more, or a fragment of
//! three words or more), not what quote marks also hold: a one- or two-word scare quote
//! ("the so-called “reform”"), the title of a work, a slogan or a nickname in title case
//! (“Tales from the Crypt”). Those are left out of the quotes the rules compare.

use crate::lexicon::TITLE_CASE_SMALL_WORDS;

/// The words of a quote: runs of letters and digits (apostrophes and hyphens inside).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// `true` when the quote opens with a capital and ends with one of `ends`.
fn capital_to(text: &str, ends: &[char]) -> bool {
    let t = text.trim();
    let end = t.trim_end_matches(['”', '"', '’', '\'', ')']);
    t.chars().next().is_some_and(char::is_uppercase) && end.ends_with(ends)
}

/// `true` when the quote is a whole sentence: a capital first, `.`, `!` or `?` last.
fn whole_sentence(text: &str) -> bool {
    capital_to(text, &['.', '!', '?'])
}

/// `true` when every word but the small ones of title case is capitalised (or a
/// number), the first one too, two at least, and the quote is no sentence in mixed case.
fn title_case(text: &str) -> bool {
    let mut n = 0;
    let mut upper = true;
    for (i, w) in words(text).enumerate() {
        upper &= !w.chars().any(char::is_lowercase);
        let first = w.chars().next().unwrap_or(' ');
        let small = i > 0
            && TITLE_CASE_SMALL_WORDS
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s));
        if !(small || first.is_uppercase() || first.is_ascii_digit()) {
            return false;
        }
        n += usize::from(!small);
    }
    n >= 2 && (upper || !whole_sentence(text))
}

/// `true` when the quote is speech the rules may compare: three words or more, or
/// words said on their own (a sentence, or the first part of a split one: “It held,”
/// she said), and no title.
pub(super) fn is_speech(text: &str) -> bool {
    let n = words(text).take(3).count();
    (n >= 3 || capital_to(text, &['.', '!', '?', ','])) && !title_case(text)
}

#[cfg(test)]
mod tests {
    use super::is_speech;

    #[test]
    fn scare_quotes_are_not_speech() {
        assert!(!is_speech("reform"));
        assert!(!is_speech("deeply troubling"));
        assert!(!is_speech("deeply troubling,"));
        // A two-word sentence is.
        assert!(is_speech("Stop it."));
        assert!(is_speech("No comment!"));
        assert!(is_speech("It held,"));
        assert!(is_speech("fix nothing for years"));
    }

    #[test]
    fn titles_and_slogans_are_not_speech() {
        assert!(!is_speech("Tales from the Crypt"));
        assert!(!is_speech("Keep Harbourton Green Again,"));
        assert!(!is_speech("Night Shift: A Nurse's Year"));
        assert!(!is_speech("THE RIVER WILL NOT WAIT."));
        assert!(!is_speech("The Lighthouse Keeper"));
        assert!(is_speech("We Will Rebuild, and soon."));
        assert!(is_speech("The bridge is safe."));
        assert!(is_speech("I Said No."));
        assert!(is_speech("It is over,"));
        assert!(is_speech("Go home to the Harbour,"));
    }
}
