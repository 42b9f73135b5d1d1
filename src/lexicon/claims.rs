//! Words that say what a number claims: the outcome a count of people carries
//! ("killed", "injured"), what a sentence or ban is, which words make a number a part,
//! an increment or a figure about another time, and the nouns that count nothing a
//! story claims ("times", "blocks").

/// The outcome a predicate gives a count ("killed", "injured", "arrested"), or a
/// change ("cut", "raise"), grouped by meaning.
pub fn role(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "kill" | "kills" | "killing" | "dead" | "died" | "die" | "deaths" | "death"
        | "fatalities" | "fatality" | "lives" | "slain" | "toll" | "murdered" | "fatally" => {
            "killed"
        }
        "injured" | "injuring" | "injures" | "wounded" | "wounding" | "hurt" | "injuries"
        | "wounds" => "injured",
        "shot" => "shot",
        "missing" => "missing",
        "evacuated" | "evacuate" | "evacuating" | "evacuation" => "evacuated",
        "displaced" | "fled" | "homeless" => "displaced",
        "arrested" | "detained" | "arrests" | "detentions" => "detained",
        "charged" | "indicted" => "charged",
        "hospitalised" | "hospitalized" | "hospital" | "treated" => "hospitalised",
        "critical" => "critical",
        "rescued" | "saved" => "rescued",
        "destroyed" | "razed" | "levelled" | "leveled" => "destroyed",
        "damaged" => "damaged",
        "burned" | "burnt" | "scorched" | "charred" | "blackened" => "burned",
        "cut" | "cuts" | "reduce" | "reduced" | "reducing" | "reduction" | "shrink" | "slash"
        | "slashed" | "trim" | "trimmed" => "cut",
        "capped" | "cap" | "caps" | "limit" | "limited" | "limits" | "ceiling" => "cap",
        "raised" | "raise" | "increase" | "increased" | "boost" | "boosted" | "rose" | "grew" => {
            "raise"
        }
        "fell" | "dropped" | "declined" | "decreased" => "fall",
        "deployed" | "sent" | "stationed" | "troops" => "deployed",
        "pledged" | "promised" | "committed" | "allocated" | "approved" | "granted" | "offered" => {
            "pledged"
        }
        "spent" | "spend" | "cost" | "costs" | "paid" | "pay" | "fined" => "spent",
        "occupied" | "controls" | "control" | "controlled" | "captured" | "seized" => "occupied",
        "using" | "use" | "used" => "use",
        "voted" | "votes" => "voted",
        "aged" | "age" => "aged",
        _ => return None,
    })
}

/// Verbs that take an infinitive: after a counted noun ("the bid failed to reflect",
/// "12 firms agreed to pay") they say what it did next, not what was done to it.
pub fn catenative(w: &str) -> bool {
    matches!(
        w,
        "failed"
            | "refused"
            | "agreed"
            | "decided"
            | "wanted"
            | "tried"
            | "attempted"
            | "managed"
            | "continued"
            | "seemed"
            | "appeared"
            | "started"
            | "planned"
            | "vowed"
            | "aimed"
            | "hoped"
            | "intended"
            | "declined"
            | "threatened"
    )
}

/// Roles that count people: a count with one of them and no noun counts people.
pub fn counts_people(role: &str) -> bool {
    matches!(
        role,
        "killed"
            | "injured"
            | "shot"
            | "missing"
            | "evacuated"
            | "displaced"
            | "detained"
            | "charged"
            | "hospitalised"
            | "critical"
            | "rescued"
    )
}

/// Nouns that name people in general: counted with a role, they all count people
/// ("three victims", "four others", "two persons").
pub fn generic_person(noun: &str) -> bool {
    matches!(
        noun,
        "person" | "victim" | "individual" | "other" | "casualty" | "fatality" | "death"
    )
}

/// Nouns for people: a count of them is compared only with a role ("five officers
/// killed"): a bare "five officers" is rarely the story's claim.
pub fn person_noun(noun: &str) -> bool {
    generic_person(noun)
        || matches!(
            noun,
            "man"
                | "woman"
                | "child"
                | "kid"
                | "boy"
                | "girl"
                | "teen"
                | "teenager"
                | "adult"
                | "officer"
                | "suspect"
                | "student"
                | "resident"
                | "passenger"
                | "member"
                | "friend"
                | "civilian"
                | "worker"
                | "employee"
                | "patient"
                | "soldier"
                | "family"
                | "bystander"
                | "customer"
                | "guest"
                | "neighbor"
                | "neighbour"
                | "deputy"
                | "youth"
                | "juvenile"
                | "gunman"
                | "shooter"
                | "brother"
                | "sister"
                | "son"
                | "daughter"
                | "relative"
                | "player"
                | "fan"
                | "protester"
                | "firefighter"
                | "agent"
                | "trooper"
                | "citizen"
                | "inmate"
                | "migrant"
                | "refugee"
        )
}

