//! Document stage: turns an article's source text into what the extractors read.
//!
//! It reads plain text, Markdown and HTML (markup stripped, entities decoded), marks page
//! boilerplate that scraped articles carry ("Select Language:", "Read Next", share lines,
//! slugs) as excluded from analysis, finds the title line and the sentences, and keeps an
//! exact map from every analysed byte back to the source, so findings point at what the
//! user wrote. Everything here is linear in the input and never panics.

pub mod calendar;
pub mod directives;
mod entities;
mod markup;
mod offsets;
pub mod published;
pub mod tokens;

use crate::lexicon::{BOILERPLATE_LINES, BOILERPLATE_PREFIXES, TAIL_MARKERS};
pub use offsets::{utf16_len, OffsetMap, Utf16Index};
use std::ops::Range;

/// The source formats the checker reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text: analysed as written.
    #[default]
    Text,
    /// Markdown: syntax characters, link targets and rules are dropped.
    Markdown,
    /// HTML: tags, comments and non-article elements dropped, entities decoded.
    Html,
}

impl Format {
    /// The extensions of article files (lower case, without the dot) and the format each
    /// implies: the one list behind [`Format::detect`], the folders the CLI reads
    /// (`load::read_dir`) and the page's file picker (`www/app.js` and `www/index.html`
    /// carry a copy that `tests/extensions.rs` checks against this one).
    pub const EXTENSIONS: &'static [(&'static str, Format)] = &[
        ("txt", Format::Text),
        ("md", Format::Markdown),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
        ("htm", Format::Html),
    ];

    /// The format of an article file extension (without the dot, any case), if it is one
    /// of [`Format::EXTENSIONS`].
    pub fn of_extension(ext: &str) -> Option<Format> {
        Format::EXTENSIONS
            .iter()
            .find(|(e, _)| e.eq_ignore_ascii_case(ext))
            .map(|&(_, f)| f)
    }

    /// The format a file name's extension implies (see [`Format::EXTENSIONS`]; `.xhtml`,
    /// not read from folders, is HTML too; anything else is text); a text file that
    /// starts with a tag is read as HTML.
    pub fn detect(name: &str, text: &str) -> Format {
        let ext = name.rsplit_once('.').map_or("", |(_, ext)| ext);
        let named = match Format::of_extension(ext) {
            None if ext.eq_ignore_ascii_case("xhtml") => Format::Html,
            f => f.unwrap_or_default(),
        };
        if named != Format::Text {
            named
        } else {
            let head = text.trim_start();
            let h = head
                .get(..head.len().min(15))
                .unwrap_or("")
                .to_ascii_lowercase();
            if h.starts_with("<!doctype html") || h.starts_with("<html") {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

/// A sentence (or heading line) of the clean text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    /// Byte range in the clean text.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// `true` for the title and for headline-case section headings, whose capitalisation
    /// says nothing about names.
    pub heading: bool,
    /// Index of the paragraph (source line) the sentence belongs to.
    pub paragraph: usize,
}

/// One article, read and segmented. Serialised (in a corpus index) without `clean` when
/// it equals `source`, as it does for plain text.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(from = "OwnedRepr")]
pub struct Document {
    /// The caller's name for the article (a file name, a CMS id).
    pub id: String,
    /// The source exactly as given. All reported offsets index into this.
    pub source: String,
    /// The text the extractors read: the source without markup.
    pub clean: String,
    /// Maps clean offsets to source offsets.
    pub map: OffsetMap,
    /// The title line, as a clean-text range, when the article starts with one.
    pub title: Option<Range<usize>>,
    /// Sentences and headings, in order, boilerplate excluded.
    pub sentences: Vec<Sentence>,
    /// Clean-text ranges excluded from analysis as page boilerplate.
    pub excluded: Vec<Range<usize>>,
    /// The day the article was published: from its metadata, front matter, byline or
    /// dateline ([`published::find`]), or as the caller sets it.
    pub published: Option<calendar::Day>,
}

/// The serialised form of a [`Document`].
#[derive(serde::Serialize, serde::Deserialize)]
struct DocumentRepr<S, M, V> {
    id: S,
    source: S,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    clean: Option<S>,
    map: M,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<(usize, usize)>,
    sentences: V,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    excluded: Vec<(usize, usize)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<calendar::Day>,
}

type OwnedRepr = DocumentRepr<String, OffsetMap, Vec<Sentence>>;

impl From<OwnedRepr> for Document {
    fn from(r: OwnedRepr) -> Document {
        Document {
            clean: r.clean.unwrap_or_else(|| r.source.clone()),
            id: r.id,
            source: r.source,
            map: r.map,
            title: r.title.map(|(a, b)| a..b),
            sentences: r.sentences,
            excluded: r.excluded.into_iter().map(|(a, b)| a..b).collect(),
            published: r.published,
        }
    }
}

impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DocumentRepr {
            id: self.id.as_str(),
            source: self.source.as_str(),
            clean: (self.clean != self.source).then_some(self.clean.as_str()),
            map: &self.map,
            title: self.title.as_ref().map(|r| (r.start, r.end)),
            sentences: &self.sentences,
            excluded: self.excluded.iter().map(|r| (r.start, r.end)).collect(),
            published: self.published,
        }
        .serialize(s)
    }
}

