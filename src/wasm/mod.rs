//! The WebAssembly binding: a thin wasm-bindgen layer over [`Corpus`].
//!
//! Values cross as plain JavaScript objects: serialised to JSON by serde_json (which the
//! crate needs anyway) and parsed by the engine's `JSON.parse`, as fast as building them
//! property by property and one serialiser less in the binary. `extract`, whose result is
//! almost as large as the article, hands over a compact form instead ([`extracted`]): the
//! same objects, built about five times faster than `JSON.parse`. Offsets are converted
//! from UTF-8 bytes to UTF-16 code units, so `text.slice(start, end) === span.text` in
//! JavaScript. Bad arguments become JavaScript errors, never panics.

use crate::document::Utf16Index;
use crate::finding::{Finding, Span};
use crate::report::ExtractedDocument;
use crate::{extract::mentions, Corpus, Document};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod extracted;

#[wasm_bindgen(module = "/src/wasm/extracted.js")]
extern "C" {
    /// Builds `extract`'s result object from its compact form (see [`extracted`]).
    fn extracted(nums: &[f64], table: &str) -> JsValue;
}

fn js_err(msg: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&msg.to_string()).into()
}

/// What a bad argument was, for a `TypeError`'s message: "a number", "null", "an object".
fn what(v: &JsValue) -> String {
    if v.is_null() {
        return "null".into();
    }
    if js_sys::Array::is_array(v) {
        return "an array".into();
    }
    let t = v.js_typeof().as_string().unwrap_or_default();
    match t.as_str() {
        "undefined" => "nothing".into(),
        "object" => "an object".into(),
        _ => format!("a {t}"),
    }
}

/// A string argument, or a `TypeError` saying what was expected.
fn string_arg(method: &str, name: &str, v: &JsValue) -> Result<String, JsValue> {
    v.as_string().ok_or_else(|| {
        js_sys::TypeError::new(&format!(
            "{method}: expected {name} as a string, got {}",
            what(v)
        ))
        .into()
    })
}

/// An optional string argument: `undefined` and `null` are none.
fn opt_string_arg(method: &str, name: &str, v: &JsValue) -> Result<Option<String>, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    string_arg(method, name, v).map(Some)
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Error, the statements cannot both be true; warning, probably wrong; info, worth knowing. */
export type Severity = 'error' | 'warning' | 'info';
/**
 * A place in an article. Offsets are UTF-16 code units: `text.slice(start, end) === span.text`.
 * `before` and `after` (up to 70 characters of context) are added by the worker (client.js).
 */
export interface Span { doc: string; start: number; end: number; text: string; before?: string; after?: string }
/** The edit that resolves a finding: replace `start..end` of the checked article (UTF-16). */
export interface Fix { start: number; end: number; replacement: string }
/** One inconsistency, as the CLI's JSON gives it (offsets in UTF-16 code units here). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  subject: string;
  span: Span;
  evidence: Span[];
  /** Present when the edit is clear (a spelling, a name's case, a title). */
  fix?: Fix;
}
export interface Findings { findings: Finding[] }
/** A corpus article: `length` in UTF-16 code units; `published`, its publication day
 * ("2026-03-02", or "--03-02" when the article gives no year), or null. */
export interface Article { id: string; title: string | null; length: number; published: string | null }
/** What `addArticle` may be told of an article beside its text. `published` is an ISO
 * 8601 date ("2026-03-02" or "2026-03-02T09:30:00Z"); without it the day is read from
 * the article (HTML `article:published_time`, JSON-LD `datePublished`, `<time datetime>`,
 * front matter `date:`, a byline or dateline). */
export interface ArticleOptions { title?: string | null; published?: string | null }
export interface PersonForm { doc: string; name: string; title: string | null; count: number }
/** A person of the corpus with every name form and title the articles use. */
export interface Person { name: string; forms: PersonForm[] }
/** A rule as its file declares it; `severity` is the highest it reports. */
export interface Rule { id: string; severity: Severity; description: string; doc: string }
export type RuleSetting = 'on' | 'off' | Severity | boolean | { enabled?: boolean; severity?: Severity };
/** House style and rule settings: the format of `factcheck --config FILE` (see the README). */
export interface Config {
  people?: { name: string; title?: string }[];
  rules?: Record<string, RuleSetting>;
  ignore?: { rule: string; text: string; subject?: string }[];
  neverFlag?: string[];
}
/** What the checker reads in an article (offsets in UTF-16 code units). */
export interface Extracted {
  doc: string;
  title: string | null;
  excluded: Span[];
  people: { name: string; title: string | null; start: number; end: number }[];
  quantities: { text: string; value: number | null; low: number | null; high: number | null; unit: string | null; noun: string | null; key: string; start: number; end: number }[];
  /** `how`: the pattern that found the speaker ("said-X", "X-said", "pronoun", "continuation", "dash-X", ...). */
  quotes: { text: string; speaker: string | null; how: string | null; start: number; end: number }[];
}
"#;

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(v).map_err(js_err)?;
    js_sys::JSON::parse(&json)
}

