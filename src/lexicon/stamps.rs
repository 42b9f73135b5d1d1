//! Words of a page's publication stamp ("Updated: 09/23/2026 5:35 PM EDT", "Posted
//! Tuesday, July 5, 2016", "By Ann Lee | July 20, 2026"): the cue that opens one, and
//! the words a line of nothing but a date and a time may hold besides them.

/// A first word that makes a short line a publication stamp (any case): a stamp's verb,
/// or "date", "last", "first", "by".
pub fn stamp_cue(word: &str) -> bool {
    stamp_verb(word)
        || ["date", "last", "first", "by"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(word))
}

/// A verb of a stamp that dates what follows it wherever it stands in a line ("… Posted:
/// Saturday, July 4, 2026 5:10 PM EDT Updated: …", "story updated at 6:20pm on August 12,
/// 2026"); "by", "last" and "first" are cues only when they open the line (any case).
pub fn stamp_verb(word: &str) -> bool {
    [
        "updated",
        "update",
        "posted",
        "published",
        "modified",
        "created",
        "dated",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

/// A word beside a date and a time in a stamp: a clock's half of the day, a time zone,
/// an abbreviated weekday, a press release's "for immediate release" (any case).
pub fn stamp_filler(word: &str) -> bool {
    [
        "at",
        "on",
        "am",
        "pm",
        "a",
        "p",
        "m",
        "et",
        "edt",
        "est",
        "ct",
        "cdt",
        "cst",
        "mt",
        "mdt",
        "mst",
        "pt",
        "pdt",
        "pst",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "mon",
        "tue",
        "tues",
        "wed",
        "hrs",
        "ist",
        "hkt",
        "jst",
        "aest",
        "uk",
        "for",
        "immediate",
        "release",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "h",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_and_fillers() {
        assert!(stamp_cue("Updated") && stamp_cue("POSTED") && stamp_cue("By"));
        assert!(!stamp_cue("Police"));
        assert!(stamp_verb("Posted") && !stamp_verb("by"));
        assert!(stamp_filler("EDT") && stamp_filler("pm") && stamp_filler("Thu"));
        assert!(!stamp_filler("issued"));
    }
}
