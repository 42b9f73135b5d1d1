//! Claims: quantity claims aggregated by claim key, so a check compares a new claim only
//! with the claims about the same thing.

use super::Votes;
use crate::extract::quantities::{Quantity, QuantityKind};
use std::collections::{BTreeMap, HashMap};

/// A distinct claim value: its interval bounds (as bits, for exact grouping) and event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimShape {
    pub low: u64,
    pub high: u64,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub event: Vec<String>,
}

impl ClaimShape {
    pub fn of(q: &Quantity) -> ClaimShape {
        ClaimShape {
            low: q.low.to_bits(),
            high: q.high.to_bits(),
            low_inclusive: q.low_inclusive,
            high_inclusive: q.high_inclusive,
            event: q.event.clone(),
        }
    }

    /// The interval as (low, high, low inclusive, high inclusive).
    pub fn interval(&self) -> crate::extract::quantities::Interval {
        (
            f64::from_bits(self.low),
            f64::from_bits(self.high),
            self.low_inclusive,
            self.high_inclusive,
        )
    }
}

/// `true` when a claim can be compared across articles: it says what it counts (a noun
/// or a unit) and is not a rank or a date.
pub fn comparable(q: &Quantity) -> bool {
    !matches!(q.kind, QuantityKind::Ordinal | QuantityKind::Date)
        && (q.noun.is_some() || q.unit.is_some())
        && q.value.is_finite()
}

/// Claims by key, then by shape.
#[derive(Debug, Clone, Default)]
pub struct ClaimIndex {
    pub by_key: HashMap<String, BTreeMap<ClaimShape, Votes>>,
}