/// `line`'s letters, digits, '©' and ':', its words joined by single spaces, without
/// trailing colons, in lower case: one buffer, lowered in place when ASCII.
fn normalise_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in line
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '©' || *c == ':')
    {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    // It opens with no space: trimming its end is all `trim` does.
    let kept = out.trim_end_matches(':').trim_end().len();
    out.truncate(kept);
    if out.is_ascii() {
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

/// The longest line [`classify_line`] compares with the lists of boilerplate lines.
const LISTED_LINE_BYTES: usize = 60;

/// [`normalise_line`] of an ASCII line of at most [`LISTED_LINE_BYTES`], in `buf`: no
/// allocation and no decoding for the commonest short line.
fn normalise_ascii_line<'b>(line: &str, buf: &'b mut [u8; LISTED_LINE_BYTES]) -> &'b str {
    debug_assert!(line.is_ascii() && line.len() <= LISTED_LINE_BYTES);
    let mut n = 0;
    let mut space = false;
    // Each byte written stands for one read (a space for the whitespace before a kept
    // byte), so `n` stays within the line's length and the buffer.
    for b in line.bytes().take(LISTED_LINE_BYTES) {
        if (b as char).is_whitespace() {
            space = true;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b == b':') {
            continue;
        }
        if space && n > 0 {
            buf[n] = b' ';
            n += 1;
        }
        space = false;
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    let out = std::str::from_utf8(&buf[..n]).unwrap_or_default();
    out.trim_end_matches(':').trim_end()
}

/// `true` when `s` in lower case starts with `prefix`: byte by byte for ASCII `s`.
fn lowered_starts_with(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.bytes()
            .zip(prefix.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b)
}

/// `true` when `t` in lower case starts with `prefix` (which is lower case), without
/// lowering the whole of `t`.
fn starts_with_lower(t: &str, prefix: &str) -> bool {
    let mut lowered = t.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// `is` (a test for lower-case words of at most eight bytes) of `w` in lower case, without
/// allocating for an ASCII word (nearly all).
#[inline]
fn in_lower(is: impl Fn(&[u8]) -> bool, w: &str) -> bool {
    if w.is_ascii() {
        if w.len() > 8 {
            // Longer than any word of the lists.
            return false;
        }
        let mut buf = [0u8; 8];
        for (d, c) in buf.iter_mut().zip(w.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        is(&buf[..w.len()])
    } else {
        is(w.to_lowercase().as_bytes())
    }
}

/// `true` for a URL or a slug such as `breaking-news-about-x-691fa68e`.
fn is_slug_or_url(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.contains(char::is_whitespace) {
        return false;
    }
    if t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.") {
        return true;
    }
    let hyphens = t.matches('-').count();
    hyphens >= 3
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// How a line of the article is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    Boilerplate,
    Tail,
    Text,
}

fn classify_line(line: &str) -> LineKind {
    let t = line.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    if t.len() <= LISTED_LINE_BYTES {
        let mut buf = [0u8; LISTED_LINE_BYTES];
        let owned;
        let n = if t.is_ascii() {
            normalise_ascii_line(t, &mut buf)
        } else {
            owned = normalise_line(t);
            owned.as_str()
        };
        if TAIL_MARKERS.contains(&n) {
            return LineKind::Tail;
        }
        if n.is_empty() || BOILERPLATE_LINES.contains(&n) {
            return LineKind::Boilerplate;
        }
        let lead = |c: char| !c.is_alphanumeric() && c != '©';
        // Lowering ASCII keeps every byte where it is, and what is alphanumeric.
        let prefixed = if t.is_ascii() {
            let stripped = t.trim_start_matches(lead);
            BOILERPLATE_PREFIXES
                .iter()
                .any(|p| lowered_starts_with(stripped, p))
        } else {
            let lower = t.to_lowercase();
            let stripped = lower.trim_start_matches(lead);
            BOILERPLATE_PREFIXES.iter().any(|p| stripped.starts_with(p))
        };
        if prefixed {
            return LineKind::Boilerplate;
        }
    } else if t.len() <= 200 && BOILERPLATE_PREFIXES.iter().any(|p| starts_with_lower(t, p)) {
        return LineKind::Boilerplate;
    }
    if is_slug_or_url(t) {
        return LineKind::Boilerplate;
    }
    LineKind::Text
}

/// `true` for a small word (lower case) that headline case leaves in lower case.
#[rustfmt::skip]
fn is_headline_small_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an" | b"the" | b"and" | b"or" | b"but" | b"of" | b"in" | b"on" | b"at" |
        b"to" | b"for" | b"by" | b"with" | b"from" | b"as" | b"vs" | b"via" | b"amid" |
        b"over" | b"into" | b"is" | b"are" | b"its" | b"it"
    )
}

