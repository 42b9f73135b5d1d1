//! Invented multi-article stories with other names, titles and diacritics: each people
//! rule fires where it should and stays quiet where it should not (issue 3).
//!
//! The stories' texts are files in `tests/stories/<story>/`, which the snapshot test
//! (`tests/snapshots.rs`) and `fuzz/seed.sh` read too.

mod common;
use common::{corpus, find, serious};
use factcheck::{Document, Severity};

/// A city budget story: German diacritics, nicknames, spokesperson forms, a near-miss.
const CITY: &[(&str, &str)] = &[
    ("city1.txt", include_str!("stories/city/city1.txt")),
    ("city2.txt", include_str!("stories/city/city2.txt")),
    ("city3.txt", include_str!("stories/city/city3.txt")),
    ("city4.txt", include_str!("stories/city/city4.txt")),
];

/// A flood story: Slavic transliterations, two people sharing a surname, same first name and role.
const FLOOD: &[(&str, &str)] = &[
    ("flood1.txt", include_str!("stories/flood/flood1.txt")),
    ("flood2.txt", include_str!("stories/flood/flood2.txt")),
    ("flood3.txt", include_str!("stories/flood/flood3.txt")),
    ("flood4.txt", include_str!("stories/flood/flood4.txt")),
];

#[test]
fn city_story_rules_fire() {
    let c = corpus(CITY);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    // Diacritics variant: Mueller for Müller.
    let v = find(&fs, "name-variant", "city4.txt", "Mueller");
    assert!(
        v.iter()
            .any(|f| f.severity == Severity::Warning && f.message.contains("Müller")),
        "{fs:#?}"
    );
    // Near-miss spelling.
    let m = find(&fs, "name-mismatch", "city4.txt", "Castellanoz");
    assert_eq!(m.len(), 1, "{fs:#?}");
    // Title conflict: Governor vs Mayor.
    let t = find(&fs, "title-conflict", "city4.txt", "Governor Elena Mueller");
    assert_eq!(t.len(), 1, "{fs:#?}");
    // Nickname: info only.
    let n = find(&fs, "name-variant", "city3.txt", "Tom Okafor");
    assert!(
        n.iter().all(|f| f.severity == Severity::Info) && !n.is_empty(),
        "{fs:#?}"
    );
}

#[test]
fn city_story_must_not_flag() {
    let fs = corpus(CITY).scan();
    for f in serious(&fs) {
        assert!(
            !f.subject.contains("Nandakumar"),
            "spokesman/spokeswoman/spokesperson are one role: {f:#?}"
        );
        assert!(
            !f.subject.contains("Okafor"),
            "Tom/Thomas is a nickname: {f:#?}"
        );
        assert!(
            !f.span.doc.starts_with("city1") && !f.span.doc.starts_with("city2"),
            "{f:#?}"
        );
    }
}

#[test]
fn flood_story_rules_fire() {
    let c = corpus(FLOOD);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    assert!(
        !find(&fs, "name-variant", "flood3.txt", "Chaikovsky").is_empty(),
        "{fs:#?}"
    );
    let k = find(&fs, "name-mismatch", "flood3.txt", "Sergei Kuzmin");
    assert_eq!(k.len(), 1, "{fs:#?}");
    assert!(k[0].message.contains("Kuzmenko"));
    assert!(
        !find(&fs, "title-conflict", "flood4.txt", "ormer Governor").is_empty(),
        "{fs:#?}"
    );
}

#[test]
fn flood_story_must_not_flag() {
    let fs = corpus(FLOOD).scan();
    for f in serious(&fs) {
        // Ivan Tchaikovsky (a union spokesman) is not Governor Pavel Tchaikovsky.
        assert!(
            !(f.rule == "title-conflict" && f.span.text.contains("Ivan")),
            "{f:#?}"
        );
        assert!(
            !f.subject.contains("Diallo"),
            "coordinator and adviser are compatible: {f:#?}"
        );
        assert!(
            !(f.rule == "name-variant" && f.span.doc == "flood1.txt"),
            "{f:#?}"
        );
    }
}

#[test]
fn checking_against_the_majority() {
    let c = corpus(CITY);
    // Agreeing with the corpus majority: nothing serious.
    let ok = Document::text(
        "new.txt",
        "Mayor Elena Müller and Finance Director Rhea Castellanos presented the budget.",
    );
    assert!(serious(&c.check(&ok)).is_empty(), "{:#?}", c.check(&ok));
    // Disagreeing with it: an error on the new article, with corpus evidence.
    let bad = Document::text("new.txt", "Senator Elena Müller presented the budget.");
    let fs = c.check(&bad);
    let t = find(&fs, "title-conflict", "new.txt", "Senator Elena Müller");
    assert_eq!(t.len(), 1, "{fs:#?}");
    assert!(t[0].evidence.iter().all(|e| e.doc != "new.txt") && !t[0].evidence.is_empty());
    common::assert_exact_spans(&c, &[&bad], &fs);
}

#[test]
fn near_miss_in_a_new_article() {
    let c = corpus(CITY);
    let doc = Document::text(
        "new.txt",
        "Finance Director Rhea Castelanos said the audit was done.",
    );
    let fs = c.check(&doc);
    assert_eq!(
        find(&fs, "name-mismatch", "new.txt", "Castelanos").len(),
        1,
        "{fs:#?}"
    );
}

#[test]
fn name_case_in_an_invented_story() {
    let c = corpus(CITY);
    let doc = Document::text("new.txt", "Budget Passes\nThe plan was drafted by müller’s team. Finance Director Rhea castellanos signed it, and the council will vote in march.");
    let fs = c.check(&doc);
    common::assert_exact_spans(&c, &[&doc], &fs);
    assert_eq!(
        find(&fs, "name-case", "new.txt", "müller").len(),
        1,
        "{fs:#?}"
    );
    assert_eq!(
        find(&fs, "name-case", "new.txt", "castellanos").len(),
        1,
        "{fs:#?}"
    );
    // Ordinary lower-case words are not names.
    for word in ["plan", "team", "council", "vote", "march"] {
        assert!(
            find(&fs, "name-case", "new.txt", word).is_empty(),
            "{word}: {fs:#?}"
        );
    }
}
