//! Report stage: what the front ends print. Findings as text, as a compiler prints them
//! ([`to_text`]), counted by severity ([`Summary`]), and the `factcheck extract` report of
//! what the checker read in an article ([`ExtractedDocument`]). The findings themselves are
//! the leaf types of [`crate::finding`], re-exported here.

pub use crate::finding::{line_col, Finding, Severity, Span};
use serde::Serialize;
use std::fmt::Write as _;

/// `s` on one line (runs of white space as one space), cut to 117 characters and an
/// ellipsis when longer than 120.
fn one_line(s: &str) -> String {
    let mut flat = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !flat.is_empty() {
            flat.push(' ');
        }
        flat.push_str(w);
    }
    // A text of at most 120 bytes has at most 120 characters.
    if flat.len() > 120 && flat.chars().count() > 120 {
        let cut = flat.char_indices().nth(117).map_or(flat.len(), |(i, _)| i);
        flat.truncate(cut);
        flat.push('…');
    }
    flat
}

/// 1-based lines and columns (in characters) of many byte offsets of many articles,
/// worked out in one pass over each article: the offsets of an article are sorted and the
/// text is read once from its start to the last of them, however many findings there are.
#[derive(Debug, Default)]
pub struct Locator {
    docs: rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<usize, (usize, usize)>>,
    /// Bytes of text read to place the offsets: at most the length of the articles.
    pub scanned: usize,
}

impl Locator {
    /// Places `offsets` (article id, byte offset); `source` returns an article's text by
    /// id (an offset of an article it does not know is left out).
    pub fn new<'a, 'b>(
        offsets: impl IntoIterator<Item = (&'b str, usize)>,
        source: impl Fn(&str) -> Option<&'a str>,
    ) -> Locator {
        let mut by_doc: rustc_hash::FxHashMap<&str, Vec<usize>> = Default::default();
        for (doc, at) in offsets {
            by_doc.entry(doc).or_default().push(at);
        }
        let mut loc = Locator::default();
        for (doc, mut offs) in by_doc {
            let Some(text) = source(doc) else { continue };
            offs.sort_unstable();
            offs.dedup();
            let bytes = text.as_bytes();
            let mut placed = rustc_hash::FxHashMap::default();
            let (mut pos, mut line, mut col) = (0usize, 1usize, 1usize);
            for at in offs {
                let mut to = at.min(text.len());
                while !text.is_char_boundary(to) {
                    to -= 1;
                }
                for &b in &bytes[pos..to.max(pos)] {
                    if b == b'\n' {
                        line += 1;
                        col = 1;
                    } else if b & 0xC0 != 0x80 {
                        col += 1;
                    }
                }
                loc.scanned += to.saturating_sub(pos);
                pos = pos.max(to);
                placed.insert(at, (line, col));
            }
            loc.docs.insert(doc.to_string(), placed);
        }
        loc
    }

    /// The offsets of every span of `findings` (start and end, evidence too).
    pub fn of_findings<'a>(
        findings: &[Finding],
        source: impl Fn(&str) -> Option<&'a str>,
    ) -> Locator {
        Locator::new(span_offsets(findings), source)
    }

    /// Line and column of a byte offset of an article, if it was placed.
    pub fn get(&self, doc: &str, at: usize) -> Option<(usize, usize)> {
        self.docs.get(doc)?.get(&at).copied()
    }
}

/// Every span's start and end offset, by article.
pub fn span_offsets(findings: &[Finding]) -> impl Iterator<Item = (&str, usize)> {
    findings
        .iter()
        .flat_map(|f| std::iter::once(&f.span).chain(&f.evidence))
        .flat_map(|s| [(s.doc.as_str(), s.start), (s.doc.as_str(), s.end)])
}

/// Formats findings as a compiler does: `file:line:col: severity[rule]: message`, then an
/// indented line per piece of evidence. `source` returns an article's text by id. Linear
/// in the text and the findings (see [`Locator`]).
pub fn to_text<'a>(findings: &[Finding], source: impl Fn(&str) -> Option<&'a str>) -> String {
    to_text_dated(findings, source, |_| None)
}

/// [`to_text`] with each evidence article's publication day, when `published` knows it
/// ("    b.txt:3:5 (17 March 2025): “19”").
pub fn to_text_dated<'a>(
    findings: &[Finding],
    source: impl Fn(&str) -> Option<&'a str>,
    published: impl Fn(&str) -> Option<String>,
) -> String {
    let loc = Locator::of_findings(findings, source);
    let mut out = String::new();
    let pos = |out: &mut String, span: &Span| match loc.get(&span.doc, span.start) {
        Some((l, c)) => {
            let _ = write!(out, "{}:{l}:{c}", span.doc);
        }
        None => out.push_str(&span.doc),
    };
    for f in findings {
        pos(&mut out, &f.span);
        let _ = writeln!(out, ": {}[{}]: {}", f.severity.as_str(), f.rule, f.message);
        for e in &f.evidence {
            out.push_str("    ");
            pos(&mut out, e);
            if let Some(d) = published(&e.doc) {
                let _ = write!(out, " ({d})");
            }
            let _ = writeln!(out, ": “{}”", one_line(&e.text));
        }
    }
    out
}

/// A count of findings by severity, for summaries.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

/// A person in `factcheck extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedPerson {
    /// The name as written.
    pub name: String,
    /// The title attached to this mention, if any.
    pub title: Option<String>,
    /// Source offsets of the name.
    pub start: usize,
    pub end: usize,
}

