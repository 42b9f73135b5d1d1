//! An article's publication day, read from the article itself: HTML metadata
//! (`<meta property="article:published_time">`, JSON-LD `"datePublished"`, `<time
//! datetime>`), Markdown front matter (`date:`), or the dateline or byline at its top
//! ("LISBON, Oct 9 (Wire) -", "Updated 9.40pm, Friday 7 August 2026"). A caller that knows
//! better (a CMS, the CLI's `--published`) sets [`super::Document::published`] itself.

use super::calendar::{iso, parse, slashed, weekday, Day};
use super::tokens::{tokenize, Kind, Token};
use crate::lexicon::stamps::{stamp_cue, stamp_filler, stamp_verb};

/// How far into the source metadata is looked for.
const HEAD_BYTES: usize = 64 * 1024;
/// How many lines of the clean text's top may hold a byline or dateline.
const TOP_LINES: usize = 8;
/// A byline line is short; a dateline opens a paragraph.
const BYLINE_BYTES: usize = 160;
/// The dateline's date comes within this many tokens of the paragraph's start.
const DATELINE_TOKENS: usize = 12;

/// The publication day of an article: its metadata first, then its top lines.
pub fn find(source: &str, clean: &str, title_end: usize) -> Option<Day> {
    metadata(source).or_else(|| top_lines(clean, title_end))
}

/// The publication day in HTML metadata or Markdown front matter.
pub fn metadata(source: &str) -> Option<Day> {
    let head = prefix(source, HEAD_BYTES);
    // A plain text has no tags: one look for a '<' spares the tag searches.
    let tags = memchr::memchr(b'<', head.as_bytes()).is_some();
    front_matter(head)
        .or_else(|| {
            tags.then(|| meta_tag(head, "article:published_time"))
                .flatten()
        })
        .or_else(|| json_ld(head))
        .or_else(|| tags.then(|| meta_tag(head, "datePublished")).flatten())
        .or_else(|| tags.then(|| time_tag(head)).flatten())
}

/// The longest prefix of `s` of at most `n` bytes ending on a character boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `date:` in a front matter block (`---` lines) at the top of the text.
fn front_matter(s: &str) -> Option<Day> {
    let rest = s.strip_prefix("---")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    for line in rest.lines().take(64) {
        let line = line.trim();
        if line == "---" {
            break;
        }
        let Some(v) = line
            .strip_prefix("date:")
            .or_else(|| line.strip_prefix("published:"))
        else {
            continue;
        };
        let v = v.trim().trim_matches(['"', '\'']);
        return iso(v).or_else(|| written(v));
    }
    None
}

/// A date written in words in `s` ("5 August 2026").
fn written(s: &str) -> Option<Day> {
    let t = tokenize(s, 0..s.len());
    (0..t.len().min(16)).find_map(|i| parse(s, &t, i).and_then(|(w, _)| w.day))
}

/// The value of attribute `name` in the tag `tag` (`name="…"` or `name='…'`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = tag.get(from..)?.find(name) {
        let after = tag.get(from + at + name.len()..)?.trim_start();
        from += at + name.len();
        let Some(v) = after.strip_prefix('=') else {
            continue;
        };
        let v = v.trim_start();
        let q = v.chars().next()?;
        if q != '"' && q != '\'' {
            continue;
        }
        let v = &v[1..];
        return v.find(q).map(|end| &v[..end]);
    }
    None
}

/// The tag around byte `at` of `s`: from the `<` before it to the `>` after it.
fn tag_around(s: &str, at: usize) -> Option<&str> {
    let start = s.get(..at)?.rfind('<')?;
    let end = at + s.get(at..)?.find('>')?;
    s.get(start..end)
}

/// `<meta property="NAME" content="…">` (or `name=`, `itemprop=`).
fn meta_tag(s: &str, name: &str) -> Option<Day> {
    let mut from = 0;
    let finder = memchr::memmem::Finder::new(name);
    while let Some(at) = finder.find(s.get(from..)?.as_bytes()) {
        let pos = from + at;
        from = pos + name.len();
        let Some(tag) = tag_around(s, pos) else {
            continue;
        };
        if !tag.starts_with("<meta") {
            continue;
        }
        if let Some(d) = attribute(tag, "content").and_then(iso) {
            return Some(d);
        }
    }
    None
}