/// Counted nouns that make no claim to compare: repetitions, addresses, page parts,
/// times of day and the units of time (a number of years is a duration or an age).
pub fn uncounted_noun(noun: &str) -> bool {
    matches!(
        noun,
        "time"
            | "block"
            | "count"
            | "round"
            | "bullet"
            | "shell"
            | "casing"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "news"
            | "image"
            | "photo"
            | "video"
            | "comment"
            | "share"
            | "page"
            | "edt"
            | "est"
            | "cdt"
            | "pdt"
            | "gmt"
            | "utc"
            | "pm"
            | "am"
            | "p.m"
            | "a.m"
            | "of"
            | "yard"
            | "grade"
            | "degree"
            | "floor"
            | "story"
            | "storey"
            | "way"
            | "thing"
            | "step"
            | "side"
            | "piece"
            | "part"
            | "group"
            | "item"
            | "lane"
            | "car"
            | "vehicle"
    ) || weekday(noun)
        || time_unit(noun).is_some()
}

/// A weekday name, folded.
pub fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Units of time in days ("year" is 365.25).
pub fn time_unit(noun: &str) -> Option<f64> {
    Some(match noun {
        "year" | "yr" => 365.25,
        "decade" => 3652.5,
        "month" => 30.44,
        "week" => 7.0,
        "day" | "night" => 1.0,
        "hour" | "hr" => 1.0 / 24.0,
        "minute" | "min" => 1.0 / 1440.0,
        "second" | "sec" => 1.0 / 86400.0,
        _ => return None,
    })
}

/// What a duration is, from a word near it: a prison sentence, probation, a ban.
pub fn duration_role(w: &str) -> Option<&'static str> {
    Some(match w {
        "sentenced" | "sentence" | "sentences" | "prison" | "jail" | "imprisonment"
        | "imprisoned" | "jailed" | "penitentiary" | "custodial" => "sentence",
        "probation" => "probation",
        "ban" | "banned" | "barred" | "disqualified" | "disqualification" => "ban",
        _ => return None,
    })
}

/// Verbs of a change, before "from" and an earlier value ("rose from 31 to 40").
pub fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rising"
            | "climbed"
            | "jumped"
            | "increased"
            | "grew"
            | "up"
            | "down"
            | "fell"
            | "dropped"
            | "revised"
            | "raised"
            | "lowered"
            | "edged"
            | "went"
            | "changed"
            | "moved"
    )
}

/// Words right before a number that make it an increment ("another 20", "a further 3%").
pub fn increment_before(w: &str) -> bool {
    matches!(
        w,
        "another" | "further" | "additional" | "extra" | "added" | "fresh"
    )
}

/// Words right after a number that make it an increment ("five more bodies").
pub fn increment_after(w: &str) -> bool {
    matches!(w, "more" | "additional" | "extra")
}

/// Words of kin, as an apposition before a name: "killed his father, Ben Vos, 61".
pub fn kin_noun(w: &str) -> bool {
    parent_noun(w)
        || matches!(
            w,
            "son"
                | "daughter"
                | "brother"
                | "sister"
                | "wife"
                | "husband"
                | "uncle"
                | "aunt"
                | "cousin"
                | "nephew"
                | "niece"
                | "grandson"
                | "granddaughter"
                | "stepfather"
                | "stepmother"
                | "stepson"
                | "stepdaughter"
                | "girlfriend"
                | "boyfriend"
                | "fiancee"
                | "fiance"
                | "children"
                | "child"
        )
}

/// Parents counted by their children: "a father of five", "mother of three".
pub fn parent_noun(w: &str) -> bool {
    matches!(
        w,
        "father"
            | "mother"
            | "parent"
            | "parents"
            | "dad"
            | "mom"
            | "mum"
            | "grandfather"
            | "grandmother"
            | "grandparent"
    )
}

/// Words shortly before a number that make it a part of a total ("including three
/// children", "among them two officers").
pub fn part_before(w: &str) -> bool {
    matches!(
        w,
        "including"
            | "includes"
            | "included"
            | "include"
            | "among"
            | "incl"
            | "whom"
            | "which"
            | "first"
    )
}

/// Other words a reading of a sentence's figures looks for at a token
/// ([`super::cue_words`]): the aside words of `identity::elsewhere` and
/// `claimscope::another_incident` beyond the lists here, the "according" of a source, the
/// pronouns that open a relative clause, and the words `updates` reads a change at. A word
/// those readings match must be listed.
pub const SENTENCE_CUES: &[&str] = &[
    "last",
    "this",
    "in",
    "same",
    "that",
    "among",
    "scenes",
    "incidents",
    "shootings",
    "attacks",
    "throughout",
    "within",
    "originally",
    "initially",
    "first",
    "according",
    "which",
    "who",
    "whom",
    "whose",
    "from",
    "to",
    "not",
];

