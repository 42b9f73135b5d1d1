//! Updates, stale figures and days: invented stories for issue 20 (time in the story).

use factcheck::{Corpus, Document, Finding, Severity};

fn corpus(texts: &[(&str, &str)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, t) in texts {
        c.add(Document::text(*id, *t));
    }
    c
}

fn of<'a>(fs: &'a [Finding], rule: &str, words: &str) -> Vec<&'a Finding> {
    fs.iter()
        .filter(|f| f.rule == rule && f.span.text.contains(words))
        .collect()
}

const MONDAY: (&str, &str) = (
    "a.txt",
    "Storm Hits Dunmere\n\nBy Ann Lee\nUpdated 9.40pm, Monday 2 March 2026\n\nThe storm killed 14 people in Dunmere, officials said.\n",
);

#[test]
fn a_dated_later_higher_toll_is_an_update() {
    let c = corpus(&[MONDAY]);
    let new = Document::text(
        "b.txt",
        "Dunmere Toll\n\nBy Ben Orr\nTuesday 3 March 2026\n\nThe storm killed 20 people in Dunmere, officials said.\n",
    );
    let fs = c.check(&new);
    let hit = of(&fs, "number-conflict", "20");
    assert_eq!(hit.len(), 1, "{fs:#?}");
    assert_eq!(hit[0].severity, Severity::Info);
    assert!(hit[0].message.contains("update"), "{}", hit[0].message);
}

#[test]
fn a_dated_later_lower_toll_is_an_error() {
    let c = corpus(&[MONDAY]);
    let new = Document::text(
        "b.txt",
        "Dunmere Toll\n\nBy Ben Orr\nTuesday 3 March 2026\n\nThe storm killed 9 people in Dunmere, officials said.\n",
    );
    let fs = c.check(&new);
    let hit = of(&fs, "number-conflict", "9");
    assert_eq!(hit.len(), 1, "{fs:#?}");
    assert_eq!(hit[0].severity, Severity::Error);
}

#[test]
fn a_new_article_repeating_a_superseded_figure_is_an_error() {
    let c = corpus(&[
        MONDAY,
        (
            "b.txt",
            "Dunmere Toll Rises\n\nBy Ben Orr\nTuesday 3 March 2026\n\nThe death toll rose from 14 to 20 overnight. The storm killed 20 people in Dunmere.\n",
        ),
    ]);
    let new = Document::text(
        "c.txt",
        "Dunmere Clean-up\n\nThe storm killed 14 people in Dunmere, the council said.\n",
    );
    let fs = c.check(&new);
    let hit = of(&fs, "number-conflict", "14");
    assert_eq!(hit.len(), 1, "{fs:#?}");
    assert_eq!(hit[0].severity, Severity::Error);
    assert!(hit[0].message.contains("superseded"), "{}", hit[0].message);
}

#[test]
fn rose_from_marks_the_old_value_superseded_without_dates() {
    let c = corpus(&[
        (
            "a.txt",
            "Flood In Marrow\n\nThe flood killed 31 people in Marrow, officials said.\n",
        ),
        (
            "b.txt",
            "Marrow Toll\n\nThe death toll in Marrow rose from 31 to 40. The flood killed 40 people.\n",
        ),
    ]);
    let fs = c.scan();
    let loud: Vec<_> = fs
        .iter()
        .filter(|f| f.rule == "number-conflict" && f.severity > Severity::Info)
        .collect();
    assert!(loud.is_empty(), "{loud:#?}");
}

#[test]
fn a_weekday_is_resolved_against_the_dateline() {
    // Monday 2 March 2026: "on Saturday" is 28 February; the other article says 1 March.
    let c = corpus(&[(
        "a.txt",
        "Ferry Sinks\n\nBy Ann Lee\nSunday 1 March 2026\n\nThe Kessa ferry crashed near Osk on Sunday morning.\n",
    )]);
    let new = Document::text(
        "b.txt",
        "Ferry Inquiry\n\nBy Ben Orr\nMonday 2 March 2026\n\nThe Kessa ferry crashed near Osk on Saturday.\n",
    );
    let fs = c.check(&new);
    assert_eq!(of(&fs, "date-conflict", "Saturday").len(), 1, "{fs:#?}");
    let same = Document::text(
        "b.txt",
        "Ferry Inquiry\n\nBy Ben Orr\nMonday 2 March 2026\n\nThe Kessa ferry crashed near Osk on Sunday.\n",
    );
    assert!(of(&c.check(&same), "date-conflict", "").is_empty());
}

#[test]
fn two_days_of_one_event_within_one_article() {
    let c = Corpus::new();
    let a = Document::text(
        "a.txt",
        "Vote Count\n\nThe count from Saturday's vote went on in Norland.\n\nResults of Sunday's vote are due on Tuesday.\n",
    );
    let fs = c.check(&a);
    assert_eq!(of(&fs, "date-conflict", "Sunday").len(), 1, "{fs:#?}");
}

#[test]
fn the_publication_day_is_read_from_metadata() {
    let html = r#"<html><head><meta property="article:published_time" content="2026-03-02T10:00:00Z"><title>Storm</title></head><body><p>The storm killed 14 people.</p></body></html>"#;
    let d = Document::from_named("a.html", html);
    assert_eq!(
        d.published.map(|p| p.to_string()),
        Some("2 March 2026".into())
    );
    let md = "---\ndate: 2026-03-04\n---\n# Storm\n\nThe storm killed 14 people.\n";
    let d = Document::from_named("a.md", md);
    assert_eq!(
        d.published.map(|p| p.to_string()),
        Some("4 March 2026".into())
    );
}
