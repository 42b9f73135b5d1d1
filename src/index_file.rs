//! The prebuilt corpus index: a corpus written once (`factcheck index DIR -o FILE`) and
//! loaded by the CLI (`--corpus FILE`), the WebAssembly API (`Checker.fromIndex`) and the
//! page (`<meta name="factcheck-index">`), so a newsroom ships one file for its corpus.
//!
//! The file is JSON Lines: a header line `{"format": "factcheck-index", "version": 5}`,
//! then one record per article and line: `{"id": …, "source": …}`, with `"clean"` (the
//! analysed text) and `"map"` (clean offsets to source offsets) when the article had
//! markup. `"published"` is the article's publication day (`{"year", "month", "day"}`),
//! when known. A record written by `factcheck index` holds, in place of the texts,
//! `"packed"`: the texts with what this version's extractors found in them (people,
//! quantities, quotes, dates, changes and word uses) as MessagePack, deflated, in base64
//! ([`pack`]). Loading files that in the corpus index without reading the text again,
//! and the file stays about the size of the text. A record with its texts only is
//! analysed as it is read.
//!
//! An index is untrusted input: every record is checked (a non-empty id given once, the
//! size limit, an offset map that fits its texts, an extraction whose ranges and sentences
//! are the article's, a packed record that unpacks to at most 64 times its size) before anything uses it, and the whole file is refused with a
//! message on the first inconsistency, or when it is of another format or version. An
//! extraction that is well-formed but not what the text gives is found out when the
//! article is removed, and the corpus index is then built again from the texts.

use crate::document::calendar::Day;
use crate::document::{Document, OffsetMap};
use crate::error::{Error, MAX_ARTICLE_BYTES};
use crate::extract::{dates::DateClaim, updates::Change, Analysis, WordUse};
use crate::extract::{PersonMention, Quantity, Quote};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The `format` field of an index file.
pub const FORMAT: &str = "factcheck-index";
/// The version of the format this build reads and writes.
pub const VERSION: u32 = 5;

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
    /// Its source text (unless packed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    /// The analysed text, when it differs from the source (markup).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clean: Option<&'a str>,
    /// Clean offsets to source offsets; left out when `clean` is the source.
    #[serde(skip_serializing_if = "no_map")]
    pub map: Option<&'a OffsetMap>,
    /// The day it was published, when known (read from the text or given by the caller).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Day>,
    /// The texts and the extraction, packed (see [`pack`]), in place of the texts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub packed: Option<String>,
}

fn no_map(m: &Option<&OffsetMap>) -> bool {
    m.is_none_or(|m| m.is_identity())
}

impl<'a> Record<'a> {
    /// The record of a document: its texts, analysed when loaded.
    pub fn of(d: &'a Document) -> Record<'a> {
        Record {
            id: &d.id,
            source: Some(&d.source),
            clean: (d.clean != d.source).then_some(d.clean.as_str()),
            map: Some(&d.map),
            published: d.published,
            packed: None,
        }
    }

    /// The record of an analysed article (word uses included): texts and extraction
    /// packed.
    pub fn analysed(a: &'a Analysis) -> Record<'a> {
        Record {
            id: &a.doc.id,
            source: None,
            clean: None,
            map: None,
            published: a.doc.published,
            packed: Some(pack(a)),
        }
    }
}

/// A packed record: the texts and what the extractors found (the word uses apart, see
/// [`words_bytes`]), as read.
#[derive(Deserialize)]
struct Packed {
    source: String,
    #[serde(default)]
    clean: Option<String>,
    #[serde(default)]
    map: OffsetMap,
    people: Vec<PersonMention>,
    quantities: Vec<Quantity>,
    quotes: Vec<Quote>,
    dates: Vec<DateClaim>,
    changes: Vec<Change>,
    words: Bytes,
}

/// [`Packed`] as written, borrowed from an analysis.
#[derive(Serialize)]
struct PackedRef<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    clean: Option<&'a str>,
    #[serde(skip_serializing_if = "OffsetMap::is_identity")]
    map: &'a OffsetMap,
    people: &'a [PersonMention],
    quantities: &'a [Quantity],
    quotes: &'a [Quote],
    dates: &'a [DateClaim],
    changes: &'a [Change],
    words: Bytes,
}

/// Bytes that MessagePack stores as one binary string.
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Bytes, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
        }
        d.deserialize_byte_buf(V)
    }
}

