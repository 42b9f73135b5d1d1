//! Report stage: the [`Finding`] every front end shows, and its text and JSON forms.
//!
//! A finding is plain serde data and its JSON is the contract shared by the CLI, the
//! WebAssembly API and the page:
//!
//! ```json
//! {"rule": "name-mismatch", "severity": "error", "message": "…", "subject": "Steve Witkoff",
//!  "span": {"doc": "…", "start": 0, "end": 0, "text": "…"},
//!  "evidence": [{"doc": "…", "start": 0, "end": 0, "text": "…"}]}
//! ```

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// How sure and how serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing: a nickname, a compatible description.
    Info,
    /// Probably wrong, or an inconsistent style.
    Warning,
    /// The two statements cannot both be true.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A range of one article's source text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// The article's id (its file name, or the id the caller gave it).
    pub doc: String,
    /// Start offset in the article's source: UTF-8 bytes in Rust and the CLI, UTF-16 code
    /// units in JavaScript.
    pub start: usize,
    /// End offset, exclusive, in the same unit as `start`.
    pub end: usize,
    /// Exactly the source text between `start` and `end`.
    pub text: String,
}

/// One inconsistency found by a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's id, grouped by family: `name-*`, `title-*`, `number-*`, `quote-*`.
    /// The rule lives in `src/rules/<id with _ for ->.rs`.
    pub rule: String,
    /// How serious the finding is.
    pub severity: Severity,
    /// One sentence for the editor: what disagrees with what.
    pub message: String,
    /// Who or what the finding is about: a person's name, a counted thing, a quote.
    pub subject: String,
    /// The words in conflict in the checked article.
    pub span: Span,
    /// Where the corpus (or the same article) says otherwise, most convincing first.
    pub evidence: Vec<Span>,
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn one_line(s: &str) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 120 {
        let cut: String = flat.chars().take(117).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// Formats findings as a compiler does: `file:line:col: severity[rule]: message`, then an
/// indented line per piece of evidence. `source` returns an article's text by id.
pub fn to_text<'a>(findings: &[Finding], source: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::new();
    let pos = |span: &Span| match source(&span.doc) {
        Some(text) => {
            let (l, c) = line_col(text, span.start);
            format!("{}:{l}:{c}", span.doc)
        }
        None => span.doc.clone(),
    };
    for f in findings {
        let _ = writeln!(
            out,
            "{}: {}[{}]: {}",
            pos(&f.span),
            f.severity.as_str(),
            f.rule,
            f.message
        );
        for e in &f.evidence {
            let _ = writeln!(out, "    {}: “{}”", pos(e), one_line(&e.text));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let t = "ab\n“cd” é\nx";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        let e = t.find('é').unwrap();
        assert_eq!(line_col(t, e), (2, 6));
    }

    #[test]
    fn json_shape_is_stable() {
        let f = Finding {
            rule: "name-case".into(),
            severity: Severity::Warning,
            message: "m".into(),
            subject: "s".into(),
            span: Span {
                doc: "d".into(),
                start: 1,
                end: 2,
                text: "x".into(),
            },
            evidence: vec![],
        };
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["span"]["start"], 1);
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 6);
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
            .map(|r| crate::resolve::span(&a, r.clone()))
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
                "  quote: “{}” — {}  ({}..{})",
                one_line(&q.text),
                q.speaker.as_deref().unwrap_or("?"),
                q.start,
                q.end
            );
        }
        out
    }
}