/// `w` without the characters other than letters and digits at its ends: byte by byte
/// for an ASCII word.
fn trim_to_alphanumeric(w: &str) -> &str {
    if !w.is_ascii() {
        return w.trim_matches(|c: char| !c.is_alphanumeric());
    }
    let b = w.as_bytes();
    let start = b
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |e| e + 1);
    w.get(start..end).unwrap_or_default()
}

/// [`is_headline`]'s count of an ASCII line (trimmed, short, with no closing stop), read
/// byte by byte: the same words, letters and capitals as its characters.
fn is_ascii_headline(t: &[u8]) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for w in t.split(|&b| (b as char).is_whitespace()) {
        let start = w
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap_or(w.len());
        let end = w
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .map_or(start, |e| e + 1);
        let w = &w[start..end];
        let Some(&first) = w.first() else {
            continue;
        };
        if !first.is_ascii_alphabetic() {
            continue;
        }
        if w.len() <= 8 {
            let mut buf = [0u8; 8];
            for (d, c) in buf.iter_mut().zip(w) {
                *d = c.to_ascii_lowercase();
            }
            if is_headline_small_word(&buf[..w.len()]) {
                continue;
            }
        }
        words += 1;
        if first.is_ascii_uppercase() {
            capitalised += 1;
        }
        if words - capitalised >= 5 || words > 20 {
            return false;
        }
    }
    (2..=20).contains(&words) && capitalised * 10 >= words * 8
}

/// `true` for a short line in headline case with no closing full stop.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 160 || t.ends_with('.') || t.ends_with(',') {
        return false;
    }
    if t.is_ascii() {
        is_ascii_headline(t.as_bytes())
    } else {
        is_headline_words(t)
    }
}

/// [`is_headline`]'s count of the words of a line (trimmed, short, with no closing stop).
fn is_headline_words(t: &str) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for w in t.split_whitespace() {
        let w = trim_to_alphanumeric(w);
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        if in_lower(is_headline_small_word, w) {
            continue;
        }
        words += 1;
        if first.is_uppercase() {
            capitalised += 1;
        }
        // At most 20 words, at least 80% capitalised: five words in lower case, or a
        // 21st word, already decide it.
        if words - capitalised >= 5 || words > 20 {
            return false;
        }
    }
    (2..=20).contains(&words) && capitalised * 10 >= words * 8
}

impl Document {
    /// Reads `source` in the given format.
    pub fn new(id: impl Into<String>, source: impl Into<String>, format: Format) -> Document {
        let mut doc = Document::undated(id, source.into(), format);
        let title_end = doc.title.as_ref().map_or(0, |t| t.end);
        doc.published = published::find(&doc.source, &doc.clean, title_end);
        doc
    }

