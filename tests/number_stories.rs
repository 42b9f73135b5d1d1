//! Invented multi-article stories: a changed casualty count, troop cap, plan size, money
//! amount and percentage are flagged; compatible restatements are not (issue 4).
//!
//! The stories' texts are files in `tests/stories/<story>/`, which the snapshot test
//! (`tests/snapshots.rs`) and `fuzz/seed.sh` read too.

mod common;
use common::{corpus, find};
use factcheck::{Corpus, Document, Severity};

const QUAKE: &[(&str, &str)] = &[
    ("q1.txt", include_str!("stories/quake/q1.txt")),
    ("q2.txt", include_str!("stories/quake/q2.txt")),
    ("q3.txt", include_str!("stories/quake/q3.txt")),
];

const TALKS: &[(&str, &str)] = &[
    ("t1.txt", include_str!("stories/talks/t1.txt")),
    ("t2.txt", include_str!("stories/talks/t2.txt")),
    ("t3.txt", include_str!("stories/talks/t3.txt")),
];

#[test]
fn changed_values_are_flagged() {
    let c = corpus(QUAKE);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    // Casualties: 31 cannot be "at least 40"; 52 can.
    let k = find(&fs, "number-conflict", "q3.txt", "31");
    assert_eq!(k.len(), 1, "{fs:#?}");
    assert_eq!(k[0].severity, Severity::Error);
    assert!(
        k[0].message.contains("31") && k[0].evidence.iter().any(|e| e.text.contains("40")),
        "{:#?}",
        k[0]
    );
    // Money: $5bn vs $2bn.
    assert!(
        !find(&fs, "number-conflict", "q3.txt", "$5bn").is_empty(),
        "{fs:#?}"
    );
    // Percentage: 40% vs nearly 15%.
    assert!(
        !find(&fs, "number-conflict", "q3.txt", "40%").is_empty(),
        "{fs:#?}"
    );
}

#[test]
fn compatible_restatements_are_quiet() {
    // 52 is "at least 40"; $2bn = 2 billion dollars; about 1,800 ~ some 1,750.
    let fs = corpus(&QUAKE[..2]).scan();
    assert!(fs.iter().all(|f| f.rule != "number-conflict"), "{fs:#?}");
}

#[test]
fn plan_size_troop_cap_and_fund() {
    let c = corpus(TALKS);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    assert!(
        !find(&fs, "number-conflict", "t3.txt", "15-point").is_empty(),
        "{fs:#?}"
    );
    assert!(
        !find(&fs, "number-conflict", "t3.txt", "95,000").is_empty(),
        "{fs:#?}"
    );
    assert!(
        !find(&fs, "number-conflict", "t3.txt", "£3 billion").is_empty(),
        "{fs:#?}"
    );
    // "eleven" and "11" agree.
    assert!(
        find(&fs, "number-conflict", "t1.txt", "eleven").is_empty(),
        "{fs:#?}"
    );
    assert!(
        find(&fs, "number-conflict", "t2.txt", "11").is_empty(),
        "{fs:#?}"
    );
}

#[test]
fn units_and_bounds_agree() {
    let c = corpus(&[
        (
            "a.txt",
            "The tank fires 120mm shells. At least 26 people were killed in the strike.",
        ),
        (
            "b.txt",
            "The tank fires 120 millimetre shells. The strike killed 29 people.",
        ),
    ]);
    let fs = c.scan();
    assert!(fs.iter().all(|f| f.rule != "number-conflict"), "{fs:#?}");
}

#[test]
fn a_new_article_with_a_changed_count() {
    let c = corpus(QUAKE);
    let doc = Document::text("new.txt", "The Valdoria earthquake killed 21 people.");
    let fs = c.check(&doc);
    let k = find(&fs, "number-conflict", "new.txt", "21 people");
    assert_eq!(k.len(), 1, "{fs:#?}");
    assert!(k[0].evidence.iter().all(|e| e.doc != "new.txt"));
}

#[test]
fn seeds_have_no_number_conflict() {
    let fs = Corpus::with_seeds().scan();
    assert!(fs.iter().all(|f| !f.rule.starts_with("number-")), "{fs:#?}");
}

#[test]
fn a_cap_is_a_cap_however_it_is_phrased() {
    let c = corpus(&[
        ("a.txt", "The deal would cut the army to 600,000 troops."),
        ("b.txt", "The deal would cap the army at 700,000 troops."),
        ("c.txt", "The deal would reduce the army by 200,000 troops."),
    ]);
    let fs = c.scan();
    assert_eq!(
        find(&fs, "number-conflict", "b.txt", "700,000").len(),
        1,
        "{fs:#?}"
    );
    // A reduction is a different claim from the level it reduces to.
    assert!(
        find(&fs, "number-conflict", "c.txt", "200,000").is_empty(),
        "{fs:#?}"
    );
}

const FLOOD: &[(&str, &str)] = &[
    ("f1.txt", include_str!("stories/toll/f1.txt")),
    ("f2.txt", include_str!("stories/toll/f2.txt")),
];

#[test]
fn a_death_toll_is_a_count_of_people_and_a_verb_is_no_counted_noun() {
    let c = corpus(FLOOD);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    // "the death toll … to 47" and "52 people had died" are one claim, reported once in a
    // scan (on the later article, or the last by name), the other article its evidence.
    let pair = find(&fs, "number-conflict", "f1.txt", "47").len()
        + find(&fs, "number-conflict", "f2.txt", "52").len();
    assert_eq!(pair, 1, "{fs:#?}");
    // 12 schools and 30 shops that closed are two claims, not one about "closed".
    assert!(
        find(&fs, "number-conflict", "f1.txt", "12").is_empty(),
        "{fs:#?}"
    );
}

const HOUSING: &[(&str, &str)] = &[
    ("h1.txt", include_str!("stories/housing/h1.txt")),
    ("h2.txt", include_str!("stories/housing/h2.txt")),
    ("h3.txt", include_str!("stories/housing/h3.txt")),
];

#[test]
fn several_values_in_one_article_are_compared_nearest_first() {
    let c = corpus(HOUSING);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    // h1 and h2 both give 4,000 and 600 homes: two counts, not a conflict between them;
    // h3's 3,000 conflicts with their nearest value, 4,000, not with 600. A scan reports
    // it once, on the odd article (h3), the two others its evidence.
    assert!(
        find(&fs, "number-conflict", "h1.txt", "600").is_empty(),
        "{fs:#?}"
    );
    assert!(
        find(&fs, "number-conflict", "h2.txt", "600").is_empty(),
        "{fs:#?}"
    );
    assert!(
        find(&fs, "number-conflict", "h1.txt", "4,000").is_empty(),
        "{fs:#?}"
    );
    assert!(
        !find(&fs, "number-conflict", "h3.txt", "3,000").is_empty(),
        "{fs:#?}"
    );
}