#[derive(Serialize)]
struct Findings {
    findings: Vec<Finding>,
}

#[derive(Serialize)]
struct ArticleInfo {
    id: String,
    title: Option<String>,
    length: usize,
    published: Option<String>,
}

/// A day as ISO 8601 ("2026-03-02"; "--03-02" without its year).
fn iso_day(d: crate::document::calendar::Day) -> String {
    match d.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
        None => format!("--{:02}-{:02}", d.month, d.day),
    }
}

/// `addArticle`'s third argument: a title (a string, as before) or `{title, published}`.
fn article_options(
    v: &JsValue,
) -> Result<(Option<String>, Option<crate::document::calendar::Day>), JsValue> {
    if !v.is_object() {
        // A title, or a TypeError saying a title was expected.
        return Ok((opt_string_arg("addArticle", "the title", v)?, None));
    }
    let field =
        |k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let title = opt_string_arg("addArticle", "the title", &field("title"))?;
    let published = match opt_string_arg("addArticle", "published", &field("published"))? {
        None => None,
        Some(p) => Some(crate::document::calendar::iso(&p).ok_or_else(|| {
            js_err(format!(
                "addArticle: published {p:?} is not an ISO 8601 date (YYYY-MM-DD)"
            ))
        })?),
    };
    Ok((title, published))
}

/// The checker: a corpus and the rules.
#[wasm_bindgen]
pub struct Checker {
    corpus: Corpus,
}

impl Checker {
    /// Converts the findings' byte offsets (spans, evidence, fixes) to UTF-16, one index
    /// per document they name.
    fn utf16(&self, extra: Option<&Document>, mut fs: Vec<Finding>) -> Vec<Finding> {
        let mut indexes: rustc_hash::FxHashMap<String, Option<Utf16Index>> = Default::default();
        let mut to16 = |doc: &str, start: &mut usize, end: &mut usize| {
            let ix = indexes.entry(doc.to_string()).or_insert_with(|| {
                let src = match extra {
                    Some(d) if d.id == doc => Some(d.source.as_str()),
                    _ => self.corpus.source(doc),
                };
                src.map(Utf16Index::new)
            });
            if let Some(ix) = ix {
                *start = ix.to_utf16(*start);
                *end = ix.to_utf16(*end);
            }
        };
        for f in &mut fs {
            if let Some(x) = &mut f.fix {
                to16(&f.span.doc, &mut x.start, &mut x.end);
            }
            let mut span = |s: &mut Span| to16(&s.doc, &mut s.start, &mut s.end);
            span(&mut f.span);
            f.evidence.iter_mut().for_each(span);
        }
        fs
    }
}

#[wasm_bindgen]
impl Checker {
    /// An empty checker.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        console_error_panic_hook::set_once();
        Checker {
            corpus: Corpus::new(),
        }
    }

    /// A checker preloaded with the seed corpus.
    #[wasm_bindgen(js_name = withSeeds)]
    pub fn with_seeds() -> Checker {
        console_error_panic_hook::set_once();
        Checker {
            corpus: Corpus::with_seeds(),
        }
    }

    /// A checker with a prebuilt corpus index (`factcheck index DIR -o FILE`), its
    /// articles filed as the index records them (not analysed again; those of a version 4
    /// index, as `toIndex` writes, are analysed). Throws when the index is not valid. The
    /// text is read one line (one article) at a time, so the checker never holds a copy of
    /// the whole file.
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(
        #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    ) -> Result<Checker, JsValue> {
        console_error_panic_hook::set_once();
        use wasm_bindgen::JsCast;
        let text: &js_sys::JsString = text.dyn_ref().ok_or_else(|| {
            JsValue::from(js_sys::TypeError::new(&format!(
                "fromIndex: expected the text of the index file as a string, got {}",
                what(text)
            )))
        })?;
        let mut corpus = Corpus::new();
        let mut reader = crate::index_file::Reader::new();
        let n = text.length();
        let mut at = 0u32;
        while at < n {
            let end = match text.index_of("\n", at as i32) {
                i if i < 0 => n,
                i => i as u32,
            };
            let line = String::from(text.slice(at, end));
            if let Some(a) = reader.line(&line).map_err(js_err)? {
                corpus.add_filed(a).map_err(js_err)?;
            }
            at = end + 1;
        }
        reader.finish().map_err(js_err)?;
        corpus.loaded();
        Ok(Checker { corpus })
    }
}

