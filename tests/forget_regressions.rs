//! Inputs the `forget` fuzz target found (fuzz/fuzz_targets/forget.rs): a corpus that
//! forgets an article must scan exactly as one that never had it.

use factcheck::{Corpus, Document};

/// Splits a fuzz input as the target does: the first byte picks the article to forget,
/// the rest is up to eight articles separated by form feeds.
fn forgets_cleanly(data: &[u8]) {
    let (&pick, rest) = data.split_first().expect("input");
    let text = std::str::from_utf8(rest).expect("UTF-8");
    let articles: Vec<(String, &str)> = text
        .split('\x0c')
        .take(8)
        .enumerate()
        .map(|(i, t)| (format!("a{}.txt", (i * 5) % 8), t))
        .collect();
    let gone = &articles[pick as usize % articles.len()].0;
    let (mut all, mut without) = (Corpus::new(), Corpus::new());
    for (id, t) in &articles {
        all.add(Document::text(id.clone(), *t));
        if id != gone {
            without.add(Document::text(id.clone(), *t));
        }
    }
    all.remove(gone);
    assert_eq!(all.scan(), without.scan());
}

/// Found on 2026-12-01: after the article is forgotten, two name-mismatch findings
/// (a truncated surname against the full one) that a corpus never holding it gives are
/// missing. Open: to be fixed in resolve::forget / the near-key index.
#[test]
#[ignore = "known bug, found by the forget fuzz target: see the doc comment"]
fn forgetting_keeps_the_near_miss_names() {
    forgets_cleanly(include_bytes!("fuzz_cases/forget-name-mismatch.bin"));
}
