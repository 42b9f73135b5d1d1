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
    let text = "Harbour Dispute\nUnion leader Marta Oyelowo said “we will never give in.\nTransport Minister Ivo Brandt said the strike would end soon.\nThe harbour reopened on Friday after “long talks in the port,” officials said.\n";
    let a = analyse(Document::text("u.txt", text));
    assert!(a.quotes[0].unbalanced);
    assert_eq!(a.quotes[0].text, "we will never give in.");
    // The rest of the article is still read.
    assert!(a.people.iter().any(|p| p.name == "Ivo Brandt"));
    assert!(a.quotes.iter().any(|q| q.text == "long talks in the port,"));
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

/// The quotes of an invented article as (first words, speaker, pattern), in curly quotes
/// as written and again with every curly mark made straight.
/// Quotes as (first words, speaker, pattern).
type Seen = Vec<(String, Option<String>, Option<String>)>;

fn speakers_both(body: &str) -> [Seen; 2] {
    let straight = body.replace(['“', '”'], "\"");
    [body.to_string(), straight].map(|b| {
        let a = analyse(Document::text("t.txt", format!("Harbour News\n{b}")));
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.text
                        .split_whitespace()
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(" "),
                    q.speaker_name(),
                    q.how.map(|h| h.name().to_string()),
                )
            })
            .collect()
    })
}

/// Asserts that every quote of `body` has the speaker given, in curly and straight quotes.
fn assert_speakers(body: &str, want: &[Option<&str>]) {
    for got in speakers_both(body) {
        let names: Vec<Option<&str>> = got.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(names, want, "{body}\n{got:#?}");
    }
}

#[test]
fn continuation_quotes_keep_their_speaker() {
    // The next quote of the same paragraph, and of the next paragraph.
    assert_speakers(
        "“The wards are full,” Ms. Ana Ruiz said. “In most wards we have no beds left.”\n“We need help now.”\nThe council met on Monday.",
        &[Some("Ana Ruiz"), Some("Ana Ruiz"), Some("Ana Ruiz")],
    );
    // Someone else named in between: the next paragraph's quote is nobody's.
    assert_speakers(
        "“The wards are full,” Ana Ruiz said.\nMayor Tomas Brell disagreed with the council.\n“We need help now.”",
        &[Some("Ana Ruiz"), None],
    );
}

#[test]
fn name_age_and_appositions() {
    assert_speakers(
        "“I heard three shots,” Marta Oyelowo, 81, said. “We will rebuild,” said Senator Dana Whitfield, a Democrat from Ohio. “It was close,” Lena Marsh, a nurse at the clinic, told reporters.",
        &[Some("Marta Oyelowo"), Some("Dana Whitfield"), Some("Lena Marsh")],
    );
}

#[test]
fn the_teller_speaks_not_the_listener() {
    assert_speakers(
        "“I never signed the contract,” Lena Marsh told lawyer Peter Quinn on Friday.",
        &[Some("Lena Marsh")],
    );
}

#[test]
fn colon_introductions_and_according_to() {
    assert_speakers(
        "Tomas Brell spoke first.\nAna Lopes of the nurses' union repeated her warning: “Nobody will be left without care this winter.”",
        &[Some("Ana Lopes")],
    );
    assert_speakers(
        "According to Mayor Tomas Brell, the answer was “a firm no from the whole council.”",
        &[Some("Tomas Brell")],
    );
}

#[test]
fn institutions_and_outlets_speak_as_themselves() {
    let got = speakers_both(
        "“The port stays closed until Friday,” the Harbour Authority said. “Nobody was told in advance,” said the Ministry of Transport.",
    );
    for g in got {
        assert_eq!(g[0].1.as_deref(), Some("Harbour Authority"), "{g:?}");
        assert_eq!(g[1].1.as_deref(), Some("Ministry of Transport"), "{g:?}");
        assert!(
            g.iter().all(|q| q.2.as_deref() == Some("institution")),
            "{g:?}"
        );
    }
}

#[test]
fn pronouns_follow_gender_or_stay_unresolved() {
    // "she" is not the man named last.
    assert_speakers(
        "Ms. Ana Ruiz met Mayor Tomas Brell on Monday. “We will not close the clinic,” she said.",
        &[Some("Ana Ruiz")],
    );
    // The previous sentence's subject is a name nobody knows as a person: no one.
    let got = speakers_both(
        "Governor Rui Alves spoke first.\nThe harbour was quiet. Nobody came. Then the ferries left.\nSeveral boats sank in the storm, it said later. “We saw it coming,” he said.",
    );
    for g in got {
        assert!(
            g[0].2.as_deref() != Some("pronoun"),
            "a far antecedent is not sure: {g:?}"
        );
    }
}

