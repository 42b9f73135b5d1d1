//! Quantities: placeholder until the numbers stage lands.
use super::SentenceTokens;
use serde::Serialize;
use std::ops::Range;

/// A quantity claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub range: Range<usize>,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub unit: Option<String>,
    pub noun: Option<String>,
}

impl Quantity {
    pub fn key(&self) -> String {
        String::new()
    }
}

pub fn extract(_text: &str, _sentences: &[SentenceTokens]) -> Vec<Quantity> {
    Vec::new()
}
