//! Extract stage: the mentions the rules compare, found per document.
//!
//! - [`people`]: person names with the title or role attached to them.
//! - [`quantities`]: numbers with their unit, qualifier interval and what they count.
//! - [`quotes`]: direct quotes with their speaker.
//!
//! All ranges here are byte ranges of the document's clean text; the report stage maps
//! them back to the source.

pub mod claimscope;
pub mod dates;
pub mod identity;
mod measured;
pub mod numbers;
pub mod people;
pub mod quantities;
pub mod quotes;
mod retype;
#[doc(hidden)]
pub mod stages;
pub mod updates;

use crate::document::tokens::{tokenize_into, Kind, Token};
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
    #[serde(with = "crate::serde_helpers::range")]
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
    /// The days the article puts events on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<dates::DateClaim>,
    /// The figures the article says changed ("rose from 31 to 40").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<updates::Change>,
    /// Words that can be names, capitalised or not (see [`WordUse`]). Empty for an article
    /// stored in a corpus (see [`word_uses`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordUse>,
}

/// A sentence's tokens, with the sentence's index.
pub struct SentenceTokens<'a> {
    pub index: usize,
    pub heading: bool,
    pub paragraph: usize,
    pub range: Range<usize>,
    /// Classified by the tokenizer: a word's class is never 0, any other token's always is,
    /// so that a reading may test `class` alone.
    pub tokens: &'a [Token],
    /// The union of its tokens' lexicon classes ([`Token::class`]; words only, the others
    /// have none): a reading that looks for a class skips a sentence without it at one
    /// bit test, instead of a pass over its tokens.
    pub classes: u32,
}

/// The tokens of every sentence of `doc`, classified by the tokenizer, in one buffer.
fn document_tokens(doc: &Document) -> Vec<Token> {
    let mut all = Vec::with_capacity(doc.clean.len() / 4 + 1);
    for s in &doc.sentences {
        tokenize_into(&doc.clean, s.range.clone(), &mut all);
    }
    all
}

/// Each sentence of `doc` with its slice of `all` (from [`document_tokens`]).
fn sentence_tokens<'a>(doc: &Document, all: &'a [Token]) -> Vec<SentenceTokens<'a>> {
    let mut rest = all;
    doc.sentences
        .iter()
        .enumerate()
        .map(|(index, s)| {
            // One pass finds the sentence's end and the union of its classes.
            let mut classes = 0;
            let n = rest
                .iter()
                .take_while(|t| t.end <= s.range.end)
                .inspect(|t| {
                    debug_assert_eq!(t.kind == Kind::Word, t.class != 0, "unclassified");
                    classes |= t.class
                })
                .count();
            let (tokens, after) = rest.split_at(n);
            rest = after;
            SentenceTokens {
                index,
                heading: s.heading,
                paragraph: s.paragraph,
                range: s.range.clone(),
                tokens,
                classes,
            }
        })
        .collect()
}

/// The word uses of a document, exactly as [`analyse`] finds them. A corpus does not keep
/// them per article (they are most of an analysis's size): it folds them into its index
/// and recomputes them when it needs them again.
pub fn word_uses(doc: &Document) -> Vec<WordUse> {
    let all = document_tokens(doc);
    people::word_uses(&doc.clean, &sentence_tokens(doc, &all))
}

/// Runs every extractor over `doc`.
pub fn analyse(doc: Document) -> Analysis {
    run(doc, true)
}

/// The mentions of `doc` (people, quantities, quotes) without its word uses, dates and
/// updates, which only the rules read: what an API that shows the extraction needs.
pub fn mentions(doc: Document) -> Analysis {
    run(doc, false)
}

fn run(doc: Document, full: bool) -> Analysis {
    let all = document_tokens(&doc);
    let sentences = sentence_tokens(&doc, &all);
    let people = people::extract(&doc.clean, &sentences);
    let words = if full {
        people::word_uses(&doc.clean, &sentences)
    } else {
        Vec::new()
    };
    let quantities = quantities::extract(&doc.clean, &sentences, &people);
    let quotes = quotes::extract(&doc.clean, &sentences, &people);
    let (dates, changes) = if full {
        (
            dates::extract(&doc.clean, &sentences, &people, doc.published),
            updates::extract(&doc.clean, &sentences),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Analysis {
        doc,
        people,
        quantities,
        quotes,
        dates,
        changes,
        words,
    }
}