word_list!(
    /// Words in a sentence that put its figures in another time or incident ("last year",
    /// "a similar attack in 2019", "so far this year").
    ELSEWHERE,
    elsewhere,
    [
        "previous", "previously", "earlier", "since", "ago", "similar", "annually", "yearly",
        "nationwide", "nationally", "statewide", "countywide", "citywide", "average", "recent",
        "past", "prior", "statistics", "shootings", "separate", "unrelated", "unlike",
        "meanwhile", "separately", "elsewhere", "across", "alone", "series", "spate", "string",
        "totals",
    ]
);

/// Words of a death before the name of the one who died: "the death of", "killed",
/// "the slaying of", "the deceased", "the body of", "the funeral of".
pub fn death_word(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "killing"
            | "death"
            | "slaying"
            | "slain"
            | "dead"
            | "deceased"
            | "murder"
            | "murdered"
            | "funeral"
            | "casket"
            | "body"
    )
}

/// Words that tell of another person's part in a sentence of a death: one hurt, a
/// suspect, an arrest, a saying verb ("police said X, 30, ...").
pub fn other_part(w: &str) -> bool {
    matches!(
        w,
        "injured"
            | "wounded"
            | "hurt"
            | "survived"
            | "arrested"
            | "charged"
            | "accused"
            | "booked"
            | "detained"
            | "suspect"
            | "suspected"
            | "gunman"
            | "shooter"
            | "custody"
            | "said"
            | "says"
            | "told"
    )
}

/// Words of a later stage of a criminal case: a plea, a trial, a verdict, a sentencing.
pub fn court_word(w: &str) -> bool {
    matches!(
        w,
        "guilty"
            | "pleaded"
            | "pleads"
            | "plea"
            | "sentenced"
            | "sentencing"
            | "convicted"
            | "conviction"
            | "trial"
            | "jury"
            | "jurors"
            | "arraigned"
            | "arraignment"
            | "hearing"
            | "indicted"
            | "indictment"
            | "acquitted"
    )
}

/// Plural nouns of incidents: "among the shootings" lists several.
pub fn incidents(w: &str) -> bool {
    matches!(
        w,
        "attacks" | "shootings" | "incidents" | "killings" | "homicides" | "crimes" | "crashes"
    )
}

/// Ordinals that continue a group after its first ("a second man", "a fourth victim").
pub fn series_ordinal(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    )
}

word_list!(
    /// Plural periods: they put a figure in another time only after words of the past
    /// ("in recent years", "over the past five months"), not in "within three years" or
    /// "the largest in years".
    PLURAL_PERIODS,
    plural_period,
    [
        "years", "weeks", "months", "decades",
    ]
);

/// Periods after "last" or "this" that put a figure in another time ("last year").
pub fn period(w: &str) -> bool {
    matches!(
        w,
        "year" | "month" | "decade" | "summer" | "winter" | "spring" | "autumn" | "fall" | "season"
    )
}

/// Words before a number that make it a clock time's zone or suffix ("10 a.m.", "3pm",
/// "21.17 GMT").
pub fn clock_suffix(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "a.m"
            | "p.m"
            | "a.m."
            | "p.m."
            | "gmt"
            | "utc"
            | "edt"
            | "est"
            | "cdt"
            | "cst"
            | "pdt"
            | "pst"
            | "mdt"
            | "mst"
            | "bst"
            | "cet"
            | "cest"
            | "hrs"
            | "hours"
            | "o'clock"
            | "h"
    )
}

word_list!(
    /// Speech and report words after which a figure has a named source ("police said",
    /// "according to organisers").
    SOURCE_VERBS,
    source_verb,
    [
        "said", "says", "say", "told", "reported", "reports", "estimated", "estimates",
        "estimate", "counted", "figure", "figures", "forecast", "forecasts", "projection",
        "projects", "predicts", "expects", "put", "claimed", "claims",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    /// What `identity::time_words` relies on to skip every word that is no calendar word.
    #[test]
    fn weekdays_are_calendar_words() {
        for w in [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ] {
            assert!(weekday(w) && super::super::is_calendar(w), "{w}");
        }
    }

    #[test]
    fn roles_group_their_verbs() {
        assert_eq!(role("wounded"), Some("injured"));
        assert_eq!(role("slain"), Some("killed"));
        assert_eq!(role("charged"), Some("charged"));
        assert!(counts_people("hospitalised"));
        assert!(!counts_people("cut"));
    }

    #[test]
    fn nouns_of_people_and_nouns_that_count_nothing() {
        assert!(person_noun("officer") && generic_person("victim"));
        assert!(uncounted_noun("time") && uncounted_noun("block") && uncounted_noun("year"));
        assert!(!uncounted_noun("home"));
        assert_eq!(time_unit("week"), Some(7.0));
        assert_eq!(duration_role("probation"), Some("probation"));
    }
}
