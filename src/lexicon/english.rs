//! Ordinary English words ("felt", "street", "award"): a lower-case word that is one is not
//! taken for a name written in lower case. The words are those of SCOWL's two most frequent
//! levels (see `data/LICENSE-english-words.txt`), kept as a Bloom filter that `build.rs`
//! writes: about 2% of other words test as English too, which only makes `name-case` say
//! less.

/// The filter: one byte per word of the list, 5 probes per word.
static BLOOM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english.bin"));

include!("bloom_probes.rs");

/// `true` when `word` (lower case) is an ordinary English word (or one of the ~2% the
/// filter cannot tell from one).
pub fn is_english_word(word: &str) -> bool {
    let bits = BLOOM.len() as u64 * 8;
    bits > 0
        && bloom_probes(word, bits)
            .iter()
            .all(|&p| BLOOM[(p / 8) as usize] & (1 << (p % 8)) != 0)
}

/// `true` when `word` (lower case) is an English word or a regular inflection of one:
/// "deputies", "detectives", "recessed", "hunting".
pub fn is_english_form(word: &str) -> bool {
    if is_english_word(word) {
        return true;
    }
    let stem = |suffix: &str, add: &str| {
        word.strip_suffix(suffix)
            .filter(|s| s.len() >= 3)
            .is_some_and(|s| is_english_word(&format!("{s}{add}")))
    };
    stem("s", "")
        || stem("es", "")
        || stem("ies", "y")
        || stem("ed", "")
        || stem("ed", "e")
        || stem("ing", "")
        || stem("ing", "e")
}

#[cfg(test)]
mod tests {
    use super::is_english_word;

    #[test]
    fn english_words_and_names() {
        for w in [
            "felt",
            "street",
            "award",
            "anger",
            "hunt",
            "university",
            "heard",
        ] {
            assert!(is_english_word(w), "{w}");
        }
        let names = [
            "zelenskyy",
            "witkoff",
            "brandvold",
            "varnholm",
            "kowalska",
            "solvang",
        ];
        assert!(names.iter().filter(|w| is_english_word(w)).count() <= 1);
        assert!(super::is_english_form("deputies") && super::is_english_form("pulled"));
    }
}
