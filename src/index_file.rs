//! The prebuilt corpus index: the analysed corpus written once (`factcheck index DIR -o
//! FILE`) and loaded by the CLI (`--corpus FILE`), the WebAssembly API
//! (`Checker.fromIndex`) and the page (`<meta name="factcheck-index">`), so a newsroom
//! ships its analysed corpus instead of re-analysing it on every page load.
//!
//! The file is JSON Lines: a header line `{"format": "factcheck-index", "version": 4}`,
//! then one line per article: its source, the analysed text when it differs from the
//! source (markup), sentences and every person, quantity and quote mention, with ranges as
//! `[start, end]` pairs and empty or false fields left out. One article per line lets a
//! loader read a large index article by article (the page never holds the whole file in
//! the checker's memory). Word uses are not stored: loading recomputes them from the text
//! (cheap) and folds them into the corpus index. An index is untrusted input: loading
//! checks every offset against its article before anything uses it, and rejects the
//! whole file with a message on the first inconsistency.

use crate::error::{Error, MAX_ARTICLE_BYTES};
use crate::extract::Analysis;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The `format` field of an index file.
pub const FORMAT: &str = "factcheck-index";
/// The version of the format this build reads and writes.
pub const VERSION: u32 = 4;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Writes analysed articles as an index file, one line each after the header.
pub fn write(articles: impl Iterator<Item = Analysis>) -> String {
    let mut out = serde_json::to_string(&Header {
        format: FORMAT.into(),
        version: VERSION,
    })
    .unwrap_or_default();
    for mut a in articles {
        a.words = Vec::new();
        out.push('\n');
        out.push_str(&serde_json::to_string(&a).unwrap_or_default());
    }
    out.push('\n');
    out
}

fn invalid(m: impl std::fmt::Display) -> Error {
    Error::Invalid {
        message: format!(
            "the corpus index is not valid: {m}; rebuild it with `factcheck index DIR -o FILE`"
        ),
    }
}

/// Reads an index file line by line, validating each article: feed it every line in
/// order with [`Reader::line`], then call [`Reader::finish`].
#[derive(Default)]
pub struct Reader {
    header: bool,
    line: usize,
    ids: std::collections::HashSet<String>,
}

impl Reader {
    /// A reader before the header line.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Reads the next line: `None` for the header and blank lines, else the article.
    pub fn line(&mut self, line: &str) -> Result<Option<Analysis>, Error> {
        self.line += 1;
        let n = self.line;
        if line.trim().is_empty() {
            return Ok(None);
        }
        if !self.header {
            let h: Header = serde_json::from_str(line)
                .map_err(|e| invalid(format!("line {n} is not an index header ({e})")))?;
            if h.format != FORMAT {
                return Err(invalid(format!(
                    "format is {:?}, expected {FORMAT:?}",
                    h.format
                )));
            }
            if h.version != VERSION {
                let why = if h.version < VERSION {
                    ", written by an older factcheck (version 4 adds publication days \
                     and the days of events)"
                } else {
                    ", written by a newer factcheck"
                };
                return Err(invalid(format!(
                    "version {} (this build reads version {VERSION}{why})",
                    h.version
                )));
            }
            self.header = true;
            return Ok(None);
        }
        let a: Analysis =
            serde_json::from_str(line).map_err(|e| invalid(format!("line {n}: {e}")))?;
        validate(&a).map_err(|m| invalid(format!("line {n}, article {:?}: {m}", a.doc.id)))?;
        if !self.ids.insert(a.doc.id.clone()) {
            return Err(invalid(format!(
                "line {n}: article {:?} appears twice",
                a.doc.id
            )));
        }
        Ok(Some(a))
    }

    /// Ends the file: an error when it had no header.
    pub fn finish(&self) -> Result<(), Error> {
        if self.header {
            Ok(())
        } else {
            Err(invalid("the file is empty"))
        }
    }
}

/// Reads and validates a whole index file, calling `each` on every article in order.
pub fn read_each(text: &str, mut each: impl FnMut(Analysis)) -> Result<(), Error> {
    let mut r = Reader::new();
    for line in text.lines() {
        if let Some(a) = r.line(line)? {
            each(a);
        }
    }
    r.finish()
}

fn check_range(text: &str, r: &Range<usize>, what: &str) -> Result<(), String> {
    if r.start > r.end
        || r.end > text.len()
        || !text.is_char_boundary(r.start)
        || !text.is_char_boundary(r.end)
    {
        return Err(format!(
            "{what} {}..{} is outside the text or splits a character",
            r.start, r.end
        ));
    }
    Ok(())
}

fn sorted_by_start<T>(items: &[T], start: impl Fn(&T) -> usize, what: &str) -> Result<(), String> {
    if items.windows(2).all(|w| start(&w[0]) <= start(&w[1])) {
        Ok(())
    } else {
        Err(format!("{what} are out of order"))
    }
}

/// Checks that every offset of an analysed article is usable.
pub fn validate(a: &Analysis) -> Result<(), String> {
    let d = &a.doc;
    if d.id.trim().is_empty() {
        return Err("empty id".into());
    }
    if d.source.len() > MAX_ARTICLE_BYTES || d.clean.len() > MAX_ARTICLE_BYTES {
        return Err("larger than the article size limit".into());
    }
    d.map.validate(&d.source, &d.clean)?;
    let c = &d.clean;
    if let Some(t) = &d.title {
        check_range(c, t, "title")?;
    }
    for s in &d.sentences {
        check_range(c, &s.range, "sentence")?;
    }
    sorted_by_start(&d.sentences, |s| s.range.start, "sentences")?;
    for r in &d.excluded {
        check_range(c, r, "excluded range")?;
    }
    for p in &a.people {
        check_range(c, &p.range, "person")?;
        if let Some(t) = &p.title {
            check_range(c, &t.range, "title")?;
        }
        for r in &p.lowercase_parts {
            check_range(c, r, "name part")?;
        }
    }
    sorted_by_start(&a.people, |p| p.range.start, "people")?;
    for q in &a.quantities {
        check_range(c, &q.range, "quantity")?;
        check_range(c, &q.number_range, "quantity")?;
        if q.value.is_nan() || q.low.is_nan() || q.high.is_nan() {
            return Err("a quantity is not a number".into());
        }
    }
    for q in &a.quotes {
        check_range(c, &q.range, "quote")?;
    }
    sorted_by_start(&a.quotes, |q| q.range.start, "quotes")?;
    for w in &a.words {
        check_range(c, &w.range, "word")?;
    }
    validate_dates(a)
}

/// Checks an article's publication day and the days of its events.
fn validate_dates(a: &Analysis) -> Result<(), String> {
    use crate::document::calendar::Day;
    let valid = |d: &Option<Day>| d.is_none_or(|d| Day::new(d.year, d.month, d.day) == Some(d));
    if !valid(&a.doc.published) {
        return Err("the publication day is no day of the calendar".into());
    }
    for d in &a.dates {
        check_range(&a.doc.clean, &d.range, "date")?;
        if !valid(&d.day) || d.weekday.is_some_and(|w| w > 6) {
            return Err("a date is no day of the calendar".into());
        }
    }
    Ok(())
}
