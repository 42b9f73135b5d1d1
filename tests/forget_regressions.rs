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
/// (a truncated surname against the full one) that a corpus never holding it gives were
/// missing. The forgotten article had the person as plain "Minister"; dropping that role
/// unfiled the person under "minister", the base of a role ("Minister {org}") another
/// article still gave.
#[test]
fn forgetting_keeps_the_near_miss_names() {
    forgets_cleanly(include_bytes!("fuzz_cases/forget-name-mismatch.bin"));
}

/// The same cause, written out: one article gives the person a plain role, another the
/// role with an organisation word it does not know ("Tarvic Minister"); forgetting the
/// first keeps the person filed under the plain role.
#[test]
fn forgetting_a_plain_role_keeps_the_role_with_its_organisation() {
    let texts = [
        "Minister Dana Orlov toured the dam on Monday.",
        "Tarvic Minister Dana Orlov opened the lock.",
        "Minister Dana Orl said the levee held.",
        "Fisheries Minister Dana Orlov met engineers.",
    ];
    let mut data = vec![0u8];
    data.extend(texts.join("\x0c").into_bytes());
    forgets_cleanly(&data);
}