/// `"datePublished": "2026-08-07T…"` in JSON-LD.
fn json_ld(s: &str) -> Option<Day> {
    // The finder is built once: building one costs more than searching most texts.
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let key = "\"datePublished\"";
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new(key));
    let at = finder.find(s.as_bytes())?;
    let rest = s.get(at + key.len()..)?.trim_start().strip_prefix(':')?;
    let rest = rest.trim_start().strip_prefix('"')?;
    iso(rest.get(..rest.find('"')?)?)
}

/// The first `<time datetime="…">`.
fn time_tag(s: &str) -> Option<Day> {
    let at = memchr::memmem::find(s.as_bytes(), b"<time")?;
    let tag = tag_around(s, at + 1)?;
    attribute(tag, "datetime").and_then(iso)
}

/// A byline or dateline among the first lines after the title: a short line holding a
/// date ("Updated 10.15am, 10 October"), or a paragraph opening with a place and a
/// date ("LISBON, Oct 9 (Wire) -").
fn top_lines(clean: &str, title_end: usize) -> Option<Day> {
    let body = clean.get(title_end..)?;
    let mut at = title_end;
    for line in super::lines_inclusive(body).take(TOP_LINES + 1) {
        let range = at..at + line.trim_end().len();
        at += line.len();
        if range.is_empty() {
            continue;
        }
        let l = line.trim_end();
        let clock = l.ends_with("a.m.") || l.ends_with("p.m.");
        let short = range.len() <= BYLINE_BYTES && (clock || !l.ends_with('.'));
        // Most paragraphs open with a word in lower case: no dateline, nothing to tokenize
        // (a date in brackets may open one).
        if !short && opens_lower(l) && !l.starts_with('(') {
            continue;
        }
        // A dateline is at a paragraph's start: its first few hundred bytes are enough.
        let mut end = range.end.min(range.start + 4 * BYLINE_BYTES);
        while !clean.is_char_boundary(end) {
            end -= 1;
        }
        let tokens = tokenize(clean, range.start..end);
        let found = stamp(clean, &tokens, short).or_else(|| dateline(clean, &tokens, short));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The day of a date written at token `i` ("July 5, 2016", "Tuesday 5 July", "07/05/2016")
/// and the index of the token after it.
fn date_at(text: &str, tokens: &[Token], i: usize) -> Option<(Day, usize)> {
    if let Some((w, end)) = parse(text, tokens, i) {
        return w.day.map(|d| (d, end));
    }
    let t = tokens.get(i).filter(|t| t.kind == Kind::Number)?;
    let (day, len) = slashed(text.get(t.start..)?)?;
    let end = t.start + len;
    let next = tokens[i..]
        .iter()
        .position(|x| x.start >= end)
        .map_or(tokens.len(), |k| i + k);
    Some((day, next))
}

/// A publication stamp's day: a date with its year right after a stamp's verb anywhere in
/// the line ("… Posted: Saturday, July 4, 2026 5:10 PM EDT", "(Published Friday, Nov. 6,
/// 2026)"), or, on a short line, one that opens with a cue ("Updated at 9:20 a.m. Aug.
/// 19:", "By Ann Lee | July 20, 2026") or holds nothing but a date and a time ("Jul 7,
/// 2026 8:45 AM EDT"). Any other line with a date in it is a caption, a related story's
/// date or a sidebar's, no stamp.
fn stamp(text: &str, tokens: &[Token], short: bool) -> Option<Day> {
    // A long line is dated only after a stamp's verb: none, no stamp (most paragraphs).
    if !short
        && !tokens
            .iter()
            .any(|t| t.kind == Kind::Word && stamp_verb(t.text(text)))
    {
        return None;
    }
    let cue = tokens
        .iter()
        .find(|t| t.kind == Kind::Word)
        .is_some_and(|t| stamp_cue(t.text(text)));
    let (mut found, mut other, mut i) = (None, false, 0);
    // A dated stamp after a separator ("Asia desk · Tuesday 11 November 2026"), and
    // whether a word other than a stamp's follows it.
    let (mut separated, mut spoiled) = (None, false);
    while let Some(t) = tokens.get(i) {
        if let Some((d, next)) = date_at(text, tokens, i) {
            if d.year.is_some() && after_stamp_verb(text, &tokens[..i]) {
                return Some(d);
            }
            if d.year.is_some() && separated.is_none() && after_separator(text, &tokens[..i]) {
                separated = Some(d);
            }
            // Two days on a line with no verb of a stamp are a span ("born … died …").
            other |= found.is_some_and(|f: Day| !f.same(&d));
            found = found.or(Some(d));
            i = next;
            continue;
        }
        // What stands beside a date counts on a short line only (see the end).
        if short {
            let alien = t.kind == Kind::Word && !stamp_word(text, t, cue);
            other |= alien;
            spoiled |= alien && separated.is_some();
        }
        i += 1;
    }
    found
        .filter(|_| short && (cue || !other))
        .or(separated.filter(|_| short && !spoiled))
}

/// `true` when the tokens before a date end in a separator of a page's header line, then
/// only a weekday and commas ("Asia desk · Tuesday", "Courier | ").
fn after_separator(text: &str, before: &[Token]) -> bool {
    for t in before.iter().rev().take(4) {
        let w = t.text(text);
        if matches!(w, "·" | "|" | "•") {
            return true;
        }
        if w != "," && weekday(w).is_none() {
            return false;
        }
    }
    false
}

/// `true` when a word may stand beside a stamp's date: a weekday, a clock's words, a time
/// zone, and in a line opened by a cue the cues themselves ("Posted … Updated").
fn stamp_word(text: &str, t: &Token, cue: bool) -> bool {
    let w = t.text(text);
    weekday(w).is_some() || stamp_filler(w) || stamp_verb(w) || (cue && stamp_cue(w))
}

/// `true` when the tokens before a date end in a stamp's verb, then only a clock, a
/// weekday and punctuation ("Posted:", "updated at 6:20pm on").
fn after_stamp_verb(text: &str, before: &[Token]) -> bool {
    for t in before.iter().rev().take(8) {
        let w = t.text(text);
        if t.kind == Kind::Word && stamp_verb(w) {
            return true;
        }
        if t.kind == Kind::Word && !stamp_word(text, t, false) {
            return false;
        }
    }
    false
}

/// A dateline's day: a date within the first tokens of a paragraph, after its place
/// ("LISBON, Oct 9 (Wire) -", "DUNMERE, Va. (July 5, 2016) -") or in brackets that open
/// it ("(07/05/16) -").
fn dateline(text: &str, tokens: &[Token], short: bool) -> Option<Day> {
    (0..tokens.len().min(DATELINE_TOKENS))
        .filter(|&i| dateline_before(text, &tokens[..i], short))
        .find_map(|i| date_at(text, tokens, i).map(|(d, _)| d))
}

/// `true` when the first word of `line` has a lower-case letter (or there is no word),
/// so that no dateline opens it ([`dateline_before`] wants it in capitals). The line's
/// first letter opens its first word token, and a letter right after it continues it.
fn opens_lower(line: &str) -> bool {
    let Some(at) = line.find(char::is_alphabetic) else {
        return true;
    };
    let mut cs = line[at..].chars();
    let word_char = |c: char| c.is_alphanumeric() && !('\u{2000}'..='\u{206F}').contains(&c);
    cs.next().is_some_and(char::is_lowercase)
        || cs.next().is_some_and(|c| word_char(c) && c.is_lowercase())
}

/// `true` when the tokens before a date are a dateline's place: words, the first in
/// capitals ("LISBON", "BANGKOK, Thailand", "**IBADAN"; on a short line of its own
/// all capitalised: "Lisbon, Oct 9 -"), and commas, the last a comma or an opening bracket;
/// or a bracket alone, opening the paragraph.
fn dateline_before(text: &str, before: &[Token], short: bool) -> bool {
    let mut words = before.iter().filter(|t| t.kind == Kind::Word);
    let place = || {
        let mut all = before.iter().filter(|t| t.kind == Kind::Word);
        all.all(|t| t.text(text).starts_with(char::is_uppercase))
    };
    let first_caps = words.next().is_some_and(|t| {
        let w = t.text(text);
        w.len() >= 2
            && !opens_a_phrase(w)
            && (w.chars().all(|c| !c.is_lowercase()) || (short && place()))
    });
    let last = before.last().map(|t| t.text(text));
    let opening_bracket = before.len() == 1 && last == Some("(");
    opening_bracket
        || (first_caps && before.len() <= DATELINE_TOKENS && matches!(last, Some("," | "(")))
}

/// `true` for a preposition that opens a sentence's phrase of time, never a dateline's
/// place ("On Tuesday, Oct. 10, the town woke to the news:").
fn opens_a_phrase(word: &str) -> bool {
    [
        "on", "in", "at", "since", "until", "from", "before", "after", "by",
    ]
    .iter()
    .any(|p| word.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: Option<i32>, m: u8, d: u8) -> Option<Day> {
        Day::new(y, m, d)
    }

    fn top(s: &str) -> Option<Day> {
        let end = s.find('\n').unwrap_or(0);
        top_lines(s, end)
    }

    #[test]
    fn html_meta_published_time() {
        let s = r#"<head><meta property="article:published_time" content="2026-03-04T08:00:00Z"></head>"#;
        assert_eq!(metadata(s), day(Some(2026), 3, 4));
        let s = "<meta content='2026-03-05' itemprop='datePublished'>";
        assert_eq!(metadata(s), day(Some(2026), 3, 5));
    }

    #[test]
    fn json_ld_date_published() {
        let s = r#"<script type="application/ld+json">{"datePublished": "2025-11-10T22:05:00+05:00"}</script>"#;
        assert_eq!(metadata(s), day(Some(2025), 11, 10));
    }

    #[test]
    fn time_datetime() {
        let s = r#"<p>By Ann Lee <time datetime="2024-02-29">Thursday</time></p>"#;
        assert_eq!(metadata(s), day(Some(2024), 2, 29));
        assert_eq!(metadata("<time datetime=\"soon\">"), None);
    }

    #[test]
    fn front_matter_date() {
        let s = "---\ntitle: Flood\ndate: 2026-01-02\n---\n# Flood\n";
        assert_eq!(metadata(s), day(Some(2026), 1, 2));
        let s = "---\ndate: \"3 May 2025\"\n---\n";
        assert_eq!(metadata(s), day(Some(2025), 5, 3));
        assert_eq!(metadata("---\ndate: never\n---\n"), None);
    }

    #[test]
    fn byline_lines() {
        let s = "Storm Hits Dunmere\n\nBy Ann Lee\nUpdated 9.40pm, Friday 7 August 2026\n\nText.";
        assert_eq!(top(s), day(Some(2026), 8, 7));
        let s = "Title\nBy Ann Lee | Courier | July 20, 2026, 8:15 p.m.\n";
        assert_eq!(top(s), day(Some(2026), 7, 20));
    }

    #[test]
    fn stamps_with_slashes_and_clocks() {
        let s = "Title\n\nUpdated: 09/21/2026 4:25 PM\n\nText.";
        assert_eq!(top(s), day(Some(2026), 9, 21));
        let s = "Title\n\nPublished: Sunday, 5/29/2026 - Updated: 2 hours ago\n";
        assert_eq!(top(s), day(Some(2026), 5, 29));
        let s = "Title\n\nJul 5, 2026 10:52 AM EDT\n\nText.";
        assert_eq!(top(s), day(Some(2026), 7, 5));
        let s = "Title\nJanuary 9, 2027\nText.";
        assert_eq!(top(s), day(Some(2027), 1, 9));
        assert_eq!(top("Title\nMay 2, 1950 - January 9, 2027\n"), None);
    }

    #[test]
    fn a_stamp_after_a_repeated_headline() {
        let s = "Title\n\nPier shut in Dunmere Posted: Saturday, July 2, 2026 3:40 PM EDT Updated: Monday, August 1, 2026 3:40 PM EDT\n\nText.";
        assert_eq!(top(s), day(Some(2026), 7, 2));
        let s = "Title\n\nA storm hit Dunmere on Friday, leaving thousands without power for the weekend. (Published Saturday, Oct. 3, 2026)\n";
        assert_eq!(top(s), day(Some(2026), 10, 3));
        let s = "Title\nstory updated at 4:04pm on August 10, 2026\n";
        assert_eq!(top(s), day(Some(2026), 8, 10));
        assert_eq!(
            top("Title\nThe pier will be updated by March 3, 2026\n"),
            None
        );
    }

    #[test]
    fn stamps_of_wires_and_releases() {
        let s = "Title\nMonday, Sep 10, 2026 | Updated 9:01 AM EDT\n";
        assert_eq!(top(s), day(Some(2026), 9, 10));
        let s = "Title\nFOR IMMEDIATE RELEASE July 13, 2026\n";
        assert_eq!(top(s), day(Some(2026), 7, 13));
        assert_eq!(top("Title\nDunmere, Nov 11 -\n"), day(None, 11, 11));
        let s = "Title\nAda Quist, 13, was hurt Saturday, Dec. 13, 2026, in Dunmere. (Photo)\n";
        assert_eq!(top(s), None);
        let s = "Title\n7:00pm UK, Wednesday 05 May 2026\n";
        assert_eq!(top(s), day(Some(2026), 5, 5));
    }

    #[test]
    fn a_desk_line_with_a_separator_and_a_dated_day() {
        let s = "Title\n\n*Metro desk · Tuesday 11 November 2026*\n\nText.";
        assert_eq!(top(s), day(Some(2026), 11, 11));
        let s = "Title\nCourier • 3 March 2026, 9:15 am\n";
        assert_eq!(top(s), day(Some(2026), 3, 3));
        // Words after the date make it something else; so does no year.
        assert_eq!(top("Title\nWeather · March 3, 2026 rain all day\n"), None);
        assert_eq!(top("Title\nMetro desk · Tuesday 11 November\n"), None);
    }

    #[test]
    fn a_short_line_with_other_words_is_no_stamp() {
        assert_eq!(
            top("Title\nWill it rain in Dunmere tomorrow? Mar 9\n"),
            None
        );
        assert_eq!(top("Title\nAlerts as of 12:26 am, Thu. May. 26\n"), None);
        assert_eq!(top("Title\nArrested on February 21:\n"), None);
        assert_eq!(
            top("Title\nFlood warning issued January 11 at 6:51PM EST\n"),
            None
        );
        let s = "Title\n\nThe pier was shut on July 2, 2026. (Ann Lee/Courier)\n\nText.";
        assert_eq!(top(s), None);
    }

    #[test]
    fn datelines_with_the_date_in_brackets() {
        let s = "Title\n\nDUNMERE, Va. (November 30, 2026) — A storm hit the town late on Friday night and kept going for hours.";
        assert_eq!(top(s), day(Some(2026), 11, 30));
        let s = "Title\n\n(08/18/26) - Officials say a man sought in the fire at the old mill in Dunmere has turned himself in.";
        assert_eq!(top(s), day(Some(2026), 8, 18));
        let s = "Title\n\nDUNMERE (Coast Wire) — A storm hit the town on November 30, 2026 and kept going for hours after.";
        assert_eq!(top(s), None);
    }

    #[test]
    fn datelines() {
        let s = "Title\n\nDUNMERE, Oct 9 (Coast Wire) - The council voted on Thursday to close the pier, which opened on March 3 last year and more.";
        assert_eq!(top(s), day(None, 10, 9));
        let s = "Title\n\nDUNMERE, Norland, Nov 10 (Wire) - A storm hit the town on Monday and kept going for a long while after that.";
        assert_eq!(top(s), day(None, 11, 10));
    }

    #[test]
    fn a_phrase_of_time_opening_a_line_is_no_dateline() {
        let s =
            "Title\n\nOn Tuesday, Oct. 10, 1972, Dunmere woke to the news:\n\nThe pier had gone.";
        assert_eq!(top(s), None);
        let s = "Title\n\nIn Dunmere, Oct 9 (Wire) - The pier fell.";
        assert_eq!(top(s), None);
    }

    #[test]
    fn a_date_inside_a_long_paragraph_is_no_dateline() {
        let s = "Title\n\nThe council voted to close the pier, which opened on March 3 last year, to all traffic until the repairs are done next spring or later.";
        assert_eq!(top(s), None);
    }

    #[test]
    fn a_line_opening_in_lower_case_is_no_dateline() {
        assert!(opens_lower("The mayor said on Oct 9, 2026 that"));
        assert!(opens_lower("** the"));
        assert!(opens_lower("12, 14 and 16."));
        assert!(!opens_lower("DUNMERE, Oct 9 (Wire) -"));
        assert!(!opens_lower("**TORVALE, Norland"));
        assert!(!opens_lower("A b"));
        assert!(!opens_lower("ÉSKARA, 9 Oct"));
        assert_eq!(
            top("Title\nVELMOOR, Oct 9, 2026 (Wire) - The council met on Friday and voted."),
            day(Some(2026), 10, 9)
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "<",
            "<meta",
            "<time datetime=",
            "---\n",
            "\"datePublished\":\"é",
            "é<meta content='",
        ] {
            let _ = metadata(s);
            let _ = top(s);
        }
        assert_eq!(prefix("éé", 3), "é");
    }
}
