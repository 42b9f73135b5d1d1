//! Quotes: placeholder until the quotes stage lands.
use super::{PersonMention, SentenceTokens};
use serde::Serialize;
use std::ops::Range;

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub range: Range<usize>,
    pub text: String,
    pub speaker: Option<String>,
}

impl Quote {
    pub fn speaker_name(&self) -> Option<String> {
        self.speaker.clone()
    }
}

pub fn extract(
    _text: &str,
    _sentences: &[SentenceTokens],
    _people: &[PersonMention],
) -> Vec<Quote> {
    Vec::new()
}