    /// Reads `source`, choosing the format from the id's extension, without looking for
    /// the day it was published ([`Document::published`] stays `None`): for a caller that
    /// reads only its mentions ([`crate::extract::mentions`]), which no date changes.
    pub fn from_named_undated(id: impl Into<String>, source: impl Into<String>) -> Document {
        let id = id.into();
        let source = source.into();
        let format = Format::detect(&id, &source);
        Document::undated(id, source, format)
    }

    fn undated(id: impl Into<String>, source: String, format: Format) -> Document {
        let (clean, map) = match format {
            Format::Text => (None, OffsetMap::default()),
            Format::Markdown => {
                let (c, m) = markup::clean_markdown(&source);
                (Some(c), m)
            }
            Format::Html => {
                let (c, m) = markup::clean_html(&source);
                (Some(c), m)
            }
        };
        Document::from_parts(id, source, clean, map)
    }

    /// A document from text already read: `clean` is the analysed text (`None` when it is
    /// `source` itself) and `map` maps it to the source. Segments it; [`Document::new`] ends
    /// here, and a corpus stores articles as these parts and re-reads them on demand.
    pub fn from_parts(
        id: impl Into<String>,
        source: impl Into<String>,
        clean: Option<String>,
        map: OffsetMap,
    ) -> Document {
        let mut doc = Document::of_parts(id.into(), source.into(), clean, map);
        doc.segment();
        doc
    }

    /// A document from text already read, as [`Document::from_parts`], but not segmented:
    /// its title found (as segmenting finds it, [`title_of`]), its sentences and
    /// boilerplate not. For a reader that reads nothing of the text but its title: an
    /// article filed from a prebuilt index (see [`crate::index_file`]).
    pub fn from_parts_titled(
        id: impl Into<String>,
        source: impl Into<String>,
        clean: Option<String>,
        map: OffsetMap,
    ) -> Document {
        let mut doc = Document::of_parts(id.into(), source.into(), clean, map);
        doc.title = title_of(&doc.clean);
        doc
    }

    /// The parts alone: no title, sentences or boilerplate yet.
    fn of_parts(id: String, source: String, clean: Option<String>, map: OffsetMap) -> Document {
        Document {
            id,
            clean: clean.unwrap_or_else(|| source.clone()),
            source,
            map,
            title: None,
            sentences: Vec::new(),
            excluded: Vec::new(),
            published: None,
        }
    }

    /// Reads `source`, choosing the format from the id's extension (see [`Format::detect`]).
    pub fn from_named(id: impl Into<String>, source: impl Into<String>) -> Document {
        let id = id.into();
        let source = source.into();
        let format = Format::detect(&id, &source);
        Document::new(id, source, format)
    }

    /// Plain text with an explicit title, as a CMS gives it: the title becomes the
    /// document's first line for analysis, and offsets still index `source`.
    pub fn text(id: impl Into<String>, source: impl Into<String>) -> Document {
        Document::new(id, source, Format::Text)
    }

    fn segment(&mut self) {
        let clean = std::mem::take(&mut self.clean);
        // About one sentence per 128 bytes of news text: sized so that it seldom grows.
        self.sentences.reserve(clean.len() / 128 + 4);
        let mut pos = 0;
        let mut tail = false;
        let mut seen_text = false;
        let mut paragraph = 0;
        for raw in lines_inclusive(&clean) {
            let start = pos;
            pos += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            let end = start + line.len();
            if tail {
                if !line.trim().is_empty() {
                    self.excluded.push(start..end);
                }
                continue;
            }
            match classify_line(line) {
                LineKind::Blank => continue,
                LineKind::Boilerplate => {
                    self.excluded.push(start..end);
                    continue;
                }
                LineKind::Tail => {
                    self.excluded.push(start..end);
                    tail = true;
                    continue;
                }
                LineKind::Text => {}
            }
            paragraph += 1;
            let lead = line.len() - line.trim_start().len();
            let body = start + lead..start + line.trim_end().len();
            if !seen_text {
                seen_text = true;
                if is_title(line) {
                    self.title = Some(body.clone());
                    self.sentences.push(Sentence {
                        range: body,
                        heading: true,
                        paragraph,
                    });
                    continue;
                }
            }
            if is_headline(line) {
                self.sentences.push(Sentence {
                    range: body,
                    heading: true,
                    paragraph,
                });
                continue;
            }
            split_sentences(&clean, body, |range| {
                self.sentences.push(Sentence {
                    range,
                    heading: false,
                    paragraph,
                })
            });
        }
        self.clean = clean;
    }

