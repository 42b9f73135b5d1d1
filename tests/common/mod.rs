//! Helpers shared by the integration tests.
#![allow(dead_code)]

use factcheck::{Corpus, Document, Finding, Severity};

/// A corpus of invented articles given as (id, text).
pub fn corpus(articles: &[(&str, &str)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, text) in articles {
        c.add(Document::text(*id, *text));
    }
    c
}

/// Asserts every finding's span and evidence text is the exact source slice.
pub fn assert_exact_spans(c: &Corpus, extra: &[&Document], findings: &[Finding]) {
    let source = |id: &str| -> String {
        extra
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.source.clone())
            .or_else(|| c.source(id).map(str::to_string))
            .unwrap_or_else(|| panic!("unknown doc {id}"))
    };
    for f in findings {
        for s in std::iter::once(&f.span).chain(&f.evidence) {
            let src = source(&s.doc);
            assert_eq!(
                src.get(s.start..s.end),
                Some(s.text.as_str()),
                "span of {f:?}"
            );
        }
    }
}

/// Findings of a rule whose span text contains `needle`, in the given article.
pub fn find<'a>(fs: &'a [Finding], rule: &str, doc: &str, needle: &str) -> Vec<&'a Finding> {
    fs.iter()
        .filter(|f| f.rule == rule && f.span.doc == doc && f.span.text.contains(needle))
        .collect()
}

/// Findings at warning or error level.
pub fn serious(fs: &[Finding]) -> Vec<&Finding> {
    fs.iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect()
}
