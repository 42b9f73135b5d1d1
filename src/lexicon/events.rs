//! One-off events of a story that articles put on a day: the crash, the vote, the
//! verdict, an arrest, the fire breaking out, a closing date. Each word names its event
//! by one canonical key; a noun names the story's event by itself ("Sunday's election",
//! "the June 5 verdict"), a verb needs what it is about (who was arrested, what was
//! presented).

/// How an event is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventWord {
    /// A noun: "the vote", "the verdict".
    Noun,
    /// A verb: "presented", "broke out".
    Verb,
    /// A verb of what happens to one person ("was arrested", "died"): a story has many,
    /// so two are one only when they name the same person.
    Personal,
}

/// The first words of the events of [`event`] ([`super::cue_words`]): a word not listed
/// names no event, whatever follows it. An event added there must be listed here.
pub const EVENT_HEADS: &[&str] = &[
    "broke",
    "breaking",
    "closing",
    "crash",
    "crashed",
    "verdict",
    "sentencing",
    "sentenced",
    "jailed",
    "arrested",
    "born",
    "election",
    "vote",
    "referendum",
    "presented",
    "present",
    "unveiled",
    "confirmed",
    "resigned",
    "died",
    "launched",
];

/// The event a word (lower case) names, with the word that must follow it ("broke out",
/// "closing date").
pub fn event(word: &str, next: &str) -> Option<(&'static str, EventWord)> {
    use EventWord::{Noun, Personal, Verb};
    Some(match (word, next) {
        ("broke", "out") | ("breaking", "out") => ("outbreak", Verb),
        ("closing", "date") => ("closing date", Noun),
        ("crash", _) => ("crash", Noun),
        ("crashed", _) => ("crash", Verb),
        ("verdict", _) | ("sentencing", _) => ("sentencing", Noun),
        ("sentenced", _) | ("jailed", _) => ("sentencing", Personal),
        ("arrested", _) => ("arrest", Personal),
        // Not compared: it holds a birth date away from the events near it.
        ("born", _) => ("birth", Personal),
        ("election", _) | ("vote", _) | ("referendum", _) => ("vote", Noun),
        ("presented", _) | ("present", _) | ("unveiled", _) => ("presentation", Verb),
        ("confirmed", _) => ("confirmation", Verb),
        ("resigned", _) => ("resignation", Personal),
        ("died", _) => ("death", Personal),
        ("launched", _) => ("launch", Verb),
        _ => return None,
    })
}

/// Words before a day that make it no day of the event: a bound ("by Monday", "until
/// Friday", "since Sunday") or another time ("next Tuesday").
pub fn bounds_a_day(word: &str) -> bool {
    matches!(
        word,
        "by" | "until"
            | "till"
            | "since"
            | "before"
            | "after"
            | "through"
            | "between"
            | "next"
            | "and"
            | "or"
            | "than"
            | "every"
            | "each"
    )
}

word_list!(
    /// Words that put a sentence's days ahead of the article: "will", "is due".
    FUTURE,
    future,
    [
        "will", "would", "due", "expected", "scheduled", "plans", "planned", "set", "next",
        "tomorrow", "shall", "until",
    ]
);

word_list!(
    /// Words that move an event to another day: the sentence gives a new day, not a
    /// conflicting one ("the vote was postponed to Sunday").
    MOVES,
    moves,
    [
        "extended", "postponed", "delayed", "moved", "rescheduled", "deferred", "pushed",
        "brought", "revised", "changed", "adjourned", "instead",
    ]
);

/// Verbs of reporting that take a day of their own ("police said on Wednesday",
/// "identified Thursday"): the day is not the event's.
pub fn reporting(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "announced"
            | "identified"
            | "appeared"
            | "questioned"
            | "learned"
            | "reported"
            | "told"
            | "stated"
            | "added"
            | "released"
            | "named"
            | "updated"
            | "posted"
            | "published"
            | "issued"
    )
}

/// Words of a figure that only grows as a story goes on (a toll, arrests, cases,
/// containment, the area burned): a later article's higher figure is an update.
pub fn cumulative(word: &str) -> bool {
    matches!(
        word,
        "killed"
            | "dead"
            | "died"
            | "death"
            | "deaths"
            | "toll"
            | "injured"
            | "wounded"
            | "hurt"
            | "injuries"
            | "arrested"
            | "detained"
            | "arrests"
            | "charged"
            | "case"
            | "cases"
            | "infected"
            | "infection"
            | "confirmed"
            | "contained"
            | "containment"
            | "burned"
            | "burnt"
            | "evacuated"
            | "displaced"
            | "destroyed"
            | "damaged"
            | "counted"
            | "rescued"
            | "recovered"
            | "hospitalised"
            | "hospitalized"
    )
}

