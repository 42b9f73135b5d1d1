//! Quotes: placeholder until the quotes stage lands.
use crate::extract::Analysis;

/// Quotes by shingle.
#[derive(Debug, Clone, Default)]
pub struct QuoteIndex {}

impl QuoteIndex {
    pub fn add(&mut self, _a: &Analysis, _base: bool) {}
}
