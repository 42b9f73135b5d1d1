//! Extract stage: the mentions the rules compare, found per document.
//!
//! - [`people`]: person names with the title or role attached to them.
//! - [`quantities`]: numbers with their unit, qualifier interval and what they count.
//! - [`quotes`]: direct quotes with their speaker.
//!
//! All ranges here are byte ranges of the document's clean text; the report stage maps
//! them back to the source.

pub mod numbers;
pub mod people;
pub mod quantities;
pub mod quotes;

use crate::document::tokens::{tokenize, Kind, Token};
use crate::document::Document;
use serde::Serialize;
use std::ops::Range;

pub use people::PersonMention;
pub use quantities::Quantity;
pub use quotes::Quote;

/// A capitalised word seen in running text (not a heading, not sentence-initial), or a
/// lower-case word: the raw material of the `name-case` rule.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct WordUse {
    /// Clean-text range of the word (possessive ending excluded).
    #[serde(with = "crate::index_file::range")]
    pub range: Range<usize>,
    /// The word folded to lower case without diacritics.
    pub key: crate::normalize::Folded,
    /// `true` when written with a capital first letter.
    pub capitalised: bool,
    /// `true` when it stands alone: no capitalised word right before or after it.
    pub alone: bool,
    /// `true` at the start of a sentence, where capitals say nothing.
    pub sentence_start: bool,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Analysis {
    pub doc: Document,
    pub people: Vec<PersonMention>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    /// Words that can be names, capitalised or not (see [`WordUse`]). Empty for an article
    /// stored in a corpus (see [`word_uses`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordUse>,
}

/// A sentence's tokens, with the sentence's index.
pub struct SentenceTokens {
    pub index: usize,
    pub heading: bool,
    pub paragraph: usize,
    pub range: Range<usize>,
    pub tokens: Vec<Token>,
}

fn sentence_tokens(doc: &Document) -> Vec<SentenceTokens> {
    doc.sentences
        .iter()
        .enumerate()
        .map(|(index, s)| SentenceTokens {
            index,
            heading: s.heading,
            paragraph: s.paragraph,
            range: s.range.clone(),
            tokens: classify(&doc.clean, tokenize(&doc.clean, s.range.clone())),
        })
        .collect()
}

/// Looks every word token up in the lexicon once ([`Token::class`]).
pub fn classify(text: &str, mut tokens: Vec<Token>) -> Vec<Token> {
    for t in tokens.iter_mut().filter(|t| t.kind == Kind::Word) {
        t.class = crate::lexicon::token_class(t.text(text));
    }
    tokens
}

/// The word uses of a document, exactly as [`analyse`] finds them. A corpus does not keep
/// them per article (they are most of an analysis's size): it folds them into its index
/// and recomputes them when it needs them again.
pub fn word_uses(doc: &Document) -> Vec<WordUse> {
    people::word_uses(&doc.clean, &sentence_tokens(doc))
}

/// Runs every extractor over `doc`.
pub fn analyse(doc: Document) -> Analysis {
    let sentences = sentence_tokens(&doc);
    let people = people::extract(&doc.clean, &sentences);
    let words = people::word_uses(&doc.clean, &sentences);
    let quantities = quantities::extract(&doc.clean, &sentences);
    let quotes = quotes::extract(&doc.clean, &sentences, &people);
    Analysis {
        doc,
        people,
        quantities,
        quotes,
        words,
    }
}
