//! The findings every front end shows: [`Finding`], the [`Span`] it points at and its
//! [`Severity`]. These are the crate's shared leaf types: every stage from `resolve` up
//! makes or reads them, and they import nothing of the crate.
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
    /// The edit that resolves the finding, when one is clear (a spelling, a name's case,
    /// a title): absent from the JSON otherwise. Boxed: a `Finding` that grows by a whole
    /// `Fix` makes the sorting and moving code in the WebAssembly 40 KB larger.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fix: Option<Box<Fix>>,
}

/// A replacement of one range of the checked article, in the same offsets as
/// [`Span`]: UTF-8 bytes in Rust and the CLI, UTF-16 code units in JavaScript.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    /// Start of the replaced range.
    pub start: usize,
    /// End of the replaced range, exclusive.
    pub end: usize,
    /// The text to put there.
    pub replacement: String,
}

impl Fix {
    /// Replaces the first `find` inside `span` by `replacement`; `None` when `find` is
    /// not in the span's text or the replacement changes nothing.
    pub fn within(span: &Span, find: &str, replacement: &str) -> Option<Fix> {
        let at = span.text.find(find).filter(|_| !find.is_empty())?;
        (find != replacement).then(|| Fix {
            start: span.start + at,
            end: span.start + at + find.len(),
            replacement: replacement.to_string(),
        })
    }

    /// Replaces the whole span by `replacement`, when that changes it.
    pub fn whole(span: &Span, replacement: &str) -> Option<Fix> {
        Fix::within(span, &span.text, replacement)
    }
}

impl Finding {
    /// The finding with `fix` as its fix.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Finding {
        self.fix = fix.map(Box::new);
        self
    }
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
            fix: None,
        };
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["span"]["start"], 1);
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 6);
        let fixed = f.with_fix(Some(Fix {
            start: 1,
            end: 2,
            replacement: "X".into(),
        }));
        let v = serde_json::to_value(&fixed).unwrap();
        assert_eq!(v["fix"]["replacement"], "X");
    }

    #[test]
    fn a_fix_within_a_span_is_in_article_offsets() {
        let span = Span {
            doc: "d".into(),
            start: 10,
            end: 28,
            text: "Volodymyr Zelensky".into(),
        };
        let f = Fix::within(&span, "Zelensky", "Zelenskyy").unwrap();
        assert_eq!((f.start, f.end), (20, 28));
        assert!(Fix::within(&span, "Zelensky", "Zelensky").is_none());
        assert!(Fix::within(&span, "Rubio", "Rubio").is_none());
        assert_eq!(Fix::whole(&span, "V. Zelenskyy").unwrap().start, 10);
    }
}
