//! `number-conflict` (error): two articles give values for the same claim that cannot
//! both be true: "killed 21" vs "killed at least 26", a "20-point plan" vs a "28-point
//! plan", "£4 billion" vs "£400 million" for the same fund. Compatible values ("29" and
//! "at least 26", "$100bn" and "100 billion dollars") are not flagged.
//!
//! Two claims are the same claim when their keys agree (kind, unit, counted noun,
//! predicate; see [`crate::extract::quantities`]) and their events agree (either names
//! none, or they share a proper noun). Values are compared as intervals; claims in the
//! same article are not compared with each other.

use super::{articles, q, Context, Rule};
use crate::extract::quantities::interval_overlap;
use crate::report::{Finding, Severity};
use crate::resolve::claims::{comparable, ClaimShape};
use crate::resolve::Votes;
use std::collections::BTreeMap;

/// See the module documentation.
pub struct NumberConflict;

fn events_agree(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
}

impl Rule for NumberConflict {
    fn id(&self) -> &'static str {
        "number-conflict"
    }

    fn description(&self) -> &'static str {
        "one claim given values that cannot both be true"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        let me = &a.doc.id;
        for qt in a.quantities.iter().filter(|x| comparable(x)) {
            let key = qt.key();
            let mine = ClaimShape::of(qt);
            // The shapes of this key that conflict with this claim (cheap tests on the
            // shapes first), then their votes merged across base and overlay: nothing is
            // copied for the many shapes a large corpus holds that agree with it.
            let tallies = std::iter::once(cx.view.base)
                .chain(cx.view.overlay)
                .filter_map(|ix| ix.claims.by_key.get(&key));
            let mut conflicting: BTreeMap<&ClaimShape, Votes> = BTreeMap::new();
            for t in tallies {
                for (shape, v) in t {
                    if events_agree(&mine.event, &shape.event)
                        && !interval_overlap(mine.interval(), shape.interval())
                    {
                        conflicting.entry(shape).or_default().merge_from(v);
                    }
                }
            }
            let mut best: Option<(&ClaimShape, &Votes)> = None;
            for (shape, votes) in conflicting.iter() {
                if !votes.examples.iter().any(|e| &e.doc != me) {
                    continue;
                }
                if best.is_none_or(|(_, b)| votes.rank() > b.rank()) {
                    best = Some((shape, votes));
                }
            }
            let Some((_, votes)) = best else { continue };
            let span = cx.span(qt.range.clone());
            let evidence: Vec<_> = votes
                .examples
                .iter()
                .filter(|e| &e.doc != me)
                .cloned()
                .collect();
            let theirs = evidence.first().map(|e| e.text.clone()).unwrap_or_default();
            let what = qt.noun.clone().or(qt.unit.clone()).unwrap_or_default();
            let msg = format!(
                "{} conflicts with {} in {}: the two values cannot both be true",
                q(&span.text),
                q(&theirs),
                articles(votes.docs)
            );
            out.push(cx.finding(self, Severity::Error, msg, what, span, evidence));
        }
    }
}
