//! Property test (issue 19): values of different types are never paired. Generated
//! articles mix, around one noun and one verb, figures of every type (a count, a sum, a
//! percentage, an age, a duration, a measure, a clock time, a year, a rank, a model
//! number): every two claims the checker may compare (same claim key) are of one type
//! and one dimension, clock times, years, ranks and codes are never compared, and a
//! clock time's minutes never become a count.

use factcheck::extract::analyse;
use factcheck::extract::quantities::QuantityKind;
use factcheck::lexicon::units::dimension;
use factcheck::resolve::claims::claims_of;
use factcheck::Document;
use proptest::prelude::*;
use std::collections::HashMap;

/// Sentences with one figure `{}` each, of every type, about the same people.
const TEMPLATES: &[&str] = &[
    "The blast killed {} people in Vostrava.",
    "Officials said {} people were killed.",
    "The town paid ${} million for the repairs.",
    "About {}% of the people were killed, officials said.",
    "Mara Delvik, {}, was killed in the blast.",
    "The {}-year-old Ilse Varga was hurt.",
    "Janek Oru was jailed for {} years for the killings.",
    "The blast was {} miles from Vostrava.",
    "The blast hit at 4:{} p.m., police said.",
    "In {} the town was rebuilt.",
    "It was the {}th blast this year.",
    "An F-{} jet flew over the people.",
    "The {} people killed were named on Friday.",
];

fn article(parts: &[(usize, u32)]) -> String {
    let mut s = String::from("Blast in Vostrava\n\n");
    for &(t, n) in parts {
        let n = match t {
            8 => n % 50 + 10,    // minutes
            9 => n % 200 + 1900, // a year
            _ => n % 90 + 2,
        };
        s.push_str(&TEMPLATES[t].replace("{}", &n.to_string()));
        s.push(' ');
    }
    s
}

fn kinds_never_mix(text: &str) -> Result<(), TestCaseError> {
    let a = analyse(Document::text("p", text.to_string()));
    let mut by_key: HashMap<String, (QuantityKind, Option<&'static str>)> = HashMap::new();
    for (q, key) in claims_of(&a.quantities) {
        prop_assert!(
            !matches!(
                q.kind,
                QuantityKind::Time
                    | QuantityKind::Date
                    | QuantityKind::Ordinal
                    | QuantityKind::Code
            ),
            "{:?} compared: {:?}",
            q.kind,
            &a.doc.clean[q.range.clone()]
        );
        let dim = q.unit.as_deref().and_then(dimension).map(|d| d.0);
        let seen = by_key.entry(key.clone()).or_insert((q.kind, dim));
        prop_assert_eq!(*seen, (q.kind, dim), "key {} of two types", key);
    }
    // "at 4:35 p.m.": no count of 35.
    for q in &a.quantities {
        let t = &a.doc.clean[q.range.clone()];
        prop_assert!(
            !(q.kind == QuantityKind::Count && t.contains("p.m")),
            "a clock time read as a count: {:?}",
            t
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn values_of_different_types_are_never_paired(
        parts in prop::collection::vec((0..TEMPLATES.len(), 0u32..1000), 1..10)
    ) {
        kinds_never_mix(&article(&parts))?;
    }
}

#[test]
fn every_template_alone_keeps_its_type() {
    for t in 0..TEMPLATES.len() {
        kinds_never_mix(&article(&[(t, 7)])).unwrap();
    }
}