/// An article's texts and extraction as an index stores them: MessagePack with field
/// names (the analysed types leave out empty fields), the word uses as [`words_bytes`],
/// deflated together (names and quotes then cost a reference to the text), in base64.
pub fn pack(a: &Analysis) -> String {
    use base64::Engine;
    let d = &a.doc;
    let x = PackedRef {
        source: &d.source,
        clean: (d.clean != d.source).then_some(d.clean.as_str()),
        map: &d.map,
        people: &a.people,
        quantities: &a.quantities,
        quotes: &a.quotes,
        dates: &a.dates,
        changes: &a.changes,
        words: Bytes(words_bytes(&a.words)),
    };
    let packed = rmp_serde::to_vec_named(&x).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&packed, 6);
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(deflated)
}

/// Word uses in a few bytes each, in text order: the start (as a step from the last
/// one's), the length and the three flags; the key is the word's text folded.
fn words_bytes(words: &[WordUse]) -> Vec<u8> {
    let mut out = Vec::with_capacity(words.len() * 3);
    let mut last = 0i64;
    for w in words {
        let step = w.range.start as i64 - last;
        last = w.range.start as i64;
        varint(&mut out, ((step << 1) ^ (step >> 63)) as u64);
        varint(&mut out, w.range.len() as u64);
        out.push(
            u8::from(w.capitalised) | u8::from(w.alone) << 1 | u8::from(w.sentence_start) << 2,
        );
    }
    out
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint at `*at`, moving past it; `None` at the end or past 64 bits.
fn read_varint(b: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(v);
        }
    }
    None
}

/// The word uses of [`words_bytes`] read back against the clean text: `None` when a
/// range is not on its character boundaries.
fn read_words(b: &[u8], text: &str) -> Option<Vec<WordUse>> {
    let mut out = Vec::with_capacity(b.len() / 3);
    let (mut at, mut last) = (0usize, 0i64);
    while at < b.len() {
        let z = read_varint(b, &mut at)?;
        let step = (z >> 1) as i64 ^ -((z & 1) as i64);
        let start = usize::try_from(last.checked_add(step)?).ok()?;
        last = start as i64;
        let len = usize::try_from(read_varint(b, &mut at)?).ok()?;
        let flags = *b.get(at)?;
        at += 1;
        let range = start..start.checked_add(len)?;
        let key = crate::normalize::Folded::new(text.get(range.clone())?);
        out.push(WordUse {
            range,
            key,
            capitalised: flags & 1 != 0,
            alone: flags & 2 != 0,
            sentence_start: flags & 4 != 0,
        });
    }
    Some(out)
}

/// How much larger than its packed form an article's record may be.
const MAX_PACKED_RATIO: usize = 64;

/// Unpacks a record ([`pack`]): the MessagePack record, not yet checked.
fn unpack(text: &str) -> Result<Packed, String> {
    use base64::Engine;
    let bad = |what: &str| format!("the packed record is not valid ({what})");
    let deflated = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(text)
        .map_err(|_| bad("not base64"))?;
    let limit = (MAX_PACKED_RATIO * deflated.len() + (1 << 16)).min(8 * MAX_ARTICLE_BYTES);
    let packed = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, limit)
        .map_err(|_| bad("not deflated data, or too large"))?;
    rmp_serde::from_slice(&packed).map_err(|e| bad(&e.to_string()))
}

/// The analysis of `doc` from its packed extraction, once it is checked to fit the
/// document: every range on character boundaries of the clean text, every sentence one
/// of its sentences, every value a number.
fn analysis(x: Packed, doc: Document) -> Result<Analysis, String> {
    let words = read_words(&x.words.0, &doc.clean).ok_or("word uses that do not fit the text")?;
    fits(&x, &doc)?;
    Ok(Analysis {
        doc,
        people: x.people,
        quantities: x.quantities,
        quotes: x.quotes,
        dates: x.dates,
        changes: x.changes,
        words,
    })
}

