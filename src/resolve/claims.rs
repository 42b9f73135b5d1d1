//! Claims: placeholder until the numbers stage lands.
use crate::extract::Analysis;

/// Quantity claims by claim key.
#[derive(Debug, Clone, Default)]
pub struct ClaimIndex {}

impl ClaimIndex {
    pub fn add(&mut self, _a: &Analysis, _base: bool) {}
}
