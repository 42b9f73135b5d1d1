//! Counts of people that are not the whole of the story's claim, read from the rest of
//! their sentence (beyond [`super::identity::scope`], which reads the words next to the
//! number):
//!
//! - `condition`: "two were critically wounded" is some of the wounded;
//! - `continued`: "one person was hurt …, and the five others who were shot", "shot
//!   three people in the legs and another in the arm": the count is the first of a group;
//! - `shot_with_dead`: "four people shot, two dead", "5 shot, 1 killed": a count of the
//!   shot beside the dead may or may not include them;
//! - `uncertain_toll`: a toll beside "unborn" or "murder-suicide", or followed by
//!   "himself", may or may not count the unborn child or the shooter;
//! - `distributed`: "one at Alder General and two at St Brennan's", "one was shot
//!   in the arm and one in the head": an elliptical list spreads a group;
//! - `listed_after_one`: "Baby, 4 people hurt": one person and a count, the group.
//!
//! Each returns `true` when the count is a part; the caller files it as
//! [`Scope::Part`](super::identity::Scope::Part), which is never compared.
//!
//! And [`court_stage`]: an age given at a plea, a trial or a sentencing, which may come a
//! year or two after the ages given at the arrest.
//!
//! And [`another_incident`]: words at a token that put the sentence's figures in another
//! incident ("about the same time", "the last two officers slain", "during that June
//! weekend", "among the shootings").

use super::quantities::Ctx;
use crate::lexicon::{claims, class};

/// How far after a count a continuation of its group may come.
const CONTINUATION_REACH: usize = 24;

/// How far from a count its sentence is read for what it says of the count's group: a
/// bound, so that a sentence of thousands of counts is read in linear time.
const WINDOW: usize = 40;

/// The tokens around a count (from `start` to `after`) that are read for it.
fn around(c: &Ctx, start: usize, after: usize) -> std::ops::Range<usize> {
    start.saturating_sub(WINDOW)..c.toks.len().min(after + WINDOW)
}

/// How far after a toll "himself" may say the shooter died too.
const HIMSELF_REACH: usize = 12;

/// `true` when the count of people from `start` to `after` (its noun phrase) with the
/// role `predicate` is only a part of its group (see the module's doc).
pub(crate) fn is_part(c: &Ctx, start: usize, end: usize, after: usize, predicate: &str) -> bool {
    let class = harm_class(predicate);
    if class == Harm::Other {
        return false;
    }
    let hi = c.toks.len().min(after + CONTINUATION_REACH);
    condition(c, after)
        || continued(c, after, hi, class)
        || increment_ordinal(c, start)
        || predicate == "shot" && (shot_with_dead(c, start, after) || shot_fired(c, start))
        || predicate == "injured" && injured_besides_shot(c, start)
        || class == Harm::Dead && uncertain_toll(c, start, after)
        || with_the_shooter(c, start, after)
        || class == Harm::Dead && shooter_died(c, after)
        || distributed(c, start, end, after, predicate)
        || outlet_name(c, start, after)
        || listed_after_one(c, start)
}

/// "Baby, 4 people hurt", "A teen and three men shot": a count listed after one person
/// who opens the sentence; the two together are the group, the count a part of it.
fn listed_after_one(c: &Ctx, start: usize) -> bool {
    let (first, joint) = match start {
        2 => (0, 1),
        3 if matches!(c.w(0).as_str(), "a" | "an" | "the") => (1, 2),
        _ => return false,
    };
    let one = c.w(first);
    let person = claims::person_noun(&one) && super::quantities::singular(&one) == one.as_str()
        || matches!(one.as_str(), "baby" | "infant" | "toddler");
    person && (c.raw(joint) == "," || c.w(joint) == "and")
}

/// What a role says happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Harm {
    Dead,
    /// Shot, wounded, injured, in hospital, in a critical condition.
    Hurt,
    Other,
}

fn harm_class(role: &str) -> Harm {
    match role {
        "killed" => Harm::Dead,
        "injured" | "shot" | "hospitalised" | "critical" => Harm::Hurt,
        _ => Harm::Other,
    }
}