/// Checks that an extraction's ranges, sentences and values fit its document.
fn fits(x: &Packed, doc: &Document) -> Result<(), String> {
    let text = doc.clean.as_str();
    let range = |r: &Range<usize>| r.start <= r.end && text.get(r.clone()).is_some();
    let n = doc.sentences.len();
    let people = x.people.iter().all(|p| {
        range(&p.range)
            && p.sentence < n
            && p.title.as_ref().is_none_or(|t| range(&t.range))
            && p.lowercase_parts.iter().all(range)
    });
    let number = |v: f64| !v.is_nan();
    let quantities = x.quantities.iter().all(|q| {
        range(&q.range)
            && range(&q.number_range)
            && q.sentence < n
            && [q.value, q.low, q.high].into_iter().all(number)
    });
    let quotes = x.quotes.iter().all(|q| range(&q.range) && q.sentence < n);
    let dates = x.dates.iter().all(|d| {
        range(&d.range)
            && d.sentence < n
            && d.day
                .as_ref()
                .is_none_or(|y| Day::new(y.year, y.month, y.day) == Some(*y))
    });
    let changes = x
        .changes
        .iter()
        .all(|c| number(c.old) && c.new.is_none_or(number));
    let checks = [
        (people, "people"),
        (quantities, "quantities"),
        (quotes, "quotes"),
        (dates, "dates"),
        (changes, "changes"),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, what)) => Err(format!("{what} that do not fit the text")),
        None => Ok(()),
    }
}

/// An article as read from an index: its text, and its analysis when the record stored
/// one.
pub enum Entry {
    /// An article to analyse.
    Text(Document),
    /// An article with its analysis, word uses included.
    Analysed(Analysis),
}

impl Entry {
    /// The article's document.
    pub fn doc(&self) -> &Document {
        match self {
            Entry::Text(d) => d,
            Entry::Analysed(a) => &a.doc,
        }
    }
}

/// One article of an index file, as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Owned {
    id: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    clean: Option<String>,
    #[serde(default)]
    map: Option<OffsetMap>,
    #[serde(default)]
    published: Option<Day>,
    #[serde(default)]
    packed: Option<String>,
}

/// An article's texts as read, packed or not, and its packed extraction.
struct Texts {
    source: String,
    clean: Option<String>,
    map: OffsetMap,
    packed: Option<Packed>,
}

impl Owned {
    /// The record's texts, unpacked: a record gives them either packed or not.
    fn texts(&mut self) -> Result<Texts, String> {
        match (self.packed.take(), self.source.take()) {
            (Some(p), None) if self.clean.is_none() && self.map.is_none() => {
                let mut x = unpack(&p)?;
                Ok(Texts {
                    source: std::mem::take(&mut x.source),
                    clean: x.clean.take(),
                    map: std::mem::take(&mut x.map),
                    packed: Some(x),
                })
            }
            (Some(_), _) => Err("texts given packed and not".into()),
            (None, Some(source)) => Ok(Texts {
                source,
                clean: self.clean.take(),
                map: self.map.take().unwrap_or_default(),
                packed: None,
            }),
            (None, None) => Err("no text".into()),
        }
    }
}

/// Writes articles as an index file, one line each after the header.
pub fn write<'a>(articles: impl Iterator<Item = Record<'a>>) -> String {
    write_lines(articles.map(|r| write_record(&r)))
}