#[test]
fn joint_statements_name_no_single_speaker() {
    assert_speakers(
        "“We are thrilled with the result,” said Ana Ruiz and Tom Hale.",
        &[None],
    );
}

#[test]
fn extract_says_how_each_speaker_was_found() {
    for got in speakers_both(
        "“We will rebuild,” said Mayor Ana Ruiz. “It held,” Ruiz added. “Not one house is lost.” She thanked the crews.",
    ) {
        let how: Vec<_> = got.iter().map(|q| q.2.as_deref()).collect();
        assert_eq!(how, [Some("said-X"), Some("X-said"), Some("continuation")], "{got:?}");
    }
}

/// A corpus of one article, and a new article checked against it: the quote findings.
fn quote_findings(corpus_text: &str, new: &str) -> Vec<factcheck::Finding> {
    let c = corpus(&[("a.txt", corpus_text)]);
    c.check(&Document::text("new.txt", new))
        .into_iter()
        .filter(|f| f.rule.starts_with("quote-"))
        .collect()
}

#[test]
fn must_not_flag() {
    for (corpus_text, new) in [
        // One speaker's fragment and full quote.
        (
            "Clinic Plan\n“Nobody will be left without heating this winter, whatever it costs,” said Minister Ana Ruiz.\n",
            "Clinic Plan\nMinister Ana Ruiz promised that “nobody will be left without heating this winter.”\n",
        ),
        // A person and their office.
        (
            "Clinic Plan\n“Nobody will be left without heating this winter,” said Minister Ana Ruiz.\n",
            "Clinic Plan\n“Nobody will be left without heating this winter,” Ruiz’s office said.\n",
        ),
        // A scare quote.
        (
            "Clinic Plan\nMinister Ana Ruiz called the plan “reckless”.\n",
            "Clinic Plan\nGovernor Tom Hale called the plan “reckless”.\n",
        ),
        // A pronoun the article cannot settle is never evidence.
        (
            "Clinic Plan\n“Nobody will be left without heating this winter,” said Minister Ana Ruiz.\n",
            "Clinic Plan\nThe council met. The mayor left early. Tom Hale spoke, and so did Eva Dorn and the treasurer. Nobody agreed. Later the hall emptied.\nThe vote was close.\n“Nobody will be left without heating this winter,” he said.\n",
        ),
        // Spelling is not wording.
        (
            "Clinic Plan\n“The neighbourhood clinic will open on Monday morning,” said Minister Ana Ruiz.\n",
            "Clinic Plan\n“The neighborhood clinic will open on Monday morning,” said Minister Ana Ruiz.\n",
        ),
    ] {
        for text in [new.to_string(), new.replace(['“', '”'], "\"")] {
            let fs = quote_findings(corpus_text, &text);
            assert!(fs.is_empty(), "{text}\n{fs:#?}");
        }
    }
}

#[test]
fn flags_partial_overlap_from_two_people_and_a_word_swapped() {
    let base = "Clinic Plan\n“Nobody will be left without heating this winter, whatever it costs,” said Minister Ana Ruiz.\n";
    for new in [
        "Clinic Plan\n“Nobody will be left without heating this winter,” said Governor Tom Hale.\n",
        "Clinic Plan\n\"Nobody will be left without heating this winter,\" said Governor Tom Hale.\n",
    ] {
        let fs = quote_findings(base, new);
        assert!(
            fs.iter().any(|f| f.rule == "quote-attribution" && f.severity == Severity::Error),
            "{fs:#?}"
        );
    }
    for new in [
        "Clinic Plan\n“Nobody will be left without power this winter, whatever it costs,” said Minister Ana Ruiz.\n",
        "Clinic Plan\n\"Nobody will be left without power this winter, whatever it costs,\" said Minister Ana Ruiz.\n",
    ] {
        let fs = quote_findings(base, new);
        assert!(
            fs.iter().any(|f| f.rule == "quote-wording" && f.message.contains("power")),
            "{fs:#?}"
        );
    }
}

/// A shared surname does not lend one person's gender to another: "he" after the fire
/// chief Teodric Lindqvist is still his, though a woman of the same surname, unrelated,
/// is named later in the article.
#[test]
fn a_namesake_does_not_change_a_pronoun() {
    let body = "Constable Pavel Moreau said the pier would stay closed. Fire Chief Teodric Lindqvist said the storm had “tested every mooring.” On Monday he had warned: “We cannot hold the outer boats if the wind turns.”\n\nAmong those who lost a boat was Maria Lindqvist, 34, a diver who is no relation to the fire chief. “It went down in minutes,” she said.\n";
    assert_speakers(
        body,
        &[
            Some("Teodric Lindqvist"),
            Some("Teodric Lindqvist"),
            Some("Maria Lindqvist"),
        ],
    );
}
