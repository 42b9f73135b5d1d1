//! The prebuilt corpus index: a corpus written once (`factcheck index DIR -o FILE`) and
//! loaded by the CLI (`--corpus FILE`), the WebAssembly API (`Checker.fromIndex`) and the
//! page (`<meta name="factcheck-index">`), so a newsroom ships one file for its corpus.
//!
//! The file is JSON Lines: a header line `{"format": "factcheck-index", "version": 7}`,
//! then one record per article and line: `{"id": …, "source": …, "filed": …}`, with
//! `"clean"` (the analysed text) and `"map"` (clean offsets to source offsets) when the
//! article had markup, and `"published"`, the article's publication day (`{"year",
//! "month", "day"}`), when known. `"filed"` is what the article files in the corpus index
//! ([`crate::resolve::filed`]): its people's votes, claims, quotes and dates, what its
//! text tells of when it was written and its words' votes, so that loading reads no
//! article again (but for its title line). Version 6, whose filings have no words' votes,
//! is still read: the words are read from the text on loading; so is version 5, whose
//! filings do not say when the text was written either. Version 4, the same records
//! without `"filed"`, is still read: its articles are analysed on loading. It is what
//! `Checker.toIndex` writes in WebAssembly, where the filing's writer is left out to keep
//! the wasm small; `factcheck index` and the native [`crate::Corpus::to_index`] write
//! version 7. Version 3 stored every mention and was 4.2 times the text.
//!
//! An index is untrusted input: every record is checked (a non-empty id given once, the
//! size limit, an offset map that fits its texts, a filing whose ranges fit the text and
//! whose votes are in order) before anything uses it, and the whole file is refused with
//! a message on the first inconsistency, or when it is of another format or version.

use crate::document::calendar::Day;
use crate::document::{Document, OffsetMap};
use crate::error::{Error, MAX_ARTICLE_BYTES};
use crate::resolve::filed::Filed;
use serde::{Deserialize, Serialize};

/// The `format` field of an index file.
pub const FORMAT: &str = "factcheck-index";
/// The version of the format this build reads and writes.
pub const VERSION: u32 = 7;
/// The older version still read whose filings have no words' votes (read from the texts
/// on loading).
pub const WORDLESS: u32 = 6;
/// The older version still read whose filings do not say when their texts were written
/// and have no words' votes (both read from the texts on loading).
pub const UNDATED: u32 = 5;
/// The older version still read: the text alone, analysed on loading.
pub const TEXT_ONLY: u32 = 4;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// One article of an index file, as written.
#[derive(Serialize)]
pub struct Record<'a> {
    /// The article's id.
    pub id: &'a str,
    /// Its source text.
    pub source: &'a str,
    /// The analysed text, when it differs from the source (markup).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clean: Option<&'a str>,
    /// Clean offsets to source offsets; empty when `clean` is the source.
    #[serde(skip_serializing_if = "OffsetMap::is_identity")]
    pub map: &'a OffsetMap,
    /// The day it was published, when known (read from the text or given by the caller).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Day>,
    /// What it files in the corpus index, encoded ([`Filed::encode`]); none in a
    /// version 4 file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filed: Option<String>,
}

impl<'a> Record<'a> {
    /// The record of a document, analysed.
    pub fn of(d: &'a Document) -> Record<'a> {
        Record {
            id: &d.id,
            source: &d.source,
            clean: (d.clean != d.source).then_some(d.clean.as_str()),
            map: &d.map,
            published: d.published,
            filed: Some(Filed::of(&crate::extract::analyse(d.clone())).encode()),
        }
    }
}

/// One article of an index file, as read and checked: its document (not analysed) and
/// what it files in the corpus index (none in a version 4 file: it is analysed).
pub struct Article {
    pub doc: Document,
    pub filed: Option<Filed>,
    /// Its line in the file, for the message when its votes do not fit it (they are
    /// checked as they are filed, [`crate::Corpus::add_filed`]).
    pub line: usize,
}

/// The error refusing an index file for the record on line `line`, of article `id`:
/// `m` says what is wrong.
pub fn invalid_line(line: usize, id: &str, m: impl std::fmt::Display) -> Error {
    invalid(format!("line {line}, article {id:?}: {m}"))
}

/// One article of an index file, as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Owned {
    id: String,
    source: String,
    #[serde(default)]
    clean: Option<String>,
    #[serde(default)]
    map: OffsetMap,
    #[serde(default)]
    published: Option<Day>,
    #[serde(default)]
    filed: Option<String>,
}

