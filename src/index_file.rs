//! The prebuilt corpus index: the analysed corpus written once (`factcheck index DIR -o
//! FILE`) and loaded by the CLI (`--corpus FILE`), the WebAssembly API
//! (`Checker.fromIndex`) and the page (`<meta name="factcheck-index">`), so a newsroom
//! ships its analysed corpus instead of re-analysing it on every page load.
//!
//! The file is JSON: `{"format": "factcheck-index", "version": 2, "articles": [...]}`,
//! each article its source, the analysed text when it differs from the source (markup),
//! sentences and every person, quantity and quote mention, with ranges as `[start, end]`
//! pairs and empty or false fields left out. Word uses are not stored: loading recomputes
//! them from the text (cheap) and folds them into the corpus index. An index is untrusted
//! input: loading checks every offset against its article before anything uses it, and
//! rejects the whole file with a message on the first inconsistency.

use crate::error::{Error, MAX_ARTICLE_BYTES};
use crate::extract::Analysis;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The `format` field of an index file.
pub const FORMAT: &str = "factcheck-index";
/// The version of the format this build reads and writes.
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexFile {
    format: String,
    version: u32,
    articles: Vec<Analysis>,
}

/// Writes analysed articles as an index file.
pub fn write<'a>(articles: impl Iterator<Item = &'a Analysis>) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'static str,
        version: u32,
        articles: Vec<&'a Analysis>,
    }
    serde_json::to_string(&Out {
        format: FORMAT,
        version: VERSION,
        articles: articles.collect(),
    })
    .unwrap_or_default()
}

/// Reads and validates an index file.
pub fn read(text: &str) -> Result<Vec<Analysis>, Error> {
    let bad = |m: String| Error::Invalid {
        message: format!(
            "the corpus index is not valid: {m}; rebuild it with `factcheck index DIR -o FILE`"
        ),
    };
    let file: IndexFile = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    if file.format != FORMAT {
        return Err(bad(format!(
            "format is {:?}, expected {FORMAT:?}",
            file.format
        )));
    }
    if file.version != VERSION {
        return Err(bad(format!(
            "version {} (this build reads version {VERSION})",
            file.version
        )));
    }
    let mut ids = std::collections::HashSet::new();
    for a in &file.articles {
        validate(a).map_err(|m| bad(format!("article {:?}: {m}", a.doc.id)))?;
        if !ids.insert(a.doc.id.clone()) {
            return Err(bad(format!("article {:?} appears twice", a.doc.id)));
        }
    }
    Ok(file.articles)
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
    Ok(())
}

/// `skip_serializing_if` for flags that are usually false.
pub fn is_false(b: &bool) -> bool {
    !*b
}

/// Ranges written as `[start, end]` pairs rather than serde's `{"start": …, "end": …}`:
/// an index holds millions of them. Used with `#[serde(with = "…")]` on the analysed
/// types' range fields.
pub mod range {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::ops::Range;

    pub fn serialize<S: Serializer>(r: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
        (r.start, r.end).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
        let (a, b) = <(usize, usize)>::deserialize(d)?;
        Ok(a..b)
    }
}

/// A list of ranges as `[[start, end], …]` (see [`range`]).
pub mod ranges {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::ops::Range;

    pub fn serialize<S: Serializer>(v: &[Range<usize>], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|r| (r.start, r.end)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Range<usize>>, D::Error> {
        let v = <Vec<(usize, usize)>>::deserialize(d)?;
        Ok(v.into_iter().map(|(a, b)| a..b).collect())
    }
}