    /// The source range a clean range came from.
    pub fn source_range(&self, clean: Range<usize>) -> Range<usize> {
        let s = self.map.to_source_start(clean.start);
        let e = self.map.to_source_end(clean.end).max(s);
        s..e
    }

    /// The source text a clean range came from.
    pub fn source_text(&self, clean: Range<usize>) -> &str {
        let r = self.source_range(clean);
        self.source.get(r).unwrap_or("")
    }

    /// The report span of a clean range: its source range and text, in this article.
    pub fn span(&self, clean: Range<usize>) -> crate::finding::Span {
        let sr = self.source_range(clean);
        crate::finding::Span {
            doc: self.id.clone(),
            text: self.source.get(sr.clone()).unwrap_or("").to_string(),
            start: sr.start,
            end: sr.end,
        }
    }

    /// The title's text, if the article has a title line.
    pub fn title_text(&self) -> Option<&str> {
        self.title.clone().map(|r| &self.clean[r])
    }

    /// `true` when the clean offset falls in an excluded (boilerplate) range.
    pub fn is_excluded(&self, pos: usize) -> bool {
        self.excluded.iter().any(|r| r.contains(&pos))
    }
}

/// `true` when the first line of text of an article (`line`) is its title: short, of few
/// words, and not ended as a sentence or a quote is.
fn is_title(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 200
        && !t.ends_with('.')
        && !t.ends_with('”')
        && !t.ends_with('"')
        && t.split_whitespace().count() <= 25
}

/// The title's clean range of a text, as segmenting it finds it ([`Document::segment`]):
/// its first line of text when that is a title ([`is_title`]); none when the text has
/// none, or boilerplate's tail comes first.
pub fn title_of(clean: &str) -> Option<Range<usize>> {
    let mut pos = 0;
    for raw in lines_inclusive(clean) {
        let start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        match classify_line(line) {
            LineKind::Blank | LineKind::Boilerplate => continue,
            LineKind::Tail => return None,
            LineKind::Text => {}
        }
        if !is_title(line) {
            return None;
        }
        let lead = line.len() - line.trim_start().len();
        return Some(start + lead..start + line.trim_end().len());
    }
    None
}

/// `true` for an abbreviation (lower case) after which a full stop does not end a sentence.
#[rustfmt::skip]
fn is_abbreviation_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"mr" | b"mrs" | b"ms" | b"dr" | b"st" | b"jr" | b"sr" | b"gen" | b"col" | b"lt" |
        b"sgt" | b"capt" | b"cmdr" | b"adm" | b"maj" | b"rep" | b"sen" | b"gov" | b"prof" |
        b"rev" | b"hon" | b"pres" | b"no" | b"vs" | b"etc" | b"inc" | b"corp" | b"ltd" |
        b"co" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" |
        b"sept" | b"oct" | b"nov" | b"dec" | b"approx" | b"est" | b"fig" | b"mt" | b"ft" |
        b"dept" | b"univ" | b"assn" | b"bros" | b"e.g" | b"i.e"
    )
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
}

/// `true` when the dot ending at byte `i` of `slice` follows an abbreviation or an
/// initial ("Mr.", "U.S.", "P."), which does not end a sentence.
fn is_abbreviation(slice: &str, i: usize) -> bool {
    // At most a few characters back: abbreviations are short. ASCII bytes are read as
    // they are; a word with other characters is decoded.
    let b = slice.as_bytes();
    let mut start = i;
    let mut dotted = false;
    while i - start < 12 && start > 0 {
        match b[start - 1] {
            c if c >= 0x80 => {
                start = abbreviation_start(slice, i);
                dotted = slice[start..i].contains('.');
                break;
            }
            b'.' => {
                dotted = true;
                start -= 1;
            }
            c if c.is_ascii_alphanumeric() => start -= 1,
            _ => break,
        }
    }
    if dotted {
        return true;
    }
    let word = &slice[start..i];
    if word.is_ascii() {
        // No dot: a capital alone, or a word of the list.
        let w = word.as_bytes();
        return w.len() == 1 && w[0].is_ascii_uppercase() || in_lower(is_abbreviation_word, word);
    }
    let mut chars = word.chars();
    let single_letter = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_letter || word.contains('.') || in_lower(is_abbreviation_word, word)
}

