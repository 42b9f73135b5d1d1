//! Quotes: who said what, across the seeds and invented articles (issue 5).
//!
//! The stories' texts are files in `tests/stories/<story>/`, which the snapshot test
//! (`tests/snapshots.rs`) and `fuzz/seed.sh` read too.

mod common;
use common::{corpus, find};
use factcheck::extract::analyse;
use factcheck::{Corpus, Document, Severity};

#[test]
fn seed_quote_findings() {
    let fs = Corpus::with_seeds().scan();
    let att = find(
        &fs,
        "quote-attribution",
        "000_0307b1cb655c061a.txt",
        "momentum is finally on the side of peace",
    );
    assert_eq!(att.len(), 1, "{fs:#?}");
    assert!(att[0].message.contains("davis") && att[0].message.contains("Embassy"));
    assert_eq!(
        att[0].severity,
        Severity::Warning,
        "an institution against a person is a warning"
    );
    assert_eq!(
        find(
            &fs,
            "quote-attribution",
            "004_42337460ffcbe2a6.txt",
            "momentum"
        )
        .len(),
        1
    );
    let w = find(
        &fs,
        "quote-wording",
        "001_fd9efc5d79b2d95b.txt",
        "difficult but necessary concessions",
    );
    assert_eq!(w.len(), 1, "{fs:#?}");
    assert!(w[0].message.contains("Rubio") && w[0].message.contains("compromises"));
    // Nothing else about quotes: not Zelenskyy's "constructive, honest and swift work",
    // not Peskov's or Barrot's quotes.
    let quotes: Vec<_> = fs.iter().filter(|f| f.rule.starts_with("quote-")).collect();
    assert_eq!(quotes.len(), 4, "{quotes:#?}");
    for f in &quotes {
        for who in ["Zelensk", "Peskov", "Barrot"] {
            assert!(!f.message.contains(who), "{f:#?}");
        }
    }
}

#[test]
fn extract_lists_quotes_with_speakers() {
    let seeds = Corpus::with_seeds();
    let a = seeds.analysis("003_1f0bf1d3823c54ba.txt").unwrap();
    let peskov: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.speaker_name().as_deref() == Some("Dmitry Peskov"))
        .collect();
    assert!(
        peskov
            .iter()
            .any(|q| q.text.starts_with("There are no ongoing consultations")),
        "{:#?}",
        a.quotes
    );
    // "He reiterated …": the pronoun is Peskov.
    assert!(
        peskov.iter().any(|q| q.text.starts_with("root causes")),
        "{:#?}",
        a.quotes
    );
    let barrot = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Ukrainians seek"))
        .unwrap();
    assert_eq!(barrot.speaker_name().as_deref(), Some("Jean-Noël Barrot"));
}

/// A ferry-strike story.
const FERRY: &[(&str, &str)] = &[
    ("f1.txt", include_str!("stories/ferry/f1.txt")),
    ("f2.txt", include_str!("stories/ferry/f2.txt")),
    ("f3.txt", include_str!("stories/ferry/f3.txt")),
];

#[test]
fn split_quotes_and_pronouns() {
    let a = analyse(Document::text(FERRY[0].0, FERRY[0].1));
    let q: Vec<_> = a
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker_name()))
        .collect();
    assert_eq!(q[0].1.as_deref(), Some("Marta Oyelowo"), "{q:?}");
    assert_eq!(
        q[1].1.as_deref(),
        Some("Marta Oyelowo"),
        "second half of a split quote: {q:?}"
    );
    assert_eq!(q[2].1.as_deref(), Some("Ivo Brandt"));
}

#[test]
fn misattributed_quote_and_wording_drift() {
    let c = corpus(FERRY);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    // f3 gives the union leader's words to the minister: two people, an error.
    let mis = find(&fs, "quote-attribution", "f3.txt", "We will not sail");
    assert_eq!(mis.len(), 1, "{fs:#?}");
    assert_eq!(mis[0].severity, Severity::Error);
    // f1 and f2 agree on who said it (partial overlap of the same words).
    assert!(find(&fs, "quote-attribution", "f2.txt", "We will not sail")
        .iter()
        .all(|f| f.evidence.iter().all(|e| e.doc == "f3.txt")));
    // Brandt: "for everyone involved" vs "for all involved".
    let drift = find(&fs, "quote-wording", "f2.txt", "close to a fair deal");
    assert_eq!(drift.len(), 1, "{fs:#?}");
    assert!(drift[0].message.contains("Brandt"));
}

#[test]
fn a_new_article_quoting_the_wrong_person() {
    let c = corpus(FERRY);
    let doc = Document::text(
        "new.txt",
        "Minister Ivo Brandt said: “We will not sail until the contracts are signed.”",
    );
    let fs = c.check(&doc);
    assert!(
        !find(&fs, "quote-attribution", "new.txt", "We will not sail").is_empty(),
        "{fs:#?}"
    );
    common::assert_exact_spans(&c, &[&doc], &fs);
}

#[test]
fn paraphrase_is_not_a_quote() {
    let c = corpus(FERRY);
    let doc = Document::text(
        "new.txt",
        "Brandt said the sides were close to a fair deal for all involved.",
    );
    let fs = c.check(&doc);
    assert!(fs.iter().all(|f| !f.rule.starts_with("quote-")), "{fs:#?}");
}

#[test]
fn unbalanced_quote_neither_panics_nor_swallows() {
    let text = "Harbour Dispute\nUnion leader Marta Oyelowo said “we will never give in.\nTransport Minister Ivo Brandt said the strike would end soon.\nThe harbour reopened on Friday after “talks,” officials said.\n";
    let a = analyse(Document::text("u.txt", text));
    assert!(a.quotes[0].unbalanced);
    assert_eq!(a.quotes[0].text, "we will never give in.");
    // The rest of the article is still read.
    assert!(a.people.iter().any(|p| p.name == "Ivo Brandt"));
    assert!(a.quotes.iter().any(|q| q.text == "talks,"));
    // Many unbalanced marks.
    let wild = "A “b “c ” d “ e\n".repeat(1000) + "Minister Ivo Brandt spoke.";
    let a = analyse(Document::text("w.txt", wild));
    assert!(a.people.iter().any(|p| p.name == "Ivo Brandt"));
}

#[test]
fn partial_quote_in_another_mouth() {
    let c = corpus(&[
        ("a.txt", "Bridge Reopens\n“The bridge will reopen in spring, and tolls will stay the same for every driver,” said Mayor Ana Ruiz.\n"),
        ("b.txt", "Tolls Debate\nMayor Ana Ruiz said “tolls will stay the same for every driver.”\n"),
    ]);
    // The same half sentence, same speaker: nothing.
    assert!(
        c.scan().iter().all(|f| !f.rule.starts_with("quote-")),
        "{:#?}",
        c.scan()
    );
    // Given to someone else: flagged.
    let doc = Document::text(
        "new.txt",
        "Governor Tom Hale promised that “tolls will stay the same for every driver.”",
    );
    let fs = c.check(&doc);
    let f = find(
        &fs,
        "quote-attribution",
        "new.txt",
        "tolls will stay the same",
    );
    assert_eq!(f.len(), 1, "{fs:#?}");
    assert_eq!(f[0].severity, Severity::Error);
}
