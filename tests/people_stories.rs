//! Invented multi-article stories with other names, titles and diacritics: each people
//! rule fires where it should and stays quiet where it should not (issue 3).

mod common;
use common::{corpus, find, serious};
use factcheck::{Document, Severity};

/// A city budget story: German diacritics, nicknames, spokesperson forms, a near-miss.
const CITY: &[(&str, &str)] = &[
    ("city1.txt", "City Council Votes on Budget\nMayor Elena Müller said on Monday that the city would cut spending by a tenth. Deputy Mayor Thomas Okafor, a longtime ally of Müller, backed the plan. Finance Director Rhea Castellanos told reporters the gap was large. Council spokeswoman Priya Nandakumar declined to comment.\n"),
    ("city2.txt", "Budget Cuts Spark Protest\nMayor Elena Müller defended the cuts on Tuesday. Finance Director Rhea Castellanos said reserves were thin. Council spokesperson Priya Nandakumar said a vote was due. Müller met union leaders.\n"),
    ("city3.txt", "Union Leaders Meet the Mayor\nUnion leaders met Mayor Elena Müller and Deputy Mayor Tom Okafor at city hall. Council spokesman Priya Nandakumar confirmed the meeting. Castellanos attended.\n"),
    ("city4.txt", "Vote Delayed Again\nThe vote was delayed, said Elena Mueller, who is Governor Elena Mueller according to one flyer. Finance Director Rhea Castellanoz said the numbers were being checked.\n"),
];

/// A flood story: Slavic transliterations, two people sharing a surname, same first name and role.
const FLOOD: &[(&str, &str)] = &[
    ("flood1.txt", "Floods Hit the Region\nRegional Governor Pavel Tchaikovsky declared an emergency. Emergencies Minister Sergei Kuzmenko arrived by helicopter. Ivan Tchaikovsky, a spokesman for the farmers’ union, said fields were lost.\n"),
    ("flood2.txt", "Rescue Teams Deployed\nGovernor Pavel Tchaikovsky thanked rescuers. Emergencies Minister Sergei Kuzmenko said more teams were coming. Relief coordinator Amara Diallo said shelters were full.\n"),
    ("flood3.txt", "Waters Recede Slowly\nGovernor Pavel Chaikovsky toured the dams. Emergencies Minister Sergei Kuzmin promised compensation. Tchaikovsky said repairs would take months.\n"),
    ("flood4.txt", "Blame Game Begins\nFormer Governor Pavel Tchaikovsky? No: Governor Pavel Tchaikovsky remains in office, and former Governor Pavel Tchaikovsky is how one leaflet put it. Emergencies Minister Sergei Kuzmenko visited again. Amara Diallo, an adviser to the governor, spoke.\n"),
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
