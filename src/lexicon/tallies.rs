//! Words that make a figure in a sentence a part of a tally or an earlier report of it,
//! not the tally itself: "two were critically hurt", "four others", "police initially
//! said eight".

/// A word (any case) that narrows or dates a count in its sentence.
pub fn narrows_a_count(word: &str) -> bool {
    [
        "critically",
        "seriously",
        "severely",
        "fatally",
        "mortally",
        "gravely",
        "minor",
        "other",
        "others",
        "also",
        "additional",
        "more",
        "another",
        "including",
        "among",
        "initial",
        "initially",
        "originally",
        "first",
        "earlier",
        "later",
        "previously",
        "early",
        "still",
        "remain",
        "remained",
        "remains",
        "younger",
        "older",
        "adults",
        "children",
        "teens",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::narrows_a_count;

    #[test]
    fn narrowing_words() {
        assert!(narrows_a_count("Critically") && narrows_a_count("others"));
        assert!(!narrows_a_count("people") && !narrows_a_count("injured"));
    }
}
