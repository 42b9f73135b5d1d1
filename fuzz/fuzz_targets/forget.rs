//! Removing an article is never having added it: the input is split into up to eight
//! articles at form feeds (`\x0c`); a corpus of all of them that then forgets one (its
//! index chosen by the first byte, after being replaced once when the byte is odd) must
//! scan and list its people exactly as a corpus that never had it. This is the corpus
//! index's removal path (`resolve::forget`, `resolve::ballot`) against a fresh build.
#![no_main]
use factcheck::corpus::people_overview;
use factcheck::{Corpus, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let articles: Vec<(String, &str)> = text
        .split('\x0c')
        .take(8)
        .enumerate()
        .map(|(i, t)| (format!("a{}.txt", (i * 5) % 8), t))
        .collect();
    let gone = &articles[pick as usize % articles.len()].0;
    let mut all = Corpus::new();
    let mut without = Corpus::new();
    for (id, t) in &articles {
        all.add(Document::text(id.clone(), *t));
        if id != gone {
            without.add(Document::text(id.clone(), *t));
        }
    }
    if pick % 2 == 1 {
        all.add(Document::text(gone.clone(), "A replaced article."));
    }
    all.remove(gone);
    assert_eq!(all.scan(), without.scan());
    assert_eq!(
        format!("{:?}", people_overview(&all)),
        format!("{:?}", people_overview(&without))
    );
});
