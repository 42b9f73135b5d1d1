//! The seed corpus: what `scan` must and must not report (issues 2 and 3).

mod common;
use factcheck::{Corpus, Severity};

const D0: &str = "000_0307b1cb655c061a.txt";
const D1: &str = "001_fd9efc5d79b2d95b.txt";
const D2: &str = "002_4d42839a3193f682.txt";
const D3: &str = "003_1f0bf1d3823c54ba.txt";

#[test]
fn seeds_are_copied_unchanged() {
    for (name, text) in factcheck::seeds::SEEDS {
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/seeds")
            .join(name);
        if let Ok(orig) = std::fs::read_to_string(&shared) {
            assert_eq!(&orig, text, "{name} differs from shared/seeds");
        }
    }
}

#[test]
fn every_span_is_the_exact_source_slice() {
    let c = Corpus::with_seeds();
    let fs = c.scan();
    assert!(!fs.is_empty());
    common::assert_exact_spans(&c, &[], &fs);
}

#[test]
fn name_case_on_seed_000() {
    let fs = Corpus::with_seeds().scan();
    for word in ["zelenskyy", "davis", "russia", "ukraine"] {
        let hits = common::find(&fs, "name-case", D0, word);
        assert!(
            hits.iter().any(|f| f.span.text == word),
            "no name-case for {word}: {fs:#?}"
        );
    }
    // Sentence-initial lower case ("details of …") is not a name.
    assert!(common::find(&fs, "name-case", D0, "details").is_empty());
}

#[test]
fn people_expectations() {
    let fs = Corpus::with_seeds().scan();
    let wintour = common::find(&fs, "name-mismatch", D3, "Wintour");
    assert_eq!(wintour.len(), 1, "{fs:#?}");
    assert_eq!(wintour[0].severity, Severity::Error);
    assert!(wintour[0].message.contains("Witkoff"));

    let rubio = common::find(&fs, "title-conflict", D0, "Senator Marco Rubio");
    assert_eq!(rubio.len(), 1, "{fs:#?}");
    assert_eq!(rubio[0].span.text, "Senator Marco Rubio");
    assert!(rubio[0]
        .evidence
        .iter()
        .any(|e| e.text.contains("Secretary of State Marco Rubio")));

    let trump = common::find(&fs, "title-conflict", D1, "Trump");
    assert_eq!(trump.len(), 1, "{fs:#?}");
    assert!(trump[0].span.text.starts_with("former") && trump[0].span.text.contains("President"));

    let zelensky = common::find(&fs, "name-variant", D2, "Zelensky");
    assert!(
        zelensky
            .iter()
            .any(|f| f.severity == Severity::Warning && f.message.contains("Zelenskyy")),
        "{fs:#?}"
    );
    let zelenskiy = common::find(&fs, "name-variant", D3, "Zelenskiy");
    assert!(
        zelenskiy.iter().any(|f| f.severity == Severity::Warning),
        "{fs:#?}"
    );
}

#[test]
fn people_must_not_flag() {
    let fs = Corpus::with_seeds().scan();
    for f in common::serious(&fs) {
        for name in ["Driscoll", "Peskov", "Kallas", "Leavitt", "Dmitriev"] {
            assert!(
                !f.subject.contains(name) && !f.span.text.contains(name),
                "unexpected {f:#?}"
            );
        }
        assert!(
            !f.rule.starts_with("number-"),
            "seeds have no number conflict: {f:#?}"
        );
    }
    // Exactly the expected serious people findings.
    let people: Vec<_> = common::serious(&fs)
        .into_iter()
        .filter(|f| f.rule.starts_with("name-") || f.rule.starts_with("title-"))
        .collect();
    assert_eq!(people.len(), 9, "{people:#?}");
}

#[test]
fn boilerplate_yields_no_mentions() {
    let c = Corpus::with_seeds();
    for a in c.analyses() {
        let src = &a.doc.source;
        for marker in [
            "Read Next",
            "Select Language:",
            "← Back to News",
            "Leave a Reply",
            "References",
        ] {
            if let Some(at) = src.find(marker) {
                let end = at + marker.len();
                assert!(
                    a.doc.is_excluded(at),
                    "{marker} not excluded in {}",
                    a.doc.id
                );
                for p in &a.people {
                    assert!(
                        p.range.end <= at || p.range.start >= end,
                        "mention from {marker}"
                    );
                }
                for q in &a.quantities {
                    assert!(
                        q.range.end <= at || q.range.start >= end,
                        "quantity from {marker}"
                    );
                }
            }
        }
    }
}

#[test]
fn scan_is_deterministic_and_order_free() {
    let a = Corpus::with_seeds().scan();
    let mut c = Corpus::new();
    for (name, text) in factcheck::seeds::SEEDS.iter().rev() {
        c.add(factcheck::Document::from_named(*name, *text));
    }
    assert_eq!(a, c.scan());
}

#[test]
fn checking_a_seed_against_the_others_agrees_with_scan() {
    let mut c = Corpus::with_seeds();
    let doc = factcheck::Document::from_named(D0, factcheck::seeds::SEEDS[0].1);
    c.remove(D0);
    let fs = c.check(&doc);
    assert!(
        common::find(&fs, "title-conflict", D0, "Senator Marco Rubio").len() == 1,
        "{fs:#?}"
    );
    assert!(common::find(&fs, "name-case", D0, "davis").len() == 1);
}
