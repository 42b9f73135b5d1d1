//! Claims about the same thing are compared, and nothing else (issue 19): invented
//! two-article stories for each construction, the ones that must be flagged and the ones
//! that must not, and a property test that values of different types are never paired.

mod common;
use common::{corpus, find};
use proptest::prelude::*;

fn conflicts(a: &str, b: &str) -> usize {
    let c = corpus(&[("a.txt", a), ("b.txt", b)]);
    let fs = c.scan();
    common::assert_exact_spans(&c, &[], &fs);
    fs.iter().filter(|f| f.rule == "number-conflict").count()
}

fn flagged(a: &str, b: &str, needle: &str) -> bool {
    let c = corpus(&[("a.txt", a), ("b.txt", b)]);
    let fs = c.scan();
    !find(&fs, "number-conflict", "b.txt", needle).is_empty()
}

const H: &str = "Fire At Depot\n";

#[test]
fn one_persons_age_in_every_form_is_compared() {
    let a = format!("{H}Lena Brandt, 31, was arrested at the depot.");
    for b in [
        "Police arrested 34-year-old Lena Brandt at the depot.",
        "Lena Brandt (34) was arrested at the depot.",
        "Lena Brandt, aged 34, was arrested at the depot.",
    ] {
        assert!(flagged(&a, &format!("{H}{b}"), "34"), "{b}");
    }
}