/// Writes articles as an index file, one line each after the header: of version 7 when
/// they are `filed` (every record has its filing), else of version 4 (none has).
pub fn write<'a>(filed: bool, articles: impl Iterator<Item = Record<'a>>) -> String {
    let mut out = serde_json::to_string(&Header {
        format: FORMAT.into(),
        version: if filed { VERSION } else { TEXT_ONLY },
    })
    .unwrap_or_default();
    for r in articles {
        out.push('\n');
        out.push_str(&serde_json::to_string(&r).unwrap_or_default());
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
    /// The file's version, once its header is read.
    version: u32,
    line: usize,
    ids: std::collections::HashSet<String>,
}

impl Reader {
    /// A reader before the header line.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Reads the next line: `None` for the header and blank lines, else the article, read
    /// (not analysed; segmented only when its words are to be read, before version 7),
    /// with its filing, checked against it but for its votes for people and claims,
    /// which [`crate::Corpus::add_filed`] checks as it files them.
    pub fn line(&mut self, line: &str) -> Result<Option<Article>, Error> {
        self.line += 1;
        let n = self.line;
        if line.trim().is_empty() {
            return Ok(None);
        }
        if !self.header {
            self.version = header(line).map_err(|m| invalid(format!("line {n}: {m}")))?;
            self.header = true;
            return Ok(None);
        }
        let r: Owned = serde_json::from_str(line).map_err(|e| {
            invalid(format!(
                "line {n} is not an article record of version {} ({e})",
                self.version
            ))
        })?;
        validate(&r).map_err(|m| invalid(format!("line {n}, article {:?}: {m}", r.id)))?;
        if !self.ids.insert(r.id.clone()) {
            return Err(invalid(format!(
                "line {n}: article {:?} appears twice",
                r.id
            )));
        }
        let mut doc = if self.version == VERSION {
            Document::from_parts_titled(r.id, r.source, r.clean, r.map)
        } else {
            Document::from_parts(r.id, r.source, r.clean, r.map)
        };
        if r.published.is_some() {
            doc.published = r.published;
        }
        let filed = match (&r.filed, self.version != TEXT_ONLY) {
            (Some(t), true) => self
                .decode(t)
                .and_then(|mut f| f.check(&doc).map(|()| Some(f))),
            (None, false) => Ok(None),
            // A version 7, 6 or 5 record has its filing, a version 4 record none.
            (None, true) => Err("no filing".to_string()),
            (Some(_), false) => Err("a filing in a version 4 file".to_string()),
        }
        .map_err(|m| invalid(format!("line {n}, article {:?}: {m}", doc.id)))?;
        Ok(Some(Article {
            doc,
            filed,
            line: n,
        }))
    }

    /// A filing as the file's version writes it.
    fn decode(&self, text: &str) -> Result<Filed, String> {
        match self.version {
            UNDATED => Filed::decode_v5(text),
            WORDLESS => Filed::decode_v6(text),
            _ => Filed::decode(text),
        }
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

/// Checks the header line: this format, version 7, 6, 5 or 4; gives the version.
fn header(line: &str) -> Result<u32, String> {
    let h: Header = serde_json::from_str(line).map_err(|e| format!("not an index header ({e})"))?;
    if h.format != FORMAT {
        return Err(format!("format is {:?}, expected {FORMAT:?}", h.format));
    }
    if ![VERSION, WORDLESS, UNDATED, TEXT_ONLY].contains(&h.version) {
        let why = if h.version < VERSION {
            ", written by an older factcheck (version 7 stores each article's text, \
             publication day and filing in the corpus index)"
        } else {
            ", written by a newer factcheck"
        };
        return Err(format!(
            "a version {} file (this build reads version {VERSION}, {WORDLESS}, \
             {UNDATED} and {TEXT_ONLY}{why})",
            h.version
        ));
    }
    Ok(h.version)
}

/// Checks that an article record can be read.
fn validate(r: &Owned) -> Result<(), String> {
    if r.id.trim().is_empty() {
        return Err("empty id".into());
    }
    let clean = r.clean.as_deref().unwrap_or(&r.source);
    if r.source.len() > MAX_ARTICLE_BYTES || clean.len() > MAX_ARTICLE_BYTES {
        return Err("larger than the article size limit".into());
    }
    let day = |d: &Day| Day::new(d.year, d.month, d.day) == Some(*d);
    if !r.published.as_ref().is_none_or(day) {
        return Err("the publication day is no day of the calendar".into());
    }
    r.map.validate(&r.source, clean)
}

/// Reads and validates a whole index file, calling `each` on every article in order
/// (which may refuse it, and with it the file).
pub fn read_each(
    text: &str,
    mut each: impl FnMut(Article) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut r = Reader::new();
    for line in text.lines() {
        if let Some(d) = r.line(line)? {
            each(d)?;
        }
    }
    r.finish()
}