/// A word that grades a harm: those so hurt are some of the hurt.
fn grade(w: &str) -> bool {
    matches!(
        w,
        "critically" | "seriously" | "gravely" | "severely" | "mortally" | "slightly" | "minor"
    )
}

/// "two people were critically wounded", "left two seriously hurt": a grade between the
/// count and its role word (not "the most seriously hurt of six people", which is read
/// after the six).
fn condition(c: &Ctx, after: usize) -> bool {
    let hi = c.toks.len().min(after + 4);
    (after..hi).any(|j| {
        grade(&c.w(j))
            && claims::role(&c.w(j + 1)).is_some()
            && (j == 0 || !matches!(c.w(j - 1).as_str(), "most" | "least"))
    })
}

/// A continuation of the count's group after it: "another (person)", "a second/third
/// (man)", "(the) five others", when what follows it is hurt alike or nothing is said of
/// it ("… and another in the arm"), not when it is harmed otherwise ("and another was
/// killed": a second group).
fn continued(c: &Ctx, after: usize, hi: usize, class: Harm) -> bool {
    (after..hi).any(|j| {
        let w = c.w(j);
        let marker = w == "another" && j + 1 < c.toks.len() && !is_number_at(c, j + 1)
            || w == "a" && claims::series_ordinal(&c.w(j + 1))
            || w == "others" && j > 0 && is_number_at(c, j - 1);
        marker && role_after(c, j + 1).is_none_or(|r| harm_class(r) == class)
    })
}

/// "a second woman", "a third victim": one more of a group told before, not its total.
fn increment_ordinal(c: &Ctx, start: usize) -> bool {
    let at = |j: usize| c.w(j) == "a" && claims::series_ordinal(&c.w(j + 1));
    at(start) || start > 0 && at(start - 1)
}

/// The first role word within a few tokens after `j`.
fn role_after(c: &Ctx, j: usize) -> Option<&'static str> {
    let hi = c.toks.len().min(j + 5);
    (j..hi).find_map(|k| claims::role(&c.w(k)))
}

/// `true` when a number (digits or words) starts at token `j`.
fn is_number_at(c: &Ctx, j: usize) -> bool {
    j < c.toks.len() && super::numbers::parse(c.text, c.toks, j).is_some()
}

/// "Four people shot, two dead", "5 shot, 1 killed", "three were shot and killed": the
/// sentence names the dead too; a count of the shot may or may not include them.
fn shot_with_dead(c: &Ctx, start: usize, after: usize) -> bool {
    around(c, start, after).any(|j| claims::role(&c.w(j)) == Some("killed"))
}

/// "fired one shot", "heard two shots": shots fired, not people shot.
fn shot_fired(c: &Ctx, start: usize) -> bool {
    (start.saturating_sub(2)..start).any(|j| {
        matches!(
            c.w(j).as_str(),
            "fired" | "fire" | "fires" | "firing" | "heard" | "hear" | "rang"
        )
    })
}

/// "five dead, six more shot, and nearly 40 injured": the sentence counts more shot
/// apart, so its injured may be others (hurt fleeing); not "five shot … left five
/// injured", one group twice.
fn injured_besides_shot(c: &Ctx, start: usize) -> bool {
    (start.saturating_sub(6)..start).any(|j| c.w(j) == "more" && c.w(j + 1) == "shot")
}

/// "injured five people, including the gunman": a count that may or may not include
/// the shooter.
fn with_the_shooter(c: &Ctx, start: usize, after: usize) -> bool {
    around(c, start, after).any(|j| {
        matches!(
            c.w(j).as_str(),
            "gunman" | "shooter" | "suspect" | "attacker"
        ) && (j.saturating_sub(3)..j).any(|k| c.w(k) == "including")
    })
}

/// "four were killed by a man who was then shot and killed by police": the shooter died
/// too, and another article's toll may count him.
fn shooter_died(c: &Ctx, after: usize) -> bool {
    (after..around(c, after, after).end).any(|j| {
        c.w(j) == "by"
            && matches!(
                c.w(j + 1).as_str(),
                "police" | "officers" | "deputies" | "troopers"
            )
            && j > 0
            && claims::role(&c.w(j - 1)) == Some("killed")
    })
}

