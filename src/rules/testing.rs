//! Helpers for the unit tests at the end of each rule's file: a small corpus of invented
//! articles, one more article checked against it, and what one rule says about it.
//!
//! ```ignore
//! flags(&META, &["Mayor Ada Quist opened the bridge."], "ada quist spoke.", "ada");
//! quiet(&META, &["Mayor Ada Quist opened the bridge."], "Ada Quist spoke.");
//! ```

use super::RuleMeta;
use crate::{Corpus, Document, Finding};

/// The findings of `rule` on `article` (id `article.txt`), checked against a corpus of
/// `corpus` texts (ids `corpus0.txt`, `corpus1.txt`, …), as `Corpus::check` gives them.
pub fn findings(rule: &RuleMeta, corpus: &[&str], article: &str) -> Vec<Finding> {
    let mut c = Corpus::new();
    for (i, text) in corpus.iter().enumerate() {
        c.add(Document::text(format!("corpus{i}.txt"), *text));
    }
    c.check(&Document::text("article.txt", article))
        .into_iter()
        .filter(|f| f.rule == rule.id)
        .collect()
}

/// Asserts that `rule` flags a span of `article` containing `words`, at no more than its
/// default severity, and returns that finding.
#[track_caller]
pub fn flags(rule: &RuleMeta, corpus: &[&str], article: &str, words: &str) -> Finding {
    let fs = findings(rule, corpus, article);
    let Some(f) = fs.iter().find(|f| f.span.text.contains(words)) else {
        panic!(
            "{} should flag a span containing {words:?} in {article:?}; it found {fs:#?}",
            rule.id
        );
    };
    assert!(
        f.severity <= rule.default_severity,
        "{} reports {:?}, above its default severity: {f:#?}",
        rule.id,
        f.severity
    );
    f.clone()
}

/// Asserts that `rule` reports nothing on `article`.
#[track_caller]
pub fn quiet(rule: &RuleMeta, corpus: &[&str], article: &str) {
    let fs = findings(rule, corpus, article);
    assert!(
        fs.is_empty(),
        "{} should flag nothing in {article:?}; it found {fs:#?}",
        rule.id
    );
}