/// One article's line of an index file.
pub fn write_record(r: &Record) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// Writes an index file of article lines ([`write_record`]), one by one.
pub fn write_lines(lines: impl Iterator<Item = String>) -> String {
    let mut out = serde_json::to_string(&Header {
        format: FORMAT.into(),
        version: VERSION,
    })
    .unwrap_or_default();
    for l in lines {
        out.push('\n');
        out.push_str(&l);
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

    /// Reads the next line: `None` for the header and blank lines, else the article, read
    /// and segmented, with its extraction when the record has one.
    pub fn line(&mut self, line: &str) -> Result<Option<Entry>, Error> {
        self.line += 1;
        let n = self.line;
        if line.trim().is_empty() {
            return Ok(None);
        }
        if !self.header {
            header(line).map_err(|m| invalid(format!("line {n}: {m}")))?;
            self.header = true;
            return Ok(None);
        }
        let mut r: Owned = serde_json::from_str(line).map_err(|e| {
            invalid(format!(
                "line {n} is not an article record of version {VERSION} ({e})"
            ))
        })?;
        let id = r.id.clone();
        let at = |m: String| invalid(format!("line {n}, article {id:?}: {m}"));
        let t = r.texts().map_err(at)?;
        validate(&r, &t).map_err(at)?;
        if !self.ids.insert(r.id.clone()) {
            return Err(invalid(format!(
                "line {n}: article {:?} appears twice",
                r.id
            )));
        }
        let mut d = Document::from_parts(r.id, t.source, t.clean, t.map);
        if r.published.is_some() {
            d.published = r.published;
        }
        match t.packed {
            None => Ok(Some(Entry::Text(d))),
            Some(x) => analysis(x, d).map(|a| Some(Entry::Analysed(a))).map_err(at),
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

/// Checks the header line: this format, this version.
fn header(line: &str) -> Result<(), String> {
    let h: Header = serde_json::from_str(line).map_err(|e| format!("not an index header ({e})"))?;
    if h.format != FORMAT {
        return Err(format!("format is {:?}, expected {FORMAT:?}", h.format));
    }
    if h.version != VERSION {
        let why = if h.version < VERSION {
            ", written by an older factcheck (version 5 stores each article's extraction \
             with its text)"
        } else {
            ", written by a newer factcheck"
        };
        return Err(format!(
            "a version {} file (this build reads version {VERSION}{why})",
            h.version
        ));
    }
    Ok(())
}

/// Checks that an article record can be read.
fn validate(r: &Owned, t: &Texts) -> Result<(), String> {
    if r.id.trim().is_empty() {
        return Err("empty id".into());
    }
    let clean = t.clean.as_deref().unwrap_or(&t.source);
    if t.source.len() > MAX_ARTICLE_BYTES || clean.len() > MAX_ARTICLE_BYTES {
        return Err("larger than the article size limit".into());
    }
    let day = |d: &Day| Day::new(d.year, d.month, d.day) == Some(*d);
    if !r.published.as_ref().is_none_or(day) {
        return Err("the publication day is no day of the calendar".into());
    }
    t.map.validate(&t.source, clean)
}

/// Reads and validates a whole index file, calling `each` on every article in order.
pub fn read_each(text: &str, mut each: impl FnMut(Entry)) -> Result<(), Error> {
    let mut r = Reader::new();
    for line in text.lines() {
        if let Some(d) = r.line(line)? {
            each(d);
        }
    }
    r.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::analyse;

    fn sample() -> Analysis {
        analyse(Document::text(
            "a.txt",
            "Minister Ana Köhler said 40 people died on Tuesday. “We will rebuild,” Köhler said. \
             The toll rose from 31 to 40.",
        ))
    }

    /// The analysis packed after `damage`, unpacked against the undamaged document.
    fn decoded(damage: impl Fn(&mut Analysis)) -> Result<Analysis, String> {
        let mut a = sample();
        let doc = a.doc.clone();
        damage(&mut a);
        analysis(unpack(&pack(&a))?, doc)
    }

    #[test]
    fn an_extraction_reads_back_as_it_was() {
        let a = sample();
        assert!(!a.people.is_empty() && !a.quantities.is_empty() && !a.quotes.is_empty());
        assert!(!a.words.is_empty() && !a.changes.is_empty() && !a.dates.is_empty());
        let b = decoded(|_| {}).unwrap();
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::to_value(&b).unwrap()
        );
    }

    #[test]
    fn an_extraction_that_does_not_fit_its_text_is_refused() {
        type Damage = fn(&mut Analysis);
        let cases: [(&str, Damage); 7] = [
            ("people", |a| a.people[0].range.end = 10_000),
            ("people", |a| a.people[0].sentence = 99),
            ("quantities", |a| {
                a.quantities[0].number_range = 10_000..10_001
            }),
            ("quantities", |a| a.quantities[0].low = f64::NAN),
            ("quotes", |a| {
                a.quotes[0].range.start = a.doc.clean.find('ö').unwrap() + 1
            }),
            ("changes", |a| a.changes[0].old = f64::NAN),
            ("word uses", |a| a.words[0].range.end = 10_000),
        ];
        for (what, damage) in cases {
            let err = decoded(damage).expect_err(what);
            assert!(err.contains(what), "{what}: {err}");
        }
    }

    #[test]
    fn an_extraction_much_larger_than_its_text_is_refused() {
        let err = decoded(|a| {
            let w = a.words[0].clone();
            a.words = vec![w; 100_000];
        })
        .expect_err("a bomb");
        assert!(err.contains("too large"), "{err}");
    }
}