/// A quantity in `factcheck extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedQuantity {
    /// The number with its unit and counted noun, as written.
    pub text: String,
    /// The value, in the unit's base (a percentage as 20, a million as 1000000).
    pub value: f64,
    /// Lower bound of what the wording allows (`null` for unbounded).
    pub low: Option<f64>,
    /// Upper bound of what the wording allows (`null` for unbounded).
    pub high: Option<f64>,
    /// The unit ("%", "USD", "GBP", "mm"), if any.
    pub unit: Option<String>,
    /// What is counted ("people", "troops", "point"), if known.
    pub noun: Option<String>,
    /// The claim key the rules compare on.
    pub key: String,
    /// Source offsets.
    pub start: usize,
    pub end: usize,
}

/// A quote in `factcheck extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedQuote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Who said it, as resolved ("Marco Rubio", "the US Embassy in Kyiv"), if known.
    pub speaker: Option<String>,
    /// How the speaker was found ("said-X", "X-said", "continuation", "pronoun", …), if
    /// it was.
    pub how: Option<String>,
    /// Source offsets of the quoted words.
    pub start: usize,
    pub end: usize,
}

/// One document in `factcheck extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedDocument {
    /// The article's id.
    pub doc: String,
    /// The title line, if the article has one.
    pub title: Option<String>,
    /// Source ranges excluded from analysis as page boilerplate, with their text.
    pub excluded: Vec<Span>,
    pub people: Vec<ExtractedPerson>,
    pub quantities: Vec<ExtractedQuantity>,
    pub quotes: Vec<ExtractedQuote>,
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

impl ExtractedDocument {
    /// The extract report of an analysed article, which it takes apart: names, titles,
    /// units and quotes move into the report instead of being copied.
    pub fn of(a: crate::extract::Analysis) -> ExtractedDocument {
        let excluded = a
            .doc
            .excluded
            .iter()
            .map(|r| a.doc.span(r.clone()))
            .collect();
        let d = a.doc;
        let src = |r: std::ops::Range<usize>| d.source_range(r);
        ExtractedDocument {
            title: d.title_text().map(str::to_string),
            excluded,
            people: a
                .people
                .into_iter()
                .map(|p| {
                    let r = src(p.range);
                    ExtractedPerson {
                        name: p.name,
                        title: p.title.map(|t| t.text),
                        start: r.start,
                        end: r.end,
                    }
                })
                .collect(),
            quantities: a
                .quantities
                .into_iter()
                .map(|q| {
                    let r = src(q.range.clone());
                    ExtractedQuantity {
                        text: d.source.get(r.clone()).unwrap_or("").to_string(),
                        value: q.value,
                        low: finite(q.low),
                        high: finite(q.high),
                        key: q.key(),
                        unit: q.unit,
                        noun: q.noun,
                        start: r.start,
                        end: r.end,
                    }
                })
                .collect(),
            quotes: a
                .quotes
                .into_iter()
                .map(|q| {
                    let r = src(q.range);
                    ExtractedQuote {
                        text: q.text,
                        speaker: q.speaker.map(crate::extract::quotes::Speaker::into_name),
                        how: q.how.map(|h| h.name().to_string()),
                        start: r.start,
                        end: r.end,
                    }
                })
                .collect(),
            doc: d.id,
        }
    }

    /// A readable listing.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.doc);
        if let Some(t) = &self.title {
            let _ = writeln!(out, "  title: {t}");
        }
        for e in &self.excluded {
            let _ = writeln!(out, "  excluded: {}", one_line(&e.text));
        }
        for p in &self.people {
            match &p.title {
                Some(t) => {
                    let _ = writeln!(
                        out,
                        "  person: {} [{}]  ({}..{})",
                        p.name, t, p.start, p.end
                    );
                }
                None => {
                    let _ = writeln!(out, "  person: {}  ({}..{})", p.name, p.start, p.end);
                }
            }
        }
        for q in &self.quantities {
            let b = |x: Option<f64>| x.map_or("∞".to_string(), |v| format!("{v}"));
            let _ = writeln!(
                out,
                "  quantity: {} = {} [{}, {}] {}  key={}  ({}..{})",
                q.text,
                q.value,
                b(q.low),
                b(q.high),
                q.unit.as_deref().unwrap_or(""),
                q.key,
                q.start,
                q.end
            );
        }
        for q in &self.quotes {
            let _ = writeln!(
                out,
                "  quote: “{}” — {} [{}]  ({}..{})",
                one_line(&q.text),
                q.speaker.as_deref().unwrap_or("?"),
                q.how.as_deref().unwrap_or("-"),
                q.start,
                q.end
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    /// What `one_line` did before it wrote into one string.
    fn one_line_as_before(s: &str) -> String {
        let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.chars().count() > 120 {
            let cut: String = flat.chars().take(117).collect();
            format!("{cut}…")
        } else {
            flat
        }
    }

    #[test]
    fn one_line_flattens_and_cuts_by_characters() {
        let long = "ünïcödé wörds\n\t and more ".repeat(12);
        for s in [
            "",
            "  \n ",
            "one",
            " two  words\n",
            &"x".repeat(120),
            &"x".repeat(121),
            &"é".repeat(61),
            &"é".repeat(121),
            &long,
        ] {
            assert_eq!(super::one_line(s), one_line_as_before(s), "{s:?}");
        }
    }
}
