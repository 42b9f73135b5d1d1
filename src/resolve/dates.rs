//! The corpus's dates: each article's publication day, and the days its articles put
//! events on, by event, so that a check compares a new article's days only with those
//! of the same event.

use crate::document::calendar::Day;
use crate::extract::dates::DateClaim;
use crate::extract::updates::Change;
use crate::extract::Analysis;
use crate::finding::Span;
use std::collections::HashMap;

/// A corpus article's date claim with its span.
#[derive(Debug, Clone)]
pub struct DatedClaim {
    pub claim: DateClaim,
    pub span: Span,
}

/// Dates by event, and publication days by article.
#[derive(Debug, Clone, Default)]
pub struct DateIndex {
    pub by_event: HashMap<String, Vec<DatedClaim>>,
    /// Article id → publication day.
    pub published: HashMap<String, Day>,
    /// The changes of figures each article states, by article id, in id order: a rule
    /// that cites the first that fits cites the same one in every run.
    pub changes: std::collections::BTreeMap<String, Vec<Change>>,
}

impl DateIndex {
    /// Files a corpus article's publication day and date claims.
    pub fn add(&mut self, a: &Analysis) {
        let id = &a.doc.id;
        if let Some(d) = a.doc.published {
            self.published.insert(id.clone(), d);
        }
        if !a.changes.is_empty() {
            self.changes.insert(id.clone(), a.changes.clone());
        }
        for c in &a.dates {
            let span = super::span(a, c.range.clone());
            let list = self.by_event.entry(c.event.clone()).or_default();
            list.push(DatedClaim {
                claim: c.clone(),
                span,
            });
        }
    }

    /// Takes an article out (its events are read from its analysis, read again).
    pub fn remove(&mut self, a: &Analysis) {
        let id = a.doc.id.as_str();
        self.published.remove(id);
        self.changes.remove(id);
        for c in &a.dates {
            if let Some(list) = self.by_event.get_mut(&c.event) {
                list.retain(|x| x.span.doc != id);
                if list.is_empty() {
                    self.by_event.remove(&c.event);
                }
            }
        }
    }

    /// The publication day of a corpus article.
    pub fn published(&self, id: &str) -> Option<Day> {
        self.published.get(id).copied()
    }
}