/// "… - Fox Dunmere 21", "WDUN Local 6: news": a number ending the name of the outlet
/// after a dash or a bar at the end of a headline.
fn outlet_name(c: &Ctx, start: usize, after: usize) -> bool {
    let ends = after >= c.toks.len() || matches!(c.raw(after), ":" | "|" | "-");
    if !ends || start == 0 {
        return false;
    }
    let capital = |j: usize| c.is_word(j) && c.toks[j].word_class(c.text) & class::CAPITALISED != 0;
    let mut k = start;
    while k > 0 && capital(k - 1) && start - k < 4 {
        k -= 1;
    }
    k < start && k > 0 && matches!(c.raw(k - 1), "-" | "|" | "–" | "—")
}

/// A toll that may or may not count an unborn child or the shooter: "killed five,
/// including an unborn child", "a murder-suicide left three dead", "killed four
/// members of his family and then himself".
fn uncertain_toll(c: &Ctx, start: usize, after: usize) -> bool {
    let hi = c.toks.len().min(after + HIMSELF_REACH);
    (after..hi).any(|j| matches!(c.w(j).as_str(), "himself" | "herself" | "themselves"))
        || around(c, start, after).any(|j| {
            let w = c.w(j);
            matches!(w.as_str(), "unborn" | "fetus" | "foetus" | "murder-suicide")
                || w == "murder" && c.raw(j + 1) == "-" && c.w(j + 2) == "suicide"
                || w == "murder" && c.w(j + 1) == "suicide"
        })
}

/// "one at Alder General and two at St Brennan's", "one other was shot in the
/// arm and one was shot in the head": a bare count (no noun) after "and" or a comma,
/// with another number before it and its role word written before it too, is one item
/// of a list that spreads a group (not "1 dead, 6 hurt": two roles).
fn distributed(c: &Ctx, start: usize, end: usize, after: usize, predicate: &str) -> bool {
    after <= end
        && start > 1
        && (c.w(start - 1) == "and" || c.raw(start - 1) == ",")
        && (around(c, start, start).start..start - 1).any(|j| is_number_at(c, j))
        && (around(c, start, start).start..start - 1)
            .any(|j| claims::role(&c.w(j)) == Some(predicate))
}

/// The mark an age's `time` carries when its sentence is at a later stage of the story
/// ([`court_stage`]).
pub const COURT: &str = "stage:court";

/// `true` when the sentence around an age (from `start` to `after`) tells of a plea, a
/// trial, a verdict or a sentencing.
pub(crate) fn court_stage(c: &Ctx, start: usize, after: usize) -> bool {
    around(c, start, after).any(|j| c.is_word(j) && claims::court_word(&c.w(j)))
}

/// The mark an age's `time` carries when its sentence tells that its holder died
/// ([`died_stage`]): an age at death does not move with a birthday.
pub const DIED: &str = "stage:died";

/// How many tokens before an age a word of a death ("the death of", "killed") may
/// come, across the holder's name and description ("killed construction worker Lena
/// Brandt, 31"); and after, for "Brandt, 31, of Dunmere, was killed".
const DEATH_REACH: usize = 10;

/// `true` when the age from `start` to `after` is of someone who died: a death word
/// before it with its holder as the one who died ("the death of 31-year-old", "killed
/// Lena Brandt, 31", "the deceased was identified as"), nothing between that tells of
/// another person's harm or of a suspect ("arrested", "wounded"); or after it, the
/// holder as the subject of a passive death ("Brandt, 31, was killed", "died"). Never
/// when the sentence says what the age would have been ("would have turned 32").
pub(crate) fn died_stage(c: &Ctx, start: usize, after: usize) -> bool {
    let span = around(c, start, after);
    if span
        .clone()
        .any(|j| c.w(j) == "would" && c.w(j + 1) == "have")
    {
        return false;
    }
    let hi = span.end.min(after + DEATH_REACH);
    // "..., and Ben Ode, 30, was wounded": the holder's own part is told, not a death.
    let hurt = (after..hi)
        .take_while(|&j| !is_number_at(c, j) && !passive_death(c, j))
        .any(|j| passive_part(c, j));
    !hurt
        && (killed_before(c, start, span.start, LIST_REACH)
            || passive_after(c, after, span.end, LIST_REACH))
}

