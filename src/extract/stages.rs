//! Per-stage cost of extraction, for profiling (`examples/stages.rs`); not part of the API.
//!
//! Each stage is its own non-inlined function (`st_*`), so that a profiler (callgrind's
//! inclusive counts, or perf) can attribute instructions to a stage:
//! `valgrind --tool=callgrind target/release/examples/stages 10`.

use super::*;

#[inline(never)]
pub(crate) fn st_segment(d: &(&str, &str)) -> Document {
    Document::from_named(d.0, d.1)
}
#[inline(never)]
pub(crate) fn st_tokenize(doc: &Document) -> Vec<Token> {
    let mut all = Vec::with_capacity(doc.clean.len() / 4 + 1);
    for s in &doc.sentences {
        tokenize_into(&doc.clean, s.range.clone(), &mut all);
    }
    all
}
#[inline(never)]
pub(crate) fn st_people(doc: &Document, s: &[SentenceTokens]) -> Vec<PersonMention> {
    people::extract(&doc.clean, s)
}
#[inline(never)]
pub(crate) fn st_words(doc: &Document, s: &[SentenceTokens]) -> Vec<WordUse> {
    people::word_uses(&doc.clean, s)
}
#[inline(never)]
pub(crate) fn st_quantities(
    doc: &Document,
    s: &[SentenceTokens],
    p: &[PersonMention],
) -> Vec<Quantity> {
    quantities::extract(&doc.clean, s, p)
}
#[inline(never)]
pub(crate) fn st_quotes(doc: &Document, s: &[SentenceTokens], p: &[PersonMention]) -> Vec<Quote> {
    quotes::extract(&doc.clean, s, p)
}

#[inline(never)]
pub(crate) fn st_dates(
    doc: &Document,
    s: &[SentenceTokens],
    p: &[PersonMention],
) -> Vec<dates::DateClaim> {
    dates::extract(&doc.clean, s, p, doc.published)
}
#[inline(never)]
pub(crate) fn st_updates(doc: &Document, s: &[SentenceTokens]) -> Vec<updates::Change> {
    updates::extract(&doc.clean, s)
}

/// Time spent per stage over `docs` (id, text), `rounds` times.
pub fn times(docs: &[(&str, &str)], rounds: usize) -> Vec<(&'static str, std::time::Duration)> {
    use std::time::{Duration, Instant};
    let mut t = [Duration::ZERO; 8];
    for _ in 0..rounds {
        for d in docs {
            let a = Instant::now();
            let doc = st_segment(d);
            let b = Instant::now();
            // The tokenizer classifies every word as it finds it.
            let all = st_tokenize(&doc);
            let c = Instant::now();
            let sentences = sentence_tokens(&doc, &all);
            let people = st_people(&doc, &sentences);
            let e = Instant::now();
            let words = st_words(&doc, &sentences);
            let f = Instant::now();
            let q = st_quantities(&doc, &sentences, &people);
            let g = Instant::now();
            let qu = st_quotes(&doc, &sentences, &people);
            let h = Instant::now();
            let da = st_dates(&doc, &sentences, &people);
            let ii = Instant::now();
            let up = st_updates(&doc, &sentences);
            let j = Instant::now();
            std::hint::black_box((people, words, q, qu, da, up));
            let spans = [
                (a, b),
                (b, c),
                (c, e),
                (e, f),
                (f, g),
                (g, h),
                (h, ii),
                (ii, j),
            ];
            for (i, (x, y)) in spans.into_iter().enumerate() {
                t[i] += y - x;
            }
        }
    }
    [
        "segment",
        "tokenize",
        "people",
        "word_uses",
        "quantities",
        "quotes",
        "dates",
        "updates",
    ]
    .into_iter()
    .zip(t)
    .collect()
}