/// A checker loading from a prebuilt index as its bytes arrive (the body of a `fetch`,
/// read piece by piece): each piece is copied into the wasm once and every line it
/// completes filed at once, so the load runs while the file downloads.
///
/// ```js
/// const loader = new Loader();
/// for await (const piece of response.body) loader.push(piece);
/// const checker = loader.finish();
/// ```
#[wasm_bindgen]
pub struct Loader {
    inner: crate::index_stream::Loader,
}

impl Default for Loader {
    fn default() -> Loader {
        Loader::new()
    }
}

#[wasm_bindgen]
impl Loader {
    /// A loader before the file's first byte.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Loader {
        console_error_panic_hook::set_once();
        Loader {
            inner: crate::index_stream::Loader::new(),
        }
    }

    /// Reads the next piece of the index file (bytes, split anywhere); gives the number of
    /// articles loaded so far. Throws when the index is not valid: push nothing more.
    pub fn push(&mut self, piece: &[u8]) -> Result<u32, JsValue> {
        self.inner.push(piece).map_err(js_err)?;
        Ok(self.inner.articles() as u32)
    }

    /// Ends the file and gives the checker over it (the loader is used up). Throws when
    /// the index is not valid.
    pub fn finish(self) -> Result<Checker, JsValue> {
        let corpus = self.inner.finish().map_err(js_err)?;
        Ok(Checker { corpus })
    }
}

#[wasm_bindgen]
impl Checker {
    /// The corpus as a prebuilt index (JSON text), e.g. to cache it: its texts alone
    /// (version 4), which `fromIndex` analyses again; `factcheck index` writes the faster
    /// version 7, which keeps each article's filing.
    #[wasm_bindgen(js_name = toIndex)]
    pub fn to_index(&self) -> String {
        self.corpus.to_index()
    }

    /// Adds (or replaces) an article. The format is taken from the id's extension
    /// (`.html`, `.md`, else text). The third argument is a title or `{title,
    /// published}`: a title, when given, is prepended as the first line; `published` (an
    /// ISO 8601 date) replaces the publication day read from the article.
    #[wasm_bindgen(js_name = addArticle)]
    pub fn add_article(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | ArticleOptions | null")]
        options: JsValue,
    ) -> Result<(), JsValue> {
        let id = string_arg("addArticle", "the id", &id)?;
        let text = string_arg("addArticle", "the article text", &text)?;
        let (title, published) = article_options(&options)?;
        if id.trim().is_empty() {
            return Err(js_err("addArticle: the id must be a non-empty string"));
        }
        if text.len() > crate::error::MAX_ARTICLE_BYTES {
            return Err(js_err(format!(
                "addArticle: {id} is over the {} MiB limit for one article",
                crate::error::MAX_ARTICLE_BYTES >> 20
            )));
        }
        let text = match title {
            Some(t) if !t.trim().is_empty() => format!("{}\n{text}", t.trim()),
            _ => text,
        };
        let mut doc = Document::from_named(id, text);
        if published.is_some() {
            doc.published = published;
        }
        self.corpus.add(doc);
        Ok(())
    }