/// `true` at the word of another part than a death its subject had: "was wounded",
/// "were arrested" (not a saying verb: "was told").
fn passive_part(c: &Ctx, j: usize) -> bool {
    let w = c.w(j);
    j > 0
        && matches!(c.w(j - 1).as_str(), "was" | "were")
        && claims::other_part(&w)
        && !matches!(w.as_str(), "said" | "says" | "told")
}

/// How many items of a list of people with their ages ("Ana Vos, 27, and her brother,
/// Ben Vos, 22") an age's death word may be read across: "killed" before the first
/// item, "were killed" after the last.
const LIST_REACH: usize = 3;

/// `true` when a death word comes before the age at token `start` with its holder as
/// the one who died (no clause break or word of another's part between), or before the
/// item of a list the age's item follows. A comma after a word of kin ("killed his
/// father, Ben Vos, 61") is no break. `floor` bounds the search.
fn killed_before(c: &Ctx, start: usize, floor: usize, items: usize) -> bool {
    let lo = start.saturating_sub(DEATH_REACH).max(floor);
    for j in (lo..start).rev() {
        if c.raw(j) == "," && j + 1 != start && !(j > 0 && claims::kin_noun(&c.w(j - 1))) {
            // The previous item's age ("Ana Vos, 19, and ..."): its holder's part is ours.
            let item = j > lo && is_number_at(c, j - 1);
            return item && items > 0 && killed_before(c, j - 1, floor, items - 1);
        }
        if is_number_at(c, j) {
            // The previous item's age before its name ("71-year-old Ana Vos, 29-year-old
            // Ben Vos"): its holder's part is ours.
            let listed =
                c.raw(start.saturating_sub(1)) == "," || c.w(start.saturating_sub(1)) == "and";
            let prefix = (j + 1..j + 3).any(|k| c.w(k).starts_with("year"));
            return listed && prefix && items > 0 && killed_before(c, j, floor, items - 1);
        }
        if claims::other_part(&c.w(j)) {
            return false;
        }
        if claims::death_word(&c.w(j)) || named_dead(c, j) {
            return true;
        }
    }
    false
}

/// `true` at "identified" in "the victims were identified as" (or "the victim was"):
/// the named victims of a news report of a death are the dead.
fn named_dead(c: &Ctx, j: usize) -> bool {
    c.w(j) == "identified"
        && j >= 2
        && matches!(c.w(j - 1).as_str(), "was" | "were")
        && matches!(c.w(j - 2).as_str(), "victim" | "victims")
        && c.w(j + 1) == "as"
}

/// `true` when the holder of the age ending before token `after` is the subject of a
/// passive death ("Brandt, 31, was killed", "died"), or its item is followed in a list
/// by the item of one who is ("Ana Vos, 19, and Ben Ode, 30, were killed"). `ceiling`
/// bounds the search.
fn passive_after(c: &Ctx, after: usize, ceiling: usize, items: usize) -> bool {
    let hi = ceiling.min(after + DEATH_REACH);
    for j in after..hi {
        if claims::other_part(&c.w(j)) {
            return false;
        }
        if is_number_at(c, j) {
            let item = j > after && c.raw(j - 1) == "," && matches!(c.raw(j + 1), "," | ";");
            return item && items > 0 && passive_after(c, j + 1, ceiling, items - 1);
        }
        if passive_death(c, j) {
            return true;
        }
    }
    false
}

/// `true` at the word of a death its subject suffered: "died", "was killed", "were
/// slain", "was pronounced dead", "was fatally shot".
fn passive_death(c: &Ctx, j: usize) -> bool {
    let was = j > 0 && matches!(c.w(j - 1).as_str(), "was" | "were" | "been" | "is");
    match c.w(j).as_str() {
        "died" | "dies" => true,
        "killed" | "slain" | "murdered" | "fatally" => was,
        "dead" => {
            was || j > 0 && matches!(c.w(j - 1).as_str(), "pronounced" | "found" | "declared")
        }
        _ => false,
    }
}