#[test]
fn two_peoples_ages_are_not_compared() {
    let a = format!("{H}Lena Brandt, 31, was arrested. Her father Piet Brandt, 64, was hurt.");
    let b = format!("{H}Tom Okafor, 45, was questioned at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    // A father and a son share a surname; their ages are two claims.
    let a = format!("{H}Piet Brandt, 64, was hurt at the depot.");
    let b = format!("{H}His son Joris Brandt, 31, was hurt at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn an_age_referred_back_to_is_the_persons() {
    let a = format!("{H}Lena Brandt, aged 66, was jailed at the depot.");
    let b = format!(
        "{H}Former minister Lena Brandt was jailed on Monday. \
         Judge Mara Feld said the 64-year-old had lied."
    );
    assert!(flagged(&b, &a, "66"));
    // One article names her by surname alone.
    let b = format!("{H}Ms Brandt, 64, was jailed at the depot.");
    assert!(flagged(&b, &a, "66"));
}

#[test]
fn a_year_apart_is_a_birthday_not_an_error() {
    let a = format!("{H}Lena Brandt, 31, was arrested at the depot.");
    let b = format!("{H}Lena Brandt, 32, was charged at the depot.");
    let c = corpus(&[("a.txt", a.as_str()), ("b.txt", b.as_str())]);
    let fs: Vec<_> = c
        .scan()
        .into_iter()
        .filter(|f| f.rule == "number-conflict")
        .collect();
    assert!(!fs.is_empty());
    assert!(fs
        .iter()
        .all(|f| f.severity == factcheck::report::Severity::Info));
}

#[test]
fn a_father_and_a_son_of_one_name_are_two_people() {
    let a = format!("{H}Police arrested 49-year-old Piet Brandt at the depot.");
    let b = format!("{H}His son, 5-year-old Piet Brandt, was unhurt at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn a_duration_is_no_age_and_a_clock_time_no_count() {
    let a = format!("{H}A 16-year-old girl was hurt at 2:35 p.m. at the depot.");
    let b = format!("{H}The driver got three years probation. The fire began at 4.30pm.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn roles_make_two_claims_of_one_sentence() {
    let a = format!("{H}The blast killed two people and injured five at the depot.");
    let b = format!("{H}Two people were killed and five were injured at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    let b = format!("{H}Two people were killed and eight were injured at the depot.");
    assert!(flagged(&a, &b, "eight"));
}

#[test]
fn parts_and_increments_are_not_totals() {
    let a = format!("{H}The fire killed 12 people at the depot.");
    for b in [
        "The fire killed 12 people at the depot, including three children.",
        "Rescuers found another 4 people killed at the depot.",
        "The dead were 7 Somali and 5 Yemeni workers killed at the depot.",
        "The fire killed 12 people; three other people were killed nearby.",
        "One worker was killed in the office, the other in the yard at the depot.",
        "Rescuers found a fifth victim killed at the depot.",
    ] {
        assert_eq!(conflicts(&a, &format!("{H}{b}")), 0, "{b}");
    }
}

#[test]
fn two_named_sources_may_differ() {
    let a = format!("{H}Police said 20,000 people marched in Vellin.");
    let b = format!("{H}Organisers said 100,000 people marched in Vellin.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn another_incident_is_not_the_storys_claim() {
    let a = format!("{H}The fire killed 12 people at the depot.");
    let b = format!("{H}A similar fire last year killed 30 people at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn a_month_named_apart_is_another_time() {
    let a = format!("{H}The fire killed 12 people at the depot.");
    let b = format!("{H}In early March, a fire killed 3 people at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn a_fraction_read_apart_is_no_duration() {
    let a = format!("{H}Piet Brandt was sentenced to four months in prison.");
    let b = format!("{H}Piet Brandt was sentenced to 41 / 2 months in prison.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn phone_and_model_numbers_are_not_claims() {
    let a = format!("{H}Call 970-555-0147 about the Boeing 737 and the 4x4 cars.");
    let b = format!("{H}Call 0800 221 400 about the Boeing 747 and the 6x6 cars.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn conversions_and_rounding_agree() {
    let a = format!("{H}The blaze burned 4,800 acres, about 28 miles from Vellin.");
    let b = format!("{H}The blaze burned 1,940 hectares, about 45 km from Vellin.");
    assert_eq!(conflicts(&a, &b), 0);
    let a = format!("{H}Nearly 20% of homes in Vellin were damaged.");
    let b = format!("{H}About a fifth of homes in Vellin were damaged.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn a_unit_slip_and_a_fraction_that_disagree_are_flagged() {
    let a = format!("{H}The epicentre was 45 km from Vellin.");
    let b = format!("{H}The epicentre was 45 miles from Vellin.");
    assert!(flagged(&a, &b, "45 miles"));
    let a = format!("{H}About 40% of homes in Vellin were damaged.");
    let b = format!("{H}A quarter of homes in Vellin were damaged.");
    assert!(flagged(&a, &b, "quarter"));
}

#[test]
fn a_superseded_value_is_an_update() {
    let a = format!("{H}The fire killed 19 people at the depot.");
    let b = format!("{H}The toll rose from 19 to 23 people killed at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

/// Sentences giving one value each of a different type.
fn typed(kind: usize, v: u32) -> String {
    match kind {
        0 => format!("The fire killed {v} people at the depot."),
        1 => format!("Lena Brandt, {v}, was hurt at the depot."),
        2 => format!("The driver was sentenced to {v} years in prison."),
        3 => format!("The fire began at {}:{:02} p.m.", v % 12 + 1, v % 60),
        4 => format!("The depot fund holds ${v} million."),
        5 => format!("About {v}% of homes near the depot were damaged."),
        6 => format!("The depot lies {v} miles from Vellin."),
        _ => format!("Call 0{v} 555 0199 for the depot."),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn values_of_different_types_are_never_paired(
        k1 in 0usize..8, k2 in 0usize..8, v1 in 1u32..99, v2 in 1u32..99
    ) {
        prop_assume!(k1 != k2);
        let a = format!("{H}{}", typed(k1, v1));
        let b = format!("{H}{}", typed(k2, v2));
        prop_assert_eq!(conflicts(&a, &b), 0);
    }
}

#[test]
fn a_participle_after_the_counted_noun_says_what_is_counted() {
    let a = format!("{H}Officials said 16 field clinics had been opened near the depot.");
    let b = format!("{H}Officials said 26 field clinics had been opened near the depot.");
    assert!(flagged(&a, &b, "26"));
    // "the N homes confirmed destroyed" is the whole set, not some of a group.
    let a = format!("{H}The blaze has destroyed 52 homes near the depot.");
    let b = format!("{H}The 45 homes confirmed destroyed were near the depot.");
    assert!(flagged(&a, &b, "45"));
    let a = format!("{H}The court heard 63 witnesses in Vellin.");
    let b = format!("{H}Of the more than 80 witnesses heard in Vellin, one spoke up.");
    assert!(flagged(&a, &b, "80"));
}

#[test]
fn the_total_of_a_partitive_does_not_take_the_parts_verb() {
    let a = format!("{H}One victim survived the fire at the depot.");
    let b = format!("{H}One of the five victims survived the fire at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn an_age_limit_is_no_count() {
    let a = format!("{H}Police said 120 people were detained at the depot.");
    let b = format!(
        "{H}Police said 120 people were detained at the depot. \
         A fifth of those detained were under 18."
    );
    let c = format!("{H}Police said 200 people were detained at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    // The article's total is still compared: the age limit is not a second value.
    assert!(flagged(&c, &b, "120"));
}

#[test]
fn a_clause_after_the_source_hides_no_figure() {
    // "Vantor, which owns a fifth of Kessel, said …" and "Vantor has said …" are one source.
    let a = format!(
        "{H}Vantor, which owns 18% of Kessel, said the deal would lead to about 1,200 job cuts."
    );
    let b = format!("{H}Vantor has said the deal would lead to some 2,100 job cuts.");
    assert!(flagged(&a, &b, "2,100"));
    // "within three years" is no other time.
    let b = format!(
        "{H}Vantor has said the deal would lead to some 2,100 job cuts within three years."
    );
    assert!(flagged(&a, &b, "2,100"));
}

#[test]
fn another_incident_named_in_passing_is_not_the_storys() {
    let a = format!("{H}The shooting at the depot left one dead and 14 injured.");
    for b in [
        "Police saw no link to last year's attack in Vellin that killed 49 people.",
        "An unrelated shooting in Vellin on Sunday killed two and injured 10.",
    ] {
        assert_eq!(conflicts(&a, &format!("{H}{b}")), 0, "{b}");
    }
}

#[test]
fn some_of_a_group_and_a_parents_children_are_no_totals() {
    let a = format!("{H}The gunman killed six people at the depot.");
    for b in [
        "The gunman killed two of his cousins at the depot.",
        "A father of 5 killed at the depot was named.",
    ] {
        assert_eq!(conflicts(&a, &format!("{H}{b}")), 0, "{b}");
    }
}

#[test]
fn killed_one_and_injured_four_are_two_claims() {
    let a = format!("{H}Gunfire at the depot kills a guard and injures three.");
    let b = format!("{H}1 dead, 3 hurt at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    let b = format!("{H}2 dead, 4 wounded at the depot.");
    assert!(flagged(&a, &b, "4"));
}

#[test]
fn a_back_reference_keeps_to_the_pronouns_gender() {
    // "the 30-year-old … she" is not the man named before.
    let a = format!("{H}Police named the victim as 28-year-old Tomas Reyes of Vellin.");
    let b = format!(
        "{H}Police named the victim as Tomas Reyes of Vellin. \
         \"It was awful,\" the 30-year-old said as she walked home."
    );
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn one_named_source_ties_two_figures_to_one_event() {
    // The sentences share no place, but one company gives both figures.
    let a = format!("{H}Vantor said the deal would bring about 1,200 job cuts in Kessel and Lorn.");
    let b = format!(
        "{H}Vantor has said the deal would bring some 2,100 job cuts, the Brel union said."
    );
    assert!(flagged(&a, &b, "2,100"));
}

#[test]
fn shot_dead_is_killed_and_a_gunman_who_killed_himself_is_one_more() {
    let a = format!("{H}Three people were shot dead and one was hurt at the depot.");
    let b = format!("{H}Police said four people were shot at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    let a = format!("{H}A gunman killed two people and then himself at the depot.");
    let b = format!("{H}Three people died at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
    let a = format!("{H}Five people were shot at the depot.");
    let b = format!("{H}Meanwhile, two people were shot in Vellin.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn a_generic_one_is_no_count() {
    let a = format!("{H}\"When one is killed, all of us lose,\" the mayor said at the depot.");
    let b = format!("{H}Two people were killed at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}

#[test]
fn an_age_in_a_list_split_by_semicolons_is_the_persons() {
    // Given names the lexicon does not know, each with its age, in a list of suspects.
    let a = format!("{H}Police named Quaylen Dorvik, 34, as a suspect in the depot fire.");
    let b =
        format!("{H}The suspects are Tavion Renk, 16; Quaylen Dorvik, 31; and Marko Ilves, 19.");
    assert!(flagged(&a, &b, "31"));
}

#[test]
fn one_persons_given_name_spelled_two_ways_is_one_person() {
    let a = format!("{H}Police arrested Tavorin Dorvik, 31, at the depot.");
    let b = format!("{H}Tavoren Dorvik, 38, was arrested at the depot.");
    assert!(flagged(&a, &b, "38"));
    // With a middle name one article adds.
    let a = format!("{H}Katelyn Mae Dorvik, 31, was hurt at the depot.");
    let b = format!("{H}Katelin Dorvik, 38, was hurt at the depot.");
    assert!(flagged(&a, &b, "38"));
    // Two given names that are no spellings of one: two people.
    let a = format!("{H}Piet Dorvik, 64, was hurt at the depot.");
    let b = format!("{H}Joris Dorvik, 61, was hurt at the depot.");
    assert_eq!(conflicts(&a, &b), 0);
}