    /// Removes an article; returns whether there was one.
    #[wasm_bindgen(js_name = removeArticle)]
    pub fn remove_article(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self
            .corpus
            .remove(&string_arg("removeArticle", "the id", &id)?))
    }

    /// The articles: `[{id, title, length}]`, length in UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "Article[]")]
    pub fn articles(&self) -> Result<JsValue, JsValue> {
        let list: Vec<ArticleInfo> = self
            .corpus
            .articles()
            .map(|a| ArticleInfo {
                id: a.id.to_string(),
                title: a.title.map(str::to_string),
                length: a.source.encode_utf16().count(),
                published: self.corpus.published(a.id).map(iso_day),
            })
            .collect();
        to_js(&list)
    }

    /// The source text of a corpus article, or `undefined`.
    #[wasm_bindgen(js_name = articleText)]
    pub fn article_text(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<Option<String>, JsValue> {
        let id = string_arg("articleText", "the id", &id)?;
        Ok(self.corpus.source(&id).map(str::to_string))
    }

    /// Checks an article against the corpus: `{findings}`. `id` defaults to "article".
    #[wasm_bindgen(unchecked_return_type = "Findings")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string_arg("check", "the article text", &text)?;
        let id = opt_string_arg("check", "the id", &id)?;
        if text.len() > crate::error::MAX_ARTICLE_BYTES {
            return Err(js_err("check: the article is over the 16 MiB limit"));
        }
        let doc = Document::from_named(id.unwrap_or_else(|| "article".into()), text);
        let fs = self.corpus.check(&doc);
        to_js(&Findings {
            findings: self.utf16(Some(&doc), fs),
        })
    }

    /// The findings among the corpus articles: `{findings}`.
    #[wasm_bindgen(unchecked_return_type = "Findings")]
    pub fn scan(&self) -> Result<JsValue, JsValue> {
        let fs = self.corpus.scan();
        to_js(&Findings {
            findings: self.utf16(None, fs),
        })
    }

    /// The findings on `count` corpus articles from the `from`th (by id, as `articles()`
    /// lists them) against the whole corpus: `{findings}`. Parts in order give `scan()`'s
    /// findings in order, so a page can show them as they come and stop between parts.
    #[wasm_bindgen(js_name = scanPart, unchecked_return_type = "Findings")]
    pub fn scan_part(&self, from: u32, count: u32) -> Result<JsValue, JsValue> {
        let fs = self
            .corpus
            .scan_part(from as usize, count as usize, &mut |_| {});
        to_js(&Findings {
            findings: self.utf16(None, fs),
        })
    }

    /// What the checker reads in an article: people, quantities, quotes (UTF-16 offsets).
    #[wasm_bindgen(unchecked_return_type = "Extracted")]
    pub fn extract(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string_arg("extract", "the article text", &text)?;
        let doc = Document::from_named_undated("article", text);
        let ix = Utf16Index::new(&doc.source);
        let mut d = ExtractedDocument::of(mentions(doc));
        let c = |b: usize| ix.to_utf16(b);
        for p in &mut d.people {
            (p.start, p.end) = (c(p.start), c(p.end));
        }
        for q in &mut d.quantities {
            (q.start, q.end) = (c(q.start), c(q.end));
        }
        for q in &mut d.quotes {
            (q.start, q.end) = (c(q.start), c(q.end));
        }
        for e in &mut d.excluded {
            (e.start, e.end) = (c(e.start), c(e.end));
        }
        let packed = extracted::Packed::of(&d);
        Ok(extracted(&packed.nums, &packed.table))
    }

    /// Sets house style and rule settings: a config object or its JSON text (see the
    /// README). Throws, leaving the settings unchanged, when the config is not valid.
    #[wasm_bindgen(js_name = setConfig)]
    pub fn set_config(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Config | string | null")] config: JsValue,
    ) -> Result<(), JsValue> {
        let text = match config.as_string() {
            Some(t) => t,
            None if config.is_undefined() || config.is_null() => "{}".to_string(),
            None if !config.is_object() || js_sys::Array::is_array(&config) => {
                return Err(js_sys::TypeError::new(&format!(
                    "setConfig: expected a config object or its JSON text, got {}",
                    what(&config)
                ))
                .into())
            }
            None => js_sys::JSON::stringify(&config)
                .map(String::from)
                .map_err(|_| js_err("setConfig: the config is not JSON-serialisable"))?,
        };
        let c = crate::config::Config::from_json(&text)
            .map_err(|m| js_err(format!("setConfig: {m}")))?;
        self.corpus.set_config(c);
        Ok(())
    }

    /// The settings in use, as an object.
    #[wasm_bindgen(unchecked_return_type = "Config")]
    pub fn config(&self) -> Result<JsValue, JsValue> {
        to_js(self.corpus.config())
    }

    /// Every rule, as its file declares it: `[{id, severity, description, doc}]`, where
    /// `severity` is the highest it reports unless the config sets another.
    #[wasm_bindgen(unchecked_return_type = "Rule[]")]
    pub fn rules() -> Result<JsValue, JsValue> {
        to_js(&crate::rules::metas().collect::<Vec<_>>())
    }

    /// The size of the checker's WebAssembly memory in bytes: what every checker of the
    /// page holds together, at its peak (WebAssembly memory grows and never shrinks).
    #[wasm_bindgen(js_name = memoryBytes)]
    pub fn memory_bytes() -> f64 {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }

    /// People across the corpus: `[{name, forms: [{doc, name, title}]}]`.
    #[wasm_bindgen(unchecked_return_type = "Person[]")]
    pub fn people(&self) -> Result<JsValue, JsValue> {
        to_js(&crate::corpus::people_overview(&self.corpus))
    }

    /// `people()` of `count` articles from the `from`th by id: parts in order give the
    /// whole when each person's forms are joined in order.
    #[wasm_bindgen(js_name = peoplePart, unchecked_return_type = "Person[]")]
    pub fn people_part(&self, from: u32, count: u32) -> Result<JsValue, JsValue> {
        to_js(&crate::corpus::people_part(
            &self.corpus,
            from as usize,
            count as usize,
        ))
    }
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}