/// Where the word of up to twelve letters, digits and dots before byte `i` starts.
fn abbreviation_start(slice: &str, i: usize) -> usize {
    slice[..i]
        .char_indices()
        .rev()
        .take(12)
        .take_while(|(_, ch)| ch.is_alphanumeric() || *ch == '.')
        .last()
        .map_or(i, |(k, _)| k)
}

/// The lines of `s`, each with its '\n' ([`str::split_inclusive`]), found by `memchr`.
pub(crate) fn lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// The finder of '…' the sentence splitter uses, built once: building one is dearer than
/// searching most lines.
fn ellipsis_finder() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new("…".as_bytes()))
}

/// Splits the clean range `body` (one line) into sentence ranges, given to `out` in order,
/// without per-character buffers.
fn split_sentences(text: &str, body: Range<usize>, mut out: impl FnMut(Range<usize>)) {
    let slice = &text[body.clone()];
    let base = body.start;
    let bytes = slice.as_bytes();
    // The character at byte `i`: ASCII read straight from the byte, the rest decoded.
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => slice.get(i..).and_then(|r| r.chars().next()),
    };
    let mut start = 0;
    let mut i = 0;
    // The next '…' at or after `i` (searched again only once `i` has passed it, so the
    // scan stays linear).
    let ellipsis = ellipsis_finder();
    let mut next_ellipsis = ellipsis.find(bytes);
    loop {
        // Terminators are '.', '!', '?' or '…': jump to the next one, a word at a time.
        if i > bytes.len() {
            break;
        }
        if next_ellipsis.is_some_and(|e| e < i) {
            next_ellipsis = ellipsis.find(&bytes[i..]).map(|p| p + i);
        }
        let ascii = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|p| p + i);
        let Some(at_term) = (match (ascii, next_ellipsis) {
            (Some(a), Some(e)) => Some(a.min(e)),
            (a, e) => a.or(e),
        }) else {
            break;
        };
        i = at_term;
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            _ => '…',
        };
        // Swallow further terminators and closing quotes.
        let mut j = i + c.len_utf8();
        while let Some(d) = at(j).filter(|d| matches!(d, '.' | '!' | '?' | '…') || is_closing(*d))
        {
            j += d.len_utf8();
        }
        let end = j;
        let followed_by_space = at(j).is_some_and(char::is_whitespace);
        let mut n = j;
        while let Some(d) = at(n).filter(|d| d.is_whitespace()) {
            n += d.len_utf8();
        }
        let starts_new = match at(n) {
            None => true,
            Some(nc) => {
                followed_by_space
                    && (nc.is_uppercase()
                        || nc.is_ascii_digit()
                        || matches!(nc, '"' | '“' | '‘' | '\'' | '(' | '['))
            }
        };
        if starts_new && !(c == '.' && is_abbreviation(slice, i)) {
            out(base + start..base + end);
            start = n;
            i = n;
        } else {
            i = j;
        }
    }
    if start < slice.len() && !slice[start..].trim().is_empty() {
        let trimmed_end = slice.trim_end().len();
        out(base + start..base + trimmed_end.max(start));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_alone_is_the_segmented_title() {
        let texts = [
            "Harbour Bridge Closes\n\nThe bridge closed on Monday.",
            "  Indented Title  \r\nBody text follows here.",
            "The first line is a sentence.\nSecond line",
            "\n\n\u{a9} 2026 Example Media\nTitle After Boilerplate\nBody.",
            "Related articles\nNot A Title",
            "\u{201c}A quoted line\u{201d}\nBody.",
            "",
            "\n \n",
            "One two three four five six seven eight nine ten eleven twelve thirteen \
             fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one \
             twenty-two twenty-three twenty-four twenty-five twenty-six\nBody.",
        ];
        for t in texts {
            let whole = Document::from_parts("t", t, None, OffsetMap::default());
            let titled = Document::from_parts_titled("t", t, None, OffsetMap::default());
            assert_eq!(titled.title, whole.title, "{t:?}");
            assert_eq!(title_of(t), whole.title, "{t:?}");
        }
    }

    #[test]
    fn lines_as_split_inclusive() {
        for s in ["", "\n", "a", "a\n", "a\nb", "a\n\nb\n", "\n\nx", "é\r\nü"] {
            let want: Vec<&str> = s.split_inclusive('\n').collect();
            assert_eq!(lines_inclusive(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    #[test]
    fn ascii_lines_normalised_as_any_line() {
        for line in [
            "",
            "Select Language:",
            "  Read   Next ::",
            "Share this: Facebook - X",
            "abc: :",
            "abc :",
            "\x0bTab\tand\x0cfeed\r",
            "(C) 2025 The Paper. All rights reserved.",
            "(c) -- ** !!",
        ] {
            let mut buf = [0u8; LISTED_LINE_BYTES];
            assert_eq!(
                normalise_ascii_line(line, &mut buf),
                normalise_line(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn ascii_headlines_as_any_line() {
        for t in [
            "Big News Arrives Today",
            "Ten Things To Know About the Vote",
            "The plan of the day is here now",
            "A B",
            "U.S. Envoy Meets Kyiv's Leaders (Again)",
            "2025 In Review: What Changed",
            "Frequently\x0bAsked Questions",
            "one Two Three Four Five Six Seven Eight Nine Ten",
            "Word",
            "-- ** --",
        ] {
            assert_eq!(
                is_ascii_headline(t.as_bytes()),
                is_headline_words(t),
                "{t:?}"
            );
        }
    }

    #[test]
    fn abbreviations_before_a_dot() {
        for (s, want) in [
            ("Mr.", true),
            ("the U.S.", true),
            ("P.", true),
            ("Inc.", true),
            ("ended.", false),
            ("x.abcdefghij.", true),
            ("abcdefghijklmnop.", false),
            ("Müller.", false),
            ("Jan.", true),
            ("É.", true),
            ("e.g.", true),
        ] {
            assert_eq!(is_abbreviation(s, s.len() - 1), want, "{s:?}");
        }
    }

    #[test]
    fn words_trimmed_as_by_trim_matches() {
        for w in [
            "",
            "--",
            "(Hale)",
            "U.S.",
            "“Quote”",
            "a",
            "...x...",
            "'90s",
            "Kay’s,",
        ] {
            let want = w.trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(trim_to_alphanumeric(w), want, "{w:?}");
        }
    }

    #[test]
    fn word_lists_in_any_case() {
        assert!(in_lower(is_abbreviation_word, "Mr") && in_lower(is_abbreviation_word, "E.G"));
        assert!(!in_lower(is_abbreviation_word, "Mister"));
        assert!(!in_lower(is_abbreviation_word, "government"));
        assert!(
            in_lower(is_headline_small_word, "The") && !in_lower(is_headline_small_word, "Thé")
        );
    }

    #[test]
    fn boilerplate_and_title() {
        let src = "Select Language:\nBig News Arrives Today\nThe U.S. Secretary met Mr. Smith. He said hi.\nRead Next\nOther headline\n";
        let d = Document::text("a", src);
        assert_eq!(d.title_text(), Some("Big News Arrives Today"));
        let texts: Vec<&str> = d
            .sentences
            .iter()
            .map(|s| &d.clean[s.range.clone()])
            .collect();
        assert_eq!(
            texts,
            vec![
                "Big News Arrives Today",
                "The U.S. Secretary met Mr. Smith.",
                "He said hi."
            ]
        );
        assert!(d.is_excluded(src.find("Other headline").unwrap()));
        assert!(d.is_excluded(0));
    }

    #[test]
    fn slug_lines_are_boilerplate() {
        assert_eq!(
            classify_line("breaking-news-gets-plan-amid-war-691fa68e93363"),
            LineKind::Boilerplate
        );
        assert_eq!(classify_line("← Back to News"), LineKind::Boilerplate);
        assert_eq!(classify_line("Leave a Reply"), LineKind::Tail);
        assert_eq!(
            classify_line("The well-known plan-of-action was-not adopted"),
            LineKind::Text
        );
    }

    #[test]
    fn sentences_with_curly_quotes() {
        let src = "He said “it is over.” Then he left. She wrote “Yes!” and went.";
        let d = Document::text("a", format!("Title Line Here\n{src}"));
        let texts: Vec<&str> = d
            .sentences
            .iter()
            .skip(1)
            .map(|s| &d.clean[s.range.clone()])
            .collect();
        assert_eq!(
            texts,
            vec![
                "He said “it is over.”",
                "Then he left.",
                "She wrote “Yes!” and went."
            ]
        );
    }
}