/// Function words: no cue of what an event is about.
pub fn function_word(word: &str) -> bool {
    matches!(
        word,
        "that"
            | "this"
            | "these"
            | "those"
            | "with"
            | "from"
            | "have"
            | "been"
            | "were"
            | "their"
            | "which"
            | "when"
            | "where"
            | "after"
            | "about"
            | "into"
            | "over"
            | "they"
            | "them"
            | "then"
            | "than"
            | "also"
            | "will"
            | "would"
            | "could"
            | "said"
            | "says"
            | "being"
            | "what"
            | "while"
            | "there"
            | "here"
            | "only"
            | "evening"
            | "morning"
            | "afternoon"
            | "night"
            | "early"
            | "late"
            | "later"
            | "near"
            | "across"
            | "along"
            | "around"
            | "during"
            | "under"
            | "against"
            | "toward"
            | "towards"
            | "within"
            | "without"
            | "upon"
            | "onto"
            | "among"
            | "amid"
            | "behind"
            | "beyond"
            | "outside"
            | "inside"
            | "despite"
            | "since"
    )
}

/// `true` when a word (with the words either side, any case) tells of a stage of a case
/// that comes weeks or years after its event: a plea, a trial, a verdict, a sentencing,
/// an indictment, a preliminary hearing, "held for court", an anniversary.
pub fn later_stage(prev: &str, w: &str, next: &str) -> bool {
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    w.get(..7).is_some_and(|p| is(p, "sentenc"))
        || [
            "trial",
            "jury",
            "jurors",
            "juror",
            "convicted",
            "pleaded",
            "plea",
            "guilty",
            "verdict",
            "indicted",
            "indictment",
            "anniversary",
        ]
        .iter()
        .any(|s| is(w, s))
        || is(w, "preliminary") && is(next, "hearing")
        || is(prev, "held") && is(w, "for") && is(next, "court")
}

/// `true` when the words at `w` look back from the writing at its story: "three months
/// ago", "weeks later", "last year", "last summer", "this past", "earlier this year"
/// (not "last week", "a week ago" or "earlier this month": days or weeks, not a stage).
pub fn look_back(prev: &str, w: &str, next: &str) -> bool {
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let long = |u: &str| {
        ["weeks", "months", "years", "month", "year"]
            .iter()
            .any(|s| is(u, s))
    };
    let long_or_season = |u: &str| {
        [
            "year", "month", "summer", "spring", "fall", "autumn", "winter",
        ]
        .iter()
        .any(|s| is(u, s))
    };
    (is(w, "ago") || is(w, "later")) && long(prev)
        || is(w, "last") && long_or_season(next)
        || is(prev, "this") && is(w, "past")
        || is(prev, "earlier") && is(w, "this") && is(next, "year")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_their_kinds() {
        assert_eq!(event("broke", "out"), Some(("outbreak", EventWord::Verb)));
        assert_eq!(event("broke", "down"), None);
        assert_eq!(event("verdict", ""), Some(("sentencing", EventWord::Noun)));
        assert_eq!(
            event("closing", "date"),
            Some(("closing date", EventWord::Noun))
        );
        assert_eq!(event("closed", "at"), None);
    }

    #[test]
    fn every_event_word_is_a_listed_head() {
        for w in EVENT_HEADS {
            assert!(
                ["out", "date", ""].iter().any(|n| event(w, n).is_some()),
                "{w}"
            );
        }
        let words = crate::lexicon::COMMON_WORDS.lines().map(str::trim);
        for w in words.chain(crate::lexicon::cue_words()) {
            if ["out", "date", ""].iter().any(|n| event(w, n).is_some()) {
                assert!(EVENT_HEADS.contains(&w), "{w}");
            }
        }
    }

    #[test]
    fn bounds_and_future() {
        assert!(bounds_a_day("by") && bounds_a_day("until"));
        assert!(!bounds_a_day("on"));
        assert!(future("will") && !future("said"));
    }
}