/// `true` when the words at token `j` put the sentence's figures in another incident:
/// "about the same time", "the last two deputies hurt", "during that March weekend",
/// "among the shootings". Each word matched is a cue word (`lexicon::claims::SENTENCE_CUES`):
/// only those tokens are read.
pub(crate) fn another_incident(c: &Ctx, j: usize, w: &str) -> bool {
    match w {
        "same" => {
            c.w(j + 1) == "time" && j >= 2 && matches!(c.w(j - 2).as_str(), "about" | "around")
        }
        "last" => is_number_at(c, j + 1) && j > 0 && c.w(j - 1) == "the",
        "that" => {
            c.is_word(j + 1)
                && c.toks[j + 1].word_class(c.text) & class::CALENDAR != 0
                && !claims::weekday(&c.w(j + 1))
                && c.raw(j + 1).chars().next().is_some_and(char::is_uppercase)
        }
        "among" => c.w(j + 1) == "the" && claims::incidents(&c.w(j + 2)),
        // "17 scenes, 7 dead": a count of incidents is a round-up.
        "scenes" | "incidents" | "shootings" | "attacks" => j > 0 && is_number_at(c, j - 1),
        "throughout" => true,
        // "five shot on one block within 10 hours": a window over several incidents.
        "within" => {
            is_number_at(c, j + 1)
                && (j + 2..j + 4).any(|k| matches!(c.w(k).as_str(), "hours" | "days" | "weeks"))
        }
        // "local news originally reported that two died": an earlier report cited.
        // (Not "four, not five as first reported": a correction.)
        "originally" | "initially" | "first" => {
            c.w(j + 1) == "reported" && (j == 0 || c.w(j - 1) != "as")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::identity::Scope;
    use crate::extract::{analyse, Quantity};

    fn counts(text: &str) -> Vec<Quantity> {
        analyse(Document::text("t", format!("Headline Here\n{text}")))
            .quantities
            .into_iter()
            .filter(|q| q.predicate.is_some())
            .collect()
    }

    /// The scope of the count that starts where `n` first starts in `text`.
    fn scope_of(text: &str, n: &str) -> Scope {
        let at = "Headline Here\n".len() + text.find(n).expect("the count's words");
        let qs = counts(text);
        qs.iter()
            .find(|q| q.range.start == at)
            .unwrap_or_else(|| panic!("no count {n} in {qs:?}"))
            .scope
    }

    #[test]
    fn a_graded_harm_is_some_of_the_hurt() {
        assert_eq!(
            scope_of("Two people were critically wounded.", "Two"),
            Scope::Part
        );
        assert_eq!(scope_of("Two people were wounded.", "Two"), Scope::Claim);
        assert_eq!(
            scope_of(
                "The most seriously hurt of six people wounded in Dunmere spoke.",
                "six"
            ),
            Scope::Claim
        );
    }

    #[test]
    fn a_count_listed_after_one_person_is_a_part() {
        assert_eq!(
            scope_of("Baby, 4 people hurt in Dunmere crash.", "4"),
            Scope::Part
        );
        assert_eq!(
            scope_of("A teen and three men were shot in Dunmere.", "three"),
            Scope::Part
        );
        // Not after a place, nor after people already counted.
        assert_eq!(
            scope_of("Dunmere, 4 people hurt in crash.", "4"),
            Scope::Claim
        );
        assert_eq!(
            scope_of("Officers and 4 people were hurt.", "4"),
            Scope::Claim
        );
    }

    #[test]
    fn the_first_of_a_group_is_a_part() {
        let s = "One person was hurt in a fight, and the conditions of the five others who \
                 were shot are not known.";
        assert_eq!(scope_of(s, "One"), Scope::Part);
        let s = "Police said Varga shot three people in the legs and another person in the arm.";
        assert_eq!(scope_of(s, "three"), Scope::Part);
        // Another harmed otherwise is a second group.
        let s = "Two people were wounded and another person was killed.";
        assert_eq!(scope_of(s, "Two"), Scope::Claim);
        // A toll stays whole: "four killed and another hurt".
        let s = "Four people were killed and another was hurt in Dunmere.";
        assert_eq!(scope_of(s, "Four"), Scope::Claim);
    }

    #[test]
    fn the_shot_beside_the_dead_may_include_them() {
        assert_eq!(
            scope_of("Four people shot, two dead in Dunmere.", "Four"),
            Scope::Part
        );
        assert_eq!(
            scope_of("Police say four people were shot.", "four"),
            Scope::Claim
        );
    }

    #[test]
    fn a_toll_that_may_count_the_unborn_or_the_shooter() {
        let s = "The attack killed five people, including an unborn child.";
        assert_eq!(scope_of(s, "five"), Scope::Part);
        let s = "A murder-suicide left three people dead in Dunmere.";
        assert_eq!(scope_of(s, "three"), Scope::Part);
        let s = "He killed four members of his family and then shot himself.";
        assert_eq!(scope_of(s, "four"), Scope::Part);
        assert_eq!(
            scope_of("The attack killed five people.", "five"),
            Scope::Claim
        );
    }

    #[test]
    fn shots_fired_and_the_shooter_counted() {
        let s = "He then fired one shot from a rifle, police said.";
        assert!(counts(s).iter().all(|q| q.scope != Scope::Claim));
        let s = "The shooting injured five people, including the gunman.";
        assert_eq!(scope_of(s, "five"), Scope::Part);
        let s = "Four people are dead, six more shot, and nearly 30 injured in Dunmere.";
        assert_eq!(scope_of(s, "nearly 30"), Scope::Part);
        assert_eq!(
            scope_of("Six people were injured in Dunmere.", "Six"),
            Scope::Claim
        );
    }

    #[test]
    fn a_toll_when_the_shooter_died_too() {
        let s = "Four people were killed by a man before he was shot and killed by police.";
        assert_eq!(scope_of(s, "Four"), Scope::Part);
    }

    #[test]
    fn the_first_of_the_dead_and_one_more() {
        let s = "One woman died at the scene and a second woman died later in hospital.";
        assert_eq!(scope_of(s, "One"), Scope::Part);
        assert_eq!(scope_of(s, "a second"), Scope::Part);
        // Another harmed otherwise is a second group: the dead stay the toll.
        let s = "One man was killed and another was wounded in the attack.";
        assert_eq!(scope_of(s, "One"), Scope::Claim);
        assert_eq!(
            scope_of("Two men were killed in the attack.", "Two"),
            Scope::Claim
        );
    }

    #[test]
    fn a_number_in_the_outlets_name() {
        let s = "Teen's death in Dunmere ruled accidental - FOX Dunmere 21";
        assert!(counts(s).iter().all(|q| q.scope != Scope::Claim));
        assert_eq!(scope_of("Dunmere shooting - 21 killed", "21"), Scope::Claim);
    }

    #[test]
    fn a_group_spread_over_places() {
        let s = "Two other victims were treated at Alder General Hospital, one at St Brennan \
                 Hospital and two at the Dunmere Hospital.";
        assert_eq!(scope_of(s, "two at"), Scope::Part);
        let s = "One other victim was shot in the arm and one was shot in the leg.";
        assert_eq!(scope_of(s, "one was"), Scope::Part);
        // Two roles, two claims.
        let s = "Officials: 1 dead, 6 hurt in Dunmere shooting";
        assert_eq!(scope_of(s, "6"), Scope::Claim);
    }

    #[test]
    fn an_age_at_a_trial_is_marked() {
        let ages = |text: &str| -> Vec<Vec<String>> {
            analyse(Document::text("t", format!("Headline Here\n{text}")))
                .quantities
                .into_iter()
                .filter(|q| q.kind == crate::extract::quantities::QuantityKind::Age)
                .map(|q| q.time)
                .collect()
        };
        assert_eq!(
            ages("Tomas Ridley, 29, pleaded guilty to the charges."),
            [vec![super::COURT.to_string()]]
        );
        assert_eq!(
            ages("Tomas Ridley, 27, was arrested."),
            [Vec::<String>::new()]
        );
    }

    #[test]
    fn an_age_at_death_is_marked() {
        use crate::extract::quantities::QuantityKind;
        // The ages (by their text) whose holder the sentence tells died.
        let died = |text: &str| -> Vec<String> {
            let full = format!("Headline Here\n{text}");
            analyse(Document::text("t", full.clone()))
                .quantities
                .into_iter()
                .filter(|q| q.kind == QuantityKind::Age && q.time.iter().any(|t| t == super::DIED))
                .map(|q| full[q.number_range.clone()].to_string())
                .collect()
        };
        for (text, want) in [
            (
                "The shooting resulted in the death of 27-year-old Ana Vos.",
                &["27-year-old"][..],
            ),
            (
                "Rell shot and killed mechanic Ana Vos, 27, of Dunmere.",
                &["27"],
            ),
            (
                "The deceased was identified as Ana Vos, 27, of Dunmere.",
                &["27"],
            ),
            ("Ana Vos, 27, of Dunmere, was killed on Friday.", &["27"]),
            ("Ana Vos, 27, died at Alder General Hospital.", &["27"]),
            // The one who killed, the one charged, the one hurt: alive.
            ("Police said Tomas Rell, 34, killed his neighbour.", &[]),
            (
                "Tomas Rell, 34, was charged in the death of his neighbour.",
                &[],
            ),
            ("Rell killed Ana Vos, 27, and wounded Ben Ode, 34.", &["27"]),
            (
                "The gunman who killed Vos was arrested; police identified him as Tomas Rell, 34.",
                &[],
            ),
            // A list of the dead, with words of kin between: each item died.
            (
                "Rell killed his father, Ben Vos, 61, and brother, Tom Vos, 22.",
                &["61", "22"],
            ),
            (
                "Ana Vos, 27, and Ben Ode, 34, were killed in the crash.",
                &["27", "34"],
            ),
            (
                "The victims were identified as 71-year-old Ana Vos, 29-year-old Ben Vos \
                 and Tom Ode, 34.",
                &["71-year-old", "29-year-old", "34"],
            ),
            // The list's other item was hurt, or arrested: alive.
            (
                "Rell killed 27-year-old Ana Vos, and 22-year-old Tom Vos was wounded.",
                &["27-year-old"],
            ),
            (
                "Ana Vos, 27, was killed and Ben Ode, 34, was wounded.",
                &["27"],
            ),
            (
                "Rell killed Ana Vos, 27, and wounded her brother, Tom Vos, 22.",
                &["27"],
            ),
            (
                "Ana Vos, 27, and Ben Ode, 34, were arrested in the death.",
                &[],
            ),
            // What the age would have been: no age at death.
            (
                "Ana Vos, who was killed in May, would have turned 20 on Sunday.",
                &[],
            ),
        ] {
            assert_eq!(died(text), want, "{text}");
        }
    }

    #[test]
    fn another_incident_in_the_sentence() {
        let s = "About the same time, two people were shot in Eastfield.";
        assert_eq!(scope_of(s, "two"), Scope::Aside);
        let s = "The last two Dunmere officers slain on duty were Varga and Holt.";
        assert_eq!(scope_of(s, "two"), Scope::Aside);
        let s = "Vell was one of seven people killed and 31 wounded during that March weekend.";
        assert_eq!(scope_of(s, "31"), Scope::Aside);
        let s = "Among the shootings over the weekend, four people were hurt in Eastfield.";
        assert_eq!(scope_of(s, "four"), Scope::Aside);
        let s = "Violent weekend in Eastfield: 12 scenes, 5 dead, 11 hurt";
        assert_eq!(scope_of(s, "11"), Scope::Aside);
        let s = "Six shot in gun violence throughout Eastfield and Dunmere";
        assert_eq!(scope_of(s, "Six"), Scope::Aside);
        let s = "Five shot on one Eastfield block within 10 hours";
        assert_eq!(scope_of(s, "Five"), Scope::Aside);
        let s = "Local radio originally reported that two of the three victims died.";
        assert_eq!(scope_of(s, "three"), Scope::Aside);
        // The story's own night.
        let s = "Four people were hurt that night in Eastfield.";
        assert_eq!(scope_of(s, "Four"), Scope::Claim);
    }
}
